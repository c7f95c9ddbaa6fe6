// A report's structure: its outline, its canonical parts and the compliance summary drawn from them.
import { buildCompliance } from './compliance';
import { buildOutline } from './outline';
import { buildSections } from './sections';
import type { Compliance, OutlineNode, ReportMeta, Role, Section } from './types';

export interface Structure {
  outline: OutlineNode[];
  sections: Section[];
  compliance: Compliance;
}

export function buildStructure(text: string, meta: Pick<ReportMeta, 'reportYear' | 'publishedAt'>): Structure {
  const { outline, roles } = buildOutline(text, meta.reportYear);
  const roleOf = (node: OutlineNode): Role[] => roles.get(node) ?? [];
  const sections = buildSections(outline, roleOf);
  // a combined heading (存在的问题和下一步打算) covers every part it names
  const named = outline.flatMap((n) => (n.kind === 'enumeration' ? [] : roleOf(n)));
  return { outline, sections, compliance: buildCompliance(sections, meta, named) };
}

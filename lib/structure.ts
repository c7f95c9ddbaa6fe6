// TEMPORARY interface stub laid by the lead; replaced by lib/outline.ts + lib/sections.ts.
import type { Compliance, OutlineNode, ReportMeta, Section } from './types';
export interface Structure { outline: OutlineNode[]; sections: Section[]; compliance: Compliance }
export function buildStructure(text: string, meta: Pick<ReportMeta, 'reportYear' | 'publishedAt'>): Structure {
  void text; void meta;
  return { outline: [], sections: [], compliance: { parts: { measures: false, problems: false, leader_duty: false, next_year: false, other: false }, deadline: null, publishedOnTime: null } };
}

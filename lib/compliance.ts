// The compliance summary: which prescribed parts a report has, and whether it was published by the
// deadline (1 April of the year after the report year, under the 2019 督察工作规定).
import type { Compliance, ReportMeta, Role, Section } from './types';
import { ROLES } from './types';

export function buildCompliance(
  sections: Section[],
  meta: Pick<ReportMeta, 'reportYear' | 'publishedAt'>,
  extraRoles: Role[] = [],
): Compliance {
  const parts = Object.fromEntries(ROLES.map((r) => [r, false])) as Record<Role, boolean>;
  for (const s of sections) parts[s.role] = true;
  for (const r of extraRoles) parts[r] = true;
  const deadline = meta.reportYear !== null ? `${meta.reportYear + 1}-04-01` : null;
  const published = meta.publishedAt !== null && /^\d{4}-\d{2}-\d{2}$/.test(meta.publishedAt) ? meta.publishedAt : null;
  // ISO dates compare as strings; the deadline day itself is on time
  const publishedOnTime = deadline !== null && published !== null ? published <= deadline : null;
  return { parts, deadline, publishedOnTime };
}

// Filtering and sorting the collection's table. Pure functions over the records the store listed.
import type { Analysis, RegionLevel } from '../types';
import { figureCount } from './summary';
import type { ReportLike } from './types';

export type ComplianceFilter = 'complete' | 'incomplete' | 'on_time' | 'late';

export interface Filters {
  year?: number | null;
  regionLevel?: RegionLevel | null;
  /** part of the region's name: 「栾城」 finds 石家庄市栾城区 */
  region?: string | null;
  compliance?: ComplianceFilter | null;
  tag?: string | null;
}

export type SortKey = 'updatedAt' | 'savedAt' | 'year' | 'region' | 'title' | 'indicators' | 'publishedAt';
export type SortDir = 'asc' | 'desc';

/** The parts every report must have under the 2019 rules; 「其他需要报告的情况」 is optional. */
const REQUIRED = ['measures', 'problems', 'leader_duty', 'next_year'] as const;

export function missingParts(a: Pick<Analysis, 'compliance'>): string[] {
  return REQUIRED.filter((p) => !a.compliance.parts[p]);
}

export function matchesCompliance(a: Pick<Analysis, 'compliance'>, f: ComplianceFilter): boolean {
  switch (f) {
    case 'complete':
      return missingParts(a).length === 0;
    case 'incomplete':
      return missingParts(a).length > 0;
    case 'on_time':
      return a.compliance.publishedOnTime === true;
    case 'late':
      return a.compliance.publishedOnTime === false;
  }
}

export function filterReports<R extends ReportLike>(records: readonly R[], f: Filters): R[] {
  const region = f.region?.trim();
  return records.filter((r) => {
    const m = r.analysis.meta;
    if (f.year != null && m.reportYear !== f.year) return false;
    if (f.regionLevel && m.regionLevel !== f.regionLevel) return false;
    if (region && !(m.region ?? '').includes(region) && !(m.issuer ?? '').includes(region)) return false;
    if (f.compliance && !matchesCompliance(r.analysis, f.compliance)) return false;
    if (f.tag && !r.tags.includes(f.tag)) return false;
    return true;
  });
}

/** The title a person would recognise: the report's, else its place and year, else its URL. */
export function displayTitle(r: ReportLike): string {
  const m = r.analysis.meta;
  if (m.title) return m.title;
  const made = [m.issuer ?? m.region, m.reportYear ? `${m.reportYear}年` : null].filter(Boolean).join(' ');
  return made || r.url || r.id;
}

const collator = new Intl.Collator('zh-Hans-CN');

function sortValue(r: ReportLike, key: SortKey): string | number | null {
  const m = r.analysis.meta;
  switch (key) {
    case 'updatedAt':
      return r.updatedAt;
    case 'savedAt':
      return r.savedAt;
    case 'year':
      return m.reportYear;
    case 'region':
      return m.region ?? m.issuer;
    case 'title':
      return displayTitle(r);
    case 'indicators':
      return figureCount(r);
    case 'publishedAt':
      return m.publishedAt;
  }
}

/** A stable sort; unknown values (null) go last in either direction. */
export function sortReports<R extends ReportLike>(records: readonly R[], key: SortKey, dir: SortDir = 'desc'): R[] {
  const sign = dir === 'asc' ? 1 : -1;
  return records
    .map((r, i) => ({ r, i, v: sortValue(r, key) }))
    .sort((a, b) => {
      if (a.v === null && b.v === null) return a.i - b.i;
      if (a.v === null) return 1;
      if (b.v === null) return -1;
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.r);
}

/** The values the filters can offer, from what is in the collection. */
export function facets(records: readonly ReportLike[]): { years: number[]; levels: RegionLevel[]; regions: string[]; tags: string[] } {
  const years = new Set<number>();
  const levels = new Set<RegionLevel>();
  const regions = new Set<string>();
  const tags = new Set<string>();
  for (const r of records) {
    const m = r.analysis.meta;
    if (m.reportYear != null) years.add(m.reportYear);
    if (m.regionLevel) levels.add(m.regionLevel);
    if (m.region) regions.add(m.region);
    for (const t of r.tags) tags.add(t);
  }
  return {
    years: [...years].sort((a, b) => b - a),
    levels: [...levels],
    regions: [...regions].sort(collator.compare),
    tags: [...tags].sort(collator.compare),
  };
}

// The comparison of chosen reports: rows are catalogued indicators (lib/catalogue.ts), columns are
// reports. A report that states a figure several times contributes its first achievement (a
// target from next year's plans only when it states nothing else), and the cell says how many
// figures it chose from.
import { CATALOGUE } from '../catalogue';
import type { Indicator } from '../types';
import { displayTitle } from './queries';
import type { ReportLike } from './types';

export interface ComparisonColumn {
  id: string;
  title: string;
  region: string | null;
  year: number | null;
}

export interface ComparisonCell {
  value: number;
  unit: string;
  approx: boolean;
  target: boolean;
  quote: string;
  /** figures of this key in the report */
  count: number;
}

export interface ComparisonRow {
  key: string;
  name: string;
  /** the most common unit of the row's cells */
  unit: string;
  cells: (ComparisonCell | null)[];
}

export interface Comparison {
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
}

function pick(figures: Indicator[]): ComparisonCell {
  const chosen = figures.find((f) => !f.target) ?? figures[0]!;
  return { value: chosen.value, unit: chosen.unit, approx: chosen.approx, target: chosen.target, quote: chosen.quote, count: figures.length };
}

function commonest(xs: string[]): string {
  const n = new Map<string, number>();
  let best = '';
  let bestN = 0;
  for (const x of xs) {
    const c = (n.get(x) ?? 0) + 1;
    n.set(x, c);
    if (c > bestN) [best, bestN] = [x, c];
  }
  return best;
}

export function buildComparison(reports: readonly ReportLike[]): Comparison {
  const byReport = reports.map((r) => {
    const m = new Map<string, Indicator[]>();
    for (const ind of r.analysis.indicators) {
      if (!ind.key) continue;
      const list = m.get(ind.key);
      if (list) list.push(ind);
      else m.set(ind.key, [ind]);
    }
    return m;
  });
  const known = new Map(CATALOGUE.map((e) => [e.key, e.name]));
  // catalogue order first; keys a newer pipeline knows and this catalogue does not, after, by name
  const keys = [...new Set(byReport.flatMap((m) => [...m.keys()]))].sort((a, b) => {
    const ia = CATALOGUE.findIndex((e) => e.key === a);
    const ib = CATALOGUE.findIndex((e) => e.key === b);
    return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib) || a.localeCompare(b);
  });
  const rows = keys.map((key) => {
    const cells = byReport.map((m) => {
      const figures = m.get(key);
      return figures ? pick(figures) : null;
    });
    return {
      key,
      name: known.get(key) ?? key,
      unit: commonest(cells.filter((c): c is ComparisonCell => c !== null).map((c) => c.unit)),
      cells,
    };
  });
  const columns = reports.map((r) => ({
    id: r.id,
    title: displayTitle(r),
    region: r.analysis.meta.region,
    year: r.analysis.meta.reportYear,
  }));
  return { columns, rows };
}

/** The 指标 name of a catalogue key (the key itself for one this build does not know). */
export function indicatorName(key: string | null): string {
  if (!key) return '';
  return CATALOGUE.find((e) => e.key === key)?.name ?? key;
}

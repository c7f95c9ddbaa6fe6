// The table of saved reports: sortable columns (aria-sort on the header), a checkbox per row to
// pick reports for the comparison, the title opens the report.
import type { Translate } from '../../lib/i18n';
import { displayTitle, missingParts, type SortDir, type SortKey } from '../../lib/collection/queries';
import { figureCount } from '../../lib/collection/summary';
import type { ReportLike } from '../../lib/collection/types';

export interface ReportTableProps {
  records: ReportLike[];
  sort: { key: SortKey; dir: SortDir };
  selected: ReadonlySet<string>;
  t: Translate;
  onSort(key: SortKey): void;
  onToggle(id: string): void;
  onToggleAll(ids: string[], on: boolean): void;
  onOpen(id: string): void;
}

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'title', label: 'col_colTitle' },
  { key: 'region', label: 'col_colRegion' },
  { key: 'year', label: 'col_colYear' },
  { key: 'publishedAt', label: 'col_colPublished' },
  { key: 'indicators', label: 'col_colIndicators' },
  { key: 'savedAt', label: 'col_colSaved' },
];

/** Rows beyond this are left out of the DOM until asked for: 2,000 rows of Chinese text is slow to lay out. */
export const PAGE = 200;

export function ReportTable({ records, sort, selected, t, onSort, onToggle, onToggleAll, onOpen }: ReportTableProps) {
  const shown = records.slice(0, PAGE);
  const allOn = shown.length > 0 && shown.every((r) => selected.has(r.id));
  return (
    <div class="col-scroll">
      <table class="col-table col-reports">
        <thead>
          <tr>
            <th scope="col">
              <input type="checkbox" aria-label={t('col_selectAll')} checked={allOn} onChange={() => onToggleAll(shown.map((r) => r.id), !allOn)} />
            </th>
            {COLUMNS.map((c) => (
              <th scope="col" key={c.key} aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" class="col-sort" onClick={() => onSort(c.key)}>
                  {t(c.label)}
                  {sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
            <th scope="col">{t('col_colCompliance')}</th>
            <th scope="col">{t('col_tags')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => {
            const m = r.analysis.meta;
            const missing = missingParts(r.analysis);
            return (
              <tr key={r.id} data-id={r.id}>
                <td>
                  <input type="checkbox" aria-label={t('col_select')} checked={selected.has(r.id)} onChange={() => onToggle(r.id)} />
                </td>
                <td>
                  <button type="button" class="link col-open" onClick={() => onOpen(r.id)}>{displayTitle(r)}</button>
                </td>
                <td>
                  {m.region ?? '—'}
                  {m.regionLevel && <span class="muted small"> · {t('level_' + m.regionLevel)}</span>}
                </td>
                <td class="num">{m.reportYear ?? '—'}</td>
                <td>{m.publishedAt ?? '—'}</td>
                <td class="num">{figureCount(r)}</td>
                <td>{r.savedAt.slice(0, 10)}</td>
                <td>
                  {missing.length === 0 ? <span class="badge ok">{t('col_complete')}</span> : <span class="badge warn">{t('col_missingParts', String(missing.length))}</span>}
                  {r.analysis.compliance.publishedOnTime === false && <span class="badge warn">{t('late')}</span>}
                </td>
                <td>{r.tags.map((tag) => <span class="col-tag" key={tag}>{tag}</span>)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {records.length > shown.length && <p class="muted small">{t('col_moreRows', [String(shown.length), String(records.length)])}</p>}
    </div>
  );
}

// The collection page as a view: records and outcomes in, the user's intents out. It holds only
// what the reader is doing (query, filters, sort, picks, which view); the entrypoint stores.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import { buildComparison } from '../../lib/collection/compare';
import { displayTitle, facets as facetsOf, filterReports, sortReports, type Filters, type SortDir, type SortKey } from '../../lib/collection/queries';
import { buildSearchIndex } from '../../lib/collection/search';
import type { Patch, ReportSummary, SavedReport } from '../../lib/collection/types';
import { CompareView } from './CompareView';
import { FilterBar } from './FilterBar';
import { ImportExport } from './ImportExport';
import { ReportTable } from './ReportTable';
import { ReportView } from './ReportView';

export interface CollectionPageProps {
  /** every report's summary: the table, filters and comparison work on these */
  records: ReportSummary[];
  /** the full records with their texts, for full-text search; null until loaded (see onNeedTexts) */
  full: SavedReport[] | null;
  /** the full record of the report shown (openId), once loaded */
  open: SavedReport | null;
  loading: boolean;
  busy: boolean;
  /** an error to show (quota, a refused import…) */
  error: string | null;
  /** a passing message (import result, removal) */
  notice: string | null;
  /** the report shown, if any */
  openId: string | null;
  t: Translate;
  /** the reader started a search: load the texts */
  onNeedTexts(): void;
  onOpen(id: string | null): void;
  onEdit(id: string, patch: Patch): void;
  onRemove(id: string): void;
  onUndo: (() => void) | null;
  onImport(file: File): void;
  onExportJson(): void;
  onExportAllCsv(): void;
  onExportCompareCsv(ids: string[]): void;
  onExportMarkdown(id: string): void;
}

/** More than this many columns would not fit a comparison anyone can read. */
export const MAX_COMPARE = 50;

export function CollectionPage(props: CollectionPageProps) {
  const { records, full, loading, busy, error, notice, openId, t } = props;
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'savedAt', dir: 'desc' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [comparing, setComparing] = useState(false);

  // The search index is built on the first query, over the full records, not at open: the table
  // shows at once. Until the texts are loaded a query looks in titles, places, tags and notes.
  const searching = query.trim() !== '';
  useEffect(() => {
    if (searching && !full) props.onNeedTexts();
  }, [searching, full === null]);
  const index = useMemo(() => (searching && full ? buildSearchIndex(full) : null), [full, searching]);
  const facets = useMemo(() => facetsOf(records), [records]);
  const byId = useMemo(() => new Map(records.map((r) => [r.id, r])), [records]);
  const rows = useMemo(() => {
    const filtered = filterReports(records, filters);
    if (!searching) return sortReports(filtered, sort.key, sort.dir);
    if (!index) {
      const q = query.trim();
      return filtered.filter((r) => [displayTitle(r), r.analysis.meta.region, r.analysis.meta.issuer, r.note, ...r.tags].some((s) => s?.includes(q)));
    }
    // a search orders by relevance; the filters still apply
    const keep = new Set(filtered.map((r) => r.id));
    return index.search(query).filter((id) => keep.has(id)).map((id) => byId.get(id)!).filter(Boolean);
  }, [records, byId, filters, sort, index, query, searching]);

  // columns in the order the reader picked them
  const chosen = [...selected].map((id) => byId.get(id)).filter((r): r is ReportSummary => !!r).slice(0, MAX_COMPARE);
  const comparison = useMemo(() => (comparing ? buildComparison(chosen) : null), [comparing, chosen.map((r) => r.id + r.updatedAt).join()]);
  const open = openId && props.open?.id === openId ? props.open : null;

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  return (
    <div
      class="col-page"
      data-state={loading || (openId && !open) ? 'loading' : open ? 'report' : comparing ? 'compare' : 'list'}
      data-texts={full ? 'ready' : 'loading'}
    >
      <header class="bar">
        <span class="brand">{t('col_title')}</span>
        <ImportExport t={t} busy={busy} empty={records.length === 0} onExportJson={props.onExportJson} onExportCsv={props.onExportAllCsv} onImport={props.onImport} />
      </header>
      {error && <p class="col-error" role="alert">{error}</p>}
      {(notice || props.onUndo) && (
        <p class="col-notice" role="status">
          {notice}
          {props.onUndo && <button type="button" class="link" onClick={props.onUndo}>{t('col_undo')}</button>}
        </p>
      )}
      {loading || (openId && !open) ? (
        <p class="status" role="status">{t('loading')}</p>
      ) : open ? (
        <ReportView
          record={open}
          t={t}
          busy={busy}
          onEdit={(patch) => props.onEdit(open.id, patch)}
          onRemove={() => props.onRemove(open.id)}
          onExportMarkdown={() => props.onExportMarkdown(open.id)}
          onClose={() => props.onOpen(null)}
        />
      ) : comparing && comparison ? (
        <CompareView comparison={comparison} t={t} onExportCsv={() => props.onExportCompareCsv(chosen.map((r) => r.id))} onOpen={(id) => props.onOpen(id)} onClose={() => setComparing(false)} />
      ) : records.length === 0 ? (
        <div class="status">
          <p>{t('col_empty')}</p>
        </div>
      ) : (
        <>
          {searching && !full && <p class="muted small col-loading-texts" role="status">{t('col_loadingTexts')}</p>}
          <FilterBar query={query} filters={filters} facets={facets} shown={rows.length} total={records.length} t={t} onQuery={setQuery} onFilters={setFilters} />
          <div class="col-toolbar">
            <button type="button" class="primary" disabled={chosen.length < 1} onClick={() => setComparing(true)}>
              {t('col_compareN', String(chosen.length))}
            </button>
            {selected.size > 0 && (
              <button type="button" class="link" onClick={() => setSelected(new Set())}>{t('col_clearSelection')}</button>
            )}
            {selected.size > MAX_COMPARE && <span class="muted small">{t('col_compareMax', String(MAX_COMPARE))}</span>}
          </div>
          <ReportTable
            records={rows}
            sort={sort}
            selected={selected}
            t={t}
            onSort={(key) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'desc' ? 'asc' : 'desc' }))}
            onToggle={toggle}
            onToggleAll={(ids, on) => {
              const next = new Set(selected);
              for (const id of ids) if (on) next.add(id);
              else next.delete(id);
              setSelected(next);
            }}
            onOpen={(id) => props.onOpen(id)}
          />
        </>
      )}
    </div>
  );
}

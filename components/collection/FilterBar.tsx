// Search box and filters above the table. Controlled: the page holds the values.
import type { Translate } from '../../lib/i18n';
import type { ComplianceFilter, Filters } from '../../lib/collection/queries';
import type { RegionLevel } from '../../lib/types';

export interface FilterBarProps {
  query: string;
  filters: Filters;
  facets: { years: number[]; levels: RegionLevel[]; regions: string[]; tags: string[] };
  shown: number;
  total: number;
  t: Translate;
  onQuery(q: string): void;
  onFilters(f: Filters): void;
}

const COMPLIANCE: ComplianceFilter[] = ['complete', 'incomplete', 'on_time', 'late'];

export function FilterBar({ query, filters, facets, shown, total, t, onQuery, onFilters }: FilterBarProps) {
  const set = (patch: Partial<Filters>) => onFilters({ ...filters, ...patch });
  return (
    <div class="col-filters" role="search">
      <input
        type="search"
        class="col-search"
        name="q"
        value={query}
        placeholder={t('col_searchHint')}
        aria-label={t('col_search')}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      <label>
        <span>{t('col_colYear')}</span>
        <select name="year" value={filters.year ?? ''} onChange={(e) => set({ year: e.currentTarget.value ? Number(e.currentTarget.value) : null })}>
          <option value="">{t('col_all')}</option>
          {facets.years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <label>
        <span>{t('col_level')}</span>
        <select name="level" value={filters.regionLevel ?? ''} onChange={(e) => set({ regionLevel: (e.currentTarget.value || null) as RegionLevel | null })}>
          <option value="">{t('col_all')}</option>
          {facets.levels.map((l) => <option key={l} value={l}>{t('level_' + l)}</option>)}
        </select>
      </label>
      <label>
        <span>{t('col_colRegion')}</span>
        <input type="text" name="region" list="col-regions" value={filters.region ?? ''} onInput={(e) => set({ region: e.currentTarget.value || null })} />
        <datalist id="col-regions">
          {facets.regions.map((r) => <option key={r} value={r} />)}
        </datalist>
      </label>
      <label>
        <span>{t('col_colCompliance')}</span>
        <select name="compliance" value={filters.compliance ?? ''} onChange={(e) => set({ compliance: (e.currentTarget.value || null) as ComplianceFilter | null })}>
          <option value="">{t('col_all')}</option>
          {COMPLIANCE.map((c) => <option key={c} value={c}>{t('col_compliance_' + c)}</option>)}
        </select>
      </label>
      {facets.tags.length > 0 && (
        <label>
          <span>{t('col_tags')}</span>
          <select name="tag" value={filters.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || null })}>
            <option value="">{t('col_all')}</option>
            {facets.tags.map((g) => <option key={g} value={g}>{g}</option>)}
          </select>
        </label>
      )}
      <span class="muted small" role="status">{t('col_count', [String(shown), String(total)])}</span>
    </div>
  );
}

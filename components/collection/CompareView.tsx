// The comparison: rows are catalogued indicators, columns are the chosen reports, then one chart
// per indicator. The numbers' sentences are one hover away (title), as the source of each figure.
import type { Translate } from '../../lib/i18n';
import { indicatorLabel } from './labels';
import type { Comparison } from '../../lib/collection/compare';
import { BarChart } from './BarChart';

export interface CompareViewProps {
  comparison: Comparison;
  t: Translate;
  onExportCsv(): void;
  onOpen(id: string): void;
  onClose(): void;
}

function columnLabel(c: Comparison['columns'][number]): string {
  return [c.region ?? c.title, c.year ? String(c.year) : ''].filter(Boolean).join(' ');
}

export function CompareView({ comparison, t, onExportCsv, onOpen, onClose }: CompareViewProps) {
  const { columns, rows } = comparison;
  return (
    <section class="col-compare" aria-label={t('col_compare')}>
      <div class="col-toolbar">
        <h2>{t('col_compareTitle', String(columns.length))}</h2>
        <button type="button" onClick={onExportCsv} disabled={!rows.length}>{t('col_exportCompareCsv')}</button>
        <button type="button" class="link" onClick={onClose}>{t('col_back')}</button>
      </div>
      {rows.length === 0 ? (
        <p class="muted">{t('col_compareEmpty')}</p>
      ) : (
        <>
          <div class="col-scroll">
            <table class="col-table col-compare-table">
              <thead>
                <tr>
                  <th scope="col">{t('col_indicator')}</th>
                  {columns.map((c) => (
                    <th scope="col" key={c.id}>
                      <button type="button" class="link" title={c.title} onClick={() => onOpen(c.id)}>{columnLabel(c)}</button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} data-key={row.key}>
                    <th scope="row">{indicatorLabel(t, row.key, row.name)}</th>
                    {row.cells.map((c, i) => (
                      <td key={columns[i]!.id} class="num" title={c?.quote ?? ''}>
                        {c ? `${c.approx ? '≈' : ''}${c.value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}${c.unit}${c.target ? ' *' : ''}` : '—'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="muted small">{t('col_compareNote')}</p>
          <div class="col-charts">
            {rows.map((row) => (
              <BarChart
                key={row.key}
                title={indicatorLabel(t, row.key, row.name)}
                unit={row.unit}
                missing={t('col_noFigure')}
                data={row.cells.map((c, i) => ({ label: columnLabel(columns[i]!), value: c ? c.value : null }))}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

// One saved report, offline: its facts, outline, parts, indicators and the stored text, all from
// the collection (the site may be down). A heading in the outline scrolls to its paragraph.
import { useMemo } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import type { OutlineNode, Role } from '../../lib/types';
import { ROLES } from '../../lib/types';
import { displayTitle, missingParts } from '../../lib/collection/queries';
import type { Patch, SavedReport } from '../../lib/collection/types';
import { indicatorLabel } from './labels';
import { UserFields } from './UserFields';

export interface ReportViewProps {
  record: SavedReport;
  t: Translate;
  busy: boolean;
  onEdit(patch: Patch): void;
  onRemove(): void;
  onExportMarkdown(): void;
  onClose(): void;
}

interface Para {
  start: number;
  text: string;
}

function paragraphs(text: string): Para[] {
  const out: Para[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start, text: line });
    start += line.length + 1;
  }
  return out;
}

/** The paragraph holding an offset: the last that starts at or before it. */
function paraAt(paras: Para[], offset: number): number {
  let lo = 0;
  let hi = paras.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paras[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Scroll to the paragraph without touching location.hash (the page keeps its own state there). */
function jump(e: MouseEvent): void {
  const a = e.currentTarget as HTMLAnchorElement;
  e.preventDefault();
  a.ownerDocument.getElementById(a.hash.slice(1))?.scrollIntoView({ block: 'start' });
}

function Outline({ nodes, paras, depth }: { nodes: OutlineNode[]; paras: Para[]; depth: number }) {
  return (
    <ul class={depth === 1 ? 'col-outline' : undefined}>
      {nodes.map((n, i) => (
        <li key={i} class={`col-node col-${n.kind}`}>
          <a href={`#p${paraAt(paras, n.start)}`} onClick={jump} title={n.kind === 'enumeration' ? n.title : undefined}>
            {n.marker && <span class="col-marker">{n.marker}</span>}
            {n.kind === 'enumeration' && n.title.length > 40 ? n.title.slice(0, 39) + '…' : n.title}
          </a>
          {n.children.length > 0 && <Outline nodes={n.children} paras={paras} depth={depth + 1} />}
        </li>
      ))}
    </ul>
  );
}

export function ReportView({ record, t, busy, onEdit, onRemove, onExportMarkdown, onClose }: ReportViewProps) {
  const a = record.analysis;
  const m = a.meta;
  const paras = useMemo(() => paragraphs(a.text), [a.text]);
  const missing = missingParts(a);
  const facts: [string, string | null][] = [
    [t('fieldIssuer'), m.issuer],
    [t('fieldRegion'), m.region ? `${m.region}${m.regionLevel ? ` · ${t('level_' + m.regionLevel)}` : ''}` : null],
    [t('fieldYear'), m.reportYear ? String(m.reportYear) : null],
    [t('fieldPublished'), m.publishedAt],
    [t('fieldSource'), m.source],
    [t('col_savedAt'), record.savedAt.slice(0, 10)],
  ];
  return (
    <article class="col-report" data-id={record.id}>
      <div class="col-toolbar">
        <button type="button" class="link" onClick={onClose}>{t('col_back')}</button>
        <button type="button" onClick={onExportMarkdown}>{t('col_exportMarkdown')}</button>
        <button type="button" onClick={onRemove} disabled={busy}>{t('col_remove')}</button>
        {record.url && (
          <a href={record.url} target="_blank" rel="noopener noreferrer">{t('col_openOriginal')}</a>
        )}
      </div>
      <h1 class="title">{displayTitle(record)}</h1>
      <dl class="fields">
        {facts.filter(([, v]) => v).map(([k, v]) => (
          <div class="field" key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <UserFields tags={record.tags} note={record.note} t={t} onEdit={onEdit} />
      <section class="card">
        <h2>{t('parts')}</h2>
        <ul class="col-parts">
          {ROLES.filter((r: Role) => r !== 'other' || a.compliance.parts.other).map((r) => (
            <li key={r} class={a.compliance.parts[r] ? 'ok' : 'warn'}>
              {a.compliance.parts[r] ? '✓' : '✗'} {t('role_' + r)}
            </li>
          ))}
        </ul>
        {missing.length > 0 && <p class="badge warn">{t('col_missingParts', String(missing.length))}</p>}
        {a.compliance.publishedOnTime === false && <p class="badge warn">{t('late')}</p>}
      </section>
      <div class="col-report-body">
        <nav class="card" aria-label={t('outline')}>
          <h2>{t('outline')}</h2>
          {a.outline.length ? <Outline nodes={a.outline} paras={paras} depth={1} /> : <p class="muted">{t('outlineEmpty')}</p>}
        </nav>
        <section class="card">
          <h2>{t('indicators')} ({a.indicators.length})</h2>
          {a.indicators.length === 0 ? (
            <p class="muted">{t('indicatorsEmpty')}</p>
          ) : (
            <div class="col-scroll">
              <table class="col-table">
                <thead>
                  <tr>
                    <th scope="col">{t('col_indicator')}</th>
                    <th scope="col">{t('col_value')}</th>
                    <th scope="col">{t('col_quote')}</th>
                  </tr>
                </thead>
                <tbody>
                  {a.indicators.map((i, n) => (
                    <tr key={n} data-key={i.key ?? ''}>
                      <td>{i.key ? indicatorLabel(t, i.key, i.label) : i.label}</td>
                      <td class="num">
                        {i.approx ? '≈' : ''}
                        {i.value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}
                        {i.unit}
                        {i.target ? ` (${t('target')})` : ''}
                      </td>
                      <td>
                        <a href={`#p${paraAt(paras, i.start)}`} onClick={jump}>{i.quote}</a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
      <section class="card col-text" aria-label={t('col_text')}>
        <h2>{t('col_text')}</h2>
        {paras.map((p, i) => (
          <p id={`p${i}`} key={i}>{p.text}</p>
        ))}
      </section>
    </article>
  );
}

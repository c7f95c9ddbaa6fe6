// Who published the report, for where and when, and the detection verdict with its reasons.
import type { Analysis, Detection } from '../../lib/types';
import type { Translate } from '../../lib/i18n';
import { tOr } from './format';
import { Reasons } from './Reasons';

export interface MetaCardProps {
  analysis: Analysis | null;
  detection: Detection;
  t: Translate;
}

export function MetaCard({ analysis, detection, t }: MetaCardProps) {
  const meta = analysis?.meta;
  const unknown = t('unknownValue');
  const rows: [string, string | null][] = meta
    ? [
        ['fieldIssuer', meta.issuer],
        ['fieldRegion', meta.region ? meta.region + (meta.regionLevel ? ` · ${tOr(t, 'level_' + meta.regionLevel, meta.regionLevel)}` : '') : null],
        ['fieldYear', meta.reportYear === null ? null : String(meta.reportYear)],
        ['fieldPublished', meta.publishedAt],
        ['fieldSource', meta.source],
      ]
    : [];
  const confidence = `${Math.round(detection.confidence * 100)}%`;
  return (
    <section class="card meta" aria-labelledby="meta-title">
      <h1 id="meta-title" class="title">{meta?.title ?? unknown}</h1>
      {rows.length > 0 && (
        <dl class="fields">
          {rows.map(([key, value]) => (
            <div class="field" key={key}>
              <dt>{t(key)}</dt>
              <dd class={value ? '' : 'muted'}>{value ?? unknown}</dd>
            </div>
          ))}
        </dl>
      )}
      <details class="verdict">
        <summary>
          <span class={detection.isReport ? 'badge ok' : 'badge warn'}>
            {t(detection.isReport ? 'verdictReport' : 'verdictNotReport', confidence)}
          </span>
        </summary>
        {detection.reasons.length > 0 ? (
          <Reasons reasons={detection.reasons} t={t} />
        ) : (
          <p class="muted">{t('noReasons')}</p>
        )}
      </details>
    </section>
  );
}

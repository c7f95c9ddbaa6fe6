// The report's figures: catalogued ones first, grouped by subject (行政复议, 行政诉讼…), then the
// rest. Each shows its value and unit and the sentence it came from; a click shows it in the page.
import type { Indicator } from '../../lib/types';
import type { Translate } from '../../lib/i18n';
import { formatValue, keyMessage, subjectOf, tOr } from './format';

export interface IndicatorListProps {
  indicators: Indicator[];
  lang: 'zh' | 'en';
  t: Translate;
  onReveal(start: number, end: number): void;
}

interface Group {
  subject: string | null;
  items: Indicator[];
}

/** Catalogued figures by subject, in the order subjects first appear; uncatalogued last. */
export function groupIndicators(indicators: Indicator[]): Group[] {
  const groups = new Map<string, Indicator[]>();
  const rest: Indicator[] = [];
  for (const ind of indicators) {
    if (!ind.key) { rest.push(ind); continue; }
    const s = subjectOf(ind.key);
    const g = groups.get(s);
    if (g) g.push(ind);
    else groups.set(s, [ind]);
  }
  const out: Group[] = [...groups].map(([subject, items]) => ({ subject, items }));
  if (rest.length) out.push({ subject: null, items: rest });
  return out;
}

export function IndicatorList({ indicators, lang, t, onReveal }: IndicatorListProps) {
  if (indicators.length === 0) return <p class="muted">{t('indicatorsEmpty')}</p>;
  const catalogued = indicators.filter((i) => i.key).length;
  return (
    <div class="indicators">
      <p class="muted count">{t('indicatorsCount', [String(indicators.length), String(catalogued)])}</p>
      {groupIndicators(indicators).map((g) => {
        const title = g.subject ? tOr(t, 'subject_' + g.subject, g.subject) : t('otherFigures');
        const list = (
          <ul class="figures">
            {g.items.map((ind, i) => <Figure key={`${ind.start}-${i}`} ind={ind} lang={lang} t={t} onReveal={onReveal} />)}
          </ul>
        );
        return g.subject ? (
          <section class="group" key={g.subject} data-subject={g.subject}>
            <h3>{title}</h3>
            {list}
          </section>
        ) : (
          <details class="group other" key="other">
            <summary><h3>{title} <span class="muted">({g.items.length})</span></h3></summary>
            {list}
          </details>
        );
      })}
    </div>
  );
}

function Figure({ ind, lang, t, onReveal }: { ind: Indicator; lang: 'zh' | 'en'; t: Translate; onReveal(start: number, end: number): void }) {
  // the report's own words in Chinese; in English the catalogue's name, the quote keeps the original
  const name = ind.key && lang === 'en' ? tOr(t, keyMessage('ind_', ind.key), ind.label) : ind.label;
  return (
    <li class="figure" data-key={ind.key ?? ''} data-value={String(ind.value)}>
      <button type="button" class="figure-button" title={t('showInPage')} onClick={() => onReveal(ind.start, ind.start + ind.quote.length)}>
        <span class="figure-head">
          <span class="figure-label">{name}</span>
          <span class="figure-value">
            {ind.approx && <span class="approx">{t('approx')}</span>}
            {formatValue(ind.value, ind.unit, lang)}
            {ind.target && <span class="tag target">{t('target')}</span>}
          </span>
        </span>
        <span class="quote">{ind.quote}</span>
      </button>
    </li>
  );
}

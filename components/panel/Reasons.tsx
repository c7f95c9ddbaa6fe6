// The detection's reasons. The analysis writes them in Chinese (they are part of the report object
// and of saved records); the English UI shows the English rendering of each reason it knows, and a
// reason it does not know as written, marked zh-CN so a screen reader reads it as Chinese.
import type { Translate } from '../../lib/i18n';
import { reasonInEnglish } from '../../lib/reason-text';

export function Reasons({ reasons, t }: { reasons: readonly string[]; t: Translate }) {
  const english = t('lang') === 'en';
  return (
    <ul class="reasons" aria-label={t('reasonsLabel')}>
      {reasons.map((r, i) => {
        const en = english ? reasonInEnglish(r) : null;
        return en ? <li key={i} lang="en">{en}</li> : <li key={i} lang="zh-CN">{r}</li>;
      })}
    </ul>
  );
}

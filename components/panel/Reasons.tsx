// The detection's reasons. They are written in Chinese by the analysis whatever the UI language, so
// each is marked zh-CN (a screen reader then reads it as Chinese), while the list is labelled in the
// UI language.
import type { Translate } from '../../lib/i18n';

export function Reasons({ reasons, t }: { reasons: readonly string[]; t: Translate }) {
  return (
    <ul class="reasons" aria-label={t('reasonsLabel')}>
      {reasons.map((r, i) => <li key={i} lang="zh-CN">{r}</li>)}
    </ul>
  );
}

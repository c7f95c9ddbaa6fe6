// The words for a catalogued indicator in the reader's language: the panel's tables hold a subject
// (行政复议) and a short name under it (受理); a table cell has no group heading, so both are shown.
import type { Translate } from '../../lib/i18n';
import { keyMessage, subjectOf } from '../panel/format';

export function indicatorLabel(t: Translate, key: string, fallback: string): string {
  const subject = t('subject_' + subjectOf(key));
  const name = t(keyMessage('ind_', key));
  if (name === keyMessage('ind_', key)) return fallback;
  if (subject === 'subject_' + subjectOf(key)) return name;
  return t('lang') === 'en' ? `${subject} · ${name}` : `${subject}·${name}`;
}

// What to tell the user when the collection fails: the kind of CollectionError decides the words
// (a full disk is not a bug), the technical message follows for the curious.
import type { Translate } from '../../lib/i18n';
import { CollectionError } from '../../lib/collection/types';

export function errorMessage(e: unknown, t: Translate): string {
  if (e instanceof CollectionError) {
    const key = { quota: 'col_errQuota', corrupt: 'col_errCorrupt', version: 'col_errVersion', unknown: 'col_errUnknown' }[e.kind];
    return `${t(key)} (${e.message})`;
  }
  return `${t('col_errUnknown')} (${e instanceof Error ? e.message : String(e)})`;
}

// The side panel's save bar: one click saves (or updates) the open report; when the page is in the
// collection it says so and offers tags, a note, removal with undo, and the collection page.
// A pure view: the panel's entrypoint does the storing and passes the outcome back in.
import { t } from '../../lib/i18n';
import type { Patch, SavedReport } from '../../lib/collection/types';
import { UserFields } from './UserFields';

export interface SaveBarProps {
  saved: SavedReport | null;
  busy: boolean;
  error: string | null;
  onSave(): void;
  onRemove(): void;
  onUndo: (() => void) | null;
  onEdit(patch: Patch): void;
  onOpenCollection(): void;
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

export function SaveBar({ saved, busy, error, onSave, onRemove, onUndo, onEdit, onOpenCollection }: SaveBarProps) {
  return (
    <section class="card col-savebar" aria-busy={busy} data-saved={saved ? 'yes' : 'no'}>
      <div class="col-savebar-row">
        {saved ? (
          <>
            <span class="badge ok" role="status">{t('col_inCollection', day(saved.savedAt))}</span>
            <button type="button" onClick={onSave} disabled={busy} title={t('col_updateHint')}>{t('col_update')}</button>
            <button type="button" onClick={onRemove} disabled={busy}>{t('col_remove')}</button>
          </>
        ) : (
          <button type="button" class="primary" onClick={onSave} disabled={busy}>{t('col_save')}</button>
        )}
        <button type="button" class="link" onClick={onOpenCollection}>{t('col_openCollection')}</button>
      </div>
      {onUndo && !saved && (
        <p class="col-undo" role="status">
          {t('col_removed')} <button type="button" class="link" onClick={onUndo} disabled={busy}>{t('col_undo')}</button>
        </p>
      )}
      {error && <p class="col-error" role="alert">{error}</p>}
      {saved && <UserFields tags={saved.tags} note={saved.note} t={t} onEdit={onEdit} />}
    </section>
  );
}

// The user's own words on a saved report: tags and a note, edited in place and committed when the
// field is left (or Enter in the tags), so typing does not write to the database on every key.
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import { splitTags } from '../../lib/collection/migrate';
import type { Patch } from '../../lib/collection/types';

export interface UserFieldsProps {
  tags: string[];
  note: string;
  /**
   * Leave enabled while other work is busy: a field disabled under the reader's cursor loses focus
   * without a blur, and what they were typing is never committed. Each edit is its own transaction.
   */
  disabled?: boolean;
  t: Translate;
  onEdit(patch: Patch): void;
}

export function UserFields({ tags, note, disabled, t, onEdit }: UserFieldsProps) {
  const [tagText, setTagText] = useState(tags.join('，'));
  const [noteText, setNoteText] = useState(note);
  useEffect(() => setTagText(tags.join('，')), [tags.join('\u0000')]);
  useEffect(() => setNoteText(note), [note]);

  const commitTags = () => {
    const next = splitTags(tagText);
    if (next.join('\u0000') !== tags.join('\u0000')) onEdit({ tags: next });
  };
  const commitNote = () => {
    if (noteText !== note) onEdit({ note: noteText });
  };
  return (
    <div class="col-user">
      <label class="col-field">
        <span>{t('col_tags')}</span>
        <input
          type="text"
          name="tags"
          value={tagText}
          disabled={disabled}
          placeholder={t('col_tagsHint')}
          onInput={(e) => setTagText(e.currentTarget.value)}
          onBlur={commitTags}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitTags();
          }}
        />
      </label>
      <label class="col-field">
        <span>{t('col_note')}</span>
        <textarea name="note" rows={2} value={noteText} disabled={disabled} onInput={(e) => setNoteText(e.currentTarget.value)} onBlur={commitNote} />
      </label>
    </div>
  );
}

// Backup and spreadsheet controls: JSON backup of everything, CSV of all indicators, import of a
// backup (the page validates it and says what happened).
import type { Translate } from '../../lib/i18n';

export interface ImportExportProps {
  t: Translate;
  busy: boolean;
  empty: boolean;
  onExportJson(): void;
  onExportCsv(): void;
  onImport(file: File): void;
}

export function ImportExport({ t, busy, empty, onExportJson, onExportCsv, onImport }: ImportExportProps) {
  return (
    <div class="col-io">
      <button type="button" onClick={onExportJson} disabled={busy || empty}>{t('col_exportJson')}</button>
      <button type="button" onClick={onExportCsv} disabled={busy || empty}>{t('col_exportAllCsv')}</button>
      <label class="col-import">
        <span>{t('col_import')}</span>
        <input
          type="file"
          name="import"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onImport(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
    </div>
  );
}

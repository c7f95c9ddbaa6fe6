// The JSON backup of the whole collection, and reading one back. Reading validates every record
// (valibot, through the migrations) before anything is written, so a corrupt or foreign file is
// refused whole with a message saying what is wrong, and the collection is left untouched.
import * as v from 'valibot';
import { toCurrent } from './migrate';
import { BACKUP_KIND, backupSchema } from './schema';
import { CollectionError, FORMAT_VERSION, type SavedReport } from './types';

export function exportBackup(records: SavedReport[], now: Date = new Date()): string {
  return JSON.stringify({ kind: BACKUP_KIND, version: FORMAT_VERSION, exportedAt: now.toISOString(), reports: records }, null, 1);
}

export function parseBackup(text: string): SavedReport[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CollectionError('corrupt', `not a JSON file (${e instanceof Error ? e.message : String(e)})`);
  }
  const envelope = v.safeParse(backupSchema, data);
  if (!envelope.success) {
    throw new CollectionError('corrupt', 'not a Fazhi Lens collection backup');
  }
  if (envelope.output.version > FORMAT_VERSION) {
    throw new CollectionError('version', `this backup was written by a newer version of the extension (format ${envelope.output.version}); update the extension first`);
  }
  return envelope.output.reports.map((raw, i) => {
    try {
      return toCurrent(raw);
    } catch (e) {
      if (e instanceof CollectionError) throw new CollectionError(e.kind, `report ${i + 1}: ${e.message}`);
      throw e;
    }
  });
}

// How two copies of one saved report become one (an import over the live collection, an undo over
// a report saved again meanwhile): the newer copy's analysis and URL win, nothing the user wrote is
// dropped — tags are united, and a note is only replaced by a newer non-empty one.
import type { SavedReport } from './types';

export function mergeRecord(existing: SavedReport, incoming: SavedReport): SavedReport {
  const newer = incoming.updatedAt > existing.updatedAt ? incoming : existing;
  const older = newer === incoming ? existing : incoming;
  return {
    id: existing.id,
    url: newer.url ?? older.url,
    canonicalUrl: newer.canonicalUrl ?? older.canonicalUrl,
    contentHash: newer.contentHash,
    savedAt: existing.savedAt < incoming.savedAt ? existing.savedAt : incoming.savedAt,
    updatedAt: newer.updatedAt,
    tags: [...new Set([...existing.tags, ...incoming.tags])],
    note: newer.note.trim() ? newer.note : older.note,
    analysis: newer.analysis,
    version: newer.version,
  };
}

/** True when merging changed nothing the store would hold (analysis follows updatedAt). */
export function sameRecord(a: SavedReport, b: SavedReport): boolean {
  return (
    a.id === b.id &&
    a.url === b.url &&
    a.canonicalUrl === b.canonicalUrl &&
    a.contentHash === b.contentHash &&
    a.savedAt === b.savedAt &&
    a.updatedAt === b.updatedAt &&
    a.note === b.note &&
    a.tags.length === b.tags.length &&
    a.tags.every((t, i) => b.tags[i] === t)
  );
}

/** Whether two records with the same text are one report: yes unless both name different pages. */
export function sameReport(a: { canonicalUrl: string | null }, b: { canonicalUrl: string | null }): boolean {
  return a.canonicalUrl === null || b.canonicalUrl === null || a.canonicalUrl === b.canonicalUrl;
}

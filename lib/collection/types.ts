// The collection's record and API (the contract shared with the side panel). The record is what
// IndexedDB holds; `version` is its stored-format version, so an older record can be migrated.
import type { Analysis } from '../types';

/** The stored-format version written by this build. Older records are migrated on open and on import. */
export const FORMAT_VERSION = 2;

export interface SavedReport {
  /** stable: derived from the canonical URL (or the content hash when there is no URL) */
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  contentHash: string;
  savedAt: string; // ISO
  updatedAt: string; // ISO
  tags: string[];
  note: string;
  /** the report object, text included, as analysed when saved */
  analysis: Analysis;
  version: number;
}

export type Patch = { tags?: string[]; note?: string };

/**
 * What the collection's table, filters and comparison need of a report, kept in a store of its own
 * (a tenth of the record's size): opening the page reads these, not 2,000 full texts.
 * `analysis.indicators` holds the catalogued figures only; `indicatorCount` counts them all.
 */
export interface ReportSummary {
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  savedAt: string;
  updatedAt: string;
  tags: string[];
  note: string;
  analysis: Pick<Analysis, 'meta' | 'compliance' | 'indicators' | 'chars'> & { indicatorCount: number };
}

/** Either a full record or its summary: what the table's functions read. */
export type ReportLike = Pick<SavedReport, 'id' | 'url' | 'savedAt' | 'updatedAt' | 'tags' | 'note'> & {
  analysis: Pick<Analysis, 'meta' | 'compliance' | 'indicators'> & { indicatorCount?: number };
};

/** What an import did, for the message shown to the user. */
export interface MergeResult {
  added: number;
  updated: number;
  unchanged: number;
}

export interface Collection {
  /** upsert by canonical URL / content hash; keeps tags and note */
  save(analysis: Analysis, url: string | null): Promise<SavedReport>;
  findByUrl(url: string): Promise<SavedReport | null>;
  get(id: string): Promise<SavedReport | null>;
  list(): Promise<SavedReport[]>;
  /** the table's view of every report, newest first: fast to read */
  summaries(): Promise<ReportSummary[]>;
  update(id: string, patch: Patch): Promise<SavedReport>;
  /** returns what was removed, for undo */
  remove(id: string): Promise<SavedReport | null>;
  /** undo of remove */
  restore(record: SavedReport): Promise<void>;
  /** merge records (an import) in one transaction: all of them or none */
  merge(records: SavedReport[]): Promise<MergeResult>;
  /** empty the collection */
  clear(): Promise<void>;
  close(): void;
}

export type CollectionErrorKind = 'quota' | 'corrupt' | 'version' | 'unknown';

export class CollectionError extends Error {
  readonly kind: CollectionErrorKind;
  constructor(kind: CollectionErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CollectionError';
    this.kind = kind;
  }
}

/** BroadcastChannel name: a page that changes the collection tells the others to reload. */
export const CHANNEL = 'fazhi-lens-collection';

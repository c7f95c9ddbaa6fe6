// The collection in IndexedDB, over an IDBFactory passed in (the page's `indexedDB`, or
// fake-indexeddb in tests). Every read-modify-write runs inside ONE readwrite transaction, so two
// tabs saving at once serialise in the database instead of overwriting each other; a transaction
// that fails (quota, bad data) is aborted, so the collection stays as it was.
import { wrap, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction } from 'idb';
import type { Analysis } from '../types';
import { canonicalUrl, contentHash, reportId } from './identity';
import { mergeRecord, sameRecord, sameReport } from './merge';
import { toCurrent } from './migrate';
import { BUCKETS, bucketOf, newestFirst, summarize } from './summary';
import { CollectionError, FORMAT_VERSION, type Collection, type MergeResult, type Patch, type ReportSummary, type SavedReport } from './types';

export { CollectionError, FORMAT_VERSION } from './types';
export type { Collection, SavedReport, ReportSummary, MergeResult, Patch } from './types';

export const DB_NAME = 'fazhi-lens';
/**
 * The IndexedDB schema version: 1 = the preview (one store, no indexes), 2 = indexes + format 2,
 * 3 = a summaries store beside the records.
 */
export const DB_VERSION = 3;

const LIST_BATCH = 100;

type Bucket = Record<string, ReportSummary>;

interface Unreadable {
  raw: unknown;
  error: string;
  at: string;
}

interface LensDB extends DBSchema {
  reports: { key: string; value: SavedReport; indexes: { canonicalUrl: string; contentHash: string } };
  /** id → summary, in buckets (summary.ts); kept in step with `reports` in every transaction */
  summaries: { key: number; value: Bucket };
  /** records an upgrade could not read: kept, never dropped, so an update loses nothing */
  unreadable: { key: number; value: Unreadable };
}

/** Writes inside one transaction: the record and its summary always together. */
interface Writer {
  store: IDBPObjectStore<LensDB, ['reports', 'summaries'], 'reports', 'readwrite'>;
  put(rec: SavedReport): Promise<void>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
}

export interface OpenOptions {
  name?: string;
  /**
   * The IDBKeyRange of the factory's realm, for reading in batches; by default the environment's
   * (the page's, or fake-indexeddb's), and without one the list is read in a single request.
   */
  keyRange?: { lowerBound(lower: IDBValidKey, open?: boolean): IDBKeyRange };
  /** the clock, for tests */
  now?: () => Date;
}

function errorName(e: unknown): string {
  return typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
}

function toCollectionError(e: unknown): CollectionError {
  if (e instanceof CollectionError) return e;
  const name = errorName(e);
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError') return new CollectionError('quota', 'storage quota exceeded: the report was not saved', { cause: e });
  if (name === 'VersionError') {
    return new CollectionError('version', 'the collection was upgraded by a newer version of the extension: reload this page', { cause: e });
  }
  if (name === 'DataCloneError' || name === 'DataError') return new CollectionError('corrupt', message, { cause: e });
  return new CollectionError('unknown', message || name || 'IndexedDB error', { cause: e });
}

type Stores = ('reports' | 'summaries' | 'unreadable')[];
type UpgradeTx = IDBPTransaction<LensDB, Stores, 'versionchange'>;

function upgrade(db: IDBPDatabase<LensDB>, oldVersion: number, tx: UpgradeTx): void {
  const reports = oldVersion < 1 ? db.createObjectStore('reports', { keyPath: 'id' }) : tx.objectStore('reports');
  if (oldVersion < 2) {
    reports.createIndex('canonicalUrl', 'canonicalUrl');
    reports.createIndex('contentHash', 'contentHash');
    db.createObjectStore('unreadable', { autoIncrement: true });
  }
  if (oldVersion < 3) db.createObjectStore('summaries');
  if (oldVersion >= 1 && oldVersion < 3) void migrateAll(tx);
}

/** Lift every stored record to the current format, and write its summary, inside the upgrade transaction. */
async function migrateAll(tx: UpgradeTx): Promise<void> {
  const reports = tx.objectStore('reports');
  const summaries = tx.objectStore('summaries');
  const unreadable = tx.objectStore('unreadable');
  const buckets = new Map<number, Bucket>();
  let cursor = await reports.openCursor();
  while (cursor) {
    const raw: unknown = cursor.value;
    try {
      const rec = toCurrent(raw);
      if (rec.id === cursor.key) await cursor.update(rec);
      else {
        await cursor.delete();
        await reports.put(rec);
      }
      const b = bucketOf(rec.id);
      buckets.set(b, { ...buckets.get(b), [rec.id]: summarize(rec) });
    } catch (e) {
      await unreadable.add({ raw, error: e instanceof Error ? e.message : String(e), at: new Date().toISOString() });
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
  for (const [b, bucket] of buckets) await summaries.put(bucket, b);
}

function openDb(factory: IDBFactory, name: string): Promise<IDBPDatabase<LensDB>> {
  const request = factory.open(name, DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<LensDB>;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    upgrade(db, event.oldVersion, tx);
  });
  return (wrap(request) as Promise<unknown>) as Promise<IDBPDatabase<LensDB>>;
}

export async function openCollection(factory: IDBFactory, options: OpenOptions = {}): Promise<Collection> {
  const name = options.name ?? DB_NAME;
  const now = options.now ?? (() => new Date());
  const keyRange = options.keyRange ?? (globalThis as { IDBKeyRange?: OpenOptions['keyRange'] }).IDBKeyRange;
  // one connection per Collection, opened on first use and again after another tab's upgrade
  let db: Promise<IDBPDatabase<LensDB>> | null = null;

  function connect(): Promise<IDBPDatabase<LensDB>> {
    if (db) return db;
    const opening = openDb(factory, name).then(
      (opened) => {
        // Another tab (a newer build) wants to upgrade: step aside so it is not blocked forever; the
        // next call here reopens, and fails with 'version' if the database is now newer than us.
        opened.addEventListener('versionchange', () => {
          opened.close();
          if (db === opening) db = null;
        });
        opened.addEventListener('close', () => {
          if (db === opening) db = null;
        });
        return opened;
      },
      (e: unknown) => {
        if (db === opening) db = null;
        throw toCollectionError(e);
      },
    );
    db = opening;
    return opening;
  }

  async function read<T>(fn: (store: IDBPObjectStore<LensDB, ['reports'], 'reports', 'readonly'>) => Promise<T>): Promise<T> {
    const d = await connect();
    try {
      const tx = d.transaction('reports', 'readonly');
      return await fn(tx.store);
    } catch (e) {
      throw toCollectionError(e);
    }
  }

  /** One readwrite transaction: all of fn's writes land, or none (it is aborted on any error). */
  async function write<T>(fn: (w: Writer) => Promise<T>): Promise<T> {
    const d = await connect();
    let tx: IDBPTransaction<LensDB, ['reports', 'summaries'], 'readwrite'>;
    try {
      tx = d.transaction(['reports', 'summaries'], 'readwrite');
    } catch (e) {
      throw toCollectionError(e);
    }
    tx.done.catch(() => undefined);
    const store = tx.objectStore('reports');
    const summaries = tx.objectStore('summaries');
    // buckets read once per transaction, written back once before it commits
    const buckets = new Map<number, Bucket>();
    const dirty = new Set<number>();
    const bucket = async (b: number): Promise<Bucket> => {
      let got = buckets.get(b);
      if (!got) {
        got = (await summaries.get(b)) ?? {};
        buckets.set(b, got);
      }
      dirty.add(b);
      return got;
    };
    const w: Writer = {
      store,
      put: async (rec) => {
        await store.put(rec);
        (await bucket(bucketOf(rec.id)))[rec.id] = summarize(rec);
      },
      delete: async (id) => {
        await store.delete(id);
        delete (await bucket(bucketOf(id)))[id];
      },
      clear: async () => {
        await store.clear();
        await summaries.clear();
        buckets.clear();
        dirty.clear();
        for (let b = 0; b < BUCKETS; b++) buckets.set(b, {});
      },
    };
    try {
      const result = await fn(w);
      for (const b of dirty) await summaries.put(buckets.get(b)!, b);
      await tx.done;
      return result;
    } catch (e) {
      // A quota error at commit aborts the transaction: its requests then fail with AbortError,
      // while the transaction's own error says why.
      const why = errorName(e) === 'AbortError' && tx.error ? tx.error : e;
      try {
        tx.abort();
      } catch {
        // already finished or aborted by the engine
      }
      throw toCollectionError(why);
    }
  }

  await connect(); // an unusable database (newer version, no IndexedDB) fails the open itself

  function current(rec: SavedReport): SavedReport {
    return rec.version === FORMAT_VERSION ? rec : toCurrent(rec);
  }

  return {
    async save(analysis: Analysis, url: string | null): Promise<SavedReport> {
      const canonical = url ? canonicalUrl(url) : null;
      const hash = contentHash(analysis.text);
      const id = reportId(canonical, hash);
      const stamp = now().toISOString();
      return write(async (w) => {
        const store = w.store;
        let existing = await store.get(id);
        if (!existing) {
          // the same text saved before without a URL (or now saved without one) is the same report
          const sameText = await store.index('contentHash').getAll(hash);
          existing = sameText.find((r) => sameReport(r, { canonicalUrl: canonical }));
        }
        const rec: SavedReport = {
          id: existing?.id ?? id,
          url: url ?? existing?.url ?? null,
          canonicalUrl: canonical ?? existing?.canonicalUrl ?? null,
          contentHash: hash,
          savedAt: existing?.savedAt ?? stamp,
          updatedAt: stamp,
          tags: existing?.tags ?? [],
          note: existing?.note ?? '',
          analysis: { ...analysis, meta: { ...analysis.meta, url: analysis.meta.url ?? url } },
          version: FORMAT_VERSION,
        };
        await w.put(rec);
        return rec;
      });
    },

    async findByUrl(url: string): Promise<SavedReport | null> {
      const canonical = canonicalUrl(url);
      if (!canonical) return null;
      return read(async (store) => {
        const rec = (await store.get(reportId(canonical, ''))) ?? (await store.index('canonicalUrl').get(canonical));
        return rec ? current(rec) : null;
      });
    },

    async get(id: string): Promise<SavedReport | null> {
      return read(async (store) => {
        const rec = await store.get(id);
        return rec ? current(rec) : null;
      });
    },

    async list(): Promise<SavedReport[]> {
      // In batches inside one transaction: the same snapshot as one getAll, but the page gets the
      // event loop back between batches instead of decoding tens of megabytes in one go.
      const all = await read(async (store) => {
        const out: SavedReport[] = [];
        if (!keyRange) return store.getAll();
        let batch = await store.getAll(undefined, LIST_BATCH);
        while (batch.length) {
          out.push(...batch);
          if (batch.length < LIST_BATCH) break;
          batch = await store.getAll(keyRange.lowerBound(batch[batch.length - 1]!.id, true), LIST_BATCH);
        }
        return out;
      });
      return all.map(current).sort(newestFirst);
    },

    async summaries(): Promise<ReportSummary[]> {
      const d = await connect();
      try {
        return (await d.getAll('summaries')).flatMap((b) => Object.values(b)).sort(newestFirst);
      } catch (e) {
        throw toCollectionError(e);
      }
    },

    async update(id: string, patch: Patch): Promise<SavedReport> {
      return write(async (w) => {
        const store = w.store;
        const rec = await store.get(id);
        if (!rec) throw new CollectionError('unknown', `no saved report ${id}`);
        const next: SavedReport = {
          ...current(rec),
          ...(patch.tags ? { tags: [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))] } : {}),
          ...(patch.note !== undefined ? { note: patch.note } : {}),
          updatedAt: now().toISOString(),
        };
        await w.put(next);
        return next;
      });
    },

    async remove(id: string): Promise<SavedReport | null> {
      return write(async (w) => {
        const store = w.store;
        const rec = await store.get(id);
        if (!rec) return null;
        await w.delete(id);
        return current(rec);
      });
    },

    async restore(record: SavedReport): Promise<void> {
      const rec = toCurrent(record);
      await write(async (w) => {
        const store = w.store;
        const existing = await store.get(rec.id);
        await w.put(existing ? mergeRecord(current(existing), rec) : rec);
      });
    },

    async merge(records: SavedReport[]): Promise<MergeResult> {
      const incoming = records.map(toCurrent);
      return write(async (w) => {
        const store = w.store;
        const result: MergeResult = { added: 0, updated: 0, unchanged: 0 };
        for (const rec of incoming) {
          const existing = (await store.get(rec.id)) ?? (await store.index('contentHash').getAll(rec.contentHash)).find((r) => sameReport(r, rec));
          if (!existing) {
            await w.put(rec);
            result.added++;
            continue;
          }
          const merged = mergeRecord(current(existing), rec);
          if (sameRecord(merged, existing)) {
            result.unchanged++;
            continue;
          }
          await w.put(merged);
          result.updated++;
        }
        return result;
      });
    },

    async clear(): Promise<void> {
      await write((w) => w.clear());
    },

    close(): void {
      const closing = db;
      db = null;
      void closing?.then((d) => d.close(), () => undefined);
    },
  };
}

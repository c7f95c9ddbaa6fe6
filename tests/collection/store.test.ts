import 'fake-indexeddb/auto';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCollection, CollectionError, DB_NAME, FORMAT_VERSION } from '../../lib/collection/store';
import { freshFactory, seedAnalysis } from './fixtures';

const URL_A = 'http://www.hp.gov.cn/zwgk/fzzfjs/content/post_1.html';

function clock(start = Date.UTC(2025, 2, 5, 8)) {
  let t = start;
  return () => new Date((t += 60_000));
}

afterEach(() => vi.restoreAllMocks());

describe('save and read back', () => {
  it('keeps the text, analysis, metadata, URL, save time, tags and note', async () => {
    const col = await openCollection(freshFactory(), { now: clock() });
    const a = seedAnalysis(0);
    const saved = await col.save(a, URL_A);
    expect(saved.version).toBe(FORMAT_VERSION);
    expect(saved.url).toBe(URL_A);
    expect(saved.tags).toEqual([]);
    expect(saved.note).toBe('');
    expect(Date.parse(saved.savedAt)).toBeGreaterThan(0);
    const got = await col.get(saved.id);
    expect(got?.analysis.text).toBe(a.text);
    expect(got?.analysis.outline).toEqual(a.outline);
    expect(got?.analysis.indicators).toEqual(a.indicators);
    expect(got?.analysis.meta.url).toBe(URL_A);
    expect(await col.list()).toHaveLength(1);
    col.close();
  });

  it('saving the same page again updates the one record and keeps tags, note and first save time', async () => {
    const col = await openCollection(freshFactory(), { now: clock() });
    const first = await col.save(seedAnalysis(0), URL_A);
    await col.update(first.id, { tags: ['县级', '2024'], note: '对比用' });
    // the same page reached with a fragment, tracking parameters, another scheme
    const again = await col.save(seedAnalysis(0), 'https://WWW.hp.gov.cn/zwgk/fzzfjs/content/post_1.html?utm_source=wx#top');
    expect(again.id).toBe(first.id);
    expect(again.tags).toEqual(['县级', '2024']);
    expect(again.note).toBe('对比用');
    expect(again.savedAt).toBe(first.savedAt);
    expect(again.updatedAt > first.updatedAt).toBe(true);
    expect(await col.list()).toHaveLength(1);
  });

  it('different pages are different records', async () => {
    const col = await openCollection(freshFactory());
    await col.save(seedAnalysis(0), URL_A);
    await col.save(seedAnalysis(1), 'http://www.moyu.gov.cn/info/2025/1.html');
    await col.save(seedAnalysis(0), 'http://www.hp.gov.cn/zwgk/fzzfjs/content/post_1.html?id=2');
    expect(await col.list()).toHaveLength(3);
  });

  it('a report with no URL is keyed by its content, and adopts a URL when saved from the page later', async () => {
    const col = await openCollection(freshFactory());
    const a = seedAnalysis(2);
    const noUrl = await col.save(a, null);
    const again = await col.save({ ...a, text: a.text + '\n' }, null); // whitespace does not change the content
    expect(again.id).toBe(noUrl.id);
    const withUrl = await col.save(a, 'http://www.luancheng.gov.cn/a.html');
    expect(withUrl.id).toBe(noUrl.id);
    expect(withUrl.url).toBe('http://www.luancheng.gov.cn/a.html');
    expect(await col.list()).toHaveLength(1);
    expect((await col.findByUrl('http://www.luancheng.gov.cn/a.html#x'))?.id).toBe(noUrl.id);
  });

  it('findByUrl tells the panel whether the open page is saved', async () => {
    const col = await openCollection(freshFactory());
    expect(await col.findByUrl(URL_A)).toBeNull();
    await col.save(seedAnalysis(0), URL_A);
    expect((await col.findByUrl(URL_A + '#p3'))?.url).toBe(URL_A);
    expect(await col.findByUrl('http://www.hp.gov.cn/other.html')).toBeNull();
    expect(await col.findByUrl('not a url')).toBeNull();
  });
});

describe('edit, delete and undo', () => {
  it('updates tags (trimmed, without repeats) and the note', async () => {
    const col = await openCollection(freshFactory(), { now: clock() });
    const r = await col.save(seedAnalysis(0), URL_A);
    const u = await col.update(r.id, { tags: [' 县级 ', '县级', '', '复议'] });
    expect(u.tags).toEqual(['县级', '复议']);
    const n = await col.update(r.id, { note: '第二段有误' });
    expect(n.tags).toEqual(['县级', '复议']);
    expect(n.note).toBe('第二段有误');
    expect((await col.get(r.id))?.note).toBe('第二段有误');
  });

  it('update of a missing report fails without writing', async () => {
    const col = await openCollection(freshFactory());
    await expect(col.update('u-missing', { note: 'x' })).rejects.toBeInstanceOf(CollectionError);
    expect(await col.list()).toEqual([]);
  });

  it('remove returns the record and restore brings it back whole', async () => {
    const col = await openCollection(freshFactory());
    const r = await col.save(seedAnalysis(0), URL_A);
    await col.update(r.id, { tags: ['a'], note: 'n' });
    const before = await col.get(r.id);
    const removed = await col.remove(r.id);
    expect(removed).toEqual(before);
    expect(await col.get(r.id)).toBeNull();
    expect(await col.findByUrl(URL_A)).toBeNull();
    await col.restore(removed!);
    expect(await col.get(r.id)).toEqual(before);
    expect(await col.remove('u-none')).toBeNull();
  });
});

describe('persistence, versions and migration', () => {
  it('records survive closing and reopening the database', async () => {
    const factory = freshFactory();
    const col = await openCollection(factory);
    await col.save(seedAnalysis(0), URL_A);
    await col.save(seedAnalysis(1), null);
    const before = await col.list();
    col.close();
    const again = await openCollection(factory);
    expect(await again.list()).toEqual(before);
  });

  it('opening a preview (format 1) database migrates its records and keeps unreadable ones aside', async () => {
    const factory = freshFactory();
    const a = seedAnalysis(3);
    await new Promise<void>((resolve, reject) => {
      const req = factory.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore('reports', { keyPath: 'id' });
        store.put({ id: 'old-1', url: 'http://www.heping.gov.cn/a.html#x', savedAt: Date.UTC(2024, 1, 4), tags: '县级，2023、和平', note: '旧版保存', analysis: a });
        store.put({ id: 'old-2', url: null, savedAt: 'garbage', tags: 7, analysis: 'not an analysis' });
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const col = await openCollection(factory);
    const list = await col.list();
    expect(list).toHaveLength(1);
    const r = list[0]!;
    expect(r.id).toBe('old-1');
    expect(r.version).toBe(FORMAT_VERSION);
    expect(r.tags).toEqual(['县级', '2023', '和平']);
    expect(r.note).toBe('旧版保存');
    expect(r.savedAt).toBe('2024-02-04T00:00:00.000Z');
    expect(r.canonicalUrl).toBe('http://www.heping.gov.cn/a.html');
    expect(r.analysis.text).toBe(a.text);
    expect((await col.findByUrl('http://www.heping.gov.cn/a.html'))?.id).toBe('old-1');
    col.close();
    // the unreadable record was not dropped
    const kept = await new Promise<unknown[]>((resolve, reject) => {
      const req = factory.open(DB_NAME);
      req.onsuccess = () => {
        const all = req.result.transaction('unreadable').objectStore('unreadable').getAll();
        all.onsuccess = () => {
          req.result.close();
          resolve(all.result);
        };
      };
      req.onerror = () => reject(req.error);
    });
    expect(kept).toHaveLength(1);
    expect(JSON.stringify(kept[0])).toContain('old-2');
  });

  it('refuses to open a database a newer version of the extension wrote', async () => {
    const factory = freshFactory();
    await new Promise<void>((resolve, reject) => {
      const req = factory.open(DB_NAME, 7);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const err = await openCollection(factory).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CollectionError);
    expect((err as CollectionError).kind).toBe('version');
  });

  it('steps aside when another tab upgrades the database, then reports the version problem', async () => {
    const factory = freshFactory();
    const col = await openCollection(factory);
    await col.save(seedAnalysis(0), URL_A);
    // a newer build opens the database at a higher version: it must not be blocked by this tab
    await new Promise<void>((resolve, reject) => {
      const req = factory.open(DB_NAME, 99);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onblocked = () => reject(new Error('blocked'));
      req.onerror = () => reject(req.error);
    });
    const err = await col.list().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CollectionError);
    expect((err as CollectionError).kind).toBe('version');
  });
});

describe('listing many', () => {
  it('reads every record of a collection larger than one batch, newest first', async () => {
    const factory = freshFactory();
    const col = await openCollection(factory, { now: clock() });
    const base = seedAnalysis(1);
    for (let i = 0; i < 250; i++) await col.save({ ...base, text: `${base.text}\n第${i}份` }, `http://www.x.gov.cn/${i}.html`);
    const list = await col.list();
    expect(list).toHaveLength(250);
    expect(new Set(list.map((r) => r.id)).size).toBe(250);
    expect(list[0]!.url).toBe('http://www.x.gov.cn/249.html');
    expect(list[249]!.url).toBe('http://www.x.gov.cn/0.html');
    expect((await col.summaries()).map((r) => r.id)).toEqual(list.map((r) => r.id));
  });
});

describe('summaries for the table', () => {
  it('stay in step with the records through save, edit, remove, undo, import and clear', async () => {
    const col = await openCollection(freshFactory(), { now: clock() });
    const a = seedAnalysis(2);
    const r = await col.save(a, 'http://www.luancheng.gov.cn/a.html');
    await col.save(seedAnalysis(1), null);
    const check = async () => {
      const full = await col.list();
      const sums = await col.summaries();
      expect(sums.map((x) => x.id)).toEqual(full.map((x) => x.id));
      for (const [i, f] of full.entries()) {
        const sum = sums[i]!;
        expect([sum.tags, sum.note, sum.updatedAt, sum.analysis.meta]).toEqual([f.tags, f.note, f.updatedAt, f.analysis.meta]);
        expect(sum.analysis.indicatorCount).toBe(f.analysis.indicators.length);
        expect(sum.analysis.indicators).toEqual(f.analysis.indicators.filter((x) => x.key !== null));
        expect(sum).not.toHaveProperty('analysis.text');
      }
      return sums.length;
    };
    expect(await check()).toBe(2);
    await col.update(r.id, { tags: ['区级'], note: '栾城' });
    expect(await check()).toBe(2);
    const removed = await col.remove(r.id);
    expect(await check()).toBe(1);
    await col.restore(removed!);
    expect(await check()).toBe(2);
    await col.merge([{ ...removed!, id: 'other', contentHash: 'other', canonicalUrl: null, url: null }]);
    expect(await check()).toBe(3);
    await col.clear();
    expect(await check()).toBe(0);
  });

  it('opening a format-2 database (no summaries yet) writes them', async () => {
    const factory = freshFactory();
    const col = await openCollection(factory);
    const saved = await col.save(seedAnalysis(0), URL_A);
    col.close();
    // take the database back to what version 2 had: the same records, no summaries store
    const v2 = await new Promise<IDBDatabase>((resolve, reject) => {
      const del = factory.deleteDatabase(DB_NAME);
      del.onsuccess = () => {
        const req = factory.open(DB_NAME, 2);
        req.onupgradeneeded = () => {
          const store = req.result.createObjectStore('reports', { keyPath: 'id' });
          store.createIndex('canonicalUrl', 'canonicalUrl');
          store.createIndex('contentHash', 'contentHash');
          req.result.createObjectStore('unreadable', { autoIncrement: true });
          store.put(saved);
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      };
    });
    v2.close();
    const again = await openCollection(factory);
    expect(await again.list()).toEqual([saved]);
    const sums = await again.summaries();
    expect(sums.map((x) => x.id)).toEqual([saved.id]);
    expect(sums[0]!.analysis.meta).toEqual(saved.analysis.meta);
  });
});

describe('two tabs', () => {
  it('saving at the same time from two tabs loses nothing', async () => {
    const factory = freshFactory();
    const [a, b] = await Promise.all([openCollection(factory), openCollection(factory)]);
    const analyses = [0, 1, 2, 3, 4].map(seedAnalysis);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).save(analyses[i % 5]!, `http://www.x${i}.gov.cn/r.html`)),
    );
    expect(await a.list()).toHaveLength(20);
    expect(await b.list()).toHaveLength(20);
    // the table's summaries share buckets across reports: none may be lost either
    expect((await b.summaries()).map((x) => x.id).sort()).toEqual((await a.list()).map((x) => x.id).sort());
  });

  it('an edit in one tab and a re-save of the same page in the other both land', async () => {
    const factory = freshFactory();
    const [a, b] = await Promise.all([openCollection(factory, { now: clock() }), openCollection(factory, { now: clock(Date.UTC(2025, 3, 1)) })]);
    const r = await a.save(seedAnalysis(0), URL_A);
    const changed = { ...seedAnalysis(0), reasons: ['re-analysed'] };
    await Promise.all([a.update(r.id, { note: '来自标签页A', tags: ['A'] }), b.save(changed, URL_A)]);
    const final = await b.get(r.id);
    expect(final?.note).toBe('来自标签页A');
    expect(final?.tags).toEqual(['A']);
    expect(final?.analysis.reasons).toEqual(['re-analysed']);
  });
});

describe('quota', () => {
  it('a quota error is a CollectionError("quota") and leaves the collection as it was', async () => {
    const col = await openCollection(freshFactory(), { now: clock() });
    const r = await col.save(seedAnalysis(0), URL_A);
    await col.update(r.id, { note: '原来的' });
    const before = await col.list();
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err1 = await col.save(seedAnalysis(1), 'http://www.moyu.gov.cn/1.html').catch((e: unknown) => e);
    expect(err1).toBeInstanceOf(CollectionError);
    expect((err1 as CollectionError).kind).toBe('quota');
    const err2 = await col.update(r.id, { note: '新的' }).catch((e: unknown) => e);
    expect((err2 as CollectionError).kind).toBe('quota');
    vi.restoreAllMocks();
    expect(await col.list()).toEqual(before);
  });

  it('a transaction aborted by the engine with QuotaExceededError is reported as quota', async () => {
    const col = await openCollection(freshFactory());
    const realPut = FakeObjectStore.prototype.put;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const req = realPut.call(this, value, key);
      // what a browser does when the commit does not fit: the transaction aborts with the quota error
      const tx = this.transaction;
      queueMicrotask(() => {
        Object.defineProperty(tx, 'error', { value: new DOMException('quota', 'QuotaExceededError') });
        tx.abort();
      });
      return req;
    });
    const err = await col.save(seedAnalysis(0), URL_A).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(err).toBeInstanceOf(CollectionError);
    expect((err as CollectionError).kind).toBe('quota');
    expect(await col.list()).toEqual([]);
  });
});

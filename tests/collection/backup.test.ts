import 'fake-indexeddb/auto';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { exportBackup, parseBackup } from '../../lib/collection/backup';
import { openCollection, CollectionError } from '../../lib/collection/store';
import { freshFactory, seedAnalysis } from './fixtures';

async function filled() {
  const col = await openCollection(freshFactory());
  const a = await col.save(seedAnalysis(0), 'http://www.binhai.gov.cn/a.html');
  await col.update(a.id, { tags: ['县级'], note: '滨海' });
  await col.save(seedAnalysis(1), 'http://www.moyu.gov.cn/b.html');
  await col.save(seedAnalysis(2), null);
  return col;
}

function kindOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof CollectionError ? e.kind : 'other';
  }
  return 'none';
}

describe('JSON backup', () => {
  it('export, clear, import gives the same collection', async () => {
    const col = await filled();
    const before = await col.list();
    const json = exportBackup(before);
    await col.clear();
    expect(await col.list()).toEqual([]);
    const result = await col.merge(parseBackup(json));
    expect(result).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await col.list()).toEqual(before);
  });

  it('importing the same backup twice adds nothing', async () => {
    const col = await filled();
    const json = exportBackup(await col.list());
    expect(await col.merge(parseBackup(json))).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await col.list()).toHaveLength(3);
  });

  it('merging keeps both sides: tags united, the newer note and analysis', async () => {
    const col = await filled();
    const [rec] = (await col.list()).filter((r) => r.tags.includes('县级'));
    const newer = { ...rec!, tags: ['对比'], note: '', updatedAt: '2099-01-01T00:00:00.000Z', analysis: { ...rec!.analysis, reasons: ['newer'] } };
    const other = await openCollection(freshFactory());
    await other.merge([newer]);
    const json = exportBackup(await other.list());
    expect(await col.merge(parseBackup(json))).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const merged = await col.get(rec!.id);
    expect(merged?.tags).toEqual(['县级', '对比']);
    expect(merged?.note).toBe('滨海'); // an empty newer note does not erase the older one
    expect(merged?.analysis.reasons).toEqual(['newer']);
  });

  it('a corrupt or foreign file is refused with a clear error and nothing changes', async () => {
    const col = await filled();
    const before = await col.list();
    const good = exportBackup(before);
    expect(kindOf(() => parseBackup(good.slice(0, good.length / 2)))).toBe('corrupt');
    expect(kindOf(() => parseBackup('{"name":"fazhi-lens","version":"0.1.0","dependencies":{}}'))).toBe('corrupt');
    expect(kindOf(() => parseBackup('[1,2,3]'))).toBe('corrupt');
    expect(kindOf(() => parseBackup('题目,地区\n报告,滨海县'))).toBe('corrupt');
    const data = JSON.parse(good) as { reports: Record<string, unknown>[] };
    data.reports[1]!.savedAt = 'yesterday';
    let message = '';
    try {
      parseBackup(JSON.stringify(data));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/report 2/);
    expect(message).toMatch(/savedAt/);
    expect(await col.list()).toEqual(before);
  });

  it('a backup from a newer version is refused as such', () => {
    expect(kindOf(() => parseBackup(JSON.stringify({ kind: 'fazhi-lens/collection', version: 99, exportedAt: '', reports: [] })))).toBe('version');
  });

  it('reads a backup with a BOM and migrates preview-format (1) records in it', async () => {
    const a = seedAnalysis(4);
    const old = { kind: 'fazhi-lens/collection', version: 1, exportedAt: '2024-05-01T00:00:00Z', reports: [{ id: 'x1', url: 'http://www.haidong.gov.cn/r.html', savedAt: Date.UTC(2024, 3, 2), tags: '市级,海东', analysis: a }] };
    const [r] = parseBackup('\uFEFF' + JSON.stringify(old));
    expect(r?.tags).toEqual(['市级', '海东']);
    expect(r?.note).toBe('');
    expect(r?.analysis.text).toBe(a.text);
    const col = await openCollection(freshFactory());
    await col.merge([r!]);
    expect((await col.findByUrl('http://www.haidong.gov.cn/r.html'))?.id).toBe('x1');
  });

  it('an import that fails while writing leaves the collection unchanged', async () => {
    const col = await filled();
    const before = await col.list();
    const incoming = parseBackup(exportBackup(before)).map((r, i) => ({ ...r, id: `new-${i}`, contentHash: `other-${i}` }));
    // the third write fails (as a full disk would): the first two must not stay behind
    const realPut = FakeObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (++calls === 3) throw new DOMException('quota', 'QuotaExceededError');
      return realPut.call(this, value, key);
    });
    const err = await col.merge(incoming).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect((err as CollectionError).kind).toBe('quota');
    expect(await col.list()).toEqual(before);
  });
});

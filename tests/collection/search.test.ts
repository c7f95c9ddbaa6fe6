import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../lib/collection/search';
import { cjkBigrams, tokenize, tokenizeLong } from '../../lib/collection/tokenize';
import { FORMAT_VERSION, type SavedReport } from '../../lib/collection/types';
import { seedAnalysis, seedFiles } from './fixtures';

function record(i: number, extra: Partial<SavedReport> = {}): SavedReport {
  const analysis = seedAnalysis(i);
  return {
    id: `seed-${i}`,
    url: null,
    canonicalUrl: null,
    contentHash: `h${i}`,
    savedAt: '2025-03-05T00:00:00.000Z',
    updatedAt: '2025-03-05T00:00:00.000Z',
    tags: [],
    note: '',
    analysis,
    version: FORMAT_VERSION,
    ...extra,
  };
}

const records = seedFiles.map((_, i) => record(i));
const index = buildSearchIndex(records);
const CJK_ONLY = /^[\u4e00-\u9fff]+$/;

describe('tokens', () => {
  it('CJK text becomes bigrams, letters and digits whole words, full-width folded', () => {
    expect(cjkBigrams('行政复议')).toEqual(['行政', '政复', '复议']);
    expect(tokenize('ＩＣＰ备案２０２４年')).toEqual(expect.arrayContaining(['备案', 'icp', '2024']));
    expect(tokenizeLong('ICP备案2024年')).toEqual(expect.arrayContaining(['备案', 'icp', '2024']));
  });
});

describe('search over the seed reports', () => {
  it('finds 「行政复议」 in exactly the reports whose text holds it', () => {
    const expected = records.filter((r) => r.analysis.text.includes('行政复议')).map((r) => r.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(index.search('行政复议').sort()).toEqual(expected);
  });

  it('finds a phrase from one report only in that report', () => {
    // 「逢九必讲」 is the name of 墨玉县's lecture series (seed 001)
    expect(index.search('逢九必讲')).toEqual(['seed-1']);
  });

  it('does not match a report that holds the bigrams only apart', () => {
    // every seed holds 执法, 法行 and 行政, none holds 「执法行政」
    expect(records.every((r) => ['执法', '法行', '行政'].every((b) => r.analysis.text.includes(b)))).toBe(true);
    expect(index.search('执法行政')).toEqual([]);
  });

  it('finds full-width digits written half-width, and one-character queries', () => {
    const withYear = records.filter((r) => r.analysis.text.includes('2024年')).map((r) => r.id).sort();
    expect(index.search('２０２４年').sort()).toEqual(withYear);
    const withChar = records.filter((r) => r.analysis.text.includes('秩')).map((r) => r.id).sort();
    expect(withChar).toHaveLength(2);
    expect(index.search('秩').sort()).toEqual(withChar);
  });

  it('nothing for an empty query or a phrase none has', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('量子计算机')).toEqual([]);
  });

  it('searches tags and notes, and follows additions and removals', () => {
    const idx = buildSearchIndex(records.slice(0, 2));
    expect(idx.search('重点关注')).toEqual([]);
    idx.add(record(2, { tags: ['重点关注'], note: 'ICP 备案不全' }));
    expect(idx.search('重点关注')).toEqual(['seed-2']);
    expect(idx.search('icp')).toEqual(['seed-2']);
    idx.remove('seed-2');
    expect(idx.search('重点关注')).toEqual([]);
    expect(idx.size).toBe(2);
  });

  it('any Chinese substring of a report finds that report, and every hit holds it (property)', () => {
    const texts = records.map((r) => r.analysis.text);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.nat(), fc.integer({ min: 2, max: 8 }), (i, at, len) => {
        const text = texts[i]!;
        const start = at % Math.max(1, text.length - len);
        const q = text.slice(start, start + len);
        fc.pre(CJK_ONLY.test(q));
        const hits = index.search(q);
        expect(hits).toContain(`seed-${i}`);
        for (const id of hits) expect(texts[Number(id.slice(5))]).toContain(q);
      }),
      { numRuns: 150 },
    );
  });
});

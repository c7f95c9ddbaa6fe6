import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../lib/indicators';
import { scanFigures } from '../lib/numbers';
import { ROLES, type Indicator, type Section } from '../lib/types';

const seedDir = path.join(__dirname, 'fixtures', 'seeds');
const seedTexts = fs.readdirSync(seedDir).sort().map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8'));

// The genre's raw material: digits both widths, multipliers, units, qualifiers, punctuation both widths,
// markers, titles, quotes, redactions, newlines.
const PIECES = [
  '0', '1', '2', '9', '１', '２', '０', '.', '．', ',', '，', '、', '；', ';', '：', ':', '。', '%', '％', '万', '亿', '千',
  '余', '多', '超', '近', '约', '不足', '以上', '有余', '件', '人次', '人(次)', '元', '万元', '项', '个', '倍', '年', '月',
  '日', '号', '第', '《', '》', '(', ')', '（', '）', '“', '”', '〔', '〕', '*', '******', '+', '-', '—', '至', '\n',
  ' ', '　', '行政复议', '受理', '审结', '收到', '申请', '纠错率', '均达到', '出庭应诉率', '下一步', '2025年,我县将',
  '一是', '（一）', '来源：', '点击数：', '法律援助', '调解成功率', '同比增长', '共', '其中', 'A', '5G', '１２３４５',
];
const genreText = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((a) => a.join(''));
const anyText = fc.oneof(genreText, fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }));
const sections = (len: number) =>
  fc.array(
    fc.record({ role: fc.constantFrom(...ROLES), title: fc.string({ maxLength: 5 }), start: fc.nat({ max: Math.max(0, len) }) }),
    { maxLength: 5 },
  );

function wellFormed(text: string, out: Indicator[]): void {
  for (const o of out) {
    expect(Number.isFinite(o.value)).toBe(true);
    expect(o.start).toBeGreaterThanOrEqual(0);
    expect(o.quote.length).toBeGreaterThan(0);
    expect(text.slice(o.start, o.start + o.quote.length)).toBe(o.quote);
    expect(['count', 'amount', 'rate', 'growth']).toContain(o.kind);
    expect(typeof o.label).toBe('string');
    expect(typeof o.unit).toBe('string');
  }
}

describe('extractIndicators on any input', () => {
  it('never throws; quotes are the text at their start; values are finite', () => {
    fc.assert(
      fc.property(anyText.chain((t) => fc.tuple(fc.constant(t), sections(t.length))), ([text, secs]) => {
        wellFormed(text, extractIndicators(text, secs as Section[]));
      }),
      { numRuns: 400 },
    );
  });

  it('holds on cut and spliced seed text (figures torn at any offset)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: seedTexts.length - 1 }),
        fc.nat(),
        fc.nat({ max: 3000 }),
        genreText,
        (which, from, len, insert) => {
          const seed = seedTexts[which];
          const a = from % seed.length;
          const text = seed.slice(a, a + len) + insert + seed.slice(0, len % 500);
          wellFormed(text, extractIndicators(text, []));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a seed written with full-width digits and punctuation gives the same indicators', () => {
    const toFull = (s: string) =>
      s.replace(/[0-9%(),;:!?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/\./g, '．');
    const shape = (o: Indicator) => [o.key, o.kind, o.value, o.unit, o.approx, o.start, o.label.normalize('NFKC')];
    fc.assert(
      fc.property(fc.nat({ max: seedTexts.length - 1 }), (which) => {
        const half = extractIndicators(seedTexts[which], []);
        const full = extractIndicators(toFull(seedTexts[which]), []);
        expect(full.map(shape)).toEqual(half.map(shape));
      }),
      { numRuns: 5 },
    );
  });

  it('scanFigures: every figure lies inside the text, in order, finite', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let last = -1;
        for (const f of scanFigures(text)) {
          expect(f.numStart).toBeGreaterThan(last);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(Number.isFinite(f.value)).toBe(true);
          last = f.numStart;
        }
      }),
      { numRuns: 400 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStructure } from '../lib/structure';
import { flattenOutline } from '../lib/outline';
import type { OutlineNode } from '../lib/types';
import { loadSeeds } from './outline-gold';

// fragments of the genre, damaged forms included, so random texts look like reports often enough
const FRAGMENTS = [
  '一、', '二、', '三、', '十一、', '一.', '二．', '一 ', '（一）', '(二)', '（ 三 ）', '1.', '2、', '３．', '12.', '1.52亿元',
  '（1）', '(2)', '①', '②', '一是', '二是', '三是', '是', '统一是', '之一是', '第一责任人', '在一、二季度',
  '存在的问题', '下一步工作', '2025年工作打算', '主要举措和成效', '其他需要报告的情况', '今年以来,取得了一些成绩,但仍有差距',
  '2025年,我县将继续', '下一步,', '加强组织领导', '法治政府建设', '全年办理案件197件', '“', '”', '《', '》', '「', '」',
  '。', '，', ',', '；', ';', '：', ':', '！', '\n', '\n\n', ' ', '\u3000', '\t', '来源:某县人民政府 发布时间:2025-03-05',
  '关联稿件:', '中共和平县委 和平县人民政府', '2024年2月4日', '******', '𠀀', '繁體報告', '（', '）', '(', ')',
  '存在的不足', '下一年度工作安排', '第一责任人职责情况', '虽然', '我县高度重视', '县委书记、县长', '统一、', '现将有关情况报告如下：',
];

const reportish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((xs) => xs.join(''));
const anything = fc.string({ unit: 'grapheme', maxLength: 300 });
const mixed = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((xs) => xs.join(''));
const meta = fc.record({
  reportYear: fc.option(fc.integer({ min: 2015, max: 2030 }), { nil: null }),
  publishedAt: fc.option(fc.constantFrom('2025-03-05', '2025-04-01', '2025-04-02', '2024-02-04', 'not a date'), { nil: null }),
});

function checkTree(text: string, outline: OutlineNode[]): void {
  const visit = (nodes: OutlineNode[], parent: OutlineNode | null, spanEnd: number): void => {
    let prev = parent ? parent.start : -1;
    nodes.forEach((n, i) => {
      expect(n.start).toBeGreaterThanOrEqual(0);
      expect(n.start).toBeLessThan(text.length);
      expect(n.start).toBeGreaterThan(prev);
      expect(n.start).toBeLessThan(spanEnd);
      expect(n.level).toBe(parent ? parent.level + 1 : 1);
      if (n.kind === 'part') {
        expect(n.marker).toBe('');
        expect(text.startsWith(n.title, n.start)).toBe(true);
      } else {
        expect(n.marker.length).toBeGreaterThan(0);
        expect(text.slice(n.start, n.start + n.marker.length)).toBe(n.marker);
        expect(text.indexOf(n.title, n.start + n.marker.length)).toBeGreaterThanOrEqual(n.start + n.marker.length);
      }
      expect(n.title).toBe(n.title.trim());
      expect(n.title.length).toBeGreaterThan(0);
      prev = n.start;
      const next = i + 1 < nodes.length ? nodes[i + 1].start : spanEnd;
      visit(n.children, n, next);
    });
  };
  visit(outline, null, text.length);
}

function checkStructure(text: string, m: { reportYear: number | null; publishedAt: string | null }): void {
  const st = buildStructure(text, m);
  checkTree(text, st.outline);
  const tops = st.outline.filter((n) => n.kind !== 'enumeration');
  expect(st.sections.map((s) => s.start)).toEqual(tops.map((n) => n.start));
  expect(st.sections.map((s) => s.title)).toEqual(tops.map((n) => n.title));
  for (const s of st.sections) expect(st.compliance.parts[s.role]).toBe(true);
  if (m.reportYear === null) expect(st.compliance.deadline).toBeNull();
  if (m.reportYear === null || m.publishedAt === null) expect(st.compliance.publishedOnTime).toBeNull();
}

describe('structure under fuzzing', () => {
  it('never throws, and every node points at its marker inside its parent, on report-like text', () => {
    fc.assert(fc.property(reportish, meta, (text, m) => checkStructure(text, m)), { numRuns: 400 });
  });

  it('holds on arbitrary text', () => {
    fc.assert(fc.property(anything, meta, (text, m) => checkStructure(text, m)), { numRuns: 300 });
    fc.assert(fc.property(mixed, meta, (text, m) => checkStructure(text, m)), { numRuns: 300 });
  });

  it('holds on long text with no line breaks (read sentence by sentence)', () => {
    const runTogether = fc
      .array(fc.constantFrom(...FRAGMENTS.filter((f) => !f.includes('\n'))), { minLength: 150, maxLength: 400 })
      .map((xs) => xs.join(''));
    fc.assert(fc.property(runTogether, meta, (text, m) => checkStructure(text, m)), { numRuns: 150 });
  });

  it('holds on the seeds cut, spliced and stripped of their line breaks', () => {
    const texts = loadSeeds().map((s) => s.text);
    const cut = fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.nat(), fc.boolean()).map(([t, a, b, flat]) => {
      const x = a % (t.length + 1);
      const y = b % (t.length + 1);
      const piece = t.slice(Math.min(x, y), Math.max(x, y));
      return flat ? piece.replace(/\n/g, '') : piece;
    });
    fc.assert(fc.property(cut, meta, (text, m) => checkStructure(text, m)), { numRuns: 150 });
  });
});

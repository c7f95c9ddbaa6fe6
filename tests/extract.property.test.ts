// Extraction and metadata never throw, whatever the page; a 10 MB page is handled.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract, fromText } from '../lib/extract';
import { extractMeta } from '../lib/meta';
import { toSimplified } from '../lib/traditional';
import { parsePage } from '../scripts/lib/load';

const WORDS = ['一、', '（一）', '1．', '法治政府建设', '來源：', '发布时间：', '2025-03-05', '打印', '关闭', '報告', '我县', '。', '，', ' ', '\u3000', '&nbsp;', '&lt;', '网站标识码'];
const TAGS = ['p', 'div', 'span', 'td', 'tr', 'table', 'h1', 'strong', 'a', 'li', 'ul', 'pre', 'script', 'style', 'br', 'font', 'section'];

const text = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 30 }).map((a) => a.join(''));

/** HTML trees of the tags portals use, with attributes that matter (hidden, classes, styles). */
const html: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.constantFrom('', ' class="title"', ' style="display:none"', ' hidden', ' id="zoom"', ' class="info"'),
        fc.array(tie('node'), { maxLength: 5 }),
      )
      .map(([t, attr, kids]) => (t === 'br' ? '<br>' : `<${t}${attr}>${(kids as string[]).join('')}</${t}>`)),
  ),
})).node as fc.Arbitrary<string>;

function assertWellFormed(out: string): void {
  for (const line of out.split('\n')) {
    if (out === '') break;
    expect(line.length).toBeGreaterThan(0);
    expect(line).toBe(line.trim());
  }
}

describe('extraction never throws', () => {
  it('on arbitrary strings parsed as a page', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const doc = parsePage(s);
        const ex = extract(doc, null);
        assertWellFormed(ex.text);
        extractMeta(ex);
      }),
      { numRuns: 150 },
    );
  });

  it('on arbitrary HTML, leaving the document untouched', () => {
    fc.assert(
      fc.property(fc.array(html, { maxLength: 6 }), text, (bodies, title) => {
        const doc = parsePage(`<html><head><title>${title}</title></head><body>${bodies.join('')}</body></html>`);
        const before = doc.documentElement.outerHTML;
        const ex = extract(doc, 'http://www.example.gov.cn/');
        expect(doc.documentElement.outerHTML).toBe(before);
        assertWellFormed(ex.text);
        const m = extractMeta(ex);
        if (m.publishedAt) expect(m.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 150 },
    );
  });

  it('on arbitrary text given as a .txt', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), text, (a, b) => {
        const ex = fromText(a + '\n' + b, null);
        expect(ex.text).toBe(a + '\n' + b);
        extractMeta(ex);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the length of any string when converting 繁體 for matching', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ maxLength: 50 }), (a, b) => {
        const s = a + '發佈時間來源縣' + b;
        expect(toSimplified(s)).toHaveLength(s.length);
      }),
    );
  });
});

describe('a 10 MB page', () => {
  it(
    'is extracted without throwing and keeps its headings',
    () => {
      const nav = '<li><a href="/col/1.html">政务公开</a></li>'.repeat(200);
      const para =
        '<p style="text-indent:2em">（一）强化组织领导。县委、县政府高度重视法治政府建设，召开常务会议12次，专题研究法治政府建设工作，全年审查规范性文件36件，合法性审查率100%。</p>\n';
      const parts: string[] = [];
      let size = 0;
      while (size < 10 * 1024 * 1024) {
        parts.push(para);
        size += Buffer.byteLength(para);
      }
      const page = `<html><head><meta name="ArticleTitle" content="某县2024年法治政府建设年度报告"></head><body><ul>${nav}</ul><div class="content"><p>一、主要举措和成效</p>${parts.join('')}<p>二、存在的不足和原因</p></div></body></html>`;
      const ex = extract(parsePage(page), null);
      const lines = ex.text.split('\n');
      expect(lines[0]).toBe('一、主要举措和成效');
      expect(lines.at(-1)).toBe('二、存在的不足和原因');
      expect(extractMeta(ex).reportYear).toBe(2024);
    },
    300_000,
  );
});

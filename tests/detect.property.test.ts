// Detection runs on every gov page a user opens: it must never throw, whatever the page, and must
// keep its verdict well-formed. A 10 MB page must be handled (the body sample is capped).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detect, refine } from '../lib/detect';
import type { Detection, Extraction } from '../lib/types';
import { parsePage } from '../scripts/lib/load';

function wellFormed(d: Detection): void {
  expect(typeof d.isReport).toBe('boolean');
  expect(d.confidence).toBeGreaterThanOrEqual(0);
  expect(d.confidence).toBeLessThanOrEqual(1);
  expect(d.isReport).toBe(d.confidence >= 0.5);
  expect(Array.isArray(d.reasons)).toBe(true);
  for (const r of d.reasons) expect(typeof r).toBe('string');
}

/** Pieces of gov pages and of reports, so random HTML often hits the interesting paths. */
const FRAGMENTS = [
  '<p>', '</p>', '<div class="title">', '<div class="article-title">', '</div>', '<h1>', '</h1>', '<a href="/x">', '</a>',
  '<br>', '<table><tr><td>', '</td></tr></table>', '<ul><li>', '</li></ul>', '<script>', '</script>', '<style>', '<!--', '-->',
  '<head>', '</head>', '<body>', '</body>', '<title>', '</title>', '<meta name="ArticleTitle" content="', '<meta name="SiteIDCode" content="',
  '<meta name="ColumnName" content="', '">', '"', '<', '>', '&amp;', '&#x4e00;', '\n', ' ', '\u3000',
  '法治政府建设', '法治政府建設', '年度报告', '報告', '工作报告', '情况的报告', '关于', '解读', '工作要点', '政府信息公开', '政府工作报告',
  '2024年，', '２０２４年，', '一、', '（一）', '(1)', '存在的问题', '下一步', '第一责任人职责', '主要举措和成效', '现将有关情况报告如下',
  '《', '》', '_示例县人民政府', '通知', '发布', '记者', '责任单位：', '主动公开政府信息情况',
];
const htmlish = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) }), { maxLength: 120 })
  .map((xs) => xs.join(''));
const urls = fc.oneof(fc.constant(null), fc.constant(undefined), fc.webUrl(), fc.string({ unit: 'binary', maxLength: 40 }), fc.constant('http://www.x.gov.cn/zcjd/a.html'));

describe('detect never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), urls, (s, url) => {
        wellFormed(detect(s, url));
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary report-like text', () => {
    fc.assert(
      fc.property(htmlish, urls, (s, url) => {
        wellFormed(detect(s, url));
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary HTML', () => {
    fc.assert(
      fc.property(htmlish, urls, (html, url) => {
        wellFormed(detect(parsePage(html), url));
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary unicode HTML', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), urls, (html, url) => {
        wellFormed(detect(parsePage(html), url));
      }),
      { numRuns: 200 },
    );
  });

  it('refine never throws on arbitrary extractions', () => {
    const extraction = fc.record({
      title: fc.option(htmlish),
      text: htmlish,
      method: fc.constantFrom('readability' as const, 'largest-block' as const, 'text' as const),
      reasons: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
      page: fc.record({
        tags: fc.dictionary(fc.constantFrom('articletitle', 'columnname', 'siteidcode', 'keywords'), htmlish),
        docTitle: fc.option(htmlish),
        visibleTitle: fc.option(htmlish),
        infoLine: fc.option(fc.string()),
        url: fc.option(fc.webUrl()),
      }),
    });
    const first = fc.record({ isReport: fc.boolean(), confidence: fc.double({ min: 0, max: 1, noNaN: true }), reasons: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }) });
    fc.assert(
      fc.property(first, extraction, (f, ex: Extraction) => {
        wellFormed(refine(f, ex));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a 10 MB page', () => {
  const report = fs.readFileSync(path.resolve(__dirname, 'fixtures/seeds/003_cf074fb9deb89154.txt'), 'utf8');

  function huge(title: string, body: string): string {
    const nav = Array.from({ length: 2000 }, (_, i) => `<li><a href="/c/${i}.html">栏目${i}</a></li>`).join('');
    const paragraphs = body.split('\n').map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n');
    let html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><ul class="nav">${nav}</ul><div class="content">`;
    // the article, then page after page of comments and related items until the page weighs 10 MB
    html += paragraphs;
    const filler = `<div class="comment"><p>网友留言：${'这是一条很长的留言内容，'.repeat(20)}</p><a href="/r">回复</a></div>`;
    const parts: string[] = [html];
    let size = Buffer.byteLength(html, 'utf8');
    const step = Buffer.byteLength(filler, 'utf8');
    while (size < 10 * 1024 * 1024) {
      parts.push(filler);
      size += step;
    }
    parts.push('</div></body></html>');
    return parts.join('');
  }

  it('is handled, and a report at its top is still found', { timeout: 120_000 }, () => {
    const html = huge('和平县2023年法治政府建设年度报告_和平县人民政府', report);
    expect(Buffer.byteLength(html, 'utf8')).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const d = detect(parsePage(html), 'http://www.heping.gov.cn/art/2024/2/4/art_1.html');
    wellFormed(d);
    expect(d.isReport).toBe(true);
  });

  it('is handled as text too', { timeout: 60_000 }, () => {
    const text = report + '\n' + '网友留言：这是一条很长的留言内容。\n'.repeat(10 * 1024 * 1024 / 40);
    const d = detect(text);
    wellFormed(d);
    expect(d.isReport).toBe(true);
  });

  it('a huge page that is not a report stays a non-report', { timeout: 120_000 }, () => {
    const d = detect(parsePage(huge('示例县人民政府门户网站', '欢迎访问示例县人民政府门户网站')), 'http://www.x.gov.cn/');
    wellFormed(d);
    expect(d.isReport).toBe(false);
  });
});

describe('the cheap path', () => {
  it('a page whose head never mentions 法治 is judged on a bounded sample of its start', () => {
    // 法治 only far down a long portal page (200 k characters in): the sample stops long before it
    const filler = '<p>' + '本县新闻动态，'.repeat(50) + '</p>';
    const html = `<html><head><title>示例县人民政府门户网站</title></head><body>${filler.repeat(600)}<p>2024年法治政府建设年度报告</p></body></html>`;
    const d = detect(parsePage(html), 'http://www.x.gov.cn/');
    expect(d.isReport).toBe(false);
    expect(d.reasons[0]).toBe('标题和正文均未提及法治政府建设');
  });
});

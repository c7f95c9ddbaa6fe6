// The text column: Readability reads only the part of the page that holds nearly all of its reading
// text. These tests check that narrowing finds that part on every saved portal page, that it costs
// nothing in what Readability keeps (the same text as on the whole page), and that the parts of a
// report that sit beside its body (signature, a second block, attachments) are not cut off.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, runReadability } from '../lib/extract';
import { surveyPage } from '../lib/survey';
import { loadPage, parsePage } from '../scripts/lib/load';

const PAGES = path.resolve(__dirname, 'fixtures/pages');
const index: Array<{ file: string; isReport: boolean; url: string }> = JSON.parse(fs.readFileSync(path.join(PAGES, 'index.json'), 'utf8'));

const elementsIn = (el: Element) => el.querySelectorAll('*').length;

describe('the text column on the saved portal pages', () => {
  for (const entry of index) {
    const file = path.join(PAGES, entry.file);
    it(`${entry.file}: Readability keeps the same text through the column as on the whole page`, () => {
      const doc = loadPage(file);
      const { column } = surveyPage(doc);
      if (entry.isReport) {
        // every report page has a portal around its article, and the column leaves it out
        expect(column).not.toBeNull();
        expect(elementsIn(column!)).toBeLessThan(elementsIn(doc.body) / 2);
      }
      const whole = runReadability(doc, null);
      const narrowed = runReadability(doc, column);
      expect(narrowed?.text ?? null).toBe(whole?.text ?? null);
    });
  }
});

const NAV = `<div class="nav">${Array.from({ length: 30 }, (_, i) => `<a href="/c${i}">栏目${i}</a>`).join('')}</div>`;
const FOOTER = '<div class="footer"><p>主办单位：示例县人民政府办公室</p><p>网站标识码：1234560001</p></div>';
const para = (s: string) => `<p>${s}</p>`;
const BODY = [
  '2024年，示例县坚持以习近平法治思想为指导，全面推进法治政府建设，各项工作取得新成效。现将有关情况报告如下：',
  '一、主要举措和成效',
  '（一）健全依法决策机制。严格落实重大行政决策程序，全年审查规范性文件36件，合法性审查率100%，重大行政决策全部经过合法性审查。',
  '（二）规范行政执法行为。全县行政执法人员410人，组织专题培训2场次，参训500余人次，行政复议纠错率12%。',
  '二、存在的不足和原因',
  '一是法治宣传的针对性不强；二是基层执法力量相对薄弱，专业化水平有待提高，执法人员的法律素养仍需提升。',
  '三、2025年工作安排',
  '2025年，我县将继续深化法治政府建设，推进严格规范公正文明执法，不断提升依法行政水平，为高质量发展提供法治保障。',
];

function portal(article: string, aside = ''): Document {
  return parsePage(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>示例县2024年法治政府建设年度报告_示例县人民政府</title></head>
<body>${NAV}<div class="main"><div class="left">${article}</div>${aside}</div>${FOOTER}</body></html>`);
}

describe('the text column keeps what sits beside the body', () => {
  it('gives Readability the blocks beside the body to weigh, and keeps a signature set apart from it', () => {
    const doc = portal(
      `<h1>示例县2024年法治政府建设年度报告</h1><div class="content">${BODY.map(para).join('')}</div>` +
        '<div class="sign"><p>示例县人民政府</p><p>2025年3月5日</p></div>',
    );
    const { column } = surveyPage(doc);
    expect(column?.textContent).toContain('2025年3月5日');
    expect(column?.textContent).not.toContain('栏目1');
    expect(runReadability(doc, column)?.text).toBe(runReadability(doc, null)?.text);
    // Readability drops the short signature block; extraction takes it back from the page
    expect(extract(doc, null).text.split('\n')).toEqual([...BODY, '示例县人民政府', '2025年3月5日']);
  });

  it('takes back no short lines after the body that are not a signature', () => {
    const doc = portal(`<div class="content">${BODY.map(para).join('')}</div><div class="note"><p>责任编辑：王五</p><p>2025年3月5日</p></div>`);
    expect(extract(doc, null).text.split('\n')).toEqual(BODY);
  });

  it('keeps both halves of a body split over two sibling blocks', () => {
    const doc = portal(
      `<div class="part1">${BODY.slice(0, 4).map(para).join('')}</div><div class="part2">${BODY.slice(4).map(para).join('')}</div>`,
    );
    const lines = extract(doc, null).text.split('\n');
    for (const l of BODY) expect(lines).toContain(l);
  });

  it('does not narrow past a sidebar holding a real share of the reading text', () => {
    const sidebar = `<div class="right"><h3>工作动态</h3>${BODY.slice(2, 4).map(para).join('')}</div>`;
    const doc = portal(`<div class="content">${BODY.map(para).join('')}</div>`, sidebar);
    const { column } = surveyPage(doc);
    // the column, if any, holds the sidebar as well: Readability, not the column, decides between them
    if (column) expect(column.textContent).toContain('工作动态');
    const lines = extract(doc, null).text.split('\n');
    for (const l of BODY) expect(lines).toContain(l);
  });

  it('leaves a page with little reading text whole', () => {
    const doc = portal('<div class="content"><p>页面不存在或已被删除。</p></div>');
    expect(surveyPage(doc).column).toBeNull();
  });

  it('reads a page whose body is all one block (nothing to narrow) as before', () => {
    const doc = parsePage(`<html><head><title>报告</title></head><body>${BODY.map(para).join('')}</body></html>`);
    expect(surveyPage(doc).column).toBeNull();
    const lines = extract(doc, null).text.split('\n');
    for (const l of BODY) expect(lines).toContain(l);
  });
});

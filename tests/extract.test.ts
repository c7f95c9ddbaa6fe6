// Extraction on small hand-written pages and on the saved portal pages in tests/fixtures/pages,
// checked against the seeds' gold headings and against hand-written expectations.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js';
import { chooseBody, extract, fromText, readPageMeta } from '../lib/extract';
import { isChromeLine, chromeSpans } from '../lib/chrome';
import { loadPage, parsePage } from '../scripts/lib/load';

const FIX = path.resolve(__dirname, 'fixtures');
const PAGES = path.join(FIX, 'pages');

interface PageEntry {
  file: string;
  isReport: boolean;
  seed?: string;
  layout: string;
  url: string;
  title: string;
  kind: string;
}
interface GoldHeading {
  marker: string;
  text: string;
}

const index: PageEntry[] = fs.existsSync(path.join(PAGES, 'index.json'))
  ? (JSON.parse(fs.readFileSync(path.join(PAGES, 'index.json'), 'utf8')) as PageEntry[]).filter((e) =>
      fs.existsSync(path.join(PAGES, e.file)),
    )
  : [];
const gold = (seed: string): { headings: GoldHeading[] } =>
  JSON.parse(fs.readFileSync(path.join(FIX, 'gold', `${seed}.json`), 'utf8'));

// an independent converter (OpenCC's phrase-aware one), to compare 繁體 pages with simplified gold
const t2s = Converter({ from: 'tw', to: 'cn' });
const norm = (s: string) => t2s(s.normalize('NFKC')).replace(/\s+/g, '');

// the chrome the issue names: 来源/发布时间/浏览次数/打印/关闭/网站标识码, in short lines
const CHROME = /(来源|來源|发布时间|發佈時間|发布日期|發佈日期)\s*[:：]|浏览次数|瀏覽次數|网站标识码|網站標識碼|^[【\[]?(打印|关闭|關閉|打印本页|关闭窗口|打印本頁|關閉窗口)[】\]]?$/;

function page(html: string): Document {
  return parsePage(html);
}

const PORTAL = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>示例县2024年法治政府建设工作报告_示例县人民政府</title>
<meta name="ArticleTitle" content="示例县2024年法治政府建设工作报告">
<meta name="PubDate" content="2025-03-05 10:21"><meta name="ContentSource" content="示例县司法局">
</head><body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 法治政府建设</div>
<div class="article">
<div class="title">示例县2024年法治政府建设工作报告</div>
<div class="info">来源：示例县司法局&nbsp;&nbsp;发布时间：2025-03-05 10:21&nbsp;&nbsp;浏览次数：<span>88</span>&nbsp;&nbsp;字号：[<a>大</a> <a>中</a> <a>小</a>]</div>
<div class="content">
<p style="text-indent:2em">2024年，示例县坚持以习近平法治思想为指导，全面推进法治政府建设，各项工作取得新成效。现将有关情况报告如下：</p>
<p style="text-indent:2em"><strong>一、主要举措和成效</strong></p>
<p style="text-indent:2em">（一）健全依法决策机制。严格落实重大行政决策程序，全年审查规范性文件36件，合法性审查率100%。</p>
<p style="text-indent:2em">（二）规范行政执法行为。全县行政执法人员410人，组织专题培训2场次，参训500余人次。</p>
<p style="text-indent:2em"><strong>二、存在的不足和原因</strong></p>
<p style="text-indent:2em">一是法治宣传的针对性不强；二是基层执法力量相对薄弱，专业化水平有待提高。</p>
<p style="text-indent:2em"><strong>三、2025年工作安排</strong></p>
<p style="text-indent:2em">2025年，我县将继续深化法治政府建设，推进严格规范公正文明执法，不断提升依法行政水平。</p>
<p style="text-align:right">示例县人民政府</p><p style="text-align:right">2025年3月5日</p>
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
<div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">示例县2023年法治政府建设工作报告</a></li><li><a href="/b">示例县2022年法治政府建设工作报告</a></li></ul></div>
</div>
<div class="footer"><p>主办单位：示例县人民政府办公室 承办单位：示例县大数据中心</p><p>网站标识码：1234560001 ICP备12345678号</p></div>
</body></html>`;

describe('extract on a typical portal page', () => {
  const doc = page(PORTAL);
  const before = doc.documentElement.outerHTML;
  const ex = extract(doc, 'http://www.example.gov.cn/a.html');
  const lines = ex.text.split('\n');

  it('does not modify the live document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('uses Readability and keeps one paragraph per line, headings on their own lines', () => {
    expect(ex.method).toBe('readability');
    expect(lines).toContain('一、主要举措和成效');
    expect(lines).toContain('二、存在的不足和原因');
    expect(lines).toContain('三、2025年工作安排');
    expect(lines[0]).toMatch(/^2024年，示例县坚持/);
    expect(lines.at(-1)).toBe('2025年3月5日');
    expect(lines.every((l) => l.length > 0 && l === l.trim())).toBe(true);
  });

  it('takes the title from ArticleTitle without the site suffix and drops its duplicate line', () => {
    expect(ex.title).toBe('示例县2024年法治政府建设工作报告');
    expect(lines).not.toContain('示例县2024年法治政府建设工作报告');
  });

  it('strips breadcrumb, info line, share bar, print/close, related links and footer', () => {
    for (const l of lines) expect(l).not.toMatch(CHROME);
    expect(ex.text).not.toMatch(/当前位置|分享到|主办单位|相关链接|2023年法治政府建设工作报告/);
  });

  it('reads the page meta: tags, <title>, visible title, info line', () => {
    expect(ex.page.tags['articletitle']).toBe('示例县2024年法治政府建设工作报告');
    expect(ex.page.tags['pubdate']).toBe('2025-03-05 10:21');
    expect(ex.page.docTitle).toBe('示例县2024年法治政府建设工作报告_示例县人民政府');
    expect(ex.page.visibleTitle).toBe('示例县2024年法治政府建设工作报告');
    expect(ex.page.infoLine).toMatch(/^来源：示例县司法局 发布时间：2025-03-05 10:21/);
    expect(ex.page.url).toBe('http://www.example.gov.cn/a.html');
  });
});

describe('extract on awkward layouts', () => {
  it('turns a <br>-only body into lines', () => {
    const body = ['2024年，我区坚持依法行政，推动法治政府建设取得新进展，现将情况报告如下。', '一、主要工作情况', '（一）完善制度体系。制定规范性文件5件，全部经过合法性审查。', '二、存在的问题', '一是执法队伍力量不足。', '三、下一步工作', '2025年，我区将持续推进严格规范公正文明执法。']
      .map((l) => `&nbsp;&nbsp;&nbsp;&nbsp;${l}`)
      .join('<br>\n');
    const ex = extract(page(`<html><head><title>报告</title></head><body><div class="nav"><a>首页</a><a>政务公开</a></div><div id="zoom">${body.repeat(1)}</div></body></html>`), null);
    const lines = ex.text.split('\n');
    expect(lines).toContain('一、主要工作情况');
    expect(lines).toContain('二、存在的问题');
    expect(lines).toContain('（一）完善制度体系。制定规范性文件5件，全部经过合法性审查。');
    expect(lines[0]).toBe('2024年，我区坚持依法行政，推动法治政府建设取得新进展，现将情况报告如下。');
  });

  it('reads a table layout', () => {
    const rows = ['一、主要举措和成效', '（一）深化“放管服”改革。政务服务事项网上可办率达91.22%。', '二、存在的不足', '部分单位对法治政府建设重视不够。', '三、下一年度工作安排', '持续推进法治政府建设示范创建。'];
    const html = `<html><body><table width="100%"><tr><td><a>首页</a> | <a>政务公开</a></td></tr>
<tr><td class="title">某区2024年法治政府建设年度报告</td></tr>
<tr><td>发布日期：2025年03月21日 来源：区司法局</td></tr>
<tr><td>${rows.join('<br>')}</td></tr><tr><td>【打印】 【关闭】</td></tr></table></body></html>`;
    const ex = extract(page(html), null);
    const lines = ex.text.split('\n');
    for (const r of rows) expect(lines).toContain(r);
    for (const l of lines) expect(l).not.toMatch(CHROME);
    expect(ex.title).toBe('某区2024年法治政府建设年度报告');
  });

  it('falls back to the largest block and says why when Readability finds nothing or a fragment', () => {
    const block = '一、总体情况\n（一）完善制度体系。制定规范性文件5件，全部经过合法性审查。\n二、存在的问题\n一是执法力量不足。';
    const none = chooseBody(null, block);
    expect(none).toMatchObject({ text: block, method: 'largest-block' });
    expect(none.reason).toMatch(/Readability/);
    const fragment = chooseBody('一是执法力量不足。', block);
    expect(fragment.method).toBe('largest-block');
    expect(fragment.reason).toMatch(/片段/);
    expect(chooseBody(block, block)).toEqual({ text: block, method: 'readability', reason: null });
  });

  it('drops navigation that Readability keeps on a short page', () => {
    const body = ['2024年，我区坚持依法行政。', '一、主要工作情况'].join('<br>');
    const ex = extract(page(`<html><body><div class="nav"><a>首页</a><a>政务公开</a></div><div>${body}</div></body></html>`), null);
    expect(ex.text).toBe('2024年，我区坚持依法行政。\n一、主要工作情况');
  });

  it('returns empty text with a reason for a page with no text', () => {
    const ex = extract(page('<html><head><title></title></head><body><script>var a = 1;</script></body></html>'), null);
    expect(ex.text).toBe('');
    expect(ex.reasons.some((r) => /没有可提取的正文/.test(r))).toBe(true);
  });

  it('keeps traditional characters as written', () => {
    const html = `<html><head><title>和平縣2023年法治政府建設年度報告_和平縣人民政府</title></head><body><div class="article">
<h1>和平縣2023年法治政府建設年度報告</h1><div>發佈日期：2024年02月04日 來源：和平縣司法局 【打印本頁】【關閉窗口】</div>
<p>2023年，我縣堅持以習近平新時代中國特色社會主義思想為指導，深入學習貫徹習近平法治思想，法治政府建設邁上新臺階，各項工作取得明顯成效，現將有關情況報告如下。</p>
<p>一、深入學習貫徹黨的二十大精神，持續壓實法治建設責任</p><p>（一）強化黨對法治建設的全面領導。縣委常委會會議、縣政府常務會議多次專題研究法治建設工作，推動各項任務落地見效。</p></div></body></html>`;
    const ex = extract(page(html), null);
    expect(ex.title).toBe('和平縣2023年法治政府建設年度報告');
    expect(ex.text.split('\n')).toContain('一、深入學習貫徹黨的二十大精神，持續壓實法治建設責任');
    expect(ex.text).not.toMatch(/發佈日期|來源|打印本頁/);
  });

  it('cuts site names from <title> when there is no other title', () => {
    const ex = extract(page('<html><head><title>关于2024年度法治政府建设情况的报告-某市司法局</title></head><body><p>正文</p></body></html>'), null);
    expect(ex.title).toBe('关于2024年度法治政府建设情况的报告');
  });
});

describe('fromText', () => {
  it('keeps the text as given (offsets hold)', () => {
    const text = '政府信息公开\n\n某县2024年法治政府建设工作报告\n来源:某县人民政府 发布时间: 2025年03月05日\n一、总体情况';
    const ex = fromText(text, null);
    expect(ex.text).toBe(text);
    expect(ex.method).toBe('text');
  });
});

describe('chrome lines', () => {
  it('recognises the portal lines', () => {
    for (const l of [
      '来源:墨玉县人民政府 发布时间: 2025年03月05日 点击数:',
      '當前位置：首頁 > 政務公開',
      '發佈日期：2024年02月04日 來源：和平縣司法局',
      '【打印本页】【关闭窗口】',
      '[打印] [关闭]',
      '字号：[大 中 小]',
      '关联稿件:',
      '网站标识码：3209220001 苏ICP备05011658号-1',
      '主办单位：滨海县人民政府办公室 承办单位：滨海县大数据管理中心',
      '分享到：微信 微博',
      '|',
      '（责任编辑：张三）',
      '点击：123',
      '【字号 大 中 小】',
      '【我要打印】【关闭】',
      '打印本页 | 关闭窗口',
      '扫一扫在手机打开当前页',
      'Copyright © 2025 某县人民政府',
      '技术支持：某某科技有限公司',
    ]) expect(isChromeLine(l), l).toBe(true);
  });

  it('leaves report lines alone', () => {
    for (const l of [
      '一、主要举措和成效',
      '(一)强化党对法治建设的全面领导',
      '督促承办单位按时办结人大代表建议和政协提案,办复率100%。',
      '中共和平县委 和平县人民政府',
      '2024年2月4日',
      '存在的问题',
      '(三)健全行政执法监督机制,开展案卷评查,全年评查案卷120卷。',
      '活动时间:2024年全年',
    ]) expect(isChromeLine(l), l).toBe(false);
  });

  it('gives spans of chrome lines by offset', () => {
    const text = '政府信息公开\n标题\n来源:某县 发布时间:2025-03-05\n正文';
    expect(chromeSpans(text)).toEqual([
      [0, 6],
      [10, 31],
    ]);
  });
});

describe('saved portal pages (tests/fixtures/pages)', () => {
  it('has fixture pages to test', () => {
    expect(index.length).toBeGreaterThan(0);
  });

  for (const e of index) {
    describe(e.file, () => {
      const doc = loadPage(path.join(PAGES, e.file));
      const ex = extract(doc, e.url);
      const lines = ex.text.split('\n');

      it('leaves no chrome line', () => {
        for (const l of lines) if (l.length <= 120) expect(l, l).not.toMatch(CHROME);
      });

      if (e.isReport && e.seed) {
        const seed = e.seed;
        it(`holds every gold heading of seed ${seed} at a line start`, () => {
          const starts = lines.map(norm);
          for (const h of gold(seed).headings) {
            const withMarker = norm(h.marker + h.text);
            const bare = norm(h.text);
            const hit = starts.some((l) => l.startsWith(withMarker) || l.startsWith(bare));
            expect(hit, `${h.marker}${h.text}`).toBe(true);
          }
        });

        it('finds the article title the page shows', () => {
          expect(ex.title && norm(ex.title)).toBe(norm(e.title));
        });

        it('reads with Readability, not the fallback', () => {
          expect(ex.method).toBe('readability');
        });
      }
    });
  }
});

describe('readPageMeta', () => {
  it('does not throw on a page without head or body text', () => {
    const m = readPageMeta(page('<html></html>'), null);
    expect(m.tags).toEqual({});
    expect(m.infoLine).toBeNull();
  });

  it('reads the visible title and the info line, never from scripts or hidden blocks', () => {
    const m = readPageMeta(
      page(`<html><head><title>示例县2024年法治政府建设年度报告_示例县人民政府</title></head><body>
<script>var s = "来源：脚本里的来源";</script>
<div style="display:none"><h1>示例县2024年法治政府建设年度报告（隐藏）</h1><p>来源：隐藏的来源</p></div>
<div class="bt"><h1>示例县2024年法治政府建设年度报告</h1></div>
<div class="info"><span>成文日期：2025-03-01</span></div>
<div class="info">来源：示例县司法局 发布时间：2025-03-05</div>
<div class="content"><p>2024年，示例县全面推进法治政府建设。</p></div>
</body></html>`),
      null,
    );
    expect(m.visibleTitle).toBe('示例县2024年法治政府建设年度报告');
    // the line naming both 来源 and 发布时间 wins over the 成文日期 table before it
    expect(m.infoLine).toBe('来源：示例县司法局 发布时间：2025-03-05');
  });

  it('finds a 繁體 info line and title', () => {
    const m = readPageMeta(
      page(`<html><head><title>和平縣2023年法治政府建設年度報告_和平縣人民政府</title></head><body>
<h2>和平縣2023年法治政府建設年度報告</h2>
<p class="info">來源：和平縣司法局　發佈時間：2024-02-05</p>
<p>2023年，和平縣深入推進法治政府建設。</p></body></html>`),
      null,
    );
    expect(m.visibleTitle).toBe('和平縣2023年法治政府建設年度報告');
    expect(m.infoLine).toBe('來源：和平縣司法局 發佈時間：2024-02-05');
  });
});

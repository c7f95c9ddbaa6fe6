// Detection on real inputs: every fixture page (with its url from the index), every seed text, and
// small inline pages of each kind the detector must tell apart. The inline pages stay even now that
// the fixture pages exist: each documents one kind (report, close kin, look-alike) in a few lines.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { detect, refine } from '../lib/detect';
import { classifyTitle, fold, partsFound, reportOpening } from '../lib/signals';
import type { Detection, Extraction } from '../lib/types';
import { loadPage, parsePage } from '../scripts/lib/load';

const FIX = path.resolve(__dirname, 'fixtures');
const seedFiles = fs.readdirSync(path.join(FIX, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const seed = (prefix: string): string => {
  const f = seedFiles.find((x) => x.startsWith(prefix));
  if (!f) throw new Error(`no seed ${prefix}`);
  return fs.readFileSync(path.join(FIX, 'seeds', f), 'utf8');
};
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

interface PageEntry {
  file: string;
  isReport: boolean;
  url: string;
  kind: string;
  title: string;
}
const index: PageEntry[] = JSON.parse(fs.readFileSync(path.join(FIX, 'pages', 'index.json'), 'utf8'));

// ---------------------------------------------------------------- inline pages

interface PageSpec {
  title: string; // <title>
  articleTitle?: string;
  column?: string;
  siteId?: boolean;
  h1?: string;
  body: string[]; // paragraphs
  extra?: string; // raw html after the body (related links…)
}

const NAV = ['首页', '政务公开', '政务服务', '互动交流', '走进本县', '政策文件', '政策解读', '通知公告', '人事信息', '财政信息'];

function portal(spec: PageSpec): Document {
  const meta = [
    spec.articleTitle ? `<meta name="ArticleTitle" content="${spec.articleTitle}">` : '',
    spec.column ? `<meta name="ColumnName" content="${spec.column}">` : '',
    spec.siteId ? '<meta name="SiteIDCode" content="3209220001"><meta name="SiteName" content="示例县人民政府">' : '',
  ].join('');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${spec.title}</title>${meta}</head><body>
    <div class="header"><div class="logo"><h1><a href="/">示例县人民政府</a></h1></div>
    <ul class="nav">${NAV.map((n, i) => `<li><a href="/c${i}/">${n}</a></li>`).join('')}</ul></div>
    <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
    ${spec.h1 ? `<div class="article-title">${spec.h1}</div>` : ''}
    <div class="info">来源：示例县司法局 发布时间：2025-03-21 10:21 浏览次数：</div>
    <div class="content">${spec.body.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n')}</div>
    ${spec.extra ?? ''}
    <div class="footer">主办单位：示例县人民政府办公室 网站标识码：3209220001 苏ICP备05012345号</div>
  </body></html>`;
  return parsePage(html);
}

/** A short but genuine-looking report body: year opening, parts, 法治政府建设 mentions. */
const REPORT_BODY = [
  '2024年，在县委、县政府的坚强领导下，我县深入学习贯彻习近平法治思想，扎实推进法治政府建设各项工作，现将有关情况报告如下。',
  '一、主要举措和成效',
  '（一）加强党对法治政府建设的领导。县政府常务会议专题研究法治政府建设工作4次，严格落实会前学法制度。',
  '（二）推进严格规范公正文明执法。全年审查规范性文件23件，办理行政复议案件41件，纠错率为12.5％。',
  '二、存在的问题',
  '一是法治政府建设工作发展不平衡；二是行政执法队伍专业化水平有待提升。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '县政府主要负责同志认真履行推进法治建设第一责任人职责，带头尊法学法守法用法。',
  '四、2025年工作安排',
  '2025年，我县将继续深入推进法治政府建设，为全县高质量发展提供坚实法治保障。',
];

const RELATED_REPORTS = `<div class="related"><h3>相关链接</h3><ul>
  <li><a href="/a1.html">示例县2023年法治政府建设年度报告</a></li>
  <li><a href="/a2.html">示例县2022年法治政府建设年度报告</a></li>
  <li><a href="/a3.html">示例县2021年法治政府建设年度报告</a></li></ul></div>`;

const GOV = 'http://www.shili.gov.cn/art/2025/3/21/art_1_1.html';

// ---------------------------------------------------------------- fixtures

describe('detection on every fixture page', () => {
  it('the index holds reports and at least ten look-alikes', () => {
    expect(index.filter((e) => e.isReport).length).toBeGreaterThanOrEqual(5);
    expect(index.filter((e) => !e.isReport).length).toBeGreaterThanOrEqual(10);
  });
  it.each(index.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
    const d = detect(loadPage(path.join(FIX, 'pages', entry.file)), entry.url);
    expect(d.isReport, d.reasons.join(' | ')).toBe(entry.isReport);
    if (entry.isReport && entry.kind === 'report') {
      // a report with its title: clear on a gov site, still clear when reprinted
      expect(d.confidence).toBeGreaterThanOrEqual(0.9);
      // the verdict names the page's own title (read from meta, the visible title or <title>)
      expect(d.reasons[0]).toContain(fold(entry.title));
    }
    if (!entry.isReport) expect(d.confidence).toBeLessThanOrEqual(0.3);
    const host = new URL(entry.url).hostname;
    if (host.endsWith('.gov.cn')) expect(d.reasons.some((r) => r.startsWith('官方网站'))).toBe(true);
    else expect(d.reasons.some((r) => r.includes('非政府网站转载'))).toBe(true);
  });
});

describe('detection on every seed text', () => {
  it.each(seedFiles)('%s is a report', (file) => {
    const d = detect(fs.readFileSync(path.join(FIX, 'seeds', file), 'utf8'));
    expect(d.isReport, d.reasons.join(' | ')).toBe(true);
  });

  it('a seed with its title line is a clear report', () => {
    for (const p of ['001', '002', '003']) {
      const d = detect(seed(p));
      expect(d.confidence).toBeGreaterThanOrEqual(0.9);
      expect(d.reasons[0]).toContain('标题含"法治政府建设…报告"');
    }
  });

  it('seeds 000 and 004 (no title line) are reports by their body, with moderate confidence', () => {
    for (const p of ['000', '004']) {
      const d = detect(seed(p));
      expect(d.isReport).toBe(true);
      expect(d.confidence).toBeGreaterThan(0.5);
      expect(d.confidence).toBeLessThan(0.9);
      expect(d.reasons.some((r) => r.includes('等年度报告部分'))).toBe(true);
      expect(d.reasons.some((r) => r.startsWith('正文有年度报告的开头'))).toBe(true);
    }
  });

  it('the same seeds in traditional characters are still reports', () => {
    for (const f of seedFiles) {
      const d = detect(toTraditional(fs.readFileSync(path.join(FIX, 'seeds', f), 'utf8')));
      expect(d.isReport, `${f}: ${d.reasons.join(' | ')}`).toBe(true);
    }
    expect(detect(toTraditional(seed('003'))).confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('the same seeds with full-width punctuation and digits are still reports', () => {
    const wide = (s: string) =>
      s.replace(/[0-9,:;()%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    for (const f of seedFiles) {
      const d = detect(wide(fs.readFileSync(path.join(FIX, 'seeds', f), 'utf8')));
      expect(d.isReport, `${f}: ${d.reasons.join(' | ')}`).toBe(true);
    }
  });
});

// ---------------------------------------------------------------- inline pages: reports

describe('reports in their usual wordings', () => {
  const titles = [
    '示例县2024年法治政府建设工作报告',
    '示例区2023年度法治政府建设情况报告',
    '关于2024年度法治政府建设情况的报告',
    '示例市司法局2024年法治政府建设年度报告',
    '2024年法治政府建设工作情况报告',
    '中共示例县委 示例县人民政府关于2024年法治政府建设工作情况的报告',
    '示例县2024年法治政府建设年度报告（全文）',
    '示例縣2024年法治政府建設年度報告',
    '示例县２０２４年法治政府建设年度报告',
    '关于2024年法治政府建设工作要点落实情况的报告',
    '示例县人民政府2024年度法治政府建设暨党政主要负责人履行推进法治建设第一责任人职责情况报告',
    '示例县市场监督管理局2023年度法治政府建设情况',
  ];
  it.each(titles)('title 「%s」 is a report title', (t) => {
    expect(classifyTitle(fold(t))).toBe('report');
  });

  it('a report page on a gov site is a clear report, even with links to earlier years’ reports', () => {
    const doc = portal({
      title: '示例县2024年法治政府建设年度报告_示例县人民政府',
      articleTitle: '示例县2024年法治政府建设年度报告',
      column: '法治政府建设',
      siteId: true,
      h1: '示例县2024年法治政府建设年度报告',
      body: REPORT_BODY,
      extra: RELATED_REPORTS,
    });
    const d = detect(doc, GOV);
    expect(d.isReport).toBe(true);
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.reasons).toContain('官方网站(.gov.cn):www.shili.gov.cn');
    expect(d.reasons.some((r) => r.includes('"存在的问题"'))).toBe(true);
    expect(d.reasons.some((r) => r.includes('报告列表'))).toBe(false);
  });

  it('a link to the report’s 解读 beside the article does not turn the report into a 解读', () => {
    const sidebar = '<div class="side"><div class="side-title">相关解读</div><ul><li><a class="title" href="/jd.html">《示例县2024年法治政府建设年度报告》解读</a></li></ul></div>';
    const html = `<html><head><title>示例县人民政府</title></head><body>${sidebar}<div class="article-title">示例县2024年法治政府建设年度报告</div>${REPORT_BODY.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    const d = detect(parsePage(html), GOV);
    expect(d.isReport).toBe(true);
    expect(d.reasons[0]).toContain('示例县2024年法治政府建设年度报告');
  });

  it('the same report reprinted off-site is still a report, and says so', () => {
    const doc = portal({ title: '示例县2024年法治政府建设年度报告 - 某某文库', body: REPORT_BODY });
    const d = detect(doc, 'https://wenku.example.com/view/123.html');
    expect(d.isReport).toBe(true);
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.reasons).toContain('非政府网站转载(wenku.example.com)');
    // the official site raises confidence, it is not required
    const onGov = detect(portal({ title: '示例县2024年法治政府建设年度报告 - 某某文库', body: REPORT_BODY }), GOV);
    expect(onGov.confidence).toBeGreaterThanOrEqual(d.confidence);
  });

  it('a report with no title signal is a report by its body, with moderate confidence', () => {
    const d = detect(portal({ title: '示例县人民政府', body: REPORT_BODY }), GOV);
    expect(d.isReport).toBe(true);
    expect(d.confidence).toBeGreaterThan(0.5);
    expect(d.confidence).toBeLessThan(0.9);
  });

  it('a report page in traditional characters is a report', () => {
    const body = REPORT_BODY.map((p) => toTraditional(p));
    const d = detect(portal({ title: '示例縣2024年法治政府建設年度報告', body }), 'https://www.example.org.tw/a.html');
    expect(d.isReport).toBe(true);
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('a page without the SiteIDCode meta or a url is judged on its content alone', () => {
    const d = detect(portal({ title: '2024年法治政府建设工作情况报告', body: REPORT_BODY }));
    expect(d.isReport).toBe(true);
    expect(d.reasons.some((r) => r.includes('网站'))).toBe(false);
  });

  it('a SiteIDCode meta marks an official site off .gov.cn (a 党委 or 人大 portal)', () => {
    const d = detect(portal({ title: '2024年法治政府建设工作情况报告', siteId: true, body: REPORT_BODY }), 'http://www.shilirenda.org.cn/a.html');
    expect(d.reasons.some((r) => r.includes('SiteIDCode'))).toBe(true);
    expect(d.isReport).toBe(true);
  });
});

describe('close kin: reports, with lower confidence', () => {
  it.each([
    '示例县人民政府县长2024年度履行推进法治建设第一责任人职责情况报告',
    '党政主要负责人履行推进法治建设第一责任人职责情况报告',
    '示例市市场监督管理局2024年度法治建设工作报告',
    '示例县2024年法治政府建设工作总结',
    '示例县2023年法治政府建设工作总结及2024年工作安排',
  ])('「%s」', (t) => {
    expect(classifyTitle(fold(t))).toBe('kin');
    const d = detect(portal({ title: t, articleTitle: t, body: REPORT_BODY }), GOV);
    expect(d.isReport).toBe(true);
    expect(d.confidence).toBeLessThanOrEqual(0.75);
    expect(d.reasons[0]).toContain('近亲');
  });
});

// ---------------------------------------------------------------- inline pages: look-alikes

describe('look-alikes are not reports', () => {
  function expectNot(d: Detection, reason: string) {
    expect(d.isReport, d.reasons.join(' | ')).toBe(false);
    expect(d.confidence).toBeLessThanOrEqual(0.2);
    expect(d.reasons.join(' | ')).toContain(reason);
  }

  it('政策解读 of the report, though it quotes the title and the parts', () => {
    const doc = portal({
      title: '《示例县2024年法治政府建设年度报告》解读_示例县人民政府',
      column: '政策解读',
      body: [
        '近日，《示例县2024年法治政府建设年度报告》正式发布。现就报告主要内容解读如下。',
        '一、起草背景',
        '根据《法治政府建设与责任落实督察工作规定》，县政府每年报告上一年度法治政府建设情况。',
        '二、主要内容',
        '报告分为主要举措和成效、存在的问题、下一步工作三部分。',
        ...REPORT_BODY.slice(1, 6),
      ],
    });
    expectNot(detect(doc, 'http://www.shili.gov.cn/zcjd/202503/t20250325_1.html'), '解读');
  });

  it('工作要点 (a plan), though its title says 法治政府建设 and it has 一、二、 headings', () => {
    const doc = portal({
      title: '示例县2025年法治政府建设工作要点',
      body: [
        '为深入贯彻习近平法治思想，扎实推进法治政府建设，结合我县实际，制定本要点。',
        '一、总体要求',
        '坚持以习近平新时代中国特色社会主义思想为指导，全面推进法治政府建设。',
        '二、主要任务',
        '（一）健全依法决策机制。严格落实重大行政决策程序规定。责任单位：县司法局，各镇人民政府。',
        '三、保障措施',
        '各责任单位要于2025年12月底前报送工作落实情况。',
      ],
    });
    expectNot(detect(doc, GOV), '工作要点');
  });

  it('工作要点 as plain text with no title line is not a report either', () => {
    const text = [
      '为深入贯彻习近平法治思想，扎实推进法治政府建设，结合我县实际，制定本要点。',
      '一、总体要求',
      '坚持以习近平新时代中国特色社会主义思想为指导，全面推进法治政府建设。',
      '二、主要任务',
      '（一）健全依法决策机制。严格落实重大行政决策程序规定。牵头单位：县司法局。',
      '（二）深化行政执法体制改革。完成时限：2025年12月底前。',
      '三、保障措施',
      '各地各部门要把法治政府建设摆在重要位置。',
    ].join('\n');
    expect(detect(text).isReport).toBe(false);
  });

  it('政府信息公开工作年度报告: an 年度报告 on a gov site', () => {
    const doc = portal({
      title: '示例县2024年政府信息公开工作年度报告',
      body: [
        '本报告根据《中华人民共和国政府信息公开条例》编制。',
        '一、总体情况',
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
        '五、存在的主要问题及改进情况',
      ],
    });
    expectNot(detect(doc, GOV), '政府信息公开');
  });

  it('政府信息公开年报 as text without its title line', () => {
    const text = '一、总体情况\n2024年，我县深入贯彻政府信息公开条例，法治政府建设与政务公开同步推进，全年主动公开政府信息1200余条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项';
    expect(detect(text).isReport).toBe(false);
  });

  it('政府工作报告', () => {
    const doc = portal({ title: '2025年示例县政府工作报告', body: ['各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '一、2024年工作回顾', '我们坚持法治政府建设……'] });
    expectNot(detect(doc, GOV), '政府工作报告');
  });

  it('news about the report: 「发布了《…报告》」 in the title', () => {
    for (const t of ['示例县发布2024年法治政府建设年度报告', '示例县公开《2024年法治政府建设年度报告》', '县政府常务会议审议《示例县2024年法治政府建设年度报告》']) {
      expect(classifyTitle(fold(t)), t).toBe('news');
    }
    const doc = portal({
      title: '示例县发布2024年法治政府建设年度报告',
      body: ['近日，示例县人民政府发布了《示例县2024年法治政府建设年度报告》。据了解，报告全面总结了2024年法治政府建设工作。', '记者 张三 通讯员 李四'],
    });
    expectNot(detect(doc, GOV), '新闻');
  });

  it('news about a meeting on 法治政府建设, title without 报告', () => {
    const doc = portal({
      title: '示例县召开2025年法治政府建设工作推进会',
      body: ['3月10日，示例县召开法治政府建设工作推进会。会议强调，要深入推进法治政府建设，压实责任。', '会上，县司法局通报了2024年法治政府建设工作情况。记者 王五'],
    });
    expect(detect(doc, GOV).isReport).toBe(false);
  });

  it.each([
    '示例县法治政府建设督察反馈问题整改情况报告',
    '示例县2024年度法治政府建设第三方评估报告',
    '示例县法治政府建设示范创建自评报告',
  ])('a report on one exercise, not on the year: 「%s」', (t) => {
    expect(classifyTitle(fold(t))).toBe('special');
    expectNot(detect(portal({ title: t, body: REPORT_BODY.slice(1) }), GOV), '专项报告');
  });

  it('a unit’s general 工作总结 (same topics and figures, not the 法治政府建设 report)', () => {
    for (const t of ['示例县司法局2024年工作总结及2025年工作计划', '示例县市场监督管理局2024年工作总结']) {
      expect(classifyTitle(fold(t)), t).toBe('summary');
    }
    expectNot(detect(portal({ title: '示例县司法局2024年工作总结及2025年工作计划', body: REPORT_BODY }), GOV), '工作总结');
  });

  it('a list of reports: many links whose text is a report title', () => {
    const items = [2024, 2023, 2022, 2021, 2020]
      .map((y) => `<li><a href="/a${y}.html">示例县${y}年法治政府建设年度报告</a><span>${y + 1}-03-2${y % 10}</span></li>`)
      .join('');
    const doc = portal({ title: '法治政府建设年度报告_示例县人民政府', column: '法治政府建设', body: [], extra: `<ul class="list">${items}</ul>` });
    expectNot(detect(doc, GOV), '报告列表');
  });

  it('a list of reports as text (one title a line) is not a report', () => {
    const text = [2024, 2023, 2022, 2021].map((y) => `示例县${y}年法治政府建设年度报告 ${y + 1}-03-28`).join('\n');
    expect(detect(text).isReport).toBe(false);
  });

  it('a portal home page decides at once, without any report signal', () => {
    const doc = portal({ title: '示例县人民政府门户网站', body: ['欢迎访问示例县人民政府门户网站'], extra: '<ul>' + Array.from({ length: 50 }, (_, i) => `<li><a href="/n${i}">示例县召开第${i}次常务会议</a></li>`).join('') + '</ul>' });
    expectNot(detect(doc, GOV), '未提及法治政府建设');
  });

  it('an ordinary notice', () => {
    const doc = portal({ title: '关于做好2025年春节期间安全生产工作的通知', body: ['各镇人民政府，县各有关部门：', '为做好春节期间安全生产工作，现将有关事项通知如下。'] });
    expectNot(detect(doc, GOV), '');
  });

  it('a notice about the report', () => {
    expect(classifyTitle(fold('关于报送2024年度法治政府建设年度报告的通知'))).toBe('notice');
    const doc = portal({ title: '关于报送2024年度法治政府建设年度报告的通知', body: ['各镇人民政府，县各有关部门：', '请于2025年2月底前报送本单位2024年度法治政府建设年度报告。'] });
    expectNot(detect(doc, GOV), '通知');
  });
});

// ---------------------------------------------------------------- the named signals

describe('signals', () => {
  it('finds the canonical parts, headed or opening with their usual sentence', () => {
    expect(partsFound(['一、主要措施和成效', '二、存在的问题', '三、下一步工作'].map(fold)).sort()).toEqual(['measures', 'next_year', 'problems']);
    expect(partsFound(['今年以来，我县法治政府建设工作取得了一些成绩，但离上级要求和群众期盼仍有差距。'].map(fold))).toEqual(['problems']);
    expect(partsFound(['2025年，我县将继续坚持贯彻落实习近平法治思想。'].map(fold))).toEqual(['next_year']);
    expect(partsFound(['六、加强组织领导，严格履行第一责任人职责。紧紧抓住领导干部这个关键少数。'].map(fold))).toEqual(['leader_duty']);
    expect(partsFound(['五、2023年法治政府建设工作存在不足及原因'].map(fold))).toEqual(['problems']);
  });

  it('reads the report-year opening and the 报告如下 formula', () => {
    expect(reportOpening([fold('２０２４年，在县委、县政府的坚强领导下，我县坚持以习近平法治思想为引领，全面推进依法治县各项工作。')])).toBe('2024年,…');
    expect(reportOpening([fold('为全面总结工作，现将我局2024年法治政府建设情况报告如下：')])).toBe('现将我局2024年法治政府建设情况报告如下');
    expect(reportOpening([fold('3月5日，示例县召开会议，研究部署法治政府建设工作，会议由县长主持，各部门负责同志参加。')])).toBeNull();
  });

  it('folds traditional and full-width text without changing its length', () => {
    const s = '法治政府建設年度報告（一）２０２４年，存在的問題';
    expect(fold(s)).toBe('法治政府建设年度报告(一)2024年,存在的问题');
    expect(fold(s).length).toBe(s.length);
  });
});

// ---------------------------------------------------------------- refine

function extraction(title: string | null, text: string, url: string | null = null): Extraction {
  return { title, text, method: 'readability', reasons: ['Readability 提取正文'], page: { tags: {}, docTitle: title, visibleTitle: null, infoLine: null, url } };
}

describe('refine', () => {
  it('confirms a report after extraction and appends the extraction reasons', () => {
    const text = seed('003');
    const first = detect(portal({ title: '和平县2023年法治政府建设年度报告', body: text.split('\n') }), 'http://www.heping.gov.cn/a.html');
    const d = refine(first, extraction('和平县2023年法治政府建设年度报告', text, 'http://www.heping.gov.cn/a.html'));
    expect(d.isReport).toBe(true);
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.reasons.at(-1)).toBe('Readability 提取正文');
  });

  it('for a .txt, refine(detect(text), fromText) keeps the verdict', () => {
    for (const f of seedFiles) {
      const text = fs.readFileSync(path.join(FIX, 'seeds', f), 'utf8');
      const first = detect(text);
      const ex: Extraction = { title: null, text, method: 'text', reasons: [], page: { tags: {}, docTitle: null, visibleTitle: null, infoLine: null, url: null } };
      const d = refine(first, ex);
      expect(d.isReport).toBe(true);
      expect(Math.abs(d.confidence - first.confidence)).toBeLessThan(0.05);
    }
  });

  it('lowers a verdict when the extracted article turns out to be a 解读', () => {
    const first: Detection = { isReport: true, confidence: 0.7, reasons: ['正文提及"法治政府建设"'] };
    const d = refine(first, extraction('《示例县2024年法治政府建设年度报告》政策解读', '近日，《示例县2024年法治政府建设年度报告》发布。现就主要内容解读如下。\n一、起草背景\n二、主要内容'));
    expect(d.isReport).toBe(false);
    expect(d.reasons.some((r) => r.includes('解读'))).toBe(true);
    expect(d.reasons.some((r) => r.startsWith('提取正文后复核'))).toBe(true);
  });

  it('raises a body-only verdict when extraction finds the report title', () => {
    const text = seed('000');
    const first = detect(text);
    const d = refine(first, extraction('滨海县2024年法治政府建设年度报告', text));
    expect(d.confidence).toBeGreaterThan(first.confidence);
    expect(d.isReport).toBe(true);
  });
});

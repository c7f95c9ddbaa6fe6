// `npx tsx scripts/make-fixtures.ts`: writes tests/fixtures/pages/*.html and index.json — made-up
// saved portal pages. Report pages wrap the seeds' text verbatim (so the gold still applies) in the
// markup real CMSs produce; look-alike pages are the genres a detector must not mistake for a report.
// Deterministic: running it twice gives the same bytes, so the fixtures can be reviewed as files.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { Converter } from 'opencc-js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SEEDS = path.join(ROOT, 'tests/fixtures/seeds');
const OUT = path.join(ROOT, 'tests/fixtures/pages');

export type Layout =
  | 'indented-p' | 'br-block' | 'table' | 'strong-headings' | 'word-paste' | 'news-reprint'
  // whole-page layouts of pages that hold no article
  | 'listing' | 'portal-home' | 'error-page';
export type Kind =
  | 'report' | 'interpretation' | 'plan' | 'disclosure-report' | 'work-report' | 'news' | 'list'
  | 'home' | '404' | 'notice' | 'work-summary';

export interface IndexEntry {
  file: string;
  isReport: boolean;
  seed: string | null;
  /** for look-alikes that quote or discuss a seed report */
  relatedSeed?: string;
  layout: Layout;
  charset: 'utf-8' | 'gbk';
  url: string;
  govMeta: boolean;
  title: string;
  kind: Kind;
  /** text transform applied to the seed body: traditional characters, or full-width punctuation */
  variant?: 'traditional' | 'fullwidth';
  issuer?: string;
  /** the date the page shows, YYYY-MM-DD */
  published?: string;
}

export interface PageSpec extends IndexEntry {
  html: string;
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Lines of the seeds that are the source portal's own chrome: the page template shows these itself.
const SEED_CHROME = [/^政府信息公开$/, /^来源[:：]/, /^关联稿件[:：]?$/, /^[|｜]$/];

function seedBody(seed: string, title: string): string[] {
  const text = fs.readFileSync(path.join(SEEDS, `${seed}.txt`), 'utf8');
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l !== title && !SEED_CHROME.some((re) => re.test(l)));
}

const HALF_TO_FULL: Record<string, string> = { ',': '，', '(': '（', ')': '）', ':': '：', ';': '；', '%': '％' };
const toFullWidth = (s: string): string => s.replace(/[,():;%]/g, (c) => HALF_TO_FULL[c]);
const toTraditional = Converter({ from: 'cn', to: 'tw' });

// ---- how body lines become markup --------------------------------------------------------------

const RANK1 = /^[一二三四五六七八九十]+[、.．]/;
const RANK2 = /^[（(][一二三四五六七八九十]+[)）]/;
const ENUM = /^[一二三四五六七八九十]+是/;
const SIGN_OFF = /^(\d{4}年\d{1,2}月\d{1,2}日|.{2,20}(人民政府|县委|市委|区委|办公室|司法局))$/;
/** The issuer and date a document closes with, set flush right by every template. */
const signOff = (l: string, i: number, n: number): boolean => i >= n - 3 && SIGN_OFF.test(l);

/** A numbered line split into its heading and the rest when the heading runs into the paragraph. */
function splitHeading(line: string): [string, string] | null {
  if (!RANK1.test(line) && !RANK2.test(line) && !ENUM.test(line)) return null;
  const stop = line.search(/[。]/);
  if (stop < 0) return line.length <= 40 ? [line, ''] : null;
  if (stop > 40) return null;
  return [line.slice(0, stop + 1), line.slice(stop + 1)];
}

function isStandaloneHeading(line: string): boolean {
  return (RANK1.test(line) || RANK2.test(line)) && line.length <= 40 && !/。./.test(line);
}

function indentedP(lines: string[]): string {
  return lines
    .map((l, i) =>
      signOff(l, i, lines.length)
        ? `<p style="text-align: right;">${esc(l)}</p>`
        : `<p style="text-indent: 2em; line-height: 2em; margin-bottom: 10px;">${esc(l)}</p>`,
    )
    .join('\n');
}

function brBlock(lines: string[]): string {
  // the TRS editor of the 2010s: one block, ideographic-space indents, <br/> between paragraphs
  // TRS puts its editor stylesheet inside the article div, so naive textContent picks up CSS
  const style = '<style type="text/css">.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}</style>';
  return `<div class="TRS_Editor">${style}<div class="Custom_UnionStyle">${lines.map((l) => `　　${esc(l)}`).join('<br/>\n<br/>\n')}</div></div>`;
}

function tableBody(lines: string[]): string {
  const rows = lines
    .map((l, i) => {
      if (i <= 1 && l.length < 20) return `<p align="center"><font size="4"><b>${esc(l)}</b></font></p>`;
      if (signOff(l, i, lines.length)) return `<p align="right"><font face="仿宋_GB2312" size="4">${esc(l)}</font></p>`;
      return `<p>&nbsp;&nbsp;&nbsp;&nbsp;<font face="仿宋_GB2312" size="4">${esc(l)}</font></p>`;
    })
    .join('\n');
  return `<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="10"></td></tr>
<tr><td class="nr" id="zoom" style="font-size:16px;line-height:30px">
${rows}
</td></tr>
</table>`;
}

function strongHeadings(lines: string[], tag: 'strong' | 'b' = 'strong'): string {
  return lines
    .map((l, i) => {
      if (signOff(l, i, lines.length)) return `<p style="text-align: right;">${esc(l)}</p>`;
      if (isStandaloneHeading(l)) return `<p style="text-indent: 2em;"><${tag}>${esc(l)}</${tag}></p>`;
      const split = ENUM.test(l) ? null : splitHeading(l);
      if (split) return `<p style="text-indent: 2em;"><${tag}>${esc(split[0])}</${tag}>${esc(split[1])}</p>`;
      return `<p style="text-indent: 2em;">${esc(l)}</p>`;
    })
    .join('\n');
}

/** Word pasted into the CMS editor: MsoNormal paragraphs, one span per font run, Latin runs apart. */
function wordPaste(lines: string[]): string {
  const FS = 'font-size:16.0pt;';
  const run = (s: string, font: string): string =>
    s
      .split(/(\d+(?:\.\d+)?)/)
      .filter(Boolean)
      .map((part) =>
        /^\d/.test(part)
          ? `<span lang="EN-US" style="${FS}font-family:&quot;Times New Roman&quot;,serif">${esc(part)}</span>`
          : `<span style="${FS}font-family:${font}">${esc(part)}</span>`,
      )
      .join('');
  const para = (inner: string, align = 'text-indent:32.0pt;mso-char-indent-count:2.0;'): string =>
    `<p class="MsoNormal" style="${align}line-height:28.0pt;mso-line-height-rule:exactly">${inner}<span lang="EN-US" style="${FS}"><o:p></o:p></span></p>`;
  return `<div class="WordSection1" style="layout-grid:15.6pt">\n${lines
    .map((l, i) => {
      if (signOff(l, i, lines.length)) return para(run(l, '仿宋_GB2312'), 'text-align:right;');
      if (RANK1.test(l) && isStandaloneHeading(l)) return para(run(l, '黑体'));
      const split = ENUM.test(l) ? null : splitHeading(l);
      if (split && RANK1.test(l)) return para(run(split[0], '黑体') + run(split[1], '仿宋_GB2312'));
      if (split) return para(run(split[0], '楷体_GB2312') + run(split[1], '仿宋_GB2312'));
      return para(run(l, '仿宋_GB2312'));
    })
    .join('\n')}\n</div>`;
}

function newsParas(lines: string[]): string {
  const out: string[] = [];
  lines.forEach((l, i) => {
    out.push(`<p>${esc(l)}</p>`);
    // news portals drop ads and "recommended" boxes between paragraphs
    if (i === 3) out.push('<div class="ad-inner" id="ad_article_mid"><a href="https://www.hdnews.com.cn/zt/2024/wmhd/" target="_blank"><img src="/res/ad/wmhd-640x90.jpg" alt="文明海东 你我同行" width="640" height="90"></a></div>');
  });
  return out.join('\n');
}

function renderBody(layout: Layout, lines: string[]): string {
  switch (layout) {
    case 'indented-p': return indentedP(lines);
    case 'br-block': return brBlock(lines);
    case 'table': return tableBody(lines);
    case 'strong-headings': return strongHeadings(lines);
    case 'word-paste': return wordPaste(lines);
    case 'news-reprint': return newsParas(lines);
    case 'listing': case 'portal-home': case 'error-page': return '';
  }
}

// ---- sites and the chrome around an article ------------------------------------------------------

export interface Site {
  name: string;
  short: string;
  host: string;
  idCode: string;
  icp: string;
  gongan: string;
  sponsor: string;
  organizer: string;
  address: string;
  phone: string;
  /** 上级政府网站 in the footer's link box */
  upper: Array<[string, string]>;
}

export const SITES = {
  binhai: {
    name: '滨海县人民政府', short: '滨海县', host: 'www.binhai.gov.cn', idCode: '3209220001', icp: '苏ICP备05011658号-1',
    gongan: '苏公网安备 32092202000104号', sponsor: '滨海县人民政府办公室', organizer: '滨海县大数据管理中心',
    address: '滨海县东坎街道人民路1号', phone: '0515-84196021', upper: [['中国政府网', 'https://www.gov.cn/'], ['江苏省人民政府', 'https://www.jiangsu.gov.cn/'], ['盐城市人民政府', 'https://www.yancheng.gov.cn/']],
  },
  moyu: {
    name: '墨玉县人民政府', short: '墨玉县', host: 'www.moyu.gov.cn', idCode: '6532220001', icp: '新ICP备16001523号-1',
    gongan: '新公网安备 65322202000011号', sponsor: '墨玉县人民政府办公室', organizer: '墨玉县融媒体中心',
    address: '墨玉县团结路18号', phone: '0903-6512231', upper: [['中国政府网', 'https://www.gov.cn/'], ['新疆维吾尔自治区人民政府', 'https://www.xinjiang.gov.cn/'], ['和田地区行政公署', 'https://www.xjht.gov.cn/']],
  },
  luancheng: {
    name: '石家庄市栾城区人民政府', short: '栾城区', host: 'www.luancheng.gov.cn', idCode: '1301110001', icp: '冀ICP备09044126号',
    gongan: '冀公网安备 13011102000156号', sponsor: '石家庄市栾城区人民政府办公室', organizer: '石家庄市栾城区行政审批局',
    address: '石家庄市栾城区栾武路36号', phone: '0311-85461200', upper: [['中国政府网', 'https://www.gov.cn/'], ['河北省人民政府', 'https://www.hebei.gov.cn/'], ['石家庄市人民政府', 'https://www.sjz.gov.cn/']],
  },
  heping: {
    name: '和平县人民政府', short: '和平县', host: 'www.heping.gov.cn', idCode: '4416240001', icp: '粤ICP备05087541号',
    gongan: '粤公网安备 44162402000025号', sponsor: '和平县人民政府办公室', organizer: '和平县政务服务数据管理局',
    address: '和平县阳明镇东山路1号', phone: '0762-5722113', upper: [['中国政府网', 'https://www.gov.cn/'], ['广东省人民政府', 'https://www.gd.gov.cn/'], ['河源市人民政府', 'https://www.heyuan.gov.cn/']],
  },
  haidong: {
    name: '海东市人民政府', short: '海东市', host: 'www.haidong.gov.cn', idCode: '6302000001', icp: '青ICP备13000235号-1',
    gongan: '青公网安备 63020202000102号', sponsor: '海东市人民政府办公室', organizer: '海东市政务服务监督管理局',
    address: '海东市乐都区古城大街38号', phone: '0972-8611250', upper: [['中国政府网', 'https://www.gov.cn/'], ['青海省人民政府', 'https://www.qinghai.gov.cn/']],
  },
  hdnews: {
    name: '海东新闻网', short: '海东', host: 'www.hdnews.com.cn', idCode: '', icp: '青ICP备15000917号-2',
    gongan: '青公网安备 63020202000377号', sponsor: '海东日报社', organizer: '海东新闻网',
    address: '海东市乐都区碾伯镇民和路6号', phone: '0972-8623317', upper: [],
  },
} satisfies Record<string, Site>;

export type Cms = 'trs' | 'dahan' | 'kaipuyun' | 'gdgov' | 'table' | 'news';

export interface Link { title: string; href: string }

export interface ShellOptions {
  site: Site;
  cms: Cms;
  url: string;
  title: string;
  column: string[];
  source: string;
  published: string;
  time: string;
  infoStyle: 'dash' | 'dahan' | 'seed001' | 'slash' | 'old' | 'cn-date' | 'news' | 'none';
  charset: 'utf-8' | 'gbk';
  charsetDecl?: 'meta' | 'http-equiv';
  govMeta: boolean;
  keywords: string;
  description: string;
  body: string;
  attachments?: Array<{ name: string; href: string }>;
  related?: Link[];
  comment: string;
  /** page <title> when it is not "article_column_site" */
  pageTitle?: string;
  /** bare pages (home, lists, 404) supply their own main block */
  main?: string;
}

function navColumns(site: Site): Array<[string, string[]]> {
  return [
    ['首页', []],
    [`走进${site.short}`, [`${site.short}概况`, '历史沿革', '行政区划', '自然资源', '人口民族', '文化旅游', '领导之窗']],
    ['政务公开', ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '重点领域信息公开', '政策文件', '政策解读', '人事信息', '财政资金', '规划计划', '法治政府建设', '建议提案办理', '政府常务会议', '依申请公开']],
    ['政务服务', ['办事指南', '一件事一次办', '便民服务', '证照查询', '好差评', '政务服务地图']],
    ['互动交流', ['领导信箱', '12345热线', '在线访谈', '征集调查', '常见问题', '留言选登']],
    ['专题专栏', ['优化营商环境', '乡村振兴', '安全生产', '法治宣传', '文明创建', '疫情防控', '扫黑除恶专项斗争']],
    ['数据开放', ['数据目录', '数据接口', '统计数据']],
  ];
}

const slug = (i: number, j: number): string => `/col/col${10500 + i * 10 + j}/index.html`;

function navHtml(site: Site): string {
  return `<div class="nav"><div class="w1200"><ul class="nav-list">\n${navColumns(site)
    .map(([name, subs], i) =>
      `<li class="nav-item${i === 0 ? ' on' : ''}"><a href="${i === 0 ? '/' : slug(i, 0)}">${name}</a>${
        subs.length ? `\n<div class="subnav"><ul>${subs.map((s, j) => `<li><a href="${slug(i, j + 1)}">${s}</a></li>`).join('')}</ul></div>` : ''
      }</li>`,
    )
    .join('\n')}\n</ul></div></div>`;
}

function topBar(site: Site): string {
  return `<div class="top-bar"><div class="w1200 clearfix">
<span class="fl">欢迎访问${site.name}门户网站！今天是：<span id="today"></span></span>
<div class="fr"><a href="javascript:void(0);" id="cniil_wza">无障碍浏览</a> | <a href="javascript:void(0);" class="zhangzhe">长者模式</a> | <a href="/big5/" id="jtfttrans">繁體</a> | <a href="https://tyrz.zwfw.gov.cn/login">个人登录</a> | <a href="https://tyrz.zwfw.gov.cn/login?type=2">法人登录</a> | <a href="/wzdt/index.html">网站地图</a></div>
</div></div>
<div class="header"><div class="w1200 clearfix">
<div class="logo fl"><a href="/"><img src="/images/logo.png" alt="${site.name}"></a></div>
<div class="search fr"><form action="/jsearchfront/search.do" method="get" target="_blank"><input type="hidden" name="websiteid" value="${site.idCode}"><input type="text" name="q" class="search-input" placeholder="请输入您要搜索的内容"><button type="submit" class="search-btn">搜索</button></form>
<div class="hot-words">热词：<a href="#">营商环境</a> <a href="#">社保</a> <a href="#">公积金</a> <a href="#">招聘</a></div></div>
</div></div>`;
}

function breadcrumb(column: string[], sep = '&gt;'): string {
  return `<div class="position">当前位置：<a href="/">首页</a> ${column.map((c, i) => `${sep} <a href="/col/col${10600 + i}/index.html">${c}</a>`).join(' ')}</div>`;
}

function dateForms(published: string): { dash: string; slash: string; cn: string } {
  const [y, m, d] = published.split('-');
  return { dash: published, slash: `${y}/${Number(m)}/${Number(d)}`, cn: `${y}年${m}月${d}日` };
}

function infoLine(o: ShellOptions): string {
  const d = dateForms(o.published);
  const t = o.time ? ` ${o.time}` : '';
  const font = '字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]';
  switch (o.infoStyle) {
    case 'dash':
      return `<div class="info"><span>来源：${o.source}</span><span>发布时间：${d.dash}${t}</span><span>浏览次数：<em id="hits"></em></span><span>${font}</span><span><a href="javascript:window.print()">打印</a></span><span><a href="javascript:window.close()">关闭</a></span></div>`;
    case 'dahan':
      return `<table class="bt_info" width="100%"><tr><td align="center">发布日期：${d.dash}${t} &nbsp;&nbsp; 信息来源：${o.source} &nbsp;&nbsp; 浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=3301&amp;artid=4021876"></script> &nbsp;&nbsp; 【字体：<a href="javascript:void(0)" onclick="doZoom(18)">大</a> <a href="javascript:void(0)" onclick="doZoom(16)">中</a> <a href="javascript:void(0)" onclick="doZoom(14)">小</a>】</td></tr></table>`;
    case 'seed001':
      return `<div class="article-info">来源：${o.source} &nbsp;&nbsp;发布时间：${d.cn} &nbsp;&nbsp;点击数：<span id="clickcount"></span></div>`;
    case 'slash':
      return `<div class="xl-info clearfix"><span class="fl">发布时间：${d.slash}${t}&nbsp;&nbsp;&nbsp;&nbsp;来源：${o.source}</span><span class="fr">【字体：<a href="javascript:;" class="font-l">大</a> <a href="javascript:;" class="font-m">中</a> <a href="javascript:;" class="font-s">小</a>】 【<a href="javascript:window.print();">打印</a>】 【<a href="javascript:window.close();">关闭</a>】</span></div>`;
    case 'old':
      return `<tr><td height="30" align="center" class="hui12">发布日期：${d.slash} &nbsp;&nbsp;信息来源：${o.source} &nbsp;&nbsp;【<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>`;
    case 'cn-date':
      return `<div class="info">发布日期：${d.cn}&nbsp;&nbsp;&nbsp;&nbsp;来源：${o.source}&nbsp;&nbsp;&nbsp;&nbsp;【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>`;
    case 'news':
      return `<div class="article-meta"><span class="time">${d.dash}${t}</span><span class="source">来源：${o.source}</span><span class="author">编辑：马晓燕</span></div>`;
    case 'none':
      return '';
  }
}

function govMetaTags(o: ShellOptions): string {
  if (!o.govMeta) return '';
  const col = o.column[o.column.length - 1] ?? '';
  // the site-level tags sit on every page; column tags on column pages; article tags on articles only
  const tags: Array<[string, string]> = [['SiteName', o.site.name], ['SiteDomain', o.site.host], ['SiteIDCode', o.site.idCode]];
  if (col) tags.push(['ColumnName', col], ['ColumnDescription', `${o.site.short}${col}信息`], ['ColumnKeywords', col], ['ColumnType', col]);
  if (!o.main) {
    tags.push(
      ['ArticleTitle', o.title], ['PubDate', `${o.published}${o.time ? ` ${o.time.slice(0, 5)}` : ''}`],
      ['ContentSource', o.source], ['Keywords', o.keywords], ['Author', o.source], ['Description', o.description],
      ['Url', o.url],
    );
  } else {
    tags.push(['Keywords', `${o.site.name},${col || '门户网站'}`], ['Description', `${o.site.name}${col}`]);
  }
  return tags.map(([name, content]) => `<meta name="${name}" content="${esc(content).replace(/"/g, '&quot;')}">`).join('\n');
}

function charsetTag(o: ShellOptions): string {
  if (o.charset === 'utf-8') return '<meta charset="utf-8">';
  return o.charsetDecl === 'http-equiv'
    ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    : '<meta charset="gbk">';
}

function attachmentsHtml(o: ShellOptions): string {
  if (!o.attachments?.length) return '';
  return `<div class="attachment"><p class="fj-title">附件：</p><ul>${o.attachments
    .map((a, i) => `<li>${o.attachments && o.attachments.length > 1 ? `${i + 1}. ` : ''}<a href="${a.href}" target="_blank">${esc(a.name)}</a></li>`)
    .join('')}</ul></div>`;
}

function relatedHtml(o: ShellOptions, label = '相关链接'): string {
  if (!o.related?.length) return '';
  return `<div class="related"><div class="related-title">${label}：</div><ul>${o.related
    .map((r) => `<li><a href="${r.href}" target="_blank">${esc(r.title)}</a></li>`)
    .join('\n')}</ul></div>`;
}

const SHARE = `<div class="share-bar"><span>分享到：</span><a href="javascript:;" class="share-wx" title="微信">微信</a><a href="javascript:;" class="share-wb" title="新浪微博">微博</a><a href="javascript:;" class="share-qz" title="QQ空间">QQ空间</a></div>`;

function footer(site: Site): string {
  return `<div class="footer"><div class="w1200">
<div class="links"><select onchange="window.open(this.value)"><option>----上级政府网站----</option>${site.upper.map(([name, href]) => `<option value="${href}">${name}</option>`).join('')}</select>
<select onchange="window.open(this.value)"><option>----部门网站----</option><option>${site.short}司法局</option><option>${site.short}发展和改革局</option><option>${site.short}财政局</option><option>${site.short}市场监督管理局</option></select></div>
<div class="footer-logo"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=${site.idCode}" target="_blank"><img src="/images/dzjg.png" alt="党政机关"></a><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=${site.idCode}" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a></div>
<p>主办单位：${site.sponsor}&nbsp;&nbsp;&nbsp;承办单位：${site.organizer}</p>
<p>网站标识码：${site.idCode}&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">${site.icp}</a>&nbsp;&nbsp;&nbsp;<img src="/images/gaba.png" alt=""><a href="https://www.beian.gov.cn/portal/registerSystemInfo" target="_blank">${site.gongan}</a></p>
<p>地址：${site.address}&nbsp;&nbsp;&nbsp;联系电话：${site.phone}&nbsp;&nbsp;&nbsp;<a href="/wzdt/index.html">网站地图</a>&nbsp;|&nbsp;<a href="/lxwm/index.html">联系我们</a></p>
<p>建议使用1920×1080分辨率 IE10以上版本浏览器</p>
</div></div>`;
}

const SCRIPTS = `<script src="/js/jquery-1.11.3.min.js"></script>
<script>
var _hmt = _hmt || [];
(function () { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?5f2b1d3c7e"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
function doZoom(size) { document.getElementById("zoom").style.fontSize = size + "px"; }
</script>
<script id="_trs_ta_js" src="//ta.trs.cn/c/js/ta.js?mpid=3201" async defer></script>`;

function head(o: ShellOptions): string {
  const col = o.column[o.column.length - 1] ?? '';
  const pageTitle = o.pageTitle ?? `${o.title}_${col}_${o.site.name}`;
  return `${charsetTag(o)}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${govMetaTags(o)}
<title>${esc(pageTitle)}</title>
<link rel="stylesheet" href="/images/common.css">
<link rel="stylesheet" href="/images/article.css">`;
}

/** The article block for the modern templates: title, info line, body, attachments, share, related. */
function articleBlock(o: ShellOptions): string {
  const relatedLabel = o.cms === 'trs' && o.infoStyle === 'seed001' ? '关联稿件' : '相关链接';
  const gkTable =
    o.cms === 'gdgov'
      ? `<div class="classify"><table class="gk-table"><tbody>
<tr><td class="td-label">索引号：</td><td>007194591/2024-00031</td><td class="td-label">分类：</td><td>法治政府建设</td></tr>
<tr><td class="td-label">发布机构：</td><td>${o.source}</td><td class="td-label">成文日期：</td><td>${o.published}</td></tr>
<tr><td class="td-label">名称：</td><td colspan="3">${esc(o.title)}</td></tr>
<tr><td class="td-label">文号：</td><td></td><td class="td-label">发布日期：</td><td>${o.published}</td></tr>
<tr><td class="td-label">主题词：</td><td colspan="3"></td></tr>
</tbody></table></div>`
      : '';
  const bodyOpen: Record<Cms, string> = {
    trs: '<div class="article-content" id="zoom">\n<!--文章正文开始-->',
    dahan: '<div class="bt_content" id="zoom">\n<!--<$[信息内容]>begin-->',
    kaipuyun: '<div class="detail-content" id="ucapcontent">\n<div class="view TRS_UEDITOR trs_paper_default trs_word">',
    gdgov: '<div class="article-content" id="zoom">',
    table: '',
    news: '<div class="article-body" id="article-body">',
  };
  const bodyClose: Record<Cms, string> = {
    trs: '<!--文章正文结束-->\n</div>',
    dahan: '<!--<$[信息内容]>end-->\n</div>',
    kaipuyun: '</div>\n</div>',
    gdgov: '</div>',
    table: '',
    news: '</div>',
  };
  return `${gkTable}
<div class="article">
<h1 class="article-title">${esc(o.title)}</h1>
${infoLine(o)}
${bodyOpen[o.cms]}
${o.body}
${bodyClose[o.cms]}
${attachmentsHtml(o)}
${SHARE}
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
${relatedHtml(o, relatedLabel)}
</div>`;
}

function sidebar(site: Site, column: string[]): string {
  const col = column[column.length - 1] ?? '';
  return `<div class="side fl"><div class="side-title">${column[0] ?? '政务公开'}</div><ul class="side-list">
${['政府信息公开指南', '法定主动公开内容', '政策文件', '政策解读', '法治政府建设', '政府信息公开年报', '财政资金', '人事信息']
  .map((s, i) => `<li${s === col ? ' class="on"' : ''}><a href="/col/col${10700 + i}/index.html">${s}</a></li>`)
  .join('\n')}
</ul><div class="side-banner"><a href="/zt/yshj/index.html"><img src="/images/yshj.jpg" alt="${site.short}优化营商环境"></a></div></div>`;
}

function oldTablePage(o: ShellOptions): string {
  const s = o.site;
  return `<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/top_banner.jpg" width="1000" height="150" alt="${s.name}"></td></tr>
<tr><td height="36" background="/images/nav_bg.gif" class="nav">
<a href="/">首 页</a> | <a href="/html/zjlc/">走进${s.short}</a> | <a href="/html/zwdt/">政务动态</a> | <a href="/html/zfxxgk/">政府信息公开</a> | <a href="/html/zcwj/">政策文件</a> | <a href="/html/bsfw/">办事服务</a> | <a href="/html/hdjl/">互动交流</a> | <a href="/html/ztzl/">专题专栏</a> | <a href="/html/tzgg/">通知公告</a> | <a href="/html/rsxx/">人事信息</a>
</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="230" valign="top" bgcolor="#F2F7FC">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="35" class="lm_title">&nbsp;&nbsp;栏目导航</td></tr>
${['政府信息公开指南', '政府信息公开制度', '政府信息公开年报', '法治政府建设', '政策解读', '规划计划', '财政预决算', '人事信息', '应急管理', '建议提案办理']
  .map((c) => `<tr><td height="30" class="lm_list">&nbsp;&nbsp;<img src="/images/dot.gif"> <a href="/html/zfxxgk/${encodeURIComponent(c)}/">${c}</a></td></tr>`)
  .join('\n')}
</table>
</td>
<td width="15"></td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="32" class="dqwz">您现在的位置：<a href="/">首页</a> &gt;&gt; ${o.column.map((c) => `<a href="#">${c}</a>`).join(' &gt;&gt; ')}</td></tr>
<tr><td height="50" align="center" class="bt"><font style="font-size:22px;font-weight:bold;color:#C00">${esc(o.title)}</font></td></tr>
${infoLine(o)}
<tr><td height="1" bgcolor="#CCCCCC"></td></tr>
<tr><td valign="top">
${o.body}
</td></tr>
${o.attachments?.length ? `<tr><td>${attachmentsHtml(o)}</td></tr>` : ''}
<tr><td align="right" height="40">【<a href="javascript:window.print()">打印此页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#1D5FA8">
<tr><td height="100" align="center" class="white12">
主办单位：${s.sponsor} &nbsp; 承办单位：${s.organizer}<br>
网站标识码：${s.idCode} &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">${s.icp}</a> &nbsp; ${s.gongan}<br>
地址：${s.address} &nbsp; 电话：${s.phone}
</td></tr>
</table>`;
}

function newsPage(o: ShellOptions): string {
  const s = o.site;
  const channels = ['首页', '海东要闻', '时政', '县区', '法治', '经济', '民生', '文旅', '教育', '视频', '图片', '专题', '评论', '融媒体'];
  return `<div class="topbar"><div class="wrap"><span>海东新闻网 — 海东日报社主办</span> <a href="/app/">客户端下载</a> <a href="/tougao/">我要投稿</a></div></div>
<div class="masthead"><div class="wrap"><a href="/" class="logo"><img src="/res/img/logo.png" alt="海东新闻网"></a><div class="ad-top"><a href="/zt/2024/lh/"><img src="/res/ad/lianghui-728x90.jpg" alt="聚焦2024全国两会"></a></div></div></div>
<div class="channel-nav"><div class="wrap"><ul>${channels.map((c, i) => `<li><a href="/${i === 0 ? '' : `channel_${i}/`}">${c}</a></li>`).join('')}</ul></div></div>
<div class="wrap main clearfix">
<div class="left">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/channel_1/">${o.column[0] ?? '海东要闻'}</a> &gt; 正文</div>
<div class="article">
<h1 class="article-title">${esc(o.title)}</h1>
${infoLine(o)}
<div class="article-body" id="article-body">
${o.body}
</div>
<div class="editor">（责任编辑：马晓燕）</div>
<div class="share-bar"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a></div>
<div class="statement">声明：本网转载内容仅供参考，版权归原作者所有，如有侵权请联系删除。</div>
<div class="related-news"><h3>相关新闻</h3><ul>
<li><a href="/system/2024/03/28/030411902.shtml">海东市召开全面依法治市委员会第五次会议</a><span>2024-03-28</span></li>
<li><a href="/system/2024/03/21/030409113.shtml">我市行政复议案件审结率达98%以上</a><span>2024-03-21</span></li>
<li><a href="/system/2024/03/15/030407651.shtml">平安区：“法律明白人”走进田间地头</a><span>2024-03-15</span></li>
</ul></div>
</div>
</div>
<div class="right">
<div class="box"><h3>热点排行</h3><ol>
<li><a href="#">海东2024年重点项目集中开工</a></li><li><a href="#">河湟文化旅游季启动</a></li><li><a href="#">互助县：青稞产业链跑出加速度</a></li><li><a href="#">乐都区举办春季招聘会</a></li><li><a href="#">循化县线椒育苗忙</a></li>
</ol></div>
<div class="box ad"><img src="/res/ad/side-300x250.jpg" alt="广告"></div>
</div>
</div>
<div class="footer"><div class="wrap">
<p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/law/">法律声明</a></p>
<p>主办单位：${s.sponsor}&nbsp;&nbsp;版权所有：${s.organizer}&nbsp;&nbsp;互联网新闻信息服务许可证：63120170002</p>
<p><a href="https://beian.miit.gov.cn/">${s.icp}</a>&nbsp;&nbsp;${s.gongan}&nbsp;&nbsp;违法和不良信息举报电话：${s.phone}</p>
</div></div>`;
}

export function pageShell(o: ShellOptions): string {
  const comment = `<!-- ${o.comment} Not a real page: written for Fazhi Lens's test fixtures. -->`;
  if (o.cms === 'table') {
    return `${comment}
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
${head(o)}
<style type="text/css">body{margin:0;font-size:12px} .nr p{margin:0 0 8px 0}</style>
</head>
<body>
${oldTablePage(o)}
${SCRIPTS}
</body>
</html>
`;
  }
  const inner =
    o.cms === 'news'
      ? newsPage(o)
      : `${topBar(o.site)}
${navHtml(o.site)}
<div class="w1200 main clearfix">
${o.main ?? `${breadcrumb(o.column)}
${o.cms === 'dahan' || o.cms === 'gdgov' ? sidebar(o.site, o.column) : ''}
<div class="${o.cms === 'dahan' || o.cms === 'gdgov' ? 'content fr' : 'content'}">
${articleBlock(o)}
</div>`}
</div>
${footer(o.site)}`;
  return `${comment}
<!DOCTYPE html>
<html lang="zh-CN">
<head>
${head(o)}
</head>
<body>
${inner}
${SCRIPTS}
</body>
</html>
`;
}

// ---- the report pages ----------------------------------------------------------------------------

interface ReportPlan {
  file: string;
  seed: string;
  site: Site;
  cms: Cms;
  layout: Layout;
  charset: 'utf-8' | 'gbk';
  charsetDecl?: 'meta' | 'http-equiv';
  govMeta: boolean;
  path: string;
  title: string;
  issuer: string;
  source: string;
  published: string;
  time: string;
  infoStyle: ShellOptions['infoStyle'];
  variant?: 'traditional' | 'fullwidth';
  repeatTitleInBody?: boolean;
  attachments?: ShellOptions['attachments'];
  related?: ShellOptions['related'];
  column: string[];
}

const S000 = '000_7956d37cdaebe2b9';
const S001 = '001_ead695509793956c';
const S002 = '002_f585fed566d59261';
const S003 = '003_cf074fb9deb89154';
const S004 = '004_7c928908932c69f5';

// Titles of 000 and 004 are invented (their gold title is null): recorded in index.json.
const REPORTS: ReportPlan[] = [
  {
    file: 'binhai-2024-report-indented.html', seed: S000, site: SITES.binhai, cms: 'trs', layout: 'indented-p',
    charset: 'utf-8', govMeta: true, path: '/art/2025/3/27/art_10543_4021876.html',
    title: '滨海县2024年法治政府建设年度报告', issuer: '滨海县人民政府', source: '滨海县司法局',
    published: '2025-03-27', time: '16:30', infoStyle: 'dash',
    column: ['政务公开', '法定主动公开内容', '法治政府建设'],
    attachments: [{ name: '滨海县2024年法治政府建设年度报告.pdf', href: '/module/download/downfile.jsp?classid=0&filename=2503271630123.pdf' }],
    related: [
      { title: '滨海县2023年法治政府建设年度报告', href: '/art/2024/3/28/art_10543_3877120.html' },
      { title: '《滨海县2024年法治政府建设年度报告》政策解读', href: '/art/2025/3/28/art_10544_4022011.html' },
    ],
  },
  {
    file: 'binhai-2024-report-strong-gbk.html', seed: S000, site: SITES.binhai, cms: 'dahan', layout: 'strong-headings',
    charset: 'gbk', charsetDecl: 'meta', govMeta: false, path: '/col/col10543/art/2025/art_4021876.html',
    title: '滨海县2024年法治政府建设年度报告', issuer: '滨海县人民政府', source: '县司法局',
    published: '2025-03-27', time: '16:30:05', infoStyle: 'dahan',
    column: ['信息公开', '法治政府建设', '年度报告'],
  },
  {
    file: 'moyu-2024-report-br.html', seed: S001, site: SITES.moyu, cms: 'trs', layout: 'br-block',
    charset: 'utf-8', govMeta: false, path: '/info/1203/20250305_118452.html',
    title: '墨玉县2024年法治政府建设工作报告', issuer: '墨玉县人民政府', source: '墨玉县人民政府',
    published: '2025-03-05', time: '', infoStyle: 'seed001',
    column: ['政府信息公开', '法定主动公开内容', '法治政府建设'],
    attachments: [{ name: '墨玉县2024年法治政府建设工作报告.doc', href: '/upload/2025/03/05/墨玉县2024年法治政府建设工作报告.doc' }],
    related: [
      { title: '墨玉县2023年法治政府建设工作报告', href: '/info/1203/20240321_097731.html' },
      { title: '墨玉县司法局2024年法治政府建设工作报告', href: '/info/1203/20250228_117906.html' },
      { title: '墨玉县2025年法治政府建设工作要点', href: '/info/1203/20250318_118990.html' },
    ],
  },
  {
    file: 'moyu-2024-report-wordpaste-fullwidth.html', seed: S001, site: SITES.moyu, cms: 'kaipuyun', layout: 'word-paste',
    charset: 'utf-8', govMeta: true, path: '/zwgk/fzzfjs/202503/t20250305_1184520.html',
    title: '墨玉县2024年法治政府建设工作报告', issuer: '墨玉县人民政府', source: '墨玉县司法局',
    published: '2025-03-05', time: '18:02', infoStyle: 'slash', variant: 'fullwidth',
    column: ['政务公开', '重点领域信息公开', '法治政府建设'],
    attachments: [{ name: '墨玉县2024年法治政府建设工作报告（签章版）.pdf', href: '/zwgk/fzzfjs/202503/P020250305600218731104.pdf' }],
  },
  {
    file: 'luancheng-2024-report-table-gb2312.html', seed: S002, site: SITES.luancheng, cms: 'table', layout: 'table',
    charset: 'gbk', charsetDecl: 'http-equiv', govMeta: false, path: '/html/2025/zfxxgk_0321/38712.html',
    title: '2024年度法治政府建设工作情况报告', issuer: '石家庄市栾城区人民政府', source: '区司法局',
    published: '2025-03-21', time: '', infoStyle: 'old', repeatTitleInBody: true,
    column: ['政府信息公开', '法治政府建设'],
  },
  {
    file: 'luancheng-2024-report-indented.html', seed: S002, site: SITES.luancheng, cms: 'dahan', layout: 'indented-p',
    charset: 'utf-8', govMeta: true, path: '/col/col3301/art/2025/art_0b9f2c61a3e04d7e.html',
    title: '2024年度法治政府建设工作情况报告', issuer: '石家庄市栾城区人民政府', source: '石家庄市栾城区人民政府',
    published: '2025-03-21', time: '09:15:44', infoStyle: 'dahan',
    column: ['政务公开', '法治政府建设'],
    attachments: [
      { name: '2024年度法治政府建设工作情况报告.wps', href: '/picture/0/2503210915441234567.wps' },
      { name: '2024年度法治政府建设工作情况报告.pdf', href: '/picture/0/2503210915447654321.pdf' },
    ],
  },
  {
    file: 'heping-2023-report-strong-fullwidth.html', seed: S003, site: SITES.heping, cms: 'gdgov', layout: 'strong-headings',
    charset: 'utf-8', govMeta: true, path: '/gkmlpt/content/5/5312/post_5312786.html',
    title: '和平县2023年法治政府建设年度报告', issuer: '中共和平县委 和平县人民政府', source: '和平县司法局',
    published: '2024-02-04', time: '17:21:39', infoStyle: 'dash', variant: 'fullwidth',
    column: ['政务公开', '政府信息公开', '法治政府建设'],
    attachments: [{ name: '和平县2023年法治政府建设年度报告.pdf', href: '/attachment/0/512/512077/5312786.pdf' }],
    related: [
      { title: '和平县2022年法治政府建设年度报告', href: '/gkmlpt/content/4/4871/post_4871022.html' },
      { title: '图文解读：《和平县2023年法治政府建设年度报告》', href: '/gkmlpt/content/5/5313/post_5313004.html' },
    ],
  },
  {
    file: 'heping-2023-report-traditional.html', seed: S003, site: SITES.heping, cms: 'gdgov', layout: 'indented-p',
    charset: 'utf-8', govMeta: false, path: '/big5/gkmlpt/content/5/5312/post_5312786.html',
    title: '和平县2023年法治政府建设年度报告', issuer: '中共和平县委 和平县人民政府', source: '和平县司法局',
    published: '2024-02-04', time: '17:21', infoStyle: 'cn-date', variant: 'traditional',
    column: ['政务公开', '政府信息公开', '法治政府建设'],
  },
  {
    file: 'haidong-2023-report-kaipuyun.html', seed: S004, site: SITES.haidong, cms: 'kaipuyun', layout: 'indented-p',
    charset: 'utf-8', govMeta: true, path: '/zwgk/zdlyxxgk/fzzfjs/202403/t20240329_178201.html',
    title: '海东市2023年法治政府建设年度报告', issuer: '海东市人民政府', source: '海东市司法局',
    published: '2024-03-29', time: '17:45:12', infoStyle: 'slash',
    column: ['政务公开', '重点领域信息公开', '法治政府建设'],
    attachments: [{ name: '海东市2023年法治政府建设年度报告.wps', href: '/zwgk/zdlyxxgk/fzzfjs/202403/P020240329575063290122.wps' }],
    related: [{ title: '海东市2024年法治政府建设工作要点', href: '/zwgk/zdlyxxgk/fzzfjs/202404/t20240412_179033.html' }],
  },
  {
    file: 'haidong-2023-report-news-reprint.html', seed: S004, site: SITES.hdnews, cms: 'news', layout: 'news-reprint',
    charset: 'utf-8', govMeta: false, path: '/system/2024/03/30/030412877.shtml',
    title: '海东市2023年法治政府建设年度报告', issuer: '海东市人民政府', source: '海东市人民政府网站',
    published: '2024-03-30', time: '08:12', infoStyle: 'news',
    column: ['海东要闻'],
  },
  {
    file: 'heping-2023-report-br-gbk.html', seed: S003, site: SITES.heping, cms: 'trs', layout: 'br-block',
    charset: 'gbk', charsetDecl: 'meta', govMeta: false, path: '/zwgk/fzzfjs/content/post_5312786.html',
    title: '和平县2023年法治政府建设年度报告', issuer: '中共和平县委 和平县人民政府', source: '和平县人民政府办公室',
    published: '2024-02-04', time: '17:21', infoStyle: 'cn-date',
    column: ['政务公开', '法治政府建设'],
  },
  {
    file: 'haidong-2023-report-table.html', seed: S004, site: SITES.haidong, cms: 'table', layout: 'table',
    charset: 'utf-8', govMeta: false, path: '/html/3072/2024329174512.html',
    title: '海东市2023年法治政府建设年度报告', issuer: '海东市人民政府', source: '市司法局',
    published: '2024-03-29', time: '', infoStyle: 'old',
    column: ['政务公开', '法治政府建设'],
  },
];

function buildReport(p: ReportPlan): PageSpec {
  let lines = seedBody(p.seed, p.title);
  if (p.variant === 'fullwidth') lines = lines.map(toFullWidth);
  if (p.repeatTitleInBody) lines = [lines[0], p.title, ...lines.slice(1)];
  const url = `http://${p.site.host}${p.path}`;
  let html = pageShell({
    site: p.site, cms: p.cms, url, title: p.title, column: p.column, source: p.source,
    published: p.published, time: p.time, infoStyle: p.infoStyle, charset: p.charset, charsetDecl: p.charsetDecl,
    govMeta: p.govMeta, keywords: '法治政府建设,年度报告', description: lines[0].slice(0, 80),
    body: renderBody(p.layout, lines), attachments: p.attachments, related: p.related,
    comment: `Made up for Fazhi Lens tests: seed ${p.seed} (body verbatim${p.variant ? `, ${p.variant}` : ''}) in a ${p.cms} template, layout ${p.layout}.`,
  });
  let title = p.title;
  if (p.variant === 'traditional') {
    // the big5 mirror converts the whole page, chrome included; keep the made-up comment readable
    const cut = html.indexOf('-->') + 3;
    html = html.slice(0, cut) + toTraditional(html.slice(cut));
    title = toTraditional(title);
  }
  return {
    file: p.file, isReport: true, seed: p.seed, layout: p.layout, charset: p.charset, url, govMeta: p.govMeta,
    title, kind: 'report', variant: p.variant,
    issuer: p.variant === 'traditional' ? toTraditional(p.issuer) : p.issuer, published: p.published, html,
  };
}

// ---- look-alike pages: the genres around a report that are not one -----------------------------

interface LookPlan {
  file: string;
  site: Site;
  cms: Cms;
  kind: Kind;
  layout: Layout;
  title: string;
  column: string[];
  source: string;
  published: string;
  time: string;
  infoStyle: ShellOptions['infoStyle'];
  govMeta: boolean;
  path: string;
  paras?: string[];
  bodyHtml?: string;
  main?: string;
  pageTitle?: string;
  relatedSeed?: string;
  attachments?: ShellOptions['attachments'];
  related?: Link[];
  note: string;
}

function firstSentences(line: string, n: number): string {
  const parts = line.match(/[^。]+。/g) ?? [line];
  return parts.slice(0, n).join('');
}

/** 解读 pages restate the report part by part and quote it at length. */
function interpretationParas(): string[] {
  const lines = seedBody(S003, '和平县2023年法治政府建设年度报告').map(toFullWidth);
  const rank1 = lines.filter((l) => RANK1.test(l));
  const out = [
    '一、出台背景',
    '根据《法治政府建设与责任落实督察工作规定》和省、市关于法治政府建设年度报告工作的部署要求，县级以上地方各级政府每年第一季度要向同级党委、人大常委会和上一级政府报告上一年度法治政府建设情况，报告应通过报刊、网站等新闻媒体向社会公开。县司法局在全面梳理各镇、各部门2023年度法治政府建设情况的基础上，起草形成《和平县2023年法治政府建设年度报告》（以下简称《报告》），经县委、县政府审定后于2024年2月4日在县政府门户网站公开。',
    '二、主要内容',
    `《报告》共分六个部分，分别是：${rank1.map((l) => `“${l.replace(RANK1, '').replace(/。$/, '')}”`).join('、')}。`,
  ];
  const cn = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'];
  lines.forEach((l, i) => {
    if (!RANK1.test(l)) return;
    const n = rank1.indexOf(l);
    const next = lines.slice(i + 1).find((x) => !RANK2.test(x) || x.length > 40) ?? '';
    const quote = firstSentences(next.replace(RANK2, '').replace(/^[^。]{0,30}。/, (m) => (m.length < 30 ? '' : m)), 3);
    out.push(`${cn[n] ?? ''}关于“${l.replace(RANK1, '')}”。《报告》指出：“${quote}”`);
  });
  out.push(
    '三、解读重点',
    '《报告》既总结成绩，也直面问题，明确提出2024年将“扎实推动依法行政，持续营造法治化营商环境”，对全县法治政府建设具有重要指导意义。群众可通过县政府门户网站“法治政府建设”专栏查阅《报告》全文。',
    '四、解读机关及联系方式',
    '解读机关：和平县司法局',
    '解读人：县司法局法治督察股负责人',
    '联系电话：0762-5722351',
  );
  return out;
}

const PLAN_PARAS = [
  '为深入贯彻落实习近平法治思想，全面落实党中央、国务院和省委、省政府关于法治政府建设的决策部署，对标对表《法治政府建设实施纲要（2021—2025年）》，扎实推进2025年全县法治政府建设各项工作，结合我县实际，制定本要点。',
  '一、深入学习贯彻习近平法治思想',
  '1．把学习宣传贯彻习近平法治思想作为重大政治任务，纳入县政府常务会议会前学法、各级党委（党组）理论学习中心组学习重要内容。（责任单位：县委依法治县办、县司法局，各镇区、各部门。以下均需各镇区、各部门落实，不再列出）',
  '2．落实党政主要负责人履行推进法治建设第一责任人职责，年底前完成述法工作，将述法情况纳入年度考核。（责任单位：县委依法治县办、县委组织部）',
  '二、依法全面履行政府职能',
  '3．深化“放管服”改革，动态调整权责清单，推进政务服务“一件事一次办”扩面增效，全年新增“一件事”集成服务10项以上。（责任单位：县政务服务管理办公室、县行政审批局）',
  '4．持续优化法治化营商环境，开展涉企行政执法专项监督，全面落实包容审慎监管“免罚轻罚”清单。（责任单位：县司法局、县市场监督管理局）',
  '三、健全依法行政制度体系',
  '5．严格执行重大行政决策程序，制定并公布2025年度县政府重大行政决策事项目录。（责任单位：县政府办公室、县司法局）',
  '6．加强行政规范性文件合法性审核和备案审查，做到有件必备、有备必审、有错必纠。（责任单位：县司法局）',
  '四、推进严格规范公正文明执法',
  '7．深化提升行政执法质量三年行动，开展行政执法案卷评查，评查比例不低于上年度案卷总数的5%。（责任单位：县司法局，各行政执法部门）',
  '8．全面落实行政执法“三项制度”，推进镇（区）综合行政执法规范化建设。（责任单位：县司法局、县委编办）',
  '五、强化行政权力制约和监督',
  '9．自觉接受人大监督、民主监督，认真办理人大代表建议和政协委员提案，按时办结率达到100%。（责任单位：县政府办公室）',
  '10．全面推进政务公开，按时发布政府信息公开工作年度报告和法治政府建设年度报告。（责任单位：县政府办公室、县司法局）',
  '六、依法预防化解社会矛盾纠纷',
  '11．发挥行政复议化解行政争议主渠道作用，推动行政机关负责人出庭应诉率保持100%。（责任单位：县司法局）',
  '12．坚持和发展新时代“枫桥经验”，健全人民调解、行政调解、司法调解联动工作体系。（责任单位：县司法局、县信访局）',
  '七、加强法治政府建设组织保障',
  '13．将法治政府建设纳入全县高质量发展综合考核，开展法治政府建设示范创建，力争创成省级法治政府建设示范县。（责任单位：县委依法治县办）',
  '14．加强法治宣传教育，全面完成“八五”普法规划终期评估。（责任单位：县委宣传部、县司法局）',
  '中共滨海县委全面依法治县委员会办公室',
  '2025年3月12日',
];

const DISCLOSURE_TABLE = `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%;text-align:center">
<tr><td colspan="4"><b>第二十条第（一）项</b></td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>3</td><td>1</td><td>17</td></tr>
<tr><td colspan="4"><b>第二十条第（五）项</b></td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">12846</td></tr>
<tr><td colspan="4"><b>第二十条第（六）项</b></td></tr>
<tr><td>行政处罚</td><td colspan="3">1027</td></tr>
<tr><td>行政强制</td><td colspan="3">36</td></tr>
<tr><td colspan="4"><b>第二十条第（八）项</b></td></tr>
<tr><td>行政事业性收费</td><td colspan="3">0</td></tr>
</table>`;

const DISCLOSURE_PARAS_A = [
  '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据统计期限自2024年1月1日起至2024年12月31日止。',
  '一、总体情况',
  '2024年，墨玉县人民政府坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和上级关于政务公开工作的部署，以公开促落实、促规范、促服务，全年通过县政府门户网站主动公开各类政府信息2316条。',
  '（一）主动公开。围绕法治政府建设、财政预决算、重大建设项目、乡村振兴等重点领域，及时公开政策文件、工作动态和办事服务信息。',
  '（二）依申请公开。2024年共收到政府信息公开申请36件，均在法定期限内答复，答复率100%。',
  '（三）政府信息管理。严格落实政府信息公开保密审查制度，全年未发生泄密事件。',
  '（四）平台建设。优化县政府门户网站“政府信息公开”专栏，及时更新政府信息公开指南。',
  '（五）监督保障。将政务公开工作纳入年度绩效考核，组织政务公开业务培训2期，培训人员150余人次。',
  '二、主动公开政府信息情况',
];
const DISCLOSURE_PARAS_B = [
  '三、收到和处理政府信息公开申请情况',
  '本年新收政府信息公开申请36件，其中自然人申请33件、法人或其他组织申请3件；予以公开21件，部分公开5件，不予公开2件，无法提供8件。',
  '四、政府信息公开行政复议、行政诉讼情况',
  '2024年，因政府信息公开工作被申请行政复议1件，结果维持；未发生因政府信息公开被提起行政诉讼的情况。',
  '五、存在的主要问题及改进情况',
  '2024年，我县政府信息公开工作虽取得一定成效，但仍存在政策解读形式较为单一、部分单位信息更新不够及时等问题。下一步，将进一步丰富解读形式，加强对各单位的业务指导和督促检查。',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
  '墨玉县人民政府办公室',
  '2025年1月20日',
];

const WORK_REPORT_PARAS = [
  '——2025年1月8日在石家庄市栾城区第十二届人民代表大会第五次会议上',
  '区长 张建军',
  '各位代表：',
  '现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。',
  '一、2024年工作回顾',
  '过去的一年，面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，在市委、市政府和区委的坚强领导下，在区人大及其常委会、区政协的监督支持下，区政府团结带领全区人民，全年地区生产总值完成268.5亿元，增长6.1%；一般公共预算收入完成15.2亿元，增长5.3%。',
  '（一）坚持项目为王，经济发展稳中有进。全年实施省市重点项目42个，完成投资136亿元。',
  '（二）坚持改革创新，营商环境持续优化。深化“放管服”改革，政务服务事项网上可办率达到99%。',
  '（三）坚持民生为本，群众福祉不断增进。全年民生支出占一般公共预算支出的81.6%，新增城镇就业6230人。',
  '（四）坚持依法行政，政府自身建设全面加强。深入推进法治政府建设，严格落实重大行政决策程序，区政府常务会议会前学法12次；办理人大代表建议88件、政协委员提案103件，办复率100%。',
  '二、2025年工作安排',
  '2025年是“十四五”规划收官之年。政府工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，地区生产总值增长6%左右。',
  '重点抓好以下工作：',
  '（一）聚力扩大有效投资，增强经济发展后劲。',
  '（二）聚力培育新质生产力，加快产业转型升级。',
  '（三）聚力城乡融合发展，全面推进乡村振兴。',
  '（四）聚力保障和改善民生，提升群众幸福指数。',
  '三、全面加强政府自身建设',
  '坚持依法行政，自觉接受区人大及其常委会的法律监督和工作监督，自觉接受区政协的民主监督，加快建设法治政府。坚持廉洁从政，驰而不息纠治“四风”。',
  '各位代表！新征程号角催人奋进，新使命任务重在落实。让我们更加紧密地团结在以习近平同志为核心的党中央周围，为加快建设现代化新栾城而努力奋斗！',
];

const SUMMARY_PARAS = [
  '2024年，县司法局在县委、县政府的坚强领导和上级业务部门的精心指导下，坚持以习近平新时代中国特色社会主义思想为指导，紧紧围绕社会稳定和长治久安总目标，认真履行“一个统抓、五大职能”，各项工作取得新进展。现将有关情况总结如下：',
  '一、2024年工作开展情况',
  '（一）全面依法治县统筹协调有力。一是召开县委全面依法治县委员会会议2次，印发年度工作要点。二是协助县委、县政府开展法治督察，督促整改问题12个。',
  '（二）行政执法协调监督扎实开展。一是组织行政执法人员资格考试2批次，新申领执法证件186个。二是开展行政执法案卷评查，抽查案卷320卷。',
  '（三）公共法律服务持续优化。一是全年办理法律援助案件412件，挽回经济损失600余万元。二是人民调解组织调处矛盾纠纷1350件，调解成功率98.6%。',
  '（四）普法宣传深入人心。组织开展“法律进乡村”“宪法宣传周”等活动260场次，覆盖群众8万余人次。',
  '（五）队伍建设不断加强。开展政治轮训和业务培训6期，干警政治素质和业务能力进一步提升。',
  '二、存在的问题',
  '一是基层司法所人员力量不足，部分司法所仅有1名工作人员。二是法律服务资源分布不均衡，偏远乡镇群众获取法律服务仍不够便利。三是普法宣传形式较为传统，针对性有待增强。',
  '三、2025年工作计划',
  '一是持续强化全面依法治县统筹协调，推动法治政府建设各项任务落实。二是深化行政执法监督，开展提升行政执法质量专项行动。三是优化公共法律服务供给，推进“15分钟公共法律服务圈”建设。四是创新普法宣传方式，扎实做好“八五”普法总结验收。',
  '墨玉县司法局',
  '2025年1月8日',
];

const NEWS_PUBLISH_PARAS = [
  '近日，滨海县在县政府门户网站“法治政府建设”专栏全文公开《滨海县2024年法治政府建设年度报告》，主动接受社会监督。',
  '据介绍，《报告》从强化政治引领、坚持为民服务、健全决策机制、深化执法监督、构建多元机制、加强组织领导等六个方面，全面总结了2024年全县法治政府建设取得的成效，客观分析了存在的不足，并对2025年工作作出安排。',
  '2024年，全县共办理行政复议案件一百余件，行政机关负责人出庭应诉率保持100%，“八五”普法中期评估顺利通过。',
  '县司法局相关负责人表示，下一步将以年度报告公开为契机，持续推动法治政府建设各项任务落地见效。',
  '（记者 王晓婷 通讯员 陈伟）',
];

const MEETING_NEWS_PARAS = [
  '3月26日，海东市召开市委全面依法治市委员会第五次会议，传达学习中央、省委全面依法治国（省）工作会议精神，审议《海东市2023年法治政府建设年度报告》等文件。市委书记出席会议并讲话。',
  '会议指出，过去一年，全市各级各部门深入学习贯彻习近平法治思想，聚焦党建统揽、立法先行、“放管服”改革和严格规范公正文明执法，法治海东建设取得新成效。',
  '会议强调，要坚持问题导向，着力解决法治政府建设中存在的短板弱项；要压紧压实党政主要负责人履行推进法治建设第一责任人职责，确保各项任务落实落细。',
  '会议审议通过了《海东市2023年法治政府建设年度报告》《海东市2024年法治政府建设工作要点》，并对下一步工作进行了安排部署。',
  '市委全面依法治市委员会委员，各县区委书记、县区长参加会议。',
];

const NOTICE_PARAS = [
  '各县区司法局，市直各行政执法部门：',
  '为进一步提升行政执法人员依法行政能力和水平，根据《青海省行政执法证件管理办法》有关规定，市司法局定于2024年6月组织开展全市行政执法人员资格考试。现将有关事项通知如下：',
  '一、考试对象',
  '全市各级行政执法机关中拟从事行政执法工作、尚未取得行政执法证件的在编在岗人员。',
  '二、考试时间和地点',
  '考试时间：2024年6月15日上午9:00—11:00。考试地点：海东市委党校计算机教室（乐都区古城大街）。',
  '三、考试内容和方式',
  '考试采用闭卷机考方式，内容包括公共法律知识和专业法律知识，满分100分，60分为合格。',
  '四、有关要求',
  '（一）各单位要认真组织报名，于5月31日前将《行政执法人员资格考试报名汇总表》（见附件）报送市司法局行政执法协调监督科。',
  '（二）参考人员须携带本人身份证、工作证按时参加考试，严格遵守考场纪律。',
  '联系人：李红梅 联系电话：0972-8611273',
  '附件：行政执法人员资格考试报名汇总表',
  '海东市司法局',
  '2024年5月10日',
];

const REQUEST_NOTICE_PARAS = [
  '各镇人民政府，区政府各部门：',
  '根据《法治政府建设与责任落实督察工作规定》和市委依法治市办有关要求，现就做好2024年度法治政府建设情况报告工作通知如下：',
  '一、报告内容',
  '年度报告应当包括以下内容：（一）上一年度推进法治政府建设的主要举措和成效；（二）上一年度推进法治政府建设存在的不足和原因；（三）上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况；（四）下一年度推进法治政府建设的主要安排；（五）其他需要报告的情况。',
  '二、报送时间',
  '各单位于2025年2月20日前将年度报告（加盖公章的PDF版和Word版）报送区委依法治区办（区司法局）。',
  '三、公开要求',
  '年度报告除涉及党和国家秘密的，应当于每年4月1日之前通过报刊、网站等新闻媒体向社会公开，接受人民群众监督。',
  '四、工作要求',
  '各单位要高度重视，由主要负责同志审定后报送，确保内容真实、数据准确，避免照搬照抄、泛泛而谈。对未按时报送或公开的单位，将在全区通报。',
  '联系人：赵磊 联系电话：0311-85461322',
  '中共石家庄市栾城区委全面依法治区委员会办公室',
  '2025年1月15日',
];

const DEMO_NEWS_PARAS = [
  '近日，和平县召开法治政府建设示范创建工作推进会，对照《广东省法治政府建设示范创建指标体系》，逐项梳理创建任务，全力冲刺第三批省级法治政府建设示范县。',
  '会议要求，各镇、各部门要把示范创建作为推进法治政府建设的重要抓手，坚持“以创促建、以建促改”，对标100项指标倒排工期、挂图作战，确保各项创建指标按时达标。',
  '据了解，自启动示范创建以来，和平县已建立“周调度、月通报”工作机制，完成重大行政决策目录化管理、行政执法“三项制度”全覆盖，县镇村三级公共法律服务实体平台实现全覆盖。',
  '县司法局负责人表示，下一步将聚焦短板弱项，加强督导检查，推动示范创建与法治政府建设年度报告、法治督察反馈问题整改同步推进，以创建成效助力高质量发展。',
];

function listMain(site: Site, column: string[]): string {
  const items: Array<[string, string]> = [
    ['和平县2023年法治政府建设年度报告', '2024-02-04'],
    ['图文解读：《和平县2023年法治政府建设年度报告》', '2024-02-05'],
    ['和平县司法局2023年法治政府建设年度报告', '2024-01-30'],
    ['和平县公安局2023年法治政府建设年度报告', '2024-01-29'],
    ['和平县市场监督管理局2023年度法治政府建设情况报告', '2024-01-26'],
    ['阳明镇2023年法治政府建设年度报告', '2024-01-25'],
    ['和平县2024年法治政府建设工作要点', '2024-03-20'],
    ['和平县2022年法治政府建设年度报告', '2023-02-10'],
    ['和平县2021年法治政府建设年度报告', '2022-03-18'],
    ['关于开展法治政府建设示范创建工作的通知', '2023-06-02'],
    ['和平县2020年法治政府建设年度报告', '2021-03-25'],
    ['和平县人民政府2019年度法治政府建设情况报告', '2020-03-30'],
  ];
  return `${breadcrumb(column)}
${sidebar(site, column)}
<div class="content fr"><div class="list-title"><span>${column[column.length - 1] ?? ''}</span></div>
<ul class="list-ul">
${items.map(([t, d], i) => `<li><a href="/gkmlpt/content/5/${5312 - i * 37}/post_${5312786 - i * 4311}.html" target="_blank" title="${t}">${t}</a><span class="date">${d}</span></li>`).join('\n')}
</ul>
<div class="page">共 46 条记录 1/4 页 <a href="index.html">首页</a> <a href="javascript:;">上一页</a> <a href="index_2.html">下一页</a> <a href="index_4.html">尾页</a> 转到 <input type="text" size="2"> 页 <a href="javascript:;">GO</a></div>
</div>`;
}

function homeMain(site: Site): string {
  const block = (title: string, items: Array<[string, string]>): string =>
    `<div class="home-block"><div class="block-hd"><span>${title}</span><a href="/col/more.html" class="more">更多&gt;&gt;</a></div><ul>${items
      .map(([t, d]) => `<li><a href="/info/1203/${d.replace(/-/g, '')}_1${t.length}0.html" title="${t}">${t}</a><span>${d}</span></li>`)
      .join('')}</ul></div>`;
  return `<div class="banner"><div class="slider"><ul>
<li><a href="/info/1001/20250306_118467.html"><img src="/upload/2025/03/banner1.jpg" alt="墨玉县召开2025年经济工作会议"><p>墨玉县召开2025年经济工作会议</p></a></li>
<li><a href="/info/1001/20250302_118320.html"><img src="/upload/2025/03/banner2.jpg" alt="春耕备耕正当时"><p>春耕备耕正当时</p></a></li>
</ul></div></div>
${block('墨玉要闻', [['县委常委会召开会议 研究部署春季农业生产工作', '2025-03-06'], ['墨玉县召开2025年经济工作会议', '2025-03-06'], ['县领导督导检查安全生产工作', '2025-03-04'], ['墨玉县举办“三八”妇女节主题活动', '2025-03-03'], ['全县干部大会召开', '2025-02-28']])}
${block('通知公告', [['关于2025年公开招聘社区工作者的公告', '2025-03-05'], ['关于开展2025年度行政执法证件年审工作的通知', '2025-03-03'], ['墨玉县2025年春季植树造林公告', '2025-03-01'], ['关于公布县级权责清单动态调整情况的公告', '2025-02-26']])}
${block('政务公开', [['墨玉县2024年法治政府建设工作报告', '2025-03-05'], ['墨玉县人民政府2024年政府信息公开工作年度报告', '2025-01-20'], ['墨玉县2025年政府工作报告', '2025-01-10'], ['墨玉县2025年重大行政决策事项目录', '2025-02-20'], ['墨玉县2025年法治政府建设工作要点', '2025-03-18']])}
${block('政策解读', [['《墨玉县优化营商环境若干措施》政策解读', '2025-02-27'], ['一图读懂墨玉县2025年政府工作报告', '2025-01-12'], ['《关于进一步加强农村宅基地管理的通知》解读', '2024-12-20']])}
<div class="service-entry"><a href="/col/bsfw/">办事服务</a><a href="/col/hdjl/">互动交流</a><a href="/col/sjkf/">数据开放</a><a href="/col/xxgk/">信息公开</a><a href="/col/ldxx/">领导信箱</a><a href="https://www.12345.gov.cn/">12345热线</a></div>`;
}

const ERROR_MAIN = `<div class="error-page" style="text-align:center;padding:80px 0">
<img src="/images/404.png" alt="404">
<h2>抱歉，您访问的页面不存在或已被删除！</h2>
<p>可能原因：网址输入错误；页面已调整或撤稿。</p>
<p><span id="countdown">5</span> 秒后自动返回 <a href="/">网站首页</a>，或 <a href="javascript:history.back()">返回上一页</a></p>
<p>您也可以在站内搜索：<input type="text" name="q" placeholder="法治政府建设年度报告"> <button>搜索</button></p>
</div>
<script>var n = 5; setInterval(function () { n--; document.getElementById("countdown").innerHTML = n; if (n <= 0) location.href = "/"; }, 1000);</script>`;

const LOOK_PLANS: LookPlan[] = [
  {
    file: 'heping-2023-interpretation.html', site: SITES.heping, cms: 'gdgov', kind: 'interpretation', layout: 'strong-headings',
    title: '图文解读：《和平县2023年法治政府建设年度报告》', column: ['政务公开', '政策解读'], source: '和平县司法局',
    published: '2024-02-05', time: '10:08:12', infoStyle: 'dash', govMeta: true, path: '/gkmlpt/content/5/5313/post_5313004.html',
    relatedSeed: S003, note: '政策解读 quoting seed 003 heavily',
    related: [{ title: '和平县2023年法治政府建设年度报告', href: '/gkmlpt/content/5/5312/post_5312786.html' }],
  },
  {
    file: 'binhai-2025-plan.html', site: SITES.binhai, cms: 'trs', kind: 'plan', layout: 'indented-p',
    title: '滨海县2025年法治政府建设工作要点', column: ['政务公开', '法定主动公开内容', '法治政府建设'], source: '县委依法治县办',
    published: '2025-03-12', time: '15:40', infoStyle: 'dash', govMeta: true, path: '/art/2025/3/12/art_10543_4018800.html',
    paras: PLAN_PARAS, note: '工作要点 (next-year plan)',
  },
  {
    file: 'moyu-2024-disclosure-report.html', site: SITES.moyu, cms: 'trs', kind: 'disclosure-report', layout: 'indented-p',
    title: '墨玉县人民政府2024年政府信息公开工作年度报告', column: ['政府信息公开', '政府信息公开年报'], source: '墨玉县人民政府办公室',
    published: '2025-01-20', time: '', infoStyle: 'seed001', govMeta: false, path: '/info/1206/20250120_116602.html',
    bodyHtml: `${indentedP(DISCLOSURE_PARAS_A)}\n${DISCLOSURE_TABLE}\n${indentedP(DISCLOSURE_PARAS_B)}`, note: '政府信息公开工作年度报告',
  },
  {
    file: 'luancheng-2025-work-report.html', site: SITES.luancheng, cms: 'dahan', kind: 'work-report', layout: 'indented-p',
    title: '2025年石家庄市栾城区政府工作报告', column: ['政务公开', '政府工作报告'], source: '区政府办',
    published: '2025-01-14', time: '11:20:00', infoStyle: 'dahan', govMeta: true, path: '/col/col3310/art/2025/art_1a22d0c5e7.html',
    paras: WORK_REPORT_PARAS, note: '政府工作报告',
  },
  {
    file: 'binhai-2024-report-published-news.html', site: SITES.binhai, cms: 'trs', kind: 'news', layout: 'indented-p',
    title: '滨海县发布2024年法治政府建设年度报告', column: ['新闻中心', '滨海要闻'], source: '滨海县融媒体中心',
    published: '2025-03-28', time: '09:12', infoStyle: 'dash', govMeta: true, path: '/art/2025/3/28/art_10230_4022155.html',
    paras: NEWS_PUBLISH_PARAS, relatedSeed: S000, note: 'news about the publication of seed 000',
  },
  {
    file: 'haidong-2024-meeting-news.html', site: SITES.haidong, cms: 'kaipuyun', kind: 'news', layout: 'indented-p',
    title: '市委全面依法治市委员会召开第五次会议', column: ['新闻动态', '海东要闻'], source: '海东市融媒体中心',
    published: '2024-03-26', time: '19:30:05', infoStyle: 'slash', govMeta: false, path: '/xwdt/hdyw/202403/t20240326_177985.html',
    paras: MEETING_NEWS_PARAS, relatedSeed: S004, note: 'meeting news reviewing seed 004',
  },
  {
    file: 'heping-report-list.html', site: SITES.heping, cms: 'gdgov', kind: 'list', layout: 'listing',
    title: '法治政府建设', column: ['政务公开', '法治政府建设'], source: '', published: '2024-02-04', time: '', infoStyle: 'none',
    govMeta: true, path: '/zwgk/fzzfjs/index.html', pageTitle: '法治政府建设_和平县人民政府', main: listMain(SITES.heping, ['政务公开', '法治政府建设']),
    note: 'column list page of reports',
  },
  {
    file: 'moyu-home.html', site: SITES.moyu, cms: 'trs', kind: 'home', layout: 'portal-home',
    title: '墨玉县人民政府', column: [], source: '', published: '2025-03-06', time: '', infoStyle: 'none', govMeta: true,
    path: '/', pageTitle: '墨玉县人民政府', main: homeMain(SITES.moyu), note: 'portal home page',
  },
  {
    file: 'luancheng-404.html', site: SITES.luancheng, cms: 'trs', kind: '404', layout: 'error-page',
    title: '404 页面不存在', column: [], source: '', published: '2025-03-21', time: '', infoStyle: 'none', govMeta: false,
    path: '/col/col3301/art/2025/art_deleted.html', pageTitle: '404 页面不存在_石家庄市栾城区人民政府', main: ERROR_MAIN, note: '404 page',
  },
  {
    file: 'haidong-2024-notice.html', site: SITES.haidong, cms: 'kaipuyun', kind: 'notice', layout: 'indented-p',
    title: '海东市司法局关于组织开展2024年度行政执法人员资格考试的通知', column: ['政务公开', '通知公告'], source: '海东市司法局',
    published: '2024-05-10', time: '16:02:33', infoStyle: 'slash', govMeta: true, path: '/zwgk/tzgg/202405/t20240510_181204.html',
    paras: NOTICE_PARAS, note: 'ordinary 通知',
    attachments: [{ name: '行政执法人员资格考试报名汇总表.doc', href: '/zwgk/tzgg/202405/P020240510600021122345.doc' }],
  },
  {
    file: 'luancheng-2024-report-request-notice.html', site: SITES.luancheng, cms: 'dahan', kind: 'notice', layout: 'indented-p',
    title: '关于做好2024年度法治政府建设情况报告工作的通知', column: ['政务公开', '通知公告'], source: '区委依法治区办',
    published: '2025-01-15', time: '10:00:00', infoStyle: 'dahan', govMeta: false, path: '/col/col3305/art/2025/art_7f3a1b0c92.html',
    paras: REQUEST_NOTICE_PARAS, note: '通知 that lists the parts a report must have',
  },
  {
    file: 'heping-demonstration-news.html', site: SITES.heping, cms: 'gdgov', kind: 'news', layout: 'indented-p',
    title: '和平县全力推进法治政府建设示范创建工作', column: ['新闻中心', '部门动态'], source: '和平县司法局',
    published: '2024-06-18', time: '09:45:20', infoStyle: 'cn-date', govMeta: true, path: '/gkmlpt/content/5/5501/post_5501233.html',
    paras: DEMO_NEWS_PARAS, note: '法治政府建设示范创建 news',
  },
  {
    file: 'moyu-2024-bureau-summary.html', site: SITES.moyu, cms: 'trs', kind: 'work-summary', layout: 'indented-p',
    title: '墨玉县司法局2024年工作总结及2025年工作计划', column: ['政务公开', '部门信息', '县司法局'], source: '墨玉县司法局',
    published: '2025-01-09', time: '12:30', infoStyle: 'dash', govMeta: false, path: '/info/1311/20250109_115820.html',
    paras: SUMMARY_PARAS, note: '部门工作总结: the same topics, parts 存在的问题 / 工作计划, but not the 年度报告',
  },
];

function buildLookalike(p: LookPlan): PageSpec {
  const url = `http://${p.site.host}${p.path}`;
  const paras = p.kind === 'interpretation' ? interpretationParas() : p.paras ?? [];
  const body = p.bodyHtml ?? renderBody(p.layout, paras);
  const html = pageShell({
    site: p.site, cms: p.cms, url, title: p.title, column: p.column, source: p.source, published: p.published,
    time: p.time, infoStyle: p.infoStyle, charset: 'utf-8', govMeta: p.govMeta, keywords: p.title,
    description: (paras[0] ?? p.title).slice(0, 80), body, attachments: p.attachments, related: p.related,
    pageTitle: p.pageTitle, main: p.main,
    comment: `Made up for Fazhi Lens tests: a look-alike that is NOT a report (${p.note})${p.relatedSeed ? `, about seed ${p.relatedSeed}` : ''}.`,
  });
  return {
    file: p.file, isReport: false, seed: null, relatedSeed: p.relatedSeed, layout: p.layout, charset: 'utf-8', url,
    govMeta: p.govMeta, title: p.title, kind: p.kind,
    // pages with no article have no publication date of their own
    published: p.main ? undefined : p.published, html,
  };
}

const LOOKALIKES = (): PageSpec[] => LOOK_PLANS.map(buildLookalike);

// ---- write --------------------------------------------------------------------------------------

function encode(page: PageSpec): Buffer {
  if (page.charset === 'utf-8') return Buffer.from(page.html, 'utf8');
  const bytes = iconv.encode(page.html, 'gbk');
  if (iconv.decode(bytes, 'gbk') !== page.html) throw new Error(`${page.file}: text not representable in GBK`);
  return bytes;
}

function main(): void {
  const pages = [...REPORTS.map(buildReport), ...LOOKALIKES()];
  fs.mkdirSync(OUT, { recursive: true });
  const index: IndexEntry[] = [];
  for (const page of pages) {
    const { html, ...entry } = page;
    void html;
    const bytes = encode(page);
    if (bytes.length > 120 * 1024) throw new Error(`${page.file}: ${bytes.length} bytes, over 120 KB`);
    fs.writeFileSync(path.join(OUT, page.file), bytes);
    index.push(JSON.parse(JSON.stringify(entry)) as IndexEntry);
  }
  fs.writeFileSync(path.join(OUT, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  console.log(`wrote ${pages.length} pages to ${path.relative(process.cwd(), OUT)}`);
}

main();

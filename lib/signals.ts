// Named signals for detection: small pure predicates over a title, a paragraph list or a URL.
// Every pattern runs on `fold(text)`: simplified characters and half-width punctuation/digits, so
// 繁體 pages (法治政府建設年度報告) and full-width text (（一）２０２４年) match the same patterns.
import { commonSimplified } from './traditional';

/** Same length as the input: the common traditional characters simplified (all our patterns need;
 * no OpenCC table in the content script), full-width ASCII half-width, ideographic space → space. */
// a local binding: transpiled to CommonJS (tsx, vitest), an imported function is a getter per call
const commonCode = commonSimplified;

export function fold(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let to = 0;
    if (code === 0x3000) to = 0x20;
    else if (code >= 0xff01 && code <= 0xff5e) to = code - 0xfee0;
    else if (code >= 0x3400) to = commonCode(code);
    if (to) {
      out += text.slice(last, i) + String.fromCharCode(to);
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

// ---------------------------------------------------------------- titles

const YEAR = '(?:20\\d\\d|二[〇零○]\\s?[一二三四五六七八九〇零○][一二三四五六七八九〇零○])';

export type TitleKind =
  | 'report' // 法治政府建设年度报告 in one of its usual wordings
  | 'kin' // same duty, near genre: 第一责任人职责情况报告, 法治建设工作报告, 法治政府建设工作总结
  | 'interpretation'
  | 'disclosure'
  | 'govwork'
  | 'plan'
  | 'notice'
  | 'news'
  | 'special' // 整改/自查/评估/督察…报告: a report on one exercise, not on the year
  | 'summary' // a unit's general 工作总结: same topics and figures, but not the 法治政府建设 report
  | 'neutral';

export const LOOKALIKE_KINDS: readonly TitleKind[] = ['interpretation', 'disclosure', 'govwork', 'plan', 'notice', 'news', 'special', 'summary'];

/** 「…法治政府建设(工作)(情况)(年度)(的)报告」: between the two, only qualifiers, no clause break
 * (joint titles run long: 「…法治政府建设暨党政主要负责人履行推进法治建设第一责任人职责情况报告」). */
export const REPORT_TITLE = /法治政府建设[^,，。;；:：!?《》“”"]{0,30}报告/;
/** Pages titled without 报告: 「XX局2023年度法治政府建设情况」. */
const REPORT_TITLE_BARE = new RegExp(`${YEAR}年度?(?:推进)?法治政府建设(?:工作)?(?:开展|进展)?情况$`);
/** A report on one exercise (整改, 自查, 评估, 督察, 示范创建申报), not on the year's work. */
const SPECIAL_TITLE = /整改|自查|自评|评估|督察|督查|调研|考核|申报|中期|专项/;
const KIN_TITLE: RegExp[] = [
  /第一责任人[^,，。;；《》]{0,8}(?:情况|述职|述法)?报告/,
  /述法(?:工作)?报告/,
  /(?:法治|依法治[县市区省州旗])建设[^,，。;；:：《》]{0,10}报告/,
  /依法行政[^,，。;；:：《》]{0,8}报告/,
  /法治政府建设[^,，。;；:：《》]{0,10}(?:工作)?总结/,
  // a 依法治县 or 法治建设 work summary answers the same duty
  /(?:依法治[县市区省州旗]|法治建设)(?:工作)?总结/,
];
const NON_GOVERNMENT = /大学|学院|学校|医院|公司|集团|协会|学会|商会|银行|律师事务所|研究院|基金会/;
const INTERPRETATION_TITLE = /解读|图解|一图读懂|图读|读懂|问答|答记者问|答问/;
const DISCLOSURE_TITLE = /信息公开[^,，。]{0,10}报告|信息公开年报/;
const GOVWORK_TITLE = /政府工作报告/;
const PLAN_TITLE = /要点|实施方案|工作方案|工作计划|任务分工|实施意见|规划|纲要|考核(?:办法|细则|指标|方案)|责任清单|任务清单|工作安排/;
const NOTICE_TITLE_END = /(?:通知|公告|通告|通报|函|批复|决定|意见|公示)$/;
const NOTICE_TITLE_START = /^关于(?:印发|报送|做好|开展|公布|公开|征集|转发|下发|调整)/;
/** Verbs and events of news about the report; a report's own title never carries them. */
const NEWS_TITLE = /发布|公布|亮出|晒出|出炉|召开|举行|举办|审议|听取|推进会|座谈会|会议|研究部署|部署|观摩|培训|签约/;

/** A <title> cut at its separators: 「文章标题_栏目_站点名」 → the article title comes first. */
export function titleSegments(title: string): string[] {
  return title
    .split(/\s*[_|｜]\s*|\s+[-–—]+\s+|\s*--+\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4);
}

/** What a single title says the page is. `title` must be folded; a trailing （全文）/(修订) is ignored. */
export function classifyTitle(title: string): TitleKind {
  const t = title.replace(/\s+/g, '').replace(/[(（\[【][^)）\]】]{0,8}[)）\]】]$/, '');
  if (!t) return 'neutral';
  if (INTERPRETATION_TITLE.test(t)) return 'interpretation';
  if (DISCLOSURE_TITLE.test(t)) return 'disclosure';
  if (GOVWORK_TITLE.test(t) && !/法治政府/.test(t)) return 'govwork';
  if (NOTICE_TITLE_START.test(t) || NOTICE_TITLE_END.test(t)) return 'notice';
  const hasReport = REPORT_TITLE.test(t) || REPORT_TITLE_BARE.test(t);
  const hasKin = !hasReport && KIN_TITLE.some((re) => re.test(t));
  if (hasReport || hasKin) {
    // the duty falls on governments, party committees and their departments: a university's or a
    // company's 「服务法治政府建设工作总结」 is that unit's own summary
    if (NON_GOVERNMENT.test(t) || /服务(?:于)?法治政府建设/.test(t)) return 'summary';
    // a title quoting the report in 《》 with words around it is about the report, not the report
    const quoted = /《([^》]*)》/.exec(t);
    if (quoted && t.replace(quoted[0], '').replace(/[的了,，:：\s]/g, '').length >= 2) return 'news';
    if (NEWS_TITLE.test(t)) return 'news';
    if (SPECIAL_TITLE.test(t)) return 'special';
    // 「…工作总结及2025年工作安排」「关于…工作要点落实情况的报告」 report on the year despite the plan words
    return hasReport ? 'report' : 'kin';
  }
  if (/工作总结|年终总结|述职报告/.test(t)) return 'summary';
  if (PLAN_TITLE.test(t)) return 'plan';
  return 'neutral';
}

export const TITLE_REASON: Record<TitleKind, string> = {
  report: '标题含"法治政府建设…报告"',
  kin: '标题为同类报告(第一责任人履职报告/法治建设报告/工作总结),按年度报告的近亲处理',
  interpretation: '标题为"解读",是对报告的解读而非报告本身',
  disclosure: '标题为"政府信息公开工作年度报告",不是法治政府建设年度报告',
  govwork: '标题为"政府工作报告",不是法治政府建设年度报告',
  plan: '标题为"工作要点/方案/计划",是工作安排而非年度报告',
  notice: '标题为通知/公告,是关于报告的公文而非报告本身',
  news: '标题引用或报道报告,是关于报告的新闻',
  special: '标题为整改/自查/评估/督察等专项报告,不是年度报告',
  summary: '标题为单位工作总结,不是法治政府建设年度报告',
  neutral: '',
};

// ---------------------------------------------------------------- body

const MARKER = /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\s*[、.．](?!\d)|第[一二三四五六七八九十]+部分\s*[,，:：、]?)\s*/;
const RANK1 = /^\s*([一二三四五六七八九十]{1,3})\s*[、.．]/;

export type Part = 'measures' | 'problems' | 'leader_duty' | 'next_year';

const PART_HEADING: Record<Part, RegExp> = {
  measures: /主要(?:举措|措施|工作|做法|成效)|(?:举措|措施|做法)(?:和|及|与)(?:成效|成绩)|工作(?:开展)?情况|取得的(?:主要)?(?:成效|成绩)|推进法治政府建设(?:工作)?的?(?:情况|成效)/,
  problems: /存在的?(?:主要)?(?:问题|不足)|(?:问题|不足)(?:和|及|与)(?:原因|不足|差距)|不足(?:之处)?(?:和|及|与)?原因|差距(?:和|及|与)不足/,
  leader_duty: /第一责任人|履行推进法治建设|加强法治政府建设的有关情况/,
  next_year: new RegExp(`下一步|下一年度|下步工作|今后(?:工作)?|${YEAR}年度?的?(?:工作)?(?:打算|安排|思路|计划|重点)|工作(?:打算|思路|安排|计划)`),
};
/** Parts that often start without a heading, with a sentence of their own. */
const PART_OPENING: Partial<Record<Part, RegExp>> = {
  problems: /(?:取得了?(?:一定|一些|明显|较好)?的?(?:成绩|成效|进展)|有所提升|较好地完成).{0,40}(?:但|然而).{0,40}(?:差距|不足|问题|短板|薄弱)/,
  next_year: new RegExp(`^(?:下一步|下步|下一年度|今后|${YEAR}年度?[,，]\\s*(?:我|全)?[^,，。]{0,12}将)`),
};
export const PART_LABEL: Record<Part, string> = {
  measures: '主要举措和成效',
  problems: '存在的问题',
  leader_duty: '第一责任人职责',
  next_year: '下一步',
};

/** The heading a paragraph opens with: its own line, or the first sentence of a run-in paragraph. */
function headingOf(p: string): string | null {
  const m = MARKER.exec(p);
  const rest = m ? p.slice(m[0].length) : p;
  if (!m && p.length > 40) return null;
  const cut = rest.search(/[。;；:：!?]/);
  return (cut >= 0 ? rest.slice(0, cut) : rest).slice(0, 40);
}

const PARTS = Object.keys(PART_HEADING) as Part[];

/** The canonical parts of an annual report that the paragraphs show. Paragraphs must be folded. */
export function partsFound(paragraphs: readonly string[]): Part[] {
  const found = new Set<Part>();
  for (const p of paragraphs) {
    if (p.length <= 60 && REPORT_TITLE.test(p)) continue; // the title line names no part
    const head = headingOf(p);
    const opening = p.length > 100 ? p.slice(0, 100) : p;
    for (const part of PARTS) {
      if (found.has(part)) continue;
      if (head !== null && PART_HEADING[part].test(head)) found.add(part);
      else if (PART_OPENING[part]?.test(opening)) found.add(part);
    }
    if (found.size === PARTS.length) break;
  }
  return [...found];
}

/** 「2024年,…」「一年来,…」 in the first real paragraphs, or 「现将…报告如下」 anywhere: the words found. */
export function reportOpening(paragraphs: readonly string[]): string | null {
  const opener = new RegExp(`^(?:${YEAR}年度?(?:以来)?[,，]|(?:一年来|今年以来|过去一年|${YEAR}年以来)[,，]?)`);
  let seen = 0;
  for (const p of paragraphs) {
    if (p.length < 40) continue;
    const m = opener.exec(p);
    if (m) return `${m[0]}…`;
    if (++seen >= 4) break;
  }
  for (const p of paragraphs) {
    const m = /(?:现将|特将|现就|现把).{0,24}(?:报告|汇报)如下/.exec(p);
    if (m) return m[0];
  }
  return null;
}

export function countMatches(paragraphs: readonly string[], re: RegExp): number {
  return paragraphs.join('\n').match(new RegExp(re.source, 'g'))?.length ?? 0;
}

/** Distinct 一、二、三、 headings: the report's top rank. */
export function rank1Headings(paragraphs: readonly string[]): number {
  const seen = new Set<string>();
  for (const p of paragraphs) {
    const m = RANK1.exec(p);
    if (m) seen.add(m[1]);
  }
  return seen.size;
}

export type BodyKind = Exclude<TitleKind, 'report' | 'kin' | 'neutral' | 'notice' | 'special' | 'summary'>;

/** The vocabulary of each look-alike's body; a kind counts when enough distinct cues occur. */
const BODY_CUES: Record<BodyKind, { cues: RegExp[]; min: number; reason: string }> = {
  plan: {
    cues: [/总体要求/, /主要任务/, /保障措施/, /工作目标/, /(?:牵头|责任|配合)单位[:：]/, /完成时限|时间节点/, /结合.{0,8}实际,?制定本/],
    min: 2,
    reason: '正文含"总体要求""责任单位"等工作要点用语',
  },
  disclosure: {
    cues: [/主动公开政府信息(?:情况)?/, /收到和处理政府信息公开申请情况/, /政府信息公开行政复议/, /信息公开.{0,4}行政诉讼情况/, /政府信息公开工作存在的主要问题/, /统计期限/],
    min: 2,
    reason: '正文为政府信息公开年度报告的固定栏目',
  },
  govwork: {
    cues: [/各位代表/, /请予审议/, /请各位政协委员/, /本次会议审议/],
    min: 1,
    reason: '正文含"各位代表""请予审议",是政府工作报告',
  },
  news: {
    cues: [/记者/, /通讯员/, /日前[,，]/, /近日[,，]/, /据了解/, /据悉/, /会议(?:指出|强调|要求|认为)/, /会上[,，]/, /责任编辑|编辑[:：]/],
    min: 2,
    reason: '正文含"记者""近日""会议强调"等新闻用语',
  },
  interpretation: {
    cues: [/解读/, /起草背景|制定背景|出台背景|编制背景/, /主要内容/, /名词解释/, /解读(?:机关|人|单位)/, /(?:文件|报告)的?(?:主要)?(?:亮点|特点)/],
    min: 2,
    reason: '正文含"解读""起草背景"等解读用语',
  },
};

export function bodyLookalikes(paragraphs: readonly string[]): Array<{ kind: BodyKind; reason: string }> {
  const out: Array<{ kind: BodyKind; reason: string }> = [];
  const all = paragraphs.join('\n'); // one scan per cue, not one per paragraph
  for (const kind of Object.keys(BODY_CUES) as BodyKind[]) {
    const { cues, min, reason } = BODY_CUES[kind];
    const hits = cues.filter((re) => re.test(all)).length;
    if (hits >= min) out.push({ kind, reason });
  }
  return out;
}

// 「现将《XX县2024年法治政府建设年度报告》予以公布」「全文详见附件」: a page that publishes the report as a file
const PUBLISHED_AS_FILE = /予以(?:公布|公开|发布)|向社会(?:公布|公开|发布)|现予(?:公布|公开|印发)|(?:全文|报告|具体内容)?(?:详见|请见|见)附件|请(?:点击)?下载附件/;
const FILE_NAME = /\.(?:pdf|docx?|wps|ofd|xlsx?)\s*$|报告/i;

/** The attachment a page publishes the report in, when its text says so: the attachment's name when a
 * link gives it, '' when none does; null when the text does not point to an attachment. */
export function publishedAsFile(paragraphs: readonly string[], links: readonly string[]): string | null {
  if (!paragraphs.some((p) => PUBLISHED_AS_FILE.test(p))) return null;
  return links.find((l) => l.length <= 80 && FILE_NAME.test(l) && /\.|附件/.test(l)) ?? '';
}

/** A line that is nothing but a report's title (and maybe a date): an entry of a list of reports. */
export function isReportTitleLine(line: string): boolean {
  if (line.length > 120 || !/报告|总结/.test(line)) return false;
  const t = line.replace(/\s+/g, '').replace(/[[(（【]?\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?[\])）】]?/g, '');
  if (t.length < 8 || t.length > 60 || /[。;；]/.test(t)) return false;
  const kind = classifyTitle(t);
  return kind === 'report' || kind === 'kin';
}

// ---------------------------------------------------------------- site

export type Site = { official: true; why: 'host' | 'siteid'; host: string | null } | { official: false; host: string | null };

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

export function isGovHost(host: string | null): boolean {
  return !!host && (host === 'gov.cn' || host.endsWith('.gov.cn'));
}

export function siteOf(url: string | null | undefined, tags: Readonly<Record<string, string>>): Site {
  const host = hostOf(url);
  if (isGovHost(host)) return { official: true, why: 'host', host };
  // 网站标识码 is issued to every 党政机关 site, also those off .gov.cn (人大, 党委, 政协 portals)
  if (/^\s*[0-9A-Za-z]{6,}\s*$/.test(tags.siteidcode ?? '')) return { official: true, why: 'siteid', host };
  return { official: false, host };
}

/** Portals file 解读 under a column whose path says so (zcjd = 政策解读). */
export function interpretationPath(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    return /\/(?:zcjd|jiedu|zcwjjd|wjjd)(?:\/|_|$)/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

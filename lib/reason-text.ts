// The verdict's reasons in English. Detection and extraction write their reasons in Chinese (they are
// part of the report object, the analyze command's output and saved records); the panel shows them in
// the UI language, so the English UI renders each known reason here. Words quoted from the page
// (titles, column names, host names) stay as the page wrote them.
import { PART_LABEL, TITLE_REASON, type Part, type TitleKind } from './signals';

const TITLE_KIND_EN: Record<Exclude<TitleKind, 'neutral'>, string> = {
  report: 'The title says "法治政府建设…报告" (annual report on law-based government)',
  kin: 'The title names a close kin of the annual report (first-responsible-person report, rule-of-law report, work summary), treated as one',
  interpretation: 'The title says "解读": an interpretation of the report, not the report',
  disclosure: 'The title names a government information disclosure annual report, not this report',
  govwork: 'The title names a government work report (政府工作报告), not this report',
  plan: 'The title names work points, a plan or a programme: plans, not the annual report',
  notice: 'The title is a notice or announcement about the report, not the report',
  news: 'The title quotes or reports on the report: news about it',
  special: 'The title names a one-off report (rectification, self-inspection, evaluation, inspection), not the annual report',
  summary: "The title names a unit's general work summary, not the annual report",
};

const PART_EN: Record<Part, string> = {
  measures: 'measures and results',
  problems: 'problems',
  leader_duty: 'first-responsible-person duties',
  next_year: 'next steps',
};

type Rule = [RegExp, (m: RegExpExecArray) => string];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const partsEn = (names: string) =>
  [...names.matchAll(/"([^"]+)"/g)]
    .map(([, zh]) => {
      const part = (Object.keys(PART_LABEL) as Part[]).find((p) => PART_LABEL[p] === zh);
      return part ? PART_EN[part] : zh;
    })
    .join(', ');

const RULES: Rule[] = [
  ...(Object.keys(TITLE_KIND_EN) as Array<keyof typeof TITLE_KIND_EN>).map(
    (kind): Rule => [new RegExp(`^${escape(TITLE_REASON[kind])}:(「.*」)$`, 's'), (m) => `${TITLE_KIND_EN[kind]}: ${m[1]}`],
  ),
  [/^官方网站\(\.gov\.cn\):(.+)$/, (m) => `Official site (.gov.cn): ${m[1]}`],
  [/^页面含网站标识码\(SiteIDCode\),为党政机关网站$/, () => 'The page carries a site ID code (SiteIDCode): a Party or government site'],
  [/^非政府网站转载\((.+)\)$/, (m) => `Reprinted on a site that is not a government's (${m[1]})`],
  [/^栏目为"(.*)",是解读栏目$/s, (m) => `Filed under "${m[1]}", an interpretation column`],
  [/^栏目为"(.*)"$/s, (m) => `Filed under the column "${m[1]}"`],
  [/^正文有年度报告的开头\("(.*)"\)$/s, (m) => `The body opens as an annual report does ("${m[1]}")`],
  [/^正文(\d+)次提及"法治政府建设"$/, (m) => `The body mentions "法治政府建设" ${m[1]} times`],
  [/^正文提及"法治政府建设"$/, () => 'The body mentions "法治政府建设"'],
  [/^正文含((?:"[^"]+")+)等年度报告部分$/, (m) => `The body has the annual report's parts: ${partsEn(m[1])}`],
  [/^正文含((?:"[^"]+")+)部分$/, (m) => `The body has a part of an annual report: ${partsEn(m[1])}`],
  [/^正文有"一、二、…"分级标题\((\d+)个\)$/, (m) => `The body has ${m[1]} numbered top-level headings (一、二、…)`],
  [/^标题和正文均未提及法治政府建设$/, () => 'Neither the title nor the body mentions "法治政府建设"'],
  [/^页面为报告列表:(\d+)个条目是报告标题,没有报告正文$/, (m) => `A list of reports: ${m[1]} entries are report titles, and there is no report body`],
  [/^链接文字占(\d+)%,像导航或列表页$/, (m) => `Links are ${m[1]}% of the text: a navigation or list page`],
  [/^报告全文在附件中,页面只是发布说明:(「.*」)$/s, (m) => `The report is in an attachment; the page only announces it: ${m[1]}`],
  [/^报告全文在附件中,页面只是发布说明$/, () => 'The report is in an attachment; the page only announces it'],
  [/^页面几乎没有正文\((\d+)字\)$/, (m) => `The page has almost no body text (${m[1]} characters)`],
  [/^页面是错误提示页\(页面不存在或已删除\)$/, () => 'The page is an error page (not found or removed)'],
  [/^网址位于政策解读栏目\(zcjd\)$/, () => 'The address is in a policy interpretation column (zcjd)'],
  [/^无报告标题,仅凭正文判断$/, () => 'No report title: judged on the body alone'],
  [/^提取正文后复核:置信度([\d.]+)→([\d.]+)$/, (m) => `Checked again on the extracted text: confidence ${m[1]} → ${m[2]}`],
  [/^正文含"总体要求""责任单位"等工作要点用语$/, () => 'The body uses the words of a work plan ("总体要求", "责任单位")'],
  [/^正文为政府信息公开年度报告的固定栏目$/, () => 'The body has the fixed sections of an information disclosure annual report'],
  [/^正文含"各位代表""请予审议",是政府工作报告$/, () => 'The body says "各位代表", "请予审议": a government work report'],
  [/^正文含"记者""近日""会议强调"等新闻用语$/, () => 'The body uses the words of news ("记者", "近日", "会议强调")'],
  [/^正文含"解读""起草背景"等解读用语$/, () => 'The body uses the words of an interpretation ("解读", "起草背景")'],
  [/^页面元素过多（(\d+)），未运行 Readability，取最大文本块$/, (m) => `The page has too many elements (${m[1]}): Readability not run, the largest text block taken`],
  [/^Readability 未识别出正文，取最大文本块$/, () => 'Readability found no article: the largest text block taken'],
  [/^Readability 只取到片段（(\d+)\/(\d+) 字），改取最大文本块$/, (m) => `Readability found only a fragment (${m[1]}/${m[2]} characters): the largest text block taken`],
  [/^页面没有可提取的正文$/, () => 'The page has no text to extract'],
];

/** A reason in English, or null for one this version does not know (shown as written). */
export function reasonInEnglish(reason: string): string | null {
  for (const [re, render] of RULES) {
    const m = re.exec(reason);
    if (m) return render(m);
  }
  return null;
}

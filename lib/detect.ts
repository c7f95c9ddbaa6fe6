// Is this page (or text) a 法治政府建设年度报告? Runs in the content script on every *.gov.cn page at
// document idle, so it reads only cheap things: the titles, the gov meta tags in <head>, the URL and a
// bounded sample of the body (a capped walk, never Readability, never the whole of a huge DOM).
//
// Confidence is the probability that the page IS a report (so look-alikes score low), and
// isReport ⇔ confidence ≥ 0.5. Signals add log-odds; each fired signal leaves a readable reason.
// Close kin (第一责任人职责情况报告, 部门"法治建设工作报告", "法治政府建设工作总结") answer the same
// duty under the same rules and carry the same parts, so they are reports, capped at KIN_CAP.
import { isChromeLine } from './chrome';
import {
  LOOKALIKE_KINDS,
  PART_LABEL,
  TITLE_REASON,
  bodyLookalikes,
  classifyTitle,
  countMatches,
  fold,
  interpretationPath,
  isReportTitleLine,
  partsFound,
  publishedAsFile,
  rank1Headings,
  reportOpening,
  siteOf,
  titleSegments,
  type TitleKind,
} from './signals';
import type { Detection, Extraction } from './types';

const PRIOR = -2.5; // most pages on a gov portal are not annual reports
const KIN_CAP = 0.75;
const BODY_ONLY_CAP = 0.85; // without a title we cannot tell a report from a well-written 总结
const MAX_CHARS = 80_000; // body text sampled from a page or a text (reports run 5–30 k characters)
const MAX_NODES = 40_000;
const QUICK_CHARS = 6_000;
const NO_BODY_CHARS = 150; // a report runs thousands of characters; this is an error page's worth
const ERROR_PAGE = /404|页面不存在|页面已删除|已被删除|无法找到|找不到(?:该|此)?页面|访问的页面|页面未找到|Not Found/i; // a page whose title never mentions 法治 gets this much before we give up

/** What detection reads from a page: titles, meta, and a bounded text sample. */
interface Evidence {
  titles: string[]; // folded, most trustworthy first; the first that says anything decides
  paragraphs: string[]; // folded non-link text blocks, chrome lines dropped
  links: string[]; // folded link texts
  linkChars: number;
  textChars: number;
  tags: Record<string, string>;
  url: string | null;
  fromPage: boolean;
}

interface Signal {
  weight: number;
  reason: string;
}

// ---------------------------------------------------------------- reading a page cheaply

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'select', 'option', 'textarea', 'object', 'canvas', 'video', 'audio', 'head']);
const BLOCK = new Set([
  'p', 'div', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'section', 'article', 'table', 'tbody',
  'thead', 'ul', 'ol', 'dl', 'dd', 'dt', 'blockquote', 'pre', 'header', 'footer', 'nav', 'aside', 'main', 'form', 'center', 'hr',
]);
const TITLE_ISH = /title|biaoti|headline|(?:^|[\s_-])(?:bt|tit)(?:$|[\s_\d-])/i;

/** head, body and title, or nothing: a document without a root element (an empty or text-only
 * response) has none, and some DOMs (linkedom) throw on doc.head/doc.body/doc.title then. */
function docParts(doc: Document): { head: HTMLHeadElement | null; root: Node | null; title: string } {
  if (!doc.documentElement) return { head: null, root: null, title: '' };
  return { head: doc.head ?? null, root: doc.body ?? doc.documentElement, title: doc.title ?? '' };
}

/** gov meta tags (ArticleTitle, ColumnName, SiteIDCode…) by lower-cased name; only <head> is read. */
function readTags(head: HTMLHeadElement | null): Record<string, string> {
  const tags: Record<string, string> = {};
  const metas = head?.getElementsByTagName('meta');
  if (!metas) return tags;
  for (let i = 0; i < metas.length && i < 200; i++) {
    const name = (metas[i].getAttribute('name') ?? '').trim().toLowerCase();
    const content = (metas[i].getAttribute('content') ?? '').trim();
    if (name && content && !(name in tags)) tags[name] = content;
  }
  return tags;
}

interface Sample {
  paragraphs: string[];
  links: string[];
  titleTexts: string[];
  linkChars: number;
  textChars: number;
}

// nodeName and toLowerCase each allocate per element (linkedom upper-cases nodeName on every read);
// localName is stored, and a name seen once is kept lower-cased
const LOWER = new Map<string, string>();
function nameOf(el: Element): string {
  const name = el.localName ?? '';
  let lower = LOWER.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    LOWER.set(name, lower);
  }
  return lower;
}

/** An attribute's value, or ''. Through the Attr node: linkedom's getAttribute('class') builds a
 * DOMTokenList per element, and this runs on every element of the page. */
function attr(el: Element, name: string): string {
  return el.getAttributeNode(name)?.value ?? '';
}

/** Walk the body in document order until maxChars of text or MAX_NODES nodes, keeping link text apart. */
function samplePage(root: Node | null, maxChars: number): Sample {
  const out: Sample = { paragraphs: [], links: [], titleTexts: [], linkChars: 0, textChars: 0 };
  if (!root) return out;
  let para = '';
  let link = '';
  let linkDepth = 0;
  let capture: Node | null = null;
  let captured = '';
  const flush = () => {
    const p = para.replace(/\s+/g, ' ').trim();
    if (p) out.paragraphs.push(p);
    para = '';
  };
  const enter = (el: Element, name: string) => {
    if (BLOCK.has(name)) flush();
    if (name === 'a') linkDepth++;
    // a title inside a link is a sidebar or related item (「…报告》解读」 next to the report), not this page's
    if (!capture && linkDepth === 0 && name !== 'a' && out.titleTexts.length < 8) {
      if (name === 'h1' || (el.hasAttributes() && TITLE_ISH.test(`${attr(el, 'class')} ${attr(el, 'id')}`))) {
        capture = el;
        captured = '';
      }
    }
  };
  const leave = (node: Node, name: string) => {
    if (name === 'a' && linkDepth > 0) {
      linkDepth--;
      if (linkDepth === 0) {
        const t = link.replace(/\s+/g, ' ').trim();
        if (t) out.links.push(t);
        link = '';
      }
    }
    if (BLOCK.has(name)) flush();
    if (capture === node) {
      const t = captured.replace(/\s+/g, '').trim();
      if (t.length >= 6 && t.length <= 120) out.titleTexts.push(t);
      capture = null;
    }
  };
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node && visited++ < MAX_NODES && out.textChars < maxChars) {
    let descend = false;
    if (node.nodeType === 1) {
      const name = nameOf(node as Element);
      if (!SKIP.has(name)) {
        enter(node as Element, name);
        if (node.firstChild) descend = true;
        else leave(node, name);
      }
    } else if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      out.textChars += t.length;
      if (capture && captured.length < 200) captured += t;
      if (linkDepth > 0) {
        out.linkChars += t.length;
        if (link.length < 200) link += t;
      } else para += t;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) leave(node, nameOf(node as Element));
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  flush();
  return out;
}

/** ArticleTitle, then <title> (CMSs write 「文章标题_站点名」), then what looks like a visible title. */
function pageTitles(docTitle: string, tags: Record<string, string>, visible: string[]): string[] {
  const titles: string[] = [];
  if (tags.articletitle) titles.push(tags.articletitle);
  titles.push(...titleSegments(docTitle));
  titles.push(...visible);
  return titles.map(fold);
}

function pageEvidence(docTitle: string, url: string | null, sample: Sample, tags: Record<string, string>): Evidence {
  return {
    titles: pageTitles(docTitle, tags, sample.titleTexts),
    paragraphs: sample.paragraphs.filter((p) => !isChromeLine(p)).map(fold),
    links: sample.links.map(fold),
    linkChars: sample.linkChars,
    textChars: sample.textChars,
    tags,
    url,
    fromPage: true,
  };
}

/** A text's title: the short, sentence-less lines above its body (seeds 000 and 004 have none). */
function textTitles(lines: readonly string[]): string[] {
  const titles: string[] = [];
  let seen = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || isChromeLine(line)) continue;
    if (++seen > 6) break;
    if (line.length > 60 || /[。;；]/.test(line) || (line.match(/[,，]/g)?.length ?? 0) > 1) break;
    titles.push(line);
  }
  return titles;
}

/** `clean`: the text is an extraction's, its lines already trimmed and without chrome. */
function textEvidence(text: string, url: string | null, title: string | null, tags: Record<string, string> = {}, clean = false): Evidence {
  const sample = text.slice(0, MAX_CHARS);
  const lines = sample.split('\n');
  const titles = [...(title ? [title] : []), ...textTitles(lines)];
  // fold is per character and never makes or removes a line break: fold once, split once
  const paragraphs = clean
    ? fold(sample).split('\n').map((l) => l.trim()).filter((l) => l !== '')
    : lines.map((l) => l.trim()).filter((l) => l && !isChromeLine(l)).map(fold);
  return {
    titles: titles.map(fold),
    paragraphs,
    links: [],
    linkChars: 0,
    textChars: Math.min(text.length, MAX_CHARS),
    tags,
    url,
    fromPage: false,
  };
}

// ---------------------------------------------------------------- judging the evidence

function short(title: string): string {
  return title.length > 40 ? `${title.slice(0, 40)}…` : title;
}

/** The first title that says anything, most trustworthy source first. */
function titleVerdict(titles: readonly string[]): { kind: TitleKind; title: string | null } {
  for (const t of titles) {
    const kind = classifyTitle(t);
    if (kind !== 'neutral') return { kind, title: t };
  }
  return { kind: 'neutral', title: null };
}

function siteSignal(ev: Evidence): Signal | null {
  const site = siteOf(ev.url, ev.tags);
  if (site.official) {
    return site.why === 'host'
      ? { weight: 0.6, reason: `官方网站(.gov.cn):${site.host}` }
      : { weight: 0.5, reason: '页面含网站标识码(SiteIDCode),为党政机关网站' };
  }
  if (site.host) return { weight: 0, reason: `非政府网站转载(${site.host})` };
  return null;
}

function columnSignal(tags: Record<string, string>): Signal | null {
  const col = fold(tags.columnname ?? '');
  if (!col) return null;
  if (/解读/.test(col)) return { weight: -2, reason: `栏目为"${col}",是解读栏目` };
  if (/信息公开(?:工作)?年(?:度)?报/.test(col)) return { weight: -2, reason: `栏目为"${col}"` };
  if (/法治政府|依法行政|法治建设/.test(col)) return { weight: 0.4, reason: `栏目为"${col}"` };
  return null;
}

interface BodyView {
  signals: Signal[];
  strong: boolean; // reads like a report body on its own
  mentionsFazhi: boolean;
  parts: number; // canonical parts found
}

function bodySignals(paragraphs: readonly string[]): BodyView {
  const signals: Signal[] = [];
  const opening = reportOpening(paragraphs);
  if (opening) signals.push({ weight: 0.8, reason: `正文有年度报告的开头("${opening}")` });
  const fazhi = countMatches(paragraphs, /法治政府建设/);
  if (fazhi >= 3) signals.push({ weight: 0.8, reason: `正文${fazhi}次提及"法治政府建设"` });
  else if (fazhi >= 1) signals.push({ weight: 0.3, reason: `正文提及"法治政府建设"` });
  const parts = partsFound(paragraphs);
  if (parts.length > 0) {
    const weight = parts.length >= 3 ? 1.4 : parts.length === 2 ? 0.9 : 0.3;
    const names = parts.map((p) => `"${PART_LABEL[p]}"`).join('');
    signals.push({ weight, reason: `正文含${names}${parts.length > 1 ? '等年度报告部分' : '部分'}` });
  }
  const rank1 = rank1Headings(paragraphs);
  if (rank1 >= 2) signals.push({ weight: 0.3, reason: `正文有"一、二、…"分级标题(${rank1}个)` });
  const strong = opening !== null && fazhi >= 1 && parts.length >= 2;
  const mentionsFazhi = fazhi > 0 || paragraphs.some((p) => /法治/.test(p));
  return { signals, strong, mentionsFazhi, parts: parts.length };
}

const BODY_LOOKALIKE_WEIGHT = { plan: -2.5, disclosure: -4, govwork: -4, news: -1.5, interpretation: -2.5 } as const;

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function verdict(signals: Signal[], cap = 1): Detection {
  const logit = signals.reduce((s, x) => s + x.weight, PRIOR);
  const confidence = Math.round(Math.min(cap, Math.max(0.01, Math.min(0.99, logistic(logit)))) * 100) / 100;
  return { isReport: confidence >= 0.5, confidence, reasons: signals.map((s) => s.reason).filter(Boolean) };
}

function judge(ev: Evidence): Detection {
  const signals: Signal[] = [];
  const { kind, title } = titleVerdict(ev.titles);
  const site = siteSignal(ev);
  const column = columnSignal(ev.tags);

  if (LOOKALIKE_KINDS.includes(kind)) {
    signals.push({ weight: -5, reason: `${TITLE_REASON[kind]}:「${short(title ?? '')}」` });
    if (site) signals.push(site);
    return verdict(signals);
  }
  if (kind === 'report' || kind === 'kin') {
    signals.push({ weight: kind === 'report' ? 4 : 3, reason: `${TITLE_REASON[kind]}:「${short(title ?? '')}」` });
  }

  const body = bodySignals(ev.paragraphs);
  if (kind === 'neutral' && !body.mentionsFazhi && !ev.titles.some((t) => /法治/.test(t))) {
    return verdict([{ weight: -2, reason: '标题和正文均未提及法治政府建设' }, ...(site ? [site] : [])]);
  }
  signals.push(...body.signals);

  // a list of reports: several links (or lines) that are report titles, and no report body around them
  const titleLinks = ev.links.filter(isReportTitleLine).length + (ev.fromPage ? 0 : ev.paragraphs.filter(isReportTitleLine).length);
  if (titleLinks >= 3 && !body.strong) {
    signals.push({ weight: -6, reason: `页面为报告列表:${titleLinks}个条目是报告标题,没有报告正文` });
  } else if (ev.fromPage && ev.textChars > 0 && ev.linkChars / ev.textChars > 0.6 && !body.strong) {
    signals.push({ weight: -2, reason: `链接文字占${Math.round((ev.linkChars / ev.textChars) * 100)}%,像导航或列表页` });
  }

  // a title with no body under it: an error page, a body that failed to load, an <iframe> of
  // another site. A title alone does not make a report
  const bodyChars = ev.paragraphs.reduce((n, p) => n + p.length, 0);
  if (bodyChars < NO_BODY_CHARS) signals.push({ weight: -5, reason: `页面几乎没有正文(${bodyChars}字)` });
  else if (bodyChars < 600 && ERROR_PAGE.test(ev.paragraphs.join('\n'))) signals.push({ weight: -5, reason: '页面是错误提示页(页面不存在或已删除)' });

  // a notice that publishes the report as an attachment: the page has the title, not the report
  const file = !body.strong && body.parts < 2 ? publishedAsFile(ev.paragraphs, ev.links) : null;
  if (file !== null) signals.push({ weight: -4, reason: file ? `报告全文在附件中,页面只是发布说明:「${short(file)}」` : '报告全文在附件中,页面只是发布说明' });

  for (const look of bodyLookalikes(ev.paragraphs)) {
    // a report's own body may mention 解读 or a meeting; only a body without report parts is damned by it
    const weight = body.strong && (look.kind === 'news' || look.kind === 'interpretation') ? 0 : BODY_LOOKALIKE_WEIGHT[look.kind];
    if (weight) signals.push({ weight, reason: look.reason });
  }
  if (interpretationPath(ev.url)) signals.push({ weight: -1.5, reason: '网址位于政策解读栏目(zcjd)' });
  if (column) signals.push(column);
  if (site) signals.push(site);

  const cap = kind === 'kin' ? KIN_CAP : kind === 'neutral' ? BODY_ONLY_CAP : 1;
  if (kind === 'neutral' && body.strong) signals.push({ weight: 0, reason: '无报告标题,仅凭正文判断' });
  return verdict(signals, cap);
}

// ---------------------------------------------------------------- public API

/** Cheap verdict on a whole page (or a text): never runs Readability. */
export function detect(input: Document | string, url?: string | null): Detection {
  if (typeof input === 'string') return judge(textEvidence(input, url ?? null, null));
  const { head, root, title } = docParts(input);
  const tags = readTags(head);
  const looksRelevant = [tags.articletitle ?? '', title, tags.columnname ?? '', tags.keywords ?? ''].some((t) => /法治|依法行政|第一责任人/.test(fold(t)));
  // a page whose head never mentions 法治 gets a short look only: portal home pages, news lists, notices
  let sample = samplePage(root, looksRelevant ? MAX_CHARS : QUICK_CHARS);
  if (!looksRelevant && (sample.titleTexts.some((t) => /法治/.test(fold(t))) || sample.paragraphs.some((p) => /法治/.test(fold(p))))) {
    sample = samplePage(root, MAX_CHARS);
  }
  return judge(pageEvidence(title, url ?? null, sample, tags));
}

function toLogit(c: number): number {
  const p = Math.min(0.99, Math.max(0.01, c));
  return Math.log(p / (1 - p));
}

/**
 * The verdict after extraction, on the article's own title and text. The extracted text is the body
 * without the portal around it, so it weighs more than the page sample; the first verdict still
 * counts for what extraction cannot see (links, a body cut off by the sample cap).
 */
export function refine(first: Detection, ex: Extraction): Detection {
  const title = ex.title ?? ex.page.tags.articletitle ?? ex.page.visibleTitle ?? null;
  // a page's extraction is already cut into trimmed lines with the chrome stripped (extract.ts)
  const ev = textEvidence(ex.text, ex.page.url, title, ex.page.tags, ex.method !== 'text');
  if (ex.page.docTitle) ev.titles.push(...titleSegments(ex.page.docTitle).map(fold));
  const second = judge(ev);
  const confidence = Math.round(logistic(0.4 * toLogit(first.confidence) + 0.6 * toLogit(second.confidence)) * 100) / 100;
  // the second view repeats most signals with other counts (「正文14次…」「正文13次…」): keep one of each
  const family = (r: string) => r.replace(/\d+/g, '#');
  const seen = new Set(first.reasons.map(family));
  const reasons = [...first.reasons];
  for (const r of second.reasons) {
    // and a reason the first view gave in full (with an attachment's name) is not given again bare
    if (!seen.has(family(r)) && !first.reasons.some((f) => f.startsWith(r))) reasons.push(r);
    seen.add(family(r));
  }
  if (Math.abs(confidence - first.confidence) >= 0.1) reasons.push(`提取正文后复核:置信度${first.confidence.toFixed(2)}→${confidence.toFixed(2)}`);
  reasons.push(...ex.reasons);
  return { isReport: confidence >= 0.5, confidence, reasons };
}

// Page → article: Readability on a clone (the live page is never touched), its content walked into
// paragraph lines ourselves (Readability's textContent loses them), portal chrome stripped, and a
// largest-text-block fallback for the table, <br>-only and short layouts Readability gets wrong.
import { Readability } from '@mozilla/readability';
import type { Extraction, PageMeta } from './types';
import { isChromeLine, isRelatedLinksHeading } from './chrome';
import { simplifyCommon } from './traditional';

/** Readability scans the whole document several times; beyond this it is slow, and the fallback is linear. */
const MAX_ELEMS_FOR_READABILITY = 10_000;
/** Chinese packs a paragraph into fewer characters than Readability's English default of 500 expects. */
const CHAR_THRESHOLD = 200;

const INFO_LABEL = /(来源|发布时间|发布日期|发文日期|成文日期|更新时间)\s*[:：]/;

/** What the page itself says: gov meta tags, <title>, the visible title, the info line. */
export function readPageMeta(doc: Document, url?: string | null, survey: PageSurvey | null = safe(() => surveyPage(doc)) ?? null): PageMeta {
  const tags: Record<string, string> = {};
  try {
    const metas = doc.getElementsByTagName('meta');
    for (let i = 0; i < metas.length; i++) {
      const m = metas[i] as Element;
      const name = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('http-equiv') ?? '').trim().toLowerCase();
      const content = collapse(m.getAttribute('content') ?? '');
      if (name && content && !(name in tags)) tags[name] = content;
    }
  } catch {
    // a malformed head leaves tags empty; the rest still works
  }
  const docTitle = safe(() => collapse(doc.title ?? '')) || null;
  const visibleTitle = survey ? (safe(() => pickVisibleTitle(survey.titles, tags['articletitle'] ?? null, docTitle)) ?? null) : null;
  const infoLine = survey ? pickInfoLine(survey.infoLines) : null;
  return { tags, docTitle, visibleTitle, infoLine, url: url ?? null };
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** What one walk over the page finds: everything extraction reads from the page besides Readability. */
interface PageSurvey {
  /** elements under <body> (or the root when there is none), as Readability would count them */
  elements: number;
  /** visible characters of body.textContent (whitespace not counted) */
  bodyChars: number;
  /** texts of the headings and title-marked elements, in page order */
  titles: string[];
  /** short blocks holding 来源：/发布时间：…, in page order, at most INFO_LINES_MAX */
  infoLines: string[];
}

const TITLES_MAX = 200;
const INFO_LINES_MAX = 6;

/**
 * One depth-first pass over the body (linkedom and browsers alike pay for every walk): counts
 * elements and characters, collects title candidates and info-line candidates. Skipped subtrees
 * (scripts, hidden blocks) are counted but not read.
 */
function surveyPage(doc: Document): PageSurvey {
  const out: PageSurvey = { elements: 0, bodyChars: 0, titles: [], infoLines: [] };
  const body = doc.body;
  const root = body ?? doc.documentElement;
  if (!root) return out;
  let skipped = 0; // depth inside a skipped element
  let inTitle: Node | null = null;
  walk(
    root,
    (n) => {
      if (n.nodeType === 3) {
        if (!body) return false;
        const v = n.nodeValue ?? '';
        out.bodyChars += countChars(v);
        if (skipped === 0 && out.infoLines.length < INFO_LINES_MAX && v.length < 200 && /[:：]/.test(v) && INFO_LABEL.test(simplifyCommon(v))) {
          const line = infoBlockText(n);
          if (line && !out.infoLines.includes(line)) out.infoLines.push(line);
        }
        return false;
      }
      if (n.nodeType !== 1) return false;
      out.elements++;
      if (!body) return true;
      const el = n as Element;
      if (skipped > 0 || isSkipped(el)) {
        skipped++;
        return true;
      }
      if (!inTitle && out.titles.length < TITLES_MAX && isTitleElement(el)) {
        inTitle = el;
        const text = collapse(el.textContent ?? '');
        if (text.length >= 4 && text.length <= 150) out.titles.push(text);
      }
      return true;
    },
    (n) => {
      if (n.nodeType !== 1 || !body) return;
      if (skipped > 0) skipped--;
      else if (inTitle === n) inTitle = null;
    },
  );
  return out;
}

/** Of the info-line candidates, the one naming both 来源 and 发布时间 (some pages also carry a
 * 信息公开 table with 成文日期 first), else the first with 来源, else the first found. */
function pickInfoLine(found: string[]): string | null {
  const both = found.find((l) => {
    const s = simplifyCommon(l);
    return /来源\s*[:：]/.test(s) && /(发布时间|发布日期)\s*[:：]/.test(s);
  });
  return both ?? found.find((l) => /来源\s*[:：]/.test(simplifyCommon(l))) ?? found[0] ?? null;
}

/** The text of the block around a label; climbs to the row when the cell holds only the label. */
function infoBlockText(node: Node): string | null {
  let el: Element | null = node.parentElement;
  while (el && !isBlock(el) && el.parentElement) el = el.parentElement;
  let text = el ? collapse(el.textContent ?? '') : '';
  for (let up = 0; el && up < 3 && /[:：]\s*$/.test(text); up++) {
    el = el.parentElement;
    if (!el) break;
    const t = collapse(el.textContent ?? '');
    if (t.length > 300) break;
    text = t;
  }
  return text && text.length <= 300 ? text : null;
}

/** The article of a page. Never throws; never modifies `doc`. */
export function extract(doc: Document, url?: string | null): Extraction {
  const reasons: string[] = [];
  const survey = safe(() => surveyPage(doc)) ?? null;
  let page: PageMeta;
  try {
    page = readPageMeta(doc, url, survey);
  } catch {
    page = { tags: {}, docTitle: null, visibleTitle: null, infoLine: null, url: url ?? null };
  }
  const elements = survey?.elements ?? 0;
  const fallback = () => safe(() => scanBlocks(doc).text) ?? '';
  let text = '';
  let method: Extraction['method'] = 'readability';
  let rTitle: string | null = null;
  if (elements > MAX_ELEMS_FOR_READABILITY) {
    reasons.push(`页面元素过多（${elements}），未运行 Readability，取最大文本块`);
    method = 'largest-block';
    text = fallback();
  } else {
    const r = safe(() => runReadability(doc));
    rTitle = r?.title ?? null;
    const rText = r ? cleanLines(r.text) : null;
    // no block can hold more than the whole body: when Readability has half of it, it has no fragment
    const bodyChars = survey?.bodyChars ?? 0;
    if (rText && countChars(rText) >= bodyChars * 0.5) {
      text = rText;
    } else {
      const body = chooseBody(rText, fallback());
      text = body.text;
      method = body.method;
      if (body.reason) reasons.push(body.reason);
    }
  }
  const title = chooseTitle(page, rTitle);
  text = dropTitleLine(text, [title, page.docTitle, page.visibleTitle]);
  if (!text) reasons.push('页面没有可提取的正文');
  return { title, text, method, reasons, page };
}

/**
 * Readability's text unless it found nothing or only a fragment of the largest block (table and
 * <br> layouts, short pages, bodies its English heuristics strip).
 */
export function chooseBody(
  readability: string | null,
  fallback: string,
): { text: string; method: Extraction['method']; reason: string | null } {
  if (!readability) {
    return { text: fallback, method: 'largest-block', reason: 'Readability 未识别出正文，取最大文本块' };
  }
  if (readability.length < fallback.length * 0.5) {
    return {
      text: fallback,
      method: 'largest-block',
      reason: `Readability 只取到片段（${readability.length}/${fallback.length} 字），改取最大文本块`,
    };
  }
  return { text: readability, method: 'readability', reason: null };
}

function runReadability(doc: Document): { title: string | null; text: string } | null {
  const clone = doc.cloneNode(true) as Document;
  // we walk the content element ourselves: no HTML serialisation, no class cleaning, no JSON-LD
  const article = new Readability<Node>(clone, {
    keepClasses: true,
    disableJSONLD: true,
    charThreshold: CHAR_THRESHOLD,
    serializer: (n: Node) => n,
  }).parse();
  if (!article?.content) return null;
  return { title: article.title ? collapse(article.title) : null, text: blockText(article.content) };
}

/** Chrome lines out, and everything after a 相关链接/关联稿件 heading (a list of other pages). */
function cleanLines(text: string): string {
  const out: string[] = [];
  let chars = 0;
  for (const line of text.split('\n')) {
    // a 相关链接 block at the top (a sidebar kept by Readability) does not end the article
    if (isRelatedLinksHeading(line) && chars > 200) break;
    if (!line || isChromeLine(line)) continue;
    out.push(line);
    chars += line.length;
  }
  return out.join('\n');
}

/** Readability's own title keeps the site suffix on Chinese pages; the page's marked title does not. */
function chooseTitle(page: PageMeta, readabilityTitle: string | null): string | null {
  for (const t of [page.tags['articletitle'], page.visibleTitle, page.docTitle, readabilityTitle]) {
    const c = t ? cleanTitle(t) : null;
    if (c) return c;
  }
  return null;
}

/** The title heading at the top duplicates `title` (Readability's check for this never fires on Chinese). */
function dropTitleLine(text: string, titles: Array<string | null>): string {
  const lines = text.split('\n');
  const n = Math.min(lines.length, 3);
  for (let i = 0; i < n; i++) {
    const line = lines[i] ?? '';
    if (line.length <= 120 && titles.some((t) => t && sameTitle(line, t))) {
      lines.splice(i, 1);
      return lines.join('\n');
    }
  }
  return text;
}

interface BlockScan {
  /** elements under <body> */
  elements: number;
  /** the text of the block with the most non-link text, chrome stripped */
  text: string;
}

/**
 * The block with the most non-link text, counting its paragraphs (children in full, grandchildren
 * by half, as Readability scores), widened over the title and info line around it but never over
 * the page's other blocks. One linear pass; counts the elements on the way.
 */
export function scanBlocks(doc: Document): BlockScan {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { elements: 0, text: '' };
  const own = new Map<Element, number>();
  const total = new Map<Element, number>();
  const blocks: Element[] = [root];
  const acc: number[] = [0];
  let links = 0;
  let elements = 0;
  walk(
    root,
    (n) => {
      if (n.nodeType === 3) {
        if (links > 0) return false;
        const c = countChars(n.nodeValue ?? '');
        if (c) {
          const b = blocks[blocks.length - 1] as Element;
          own.set(b, (own.get(b) ?? 0) + c);
          acc[acc.length - 1] = (acc[acc.length - 1] ?? 0) + c;
        }
        return false;
      }
      if (n.nodeType !== 1) return false;
      const el = n as Element;
      if (el === root) return true;
      elements++;
      if (isSkipped(el)) return false;
      const t = tag(el);
      if (t === 'A') links++;
      if (BLOCK_TAGS.has(t) || t === 'TD' || t === 'TH') {
        blocks.push(el);
        acc.push(0);
      }
      return true;
    },
    (n) => {
      const el = n as Element;
      if (el === root) return;
      const t = tag(el);
      if (t === 'A') links--;
      if (BLOCK_TAGS.has(t) || t === 'TD' || t === 'TH') {
        blocks.pop();
        const mine = acc.pop() ?? 0;
        total.set(el, mine);
        acc[acc.length - 1] = (acc[acc.length - 1] ?? 0) + mine;
      }
    },
  );
  total.set(root, acc[0] ?? 0);
  const score = new Map<Element, number>();
  for (const [el, c] of own) {
    score.set(el, (score.get(el) ?? 0) + c);
    const p = el.parentElement;
    if (p) score.set(p, (score.get(p) ?? 0) + c);
    const g = p?.parentElement;
    if (g) score.set(g, (score.get(g) ?? 0) + c / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, sc] of score) {
    if (sc > bestScore) {
      best = el;
      bestScore = sc;
    }
  }
  if (!best) return { elements, text: '' };
  const base = total.get(best) ?? 0;
  for (let p = best.parentElement; p && p !== root.parentElement; p = p.parentElement) {
    if ((total.get(p) ?? 0) > base * 1.2 + 20) break;
    best = p;
  }
  return { elements, text: cleanLines(blockText(best)) };
}

/** The fallback's text alone (for callers that want no Readability at all). */
export function largestBlockText(doc: Document): string {
  return scanBlocks(doc).text;
}

function countChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

/** A .txt file is text already extracted: no Readability, offsets are the file's own. */
export function fromText(text: string, url?: string | null): Extraction {
  return {
    title: null,
    text,
    method: 'text',
    reasons: [],
    page: { tags: {}, docTitle: null, visibleTitle: null, infoLine: null, url: url ?? null },
  };
}

// ---- DOM → lines ---------------------------------------------------------------------------

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'SELECT',
  'TEXTAREA', 'BUTTON', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK', 'AUDIO', 'VIDEO', 'MAP',
]);
const HIDDEN_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;

// tagName and toUpperCase each allocate (linkedom upper-cases on every read); a name seen once is kept
const UPPER = new Map<string, string>();
function tag(el: Element): string {
  const name = el.localName ?? '';
  let upper = UPPER.get(name);
  if (upper === undefined) {
    upper = name.toUpperCase();
    UPPER.set(name, upper);
  }
  return upper;
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(tag(el));
}

/** Not text a reader sees: scripts, form controls, hidden elements. */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(tag(el))) return true;
  if (el.hasAttributes?.() === false) return false; // most elements: no attribute to look up
  if (el.hasAttribute?.('hidden')) return true;
  const style = el.getAttribute?.('style');
  return !!style && HIDDEN_STYLE.test(style);
}

/** Whitespace runs to one space, trimmed: for titles and info lines, not for body text. */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Depth-first walk by firstChild/nextSibling (no child arrays: linkedom builds them slowly on big
 * pages). `enter` returns whether to descend; `exit` runs once for every element descended into.
 */
export function walk(root: Node, enter: (n: Node) => boolean, exit: (n: Node) => void): void {
  let node: Node = root;
  for (;;) {
    if (enter(node)) {
      const first = node.firstChild;
      if (first) {
        node = first;
        continue;
      }
      exit(node);
    }
    while (node !== root && !node.nextSibling) {
      const up = node.parentNode;
      if (!up) return;
      node = up;
      exit(node);
    }
    if (node === root) return;
    node = node.nextSibling as Node;
  }
}

/**
 * The text of a subtree as the page shows it: one paragraph per line, <br> and block elements break
 * lines, runs of spaces inside a line collapse to one, lines are trimmed, empty lines dropped.
 * Characters are otherwise kept as written (later offsets and the panel's mapping rely on it).
 * A short line made only of link text is navigation left around the article, and is dropped.
 */
export function blockText(root: Node): string {
  const out: string[] = [];
  let cur = '';
  let chars = 0;
  let linkChars = 0;
  let links = 0;
  let pre = 0;
  const flush = () => {
    const line = cur.replace(/[ \t\r\f\u00a0]{2,}|[\t\r\f\u00a0]/g, ' ').trim();
    const navigation = chars > 0 && linkChars === chars && line.length <= 40;
    if (line && !navigation) out.push(line);
    cur = '';
    chars = 0;
    linkChars = 0;
  };
  const addText = (v: string) => {
    cur += v;
    const c = countChars(v);
    chars += c;
    if (links > 0) linkChars += c;
  };
  walk(
    root,
    (n) => {
      if (n.nodeType === 3) {
        const v = n.nodeValue ?? '';
        if (pre > 0 && v.includes('\n')) {
          const parts = v.split('\n');
          parts.forEach((part, i) => {
            if (i > 0) flush();
            addText(part);
          });
        } else addText(v.replace(/[\t\n\r\f]+/g, ' '));
        return false;
      }
      if (n.nodeType !== 1) return n.nodeType === 9 || n.nodeType === 11;
      const el = n as Element;
      if (isSkipped(el)) return false;
      const t = tag(el);
      if (t === 'BR') {
        flush();
        return false;
      }
      if (BLOCK_TAGS.has(t)) flush();
      if (t === 'PRE') pre++;
      if (t === 'A') links++;
      return true;
    },
    (n) => {
      if (n.nodeType !== 1) return;
      const t = tag(n as Element);
      if (BLOCK_TAGS.has(t)) flush();
      else if (t === 'TD' || t === 'TH') cur += ' ';
      if (t === 'PRE') pre--;
      if (t === 'A') links--;
    },
  );
  flush();
  return out.join('\n');
}

// ---- titles ----------------------------------------------------------------------------------

const TITLE_SEPARATOR = /\s*[_|｜]\s*|\s+[-–—]+\s+|(?<=[^\d\s])[-–—]{1,2}(?=[^\d\s])/;
// a segment that names the site or the column, not the article
const SITE_SEGMENT = /(人民政府|人民政府网|政府网|门户网站|网站|政务网|政务服务网|首页|信息公开|政务公开|专栏|网|日报|司法局|办公室|频道|门户)$/;

/** An article title without the site's name around it: 「…工作报告_XX县人民政府」 → 「…工作报告」. */
export function cleanTitle(raw: string): string | null {
  const t = collapse(raw);
  if (!t) return null;
  const segs = t.split(TITLE_SEPARATOR).map((x) => x.trim()).filter(Boolean);
  if (segs.length <= 1) return t.length <= 200 ? t : null;
  const keep = segs.filter((x) => !SITE_SEGMENT.test(simplifyCommon(x)));
  const pool = keep.length ? keep : segs;
  const report = pool.find((x) => /报告/.test(simplifyCommon(x)));
  const best = report ?? pool.reduce((a, b) => (b.length > a.length ? b : a));
  return best.length <= 200 ? best : null;
}

function titleKey(s: string): string {
  return simplifyCommon(s).replace(/[\s\u00a0\u3000"“”《》「」]+/g, '');
}

/** A line that is the article's title, as written or with the site suffix cut. */
export function sameTitle(line: string, title: string): boolean {
  const a = titleKey(line);
  if (!a) return false;
  const b = titleKey(title);
  const c = titleKey(cleanTitle(title) ?? '');
  return a === b || a === c;
}

// class or id of the element a CMS puts the article title in
const TITLE_MARK = /^(title|article-?title|articletitle|art-?title|arttitle|content-?title|detail-?title|news-?title|newstitle|tit|bt|xxgk-?title|ivs_title|main-?title|text-?title|con-?title|info-?title|zw-?title|doc-?title|headline)$/i;

function isTitleElement(el: Element): boolean {
  const t = tag(el);
  if (t === 'H1' || t === 'H2') return true;
  if (!el.hasAttributes()) return false;
  // through the Attr nodes: linkedom's getAttribute('class') builds a DOMTokenList per element
  const marks = `${el.getAttributeNode('class')?.value ?? ''} ${el.getAttributeNode('id')?.value ?? ''}`.trim();
  return marks !== '' && marks.split(/\s+/).some((m) => TITLE_MARK.test(m));
}

/** The title the page shows over the article: agrees with ArticleTitle or <title> when they exist. */
export function pickVisibleTitle(candidates: readonly string[], articleTitle: string | null, docTitle: string | null): string | null {
  const key = (s: string) => titleKey(s);
  if (articleTitle) {
    const k = key(articleTitle);
    const hit = candidates.find((c) => key(c) === k);
    if (hit) return hit;
  }
  if (docTitle) {
    const k = key(docTitle);
    const hit = candidates
      .filter((c) => key(c).length >= 6 && k.includes(key(c)) && !SITE_SEGMENT.test(simplifyCommon(c)))
      .sort((a, b) => b.length - a.length)[0];
    if (hit) return hit;
  }
  return candidates.find((c) => /报告/.test(simplifyCommon(c)) && !SITE_SEGMENT.test(simplifyCommon(c))) ?? null;
}

// Page → article: Readability on a copy of the page's text column (the live page is never touched),
// its content walked into paragraph lines ourselves (Readability's textContent loses them), portal
// chrome stripped, and a largest-text-block fallback for the table, <br>-only and short layouts
// Readability gets wrong.
import { Readability } from '@mozilla/readability';
import type { Extraction, PageMeta } from './types';
import { isChromeLine, isRelatedLinksHeading } from './chrome';
import { BLOCK_TAGS, blockText, collapse, countChars, isSkipped, tag, walk } from './dom';
import { cleanTitle, pickVisibleTitle, sameTitle } from './page-title';
import { pickInfoLine, surveyPage, type PageSurvey } from './survey';
import { dateLine, findDate } from './dates';
import { hiddenPages } from './hidden-pages';
import { parseIssuer } from './region';

/** Readability scans the whole document several times; beyond this it is slow, and the fallback is linear. */
const MAX_ELEMS_FOR_READABILITY = 10_000;
/** Chinese packs a paragraph into fewer characters than Readability's English default of 500 expects. */
const CHAR_THRESHOLD = 200;

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
    const r = safe(() => runReadability(doc, survey?.column ?? null));
    rTitle = r?.title ?? null;
    const shown = r ? cleanLines(r.text) : null;
    const rText = shown ? shown + (safe(() => continuedPages(doc, survey?.column ?? null, shown)) ?? '') : null;
    // no block can hold more than the whole body: when Readability has half of it, it has no fragment
    const bodyChars = survey?.bodyChars ?? 0;
    if (rText && countChars(rText) >= bodyChars * 0.5) {
      text = rText + (safe(() => signatureAfter(doc, survey?.column ?? null, rText)) ?? '');
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

/** The article's pages after the first, when the page hides them behind a pager (hidden-pages.ts). */
function continuedPages(doc: Document, column: Element | null, article: string): string {
  const root = column ?? doc.body;
  if (!root) return '';
  // a hidden copy of what is shown (a print version) is no continuation
  const fresh = hiddenPages(root).map(cleanLines).filter((p) => p && !article.includes(p.slice(0, 30)));
  return fresh.length ? `\n${fresh.join('\n')}` : '';
}

const SIGNATURE_LINES = 3;
const SIGNATURE_LINE_MAX = 40;

/**
 * The signature (「XX县人民政府」 / 「2025年3月20日」) when the page sets it in a block of its own after
 * the article's: Readability keeps the article's block and drops the short lines beside it, and the
 * signature is where a report names who issued it and when. Looked for only when the article ends
 * without a date; returned as lines to append ('' when there is none).
 */
function signatureAfter(doc: Document, column: Element | null, article: string): string {
  const lines = article.split('\n');
  if (lines.slice(-SIGNATURE_LINES).some((l) => dateLine(l) || findDate(l.slice(-24)))) return '';
  const root = column ?? doc.body;
  if (!root) return '';
  const page = blockText(root).split('\n');
  const last = page.lastIndexOf(lines[lines.length - 1] ?? '');
  if (last < 0) return '';
  const after: string[] = [];
  for (const line of page.slice(last + 1, last + 1 + SIGNATURE_LINES)) {
    if (line.length > SIGNATURE_LINE_MAX || isChromeLine(line)) break;
    after.push(line);
    if (dateLine(line)) break;
  }
  const date = after.findIndex((l) => dateLine(l));
  if (date < 0) return '';
  // the issuer on the line(s) above the date
  const issuer = after.slice(0, date).some((l) => parseIssuer(l));
  return issuer ? `\n${after.slice(0, date + 1).join('\n')}` : '';
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

/**
 * Readability's title and text. Given the page's text column, it reads a document made of the page's
 * <head> and that column alone: the portal around it (menus, link lists, footers) is most of a page's
 * elements and none of its article, and Readability's passes over every element are most of its cost.
 */
export function runReadability(doc: Document, column: Element | null): { title: string | null; text: string } | null {
  const copy = (column && safe(() => columnDocument(doc, column))) || (doc.cloneNode(true) as Document);
  // we walk the content element ourselves: no HTML serialisation, no class cleaning, no JSON-LD
  const article = new Readability<Node>(copy, {
    keepClasses: true,
    disableJSONLD: true,
    charThreshold: CHAR_THRESHOLD,
    serializer: (n: Node) => n,
  }).parse();
  if (!article?.content) return null;
  return { title: article.title ? collapse(article.title) : null, text: blockText(article.content) };
}

/**
 * A new document: the page's <html>, a <head> with its <title> and <meta> tags (all Readability reads
 * there; a portal's scripts and style sheets are left behind), and a <body> holding a copy of `column`.
 */
function columnDocument(doc: Document, column: Element): Document | null {
  const { documentElement: root, head, body } = doc;
  if (!root || !body) return null;
  const out = doc.cloneNode(false) as Document;
  const html = out.importNode(root, false);
  out.appendChild(html);
  if (head) {
    const copy = html.appendChild(out.importNode(head, false));
    for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
      const name = tag(el);
      if (name === 'TITLE' || name === 'META') copy.appendChild(out.importNode(el, true));
    }
  }
  const copy = out.importNode(body, false);
  html.appendChild(copy);
  copy.appendChild(out.importNode(column, true));
  return out;
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
  const titles = [page.tags['articletitle'], page.visibleTitle, page.docTitle, readabilityTitle]
    .map((t) => (t ? cleanTitle(t) : null))
    .filter((t): t is string => !!t);
  const first = titles[0] ?? null;
  // a title cut short with an ellipsis (「…年度…」) gives way to a whole one that begins the same
  const cut = first ? /(?:…|\.{3}|⋯)+$/.exec(first) : null;
  if (!first || !cut) return first;
  const head = first.slice(0, cut.index);
  return titles.find((t) => t.length > head.length && t.startsWith(head) && !/(?:…|\.{3}|⋯)$/.test(t)) ?? first;
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

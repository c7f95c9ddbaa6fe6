// One walk over a page, for everything extraction reads from it besides Readability: how big it is,
// the headings that may be its title, the info line (来源/发布时间), and the text column — the part of
// the body that holds nearly all of its reading text, so Readability can skip the portal around it.
import { collapse, countChars, isBlock, isSkipped, tag, walk } from './dom';
import { simplifyCommon } from './traditional';

const INFO_LABEL = /(来源|发布时间|发布日期|发文日期|成文日期|更新时间)\s*[:：]/;
/** What one walk over the page finds. */
export interface PageSurvey {
  /** elements under <body> (or the root when there is none), as Readability would count them */
  elements: number;
  /** visible characters of body.textContent (whitespace not counted) */
  bodyChars: number;
  /** texts of the headings and title-marked elements, in page order */
  titles: string[];
  /** short blocks holding 来源：/发布时间：…, in page order, at most INFO_LINES_MAX */
  infoLines: string[];
  /**
   * The smallest element holding COLUMN_SHARE of the body's visible non-link text, widened to its
   * parent (Readability weighs a candidate's siblings: the title, a signature block, attachments);
   * null when that is the body itself or the body has too little text to tell.
   */
  column: Element | null;
}

const TITLES_MAX = 200;
const INFO_LINES_MAX = 6;
/** Share of the reading text the column must hold: what it leaves out is at most a sidebar's worth. */
const COLUMN_SHARE = 0.9;
/** Below this much reading text a page has no article to narrow to (a notice, an error page). */
const COLUMN_MIN_CHARS = 200;

/**
 * One depth-first pass over the body (linkedom and browsers alike pay for every walk): counts
 * elements and characters, collects title candidates and info-line candidates. Skipped subtrees
 * (scripts, hidden blocks) are counted but not read.
 */
export function surveyPage(doc: Document): PageSurvey {
  const out: PageSurvey = { elements: 0, bodyChars: 0, titles: [], infoLines: [], column: null };
  const body = doc.body;
  const root = body ?? doc.documentElement;
  if (!root) return out;
  let skipped = 0; // depth inside a skipped element
  let inTitle: Node | null = null;
  // reading text (visible, outside links) per open element, and per closed element that has any
  const open: number[] = [];
  const reading = new Map<Element, number>();
  let links = 0;
  walk(
    root,
    (n) => {
      if (n.nodeType === 3) {
        if (!body) return false;
        const v = n.nodeValue ?? '';
        const chars = countChars(v);
        out.bodyChars += chars;
        if (skipped === 0 && links === 0 && open.length > 0) open[open.length - 1] += chars;
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
      open.push(0);
      if (tag(el) === 'A') links++;
      if (!inTitle && out.titles.length < TITLES_MAX && isTitleElement(el)) {
        inTitle = el;
        const text = collapse(el.textContent ?? '');
        if (text.length >= 4 && text.length <= 150) out.titles.push(text);
      }
      return true;
    },
    (n) => {
      if (n.nodeType !== 1 || !body) return;
      if (skipped > 0) {
        skipped--;
        return;
      }
      if (inTitle === n) inTitle = null;
      if (tag(n as Element) === 'A') links--;
      const mine = open.pop() ?? 0;
      if (mine > 0) reading.set(n as Element, mine);
      if (open.length > 0) open[open.length - 1] += mine;
    },
  );
  if (body) out.column = textColumn(body, reading);
  return out;
}

/** See PageSurvey.column. */
function textColumn(body: Element, reading: ReadonlyMap<Element, number>): Element | null {
  const total = reading.get(body) ?? 0;
  if (total < COLUMN_MIN_CHARS) return null;
  let column = body;
  for (;;) {
    let inner: Element | null = null;
    for (let c = column.firstElementChild; c && !inner; c = c.nextElementSibling) {
      if ((reading.get(c) ?? 0) >= total * COLUMN_SHARE) inner = c;
    }
    if (!inner) break;
    column = inner;
  }
  const wide = column.parentElement;
  return column === body || !wide || wide === body ? null : wide;
}

/** Of the info-line candidates, the one naming both 来源 and 发布时间 (some pages also carry a
 * 信息公开 table with 成文日期 first), else the first with 来源, else the first found. */
export function pickInfoLine(found: string[]): string | null {
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


// From an offset in the extracted text back to the live page. The extracted text was built from
// Readability's copy of the page, so its offsets mean nothing in the page's own DOM: we look for the
// span's text in the page's text nodes, with whitespace removed on both sides (Readability and the
// extractor re-flow it), and use the words around the span in the extracted text to choose among
// repeats (a heading also in the page's navigation, a figure quoted twice).

/** Elements whose text the reader never sees as body text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'HEAD', 'TITLE', 'svg']);
/** Whitespace of any width, and the zero-width characters CMSs scatter through text. */
const SPACE = /[\s\u200b-\u200d\u2060\ufeff]/;

/** The page's visible text with whitespace removed, and where each of its characters lives. */
export interface PageText {
  text: string;
  nodes: Text[];
  /** for each character of `text`: index into `nodes` */
  node: Int32Array;
  /** for each character of `text`: UTF-16 offset inside its node */
  offset: Int32Array;
}

export function pageText(doc: Document): PageText {
  const root = doc.body ?? doc.documentElement;
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeIdx: number[] = [];
  const offs: number[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const textNode = n as Text;
    if (skipped(textNode, root)) continue;
    const data = textNode.data;
    const k = nodes.length;
    let used = false;
    for (let i = 0; i < data.length; i++) {
      const c = data[i];
      if (SPACE.test(c)) continue;
      chars.push(c);
      nodeIdx.push(k);
      offs.push(i);
      used = true;
    }
    if (used) nodes.push(textNode);
  }
  return { text: chars.join(''), nodes, node: Int32Array.from(nodeIdx), offset: Int32Array.from(offs) };
}

function skipped(n: Node, root: Node): boolean {
  for (let p = n.parentNode; p && p !== root; p = p.parentNode) {
    if (SKIP.has((p as Element).nodeName) || SKIP.has((p as Element).nodeName.toUpperCase())) return true;
  }
  return false;
}

/** Whitespace-free copy of a string, with the map from its indices back to the original's. */
export function squeeze(s: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (SPACE.test(s[i])) continue;
    text += s[i];
    at.push(i);
  }
  return { text, at };
}

/** How many characters two strings share at their ends (a: read backwards, b: from its end). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

export interface Located {
  /** start and end (exclusive) in PageText.text */
  from: number;
  to: number;
  /** true when only the opening of the span was found (the rest differs in the page) */
  partial: boolean;
}

const CONTEXT = 40;
/** Shortest opening worth matching alone when the whole span is not found verbatim. */
const MIN_PREFIX = 6;

/**
 * Where the span [start, end) of the extracted text `text` sits in the page text, or null when it
 * is not there. Pure string work: testable without a DOM.
 */
export function findSpan(page: string, text: string, start: number, end: number): Located | null {
  if (start < 0 || end > text.length || end <= start) return null;
  const span = squeeze(text.slice(start, end)).text;
  if (!span) return null;
  const before = squeeze(text.slice(Math.max(0, start - CONTEXT), start)).text;
  const after = squeeze(text.slice(end, end + CONTEXT)).text;
  // The span's rank among its repeats in the extracted text: the tie-breaker when context says nothing.
  const rank = occurrences(squeeze(text.slice(0, end)).text, span).length - 1;

  let needle = span;
  let hits = occurrences(page, needle);
  let partial = false;
  while (hits.length === 0 && needle.length > MIN_PREFIX) {
    needle = needle.slice(0, Math.max(MIN_PREFIX, Math.floor(needle.length / 2)));
    hits = occurrences(page, needle);
    partial = true;
  }
  if (hits.length === 0) return null;

  const score = (h: number) => commonSuffix(page.slice(Math.max(0, h - CONTEXT), h), before)
    + (partial ? 0 : commonPrefix(page.slice(h + needle.length, h + needle.length + CONTEXT), after));
  const scores = hits.map(score);
  const top = Math.max(...scores);
  // the repeat of the same rank wins when the context rates it as well as any other
  const ranked = Math.min(Math.max(rank, 0), hits.length - 1);
  const best = scores[ranked] === top ? hits[ranked] : hits[scores.indexOf(top)];
  return { from: best, to: best + needle.length, partial };
}

/** A live Range over the span [start, end) of the extracted text, or null when the page lacks it. */
export function locate(doc: Document, text: string, start: number, end: number, page: PageText = pageText(doc)): Range | null {
  const hit = findSpan(page.text, text, start, end);
  if (!hit) return null;
  const range = doc.createRange();
  const first = page.nodes[page.node[hit.from]];
  const last = page.nodes[page.node[hit.to - 1]];
  range.setStart(first, page.offset[hit.from]);
  range.setEnd(last, page.offset[hit.to - 1] + 1);
  return range;
}

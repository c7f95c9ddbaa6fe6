// A report copied out of a PDF: every line broken at the page's width (sentences, headings and
// numbers cut mid-way: 「105」/「2人」), page numbers (「- 3 -」) and a running header between pages.
// Read as it is, every break would end a paragraph. The analysis reads a copy with those breaks
// joined and the page furniture left out, and maps every offset back to the text as given.

/** The joined copy, and where each of its offsets lies in the original. */
export interface Unwrapped {
  text: string;
  toOriginal(offset: number): number;
}

const PAGE_NUMBER = /^\s*[-—－–]\s*\d{1,3}\s*[-—－–]\s*$|^\s*第\s*\d{1,3}\s*页(?:\s*[/／共]\s*\d{1,3}\s*页?)?\s*$/;
const SENTENCE_END = /[。！？!?；;：:]$/;
const MARKER_START = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9０-９]{1,3}[)）]|[0-9０-９]{1,2}[.．、](?![0-9０-９]))/;
// the wrap width, in characters: a PDF page's line; shorter is a heading list, longer is no wrap
const MIN_WIDTH = 24;
const MAX_WIDTH = 80;
// share of the body's lines that run to the width (a wrapped text's lines are nearly all full)
const FULL_SHARE = 0.4;

interface Span {
  start: number;
  end: number;
}

/** The copy of a hard-wrapped text, or null when the text is not hard-wrapped. */
export function unwrapHardWrapped(text: string): Unwrapped | null {
  const lines: Span[] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end: end > start && text[end - 1] === '\r' ? end - 1 : end });
    if (nl < 0) break;
    start = nl + 1;
  }
  const width = wrapWidth(text, lines);
  if (width === null) return null;

  const kept = lines.filter((l, i) => !furniture(text, lines, i));
  // [offset in the copy, offset in the original, length]
  const pieces: Array<[number, number, number]> = [];
  let out = '';
  for (let i = 0; i < kept.length; i++) {
    const l = kept[i];
    pieces.push([out.length, l.start, l.end - l.start]);
    out += text.slice(l.start, l.end);
    const next = kept[i + 1];
    if (!next) break;
    const line = text.slice(l.start, l.end);
    const following = text.slice(next.start, next.end);
    const full = line.trim().length >= width - 2 && !SENTENCE_END.test(line.trim());
    if (!(full && following.trim() && !MARKER_START.test(following)) && !titleGoesOn(text, l, next, i)) out += '\n';
  }
  return {
    text: out,
    toOriginal(offset: number): number {
      let lo = 0;
      let hi = pieces.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (pieces[mid][0] <= offset) lo = mid;
        else hi = mid - 1;
      }
      const [at, from, length] = pieces[lo] ?? [0, 0, 0];
      return from + Math.min(offset - at, length + 1);
    },
  };
}

/** The most common length of the body's long lines, when enough lines run to it. */
function wrapWidth(text: string, lines: Span[]): number | null {
  const lengths = lines.map((l) => text.slice(l.start, l.end).trim().length).filter((n) => n > 0);
  if (lengths.length < 12) return null;
  const counts = new Map<number, number>();
  for (const n of lengths) if (n >= MIN_WIDTH && n <= MAX_WIDTH) counts.set(n, (counts.get(n) ?? 0) + 1);
  let width = 0;
  let best = 0;
  for (const [n, c] of counts) if (c > best || (c === best && n > width)) [width, best] = [n, c];
  if (!width) return null;
  const full = lengths.filter((n) => n >= width - 2 && n <= width).length;
  return full >= lengths.length * FULL_SHARE ? width : null;
}

/** A page number, or the running header printed right after one (short, no sentence, no marker). */
function furniture(text: string, lines: Span[], i: number): boolean {
  const line = text.slice(lines[i].start, lines[i].end).trim();
  if (PAGE_NUMBER.test(line)) return true;
  if (i === 0) return false;
  const before = text.slice(lines[i - 1].start, lines[i - 1].end).trim();
  return PAGE_NUMBER.test(before) && line.length > 0 && line.length <= 40 && !/[，,。；;：:]/.test(line) && !MARKER_START.test(line);
}

/** A title set on two lines at the top (「XX县人民政府关于2024年度」 / 「法治政府建设情况的报告」). */
function titleGoesOn(text: string, line: Span, next: Span, index: number): boolean {
  if (index > 1) return false;
  const a = text.slice(line.start, line.end).trim();
  const b = text.slice(next.start, next.end).trim();
  return /关于/.test(a) && !/报告|总结/.test(a) && /(?:报告|总结)$/.test(b) && a.length + b.length <= 60;
}

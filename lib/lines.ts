// The paragraphs of an extracted text, with offsets into it: the unit the outline reads in.
import { isChromeLine } from './chrome';

export interface Line {
  /** offset of the first character of the line */
  start: number;
  /** offset of the first non-blank character (== end for a blank line) */
  content: number;
  /** offset of the line break (or the text's end) */
  end: number;
  chrome: boolean;
}

// by code unit: text[i] of a CJK text allocates a string per character
const BLANK = new Set([0x20, 0x09, 0x0d, 0x3000, 0xa0, 0xfeff]);

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let content = start;
    while (content < end && BLANK.has(text.charCodeAt(content))) content++;
    let last = end;
    while (last > content && BLANK.has(text.charCodeAt(last - 1))) last--;
    lines.push({ start, content, end: last, chrome: content < last && isChromeLine(text.slice(content, last)) });
    start = end + 1;
  }
  return lines;
}

// no real paragraph runs this long (the seeds' longest is about 1,100 characters)
const RUN_TOGETHER = 2000;
// a line that carries most of the text is the body with its breaks lost, however short the report
const MOST = 0.5;
const LONG_ENOUGH = 500;

/**
 * The lines whose paragraphs were run together (a page with no line breaks worth the name): headings
 * inside them are told from the numbering and the sentences alone. Relative to the text, not an
 * absolute size: a short report in one paragraph is as flat as a long one.
 */
export function runTogether(lines: Line[]): boolean[] {
  let total = 0;
  for (const l of lines) if (!l.chrome) total += l.end - l.content;
  return lines.map((l) => {
    const len = l.end - l.content;
    return !l.chrome && (len >= RUN_TOGETHER || (len >= LONG_ENOUGH && len >= total * MOST));
  });
}

/**
 * `s` without the trailing characters `drop` accepts. A loop from the end: a `[…]+$` regex would
 * retry from every position of a long run of punctuation (quadratic on damaged text).
 */
export function stripTrailing(s: string, drop: RegExp): string {
  let end = s.length;
  while (end > 0 && drop.test(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

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

const BLANK = /[ \t\r\u3000\u00a0\ufeff]/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let content = start;
    while (content < end && BLANK.test(text[content])) content++;
    let last = end;
    while (last > content && BLANK.test(text[last - 1])) last--;
    lines.push({ start, content, end: last, chrome: content < last && isChromeLine(text.slice(content, last)) });
    start = end + 1;
  }
  return lines;
}

/** A page whose paragraphs were run together (no line breaks worth the name). */
export function isFlat(text: string, lines: Line[]): boolean {
  const filled = lines.filter((l) => l.content < l.end).length;
  return text.length > 400 && filled * 3000 < text.length;
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

// Next year's plans in a report's text: their figures are targets, not achievements. From the
// sections the outline marks next_year, or, when it marks none, from a plan heading or opening.
import type { Section } from './types';

const PLAN_WORD = '(?:打算|安排|计划|思路|重点|展望|努力方向|目标)';
const PLAN_HEADING = new RegExp(
  '^\\s*(?:[一二三四五六七八九十]+[、.．\\s]|[(（][一二三四五六七八九十]+[)）])?\\s*(?:' +
    `(?:下一步|下一年度?|下步|明年|来年|今后)(?:的)?(?:工作)?${PLAN_WORD}?` +
    `|[2２][0０][0-9０-９]{2}年(?:度)?(?:的)?(?:工作)?${PLAN_WORD}` +
    '|(?:工作)?(?:打算|安排|思路|展望|努力方向)' +
    // a heading on its own line, or run in before its first sentence (三、下一步工作计划。一是…)
    ')\\s*(?:[。:：]|$)',
);
// (after a short lead-in clause: 「针对上述问题，下一步将…」)
const PLAN_OPENING = /^\s*(?:[^，,。；;：:]{2,12}[，,]\s*)?(?:下一步|下一阶段|下阶段|今后|新的一年|[2２][0０][0-9０-９]{2}年[,，]\s*[^，,。]{0,12}?将)/;
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])/;
const OTHER_HEADING =
  /^\s*(?:[一二三四五六七八九十]+[、.．\s]|[(（][一二三四五六七八九十]+[)）])?\s*(?:.{0,12}(?:存在的?(?:主要)?(?:问题|不足)|不足及原因|其他需要报告))/;

/** Offsets where a line or a sentence starts: [offset, is a line start, end of its line]. */
function* segmentStarts(text: string): Generator<[number, boolean, number]> {
  let lineEnd = -1;
  const endOf = (from: number) => {
    const nl = text.indexOf('\n', from);
    return nl < 0 ? text.length : nl;
  };
  lineEnd = endOf(0);
  yield [0, true, lineEnd];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineEnd = endOf(i + 1);
      yield [i + 1, true, lineEnd];
    } else if (c === 0x3002 && text.charCodeAt(i + 1) !== 10) yield [i + 1, false, lineEnd]; // 。
  }
}

/**
 * The spans of next-year plans: the sections marked next_year (each runs to the next section), or,
 * when no such section is known, from a plan heading (2025年工作打算) or a plan opening sentence
 * (下一步,…将 / 2025年,我县将…) in the latter part of the text up to another part's heading.
 */
export function planRanges(text: string, sections: Section[]): Array<[number, number]> {
  const sorted = [...sections].sort((a, b) => a.start - b.start);
  const marked: Array<[number, number]> = [];
  sorted.forEach((s, i) => {
    if (s.role === 'next_year') marked.push([s.start, i + 1 < sorted.length ? sorted[i + 1].start : text.length]);
  });
  if (marked.length) return marked;
  const out: Array<[number, number]> = [];
  let open = -1;
  // each line, and each sentence within a line: a report pasted as one paragraph still has its
  // parts, run in (「…。六、下一步工作打算。2025年，我县将…」); mid-line only a numbered heading counts,
  // since 「下一步，将…」 also closes many a paragraph about this year's work
  for (const [pos, lineStart, lineEnd] of segmentStarts(text)) {
    const seg = text.slice(pos, Math.min(lineEnd, pos + 60));
    const numbered = NUMBERED.test(seg);
    if (open < 0) {
      if (pos <= text.length * 0.4) continue;
      const heading = PLAN_HEADING.test(seg) && (lineStart || numbered);
      if (heading || (lineStart && PLAN_OPENING.test(seg))) open = pos;
    } else if (OTHER_HEADING.test(seg) && (numbered || (lineStart && lineEnd - pos < 40))) {
      out.push([open, pos]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

// Heading markers of the official document format (GB/T 9704) and their ranks:
// 1 一、  2 （一）  3 1.  4 （1） ①. Full-width and half-width forms both count.

export type Rank = 1 | 2 | 3 | 4;

export interface MarkerMatch {
  rank: Rank;
  /** the number the marker carries (一 → 1, （十二） → 12, ③ → 3) */
  n: number;
  /** offset just past the marker (and any space after it) */
  end: number;
  /** the marker as written, without trailing space */
  marker: string;
  /** a numeral glued to its heading with no mark at all (「一主要工作」): trusted only in sequence */
  glued?: boolean;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as written in markers; null for anything else (三三, 十十). */
export function chineseNumber(s: string): number | null {
  if (!s || s.length > 3) return null;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? CN_DIGIT[s] ?? null : null;
  if (s.indexOf('十', ten + 1) >= 0) return null;
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  const tens = head === '' ? 1 : head.length === 1 ? CN_DIGIT[head] ?? null : null;
  const ones = tail === '' ? 0 : tail.length === 1 ? CN_DIGIT[tail] ?? null : null;
  if (tens === null || ones === null) return null;
  return tens * 10 + ones;
}

/** ASCII or full-width digits → number. */
export function digitNumber(s: string): number {
  let v = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    v = v * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return v;
}

const CN = '[一二三四五六七八九十]{1,3}';
const DIG = '[0-9０-９]{1,2}';
// sticky patterns, tried at one offset; none can backtrack more than a few characters
const RANK1 = new RegExp(`(${CN})([、.．])[ \\t\\u3000]*`, 'y');
// 「一 主要工作」「三,存在的问题」: the sloppy spaced and comma forms, trusted only at the start of a line
// (the comma form only on a short heading line: outline.ts checks)
const RANK1_SPACED = new RegExp(`(${CN})(?:[ \\t\\u3000]+|[，,][ \\t\\u3000]*)(?=[\\u4e00-\\u9fff“《])`, 'y');
// 「一主要工作」: a numeral glued to a heading line, as a paste that lost its marks writes it; not the
// words that open with a numeral (一是 一年 一些 一直 二〇二四 三项 …)
const RANK1_GLUED = new RegExp(`(${CN})(?=[\\u4e00-\\u9fff])(?![是年月季些直定起切般体致项个大等批次〇零○])`, 'y');
const RANK2 = new RegExp(`[（(][ \\u3000]?(${CN})[ \\u3000]?[）)][ \\t\\u3000]*`, 'y');
// 1. but not 1.52 (a decimal) — the dot must not be followed by a digit, unless it opens a year
// (「4.2024年工作计划」)
const RANK3 = new RegExp(`(${DIG})([.．、])(?![0-9０-９](?![0-9０-９]{3}年))[ \\t\\u3000]*`, 'y');
const RANK4 = new RegExp(`[（(][ \\u3000]?(${DIG})[ \\u3000]?[）)][ \\t\\u3000]*`, 'y');
const CIRCLED = /([\u2460-\u2473])[ \t\u3000]*/y;

/** Characters a marker can begin with, to skip cheaply where none can start. */
export function canStartMarker(ch: string): boolean {
  return /[一二三四五六七八九十（(0-9０-９\u2460-\u2473]/.test(ch);
}

/** The heading marker at `pos`, if one is written there. `lineStart` admits the spaced 「一 」 form. */
export function markerAt(text: string, pos: number, lineStart: boolean): MarkerMatch | null {
  const ch = text[pos];
  if (ch === undefined || !canStartMarker(ch)) return null;
  const tryRe = (re: RegExp, rank: Rank, cn: boolean): MarkerMatch | null => {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return null;
    const n = cn ? chineseNumber(m[1]) : digitNumber(m[1]);
    if (n === null || n === 0) return null;
    return { rank, n, end: re.lastIndex, marker: m[0].trimEnd() };
  };
  if (ch === '（' || ch === '(') return tryRe(RANK2, 2, true) ?? tryRe(RANK4, 4, false);
  if (/[0-9０-９]/.test(ch)) return tryRe(RANK3, 3, false);
  if (/[\u2460-\u2473]/.test(ch)) {
    CIRCLED.lastIndex = pos;
    const m = CIRCLED.exec(text);
    return m ? { rank: 4, n: m[1].charCodeAt(0) - 0x245f, end: CIRCLED.lastIndex, marker: m[1] } : null;
  }
  const r1 = tryRe(RANK1, 1, true) ?? (lineStart ? tryRe(RANK1_SPACED, 1, true) : null);
  if (r1 || !lineStart) return r1;
  const glued = tryRe(RANK1_GLUED, 1, true);
  return glued ? { ...glued, glued: true } : null;
}

/**
 * 「一、二季度」「1、2月」「二、三两部分」: a numeral right after the marker means a list of numbers in a sentence,
 * not a heading.
 */
export function numeralListFollows(text: string, end: number): boolean {
  return /^[一二三四五六七八九十0-9０-９]{1,3}(?:[、.．季月年日号两]|部分)/.test(text.slice(end, end + 6));
}

/** The first 。！？ in [from, to), else `to`; by code unit, so a long paragraph allocates nothing. */
export function sentenceEnd(text: string, from: number, to: number): number {
  for (let q = from; q < to; q++) {
    const c = text.charCodeAt(q);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) return q;
  }
  return to;
}

// Inline enumerations 一是…二是…三是…: the finest level of a report's outline. Real text loses
// punctuation (「…36件二是深化…」), numerals (「是大力开展…」) and repeats numbers, so a marker is
// taken on its punctuation when it has some and on the running sequence when it has none.
import { chineseNumber, sentenceEnd } from './markers';
import { stripTrailing, type Line } from './lines';

export interface Enumeration {
  start: number;
  /** offset just past 是 */
  end: number;
  marker: string;
  n: number;
  title: string;
}

const NUMERAL = /[一二三四五六七八九十]/;
const OPEN_QUOTE = /[“「『《]/;
const CLOSE_QUOTE = /[”」』》]/;
// what may stand right before a marker that opens a clause
const CLAUSE_EDGE = /[。；;！？!?：:，,\s\u3000]/;
// 之一是, 统一是, 唯一是, 第一是…: words that end in a numeral, not markers
const WORD_BEFORE = /[第之统唯万同单逐划专其归合另这此任]/;
// 是否, 是的…: a sentence that merely starts with 是
const NOT_AFTER_BARE = /[否的不非为，,。；;：:\s]/;
// a quotation left open this long was never closed (unbalanced quotes are common in the sources)
const QUOTE_SPAN = 150;
const SENTENCE_END = /[。！？!?]/;
const INTEREST = /[“「『《”」』》是]/g;
// how far a 一是 with no punctuation before it looks for its 二是
const LOOKAHEAD = 3000;
const TRAILING = /[；;，,、：:\s\u3000]/;

function closesInSentence(text: string, from: number, end: number): boolean {
  for (let q = from; q < end; q++) {
    const c = text[q];
    if (CLOSE_QUOTE.test(c)) return true;
    if (SENTENCE_END.test(c) || OPEN_QUOTE.test(c)) return false;
  }
  return false;
}

interface BlockState {
  lastN: number;
  lastAtLineStart: boolean;
}

/**
 * Every inline enumeration marker of the text, with its clause. `boundaries` are the offsets where a
 * new block starts (heading candidates): numbering restarts there, so a marker without punctuation
 * is checked against its own block only. `stops` are further offsets a clause never runs past.
 * `source` is the text as given when `text` is a same-length copy made for matching (simplified
 * characters): markers and clauses are sliced from it.
 */
export function findEnumerations(
  text: string,
  lines: Line[],
  boundaries: number[],
  stops: number[] = [],
  source: string = text,
): Enumeration[] {
  const found: Array<Omit<Enumeration, 'title'> & { line: number }> = [];
  let b = 0;
  let block: BlockState = { lastN: 0, lastAtLineStart: false };
  const blockEnd = (i: number): number => (i < boundaries.length ? boundaries[i] : text.length);

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (line.chrome || line.content >= line.end) continue;
    let depth = 0;
    let openAt = 0;
    // jump from one quote or 是 to the next: the only characters that matter here
    // over the line alone, so a line with no hit never scans the rest of the text
    const seg = text.slice(line.content, line.end);
    INTEREST.lastIndex = 0;
    for (let hit = INTEREST.exec(seg); hit !== null; hit = INTEREST.exec(seg)) {
      const p = line.content + hit.index;
      while (b < boundaries.length && boundaries[b] <= p) {
        b++;
        block = { lastN: 0, lastAtLineStart: false };
      }
      const ch = hit[0];
      if (OPEN_QUOTE.test(ch)) {
        if (depth === 0) openAt = p;
        depth++;
        continue;
      }
      if (CLOSE_QUOTE.test(ch)) {
        if (depth > 0) depth--;
        continue;
      }
      if (depth > 0 && p - openAt > QUOTE_SPAN) depth = 0;
      if (ch !== '是') continue;
      // inside a quotation only if it closes before the sentence ends; else the quote was left open
      if (depth > 0) {
        if (closesInSentence(text, p, line.end)) continue;
        depth = 0;
      }

      let ns = p;
      while (ns > line.content && p - ns < 3 && NUMERAL.test(text[ns - 1])) ns--;
      const numeral = text.slice(ns, p);
      const atLineStart = ns === line.content;
      const prev = atLineStart ? '\n' : text[ns - 1];
      const next = text[p + 1];
      if (next === undefined || p + 1 >= line.end) continue;
      const edge = atLineStart || CLAUSE_EDGE.test(prev);

      let n: number | null;
      if (numeral === '') {
        // a numeral lost in the source: only in a running sequence, at a clause's start
        if (!(atLineStart || /[。；;]/.test(prev)) || block.lastN === 0 || NOT_AFTER_BARE.test(next)) continue;
        if (atLineStart && !block.lastAtLineStart) continue;
        n = block.lastN + 1;
      } else {
        n = chineseNumber(numeral);
        if (n === null) continue;
        if (!edge) {
          if (WORD_BEFORE.test(prev)) continue;
          if (n === 1) {
            const ahead = text.slice(p, Math.min(blockEnd(b), p + LOOKAHEAD));
            if (!ahead.includes('二是')) continue;
          } else if (block.lastN !== n - 1 && block.lastN !== n) continue;
        }
      }
      found.push({ start: ns, end: p + 1, marker: source.slice(ns, p + 1), n, line: li });
      block = { lastN: n, lastAtLineStart: atLineStart };
    }
  }

  const allStops = [...stops, ...found.map((f) => f.start)].sort((x, y) => x - y);
  let si = 0;
  return found.map((f) => {
    const line = lines[f.line];
    while (si < allStops.length && allStops[si] < f.end) si++;
    let cut = line.end;
    if (si < allStops.length && allStops[si] < cut) cut = allStops[si];
    cut = sentenceEnd(text, f.end, cut);
    const title = stripTrailing(source.slice(f.end, cut), TRAILING).trim();
    return { start: f.start, end: f.end, marker: f.marker, n: f.n, title };
  });
}

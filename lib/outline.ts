// The structured outline of a report: numbered headings nested by their marker's rank, unnumbered
// parts, and the inline enumerations inside them. Offsets point into the text as given.
import { findEnumerations, type Enumeration } from './enumerations';
import { runTogether, splitLines, stripTrailing, type Line } from './lines';
import { canStartMarker, markerAt, numeralListFollows, sentenceEnd, type Rank } from './markers';
import { partPhraseAtStart, partPhraseEnd, roleOfOpening, rolesOfTitle } from './sections';
import { looksTraditional, toSimplified } from './traditional';
import type { OutlineNode, Role } from './types';

interface Candidate {
  start: number;
  end: number;
  rank: Rank;
  n: number;
  marker: string;
  line: number;
  /** opens its line (own line or first sentence of a paragraph) */
  lineStart: boolean;
  /** the next candidate of its rank, before any of a higher rank, carries the next number */
  nextFollows: boolean;
  title: string;
  /** the line holding its title when the marker stands alone on its own (「（一）」 / 「健全…体系」) */
  titleLine?: number;
  /** see MarkerMatch.glued */
  glued?: boolean;
}

export interface Outline {
  outline: OutlineNode[];
  /** the roles each heading or part names, for the canonical parts */
  roles: Map<OutlineNode, Role[]>;
}

// where a heading may start inside a paragraph whose breaks were lost: after a sentence
const INLINE_EDGE = /[。！？!?]/g;
// …or after the lead-in that announces the list: 「现将有关情况报告如下：一、…」
const HEADING_EDGE = /[。！？!?：:]/g;
/** Longest line a numeral-and-comma heading (「三,存在的问题」) may be. */
const SHORT_HEADING = 30;
/** Longest line a numeral glued to its heading (「一主要工作」) may be. */
const GLUED_HEADING = 30;
const SKIP_AFTER = /[ \t\u3000”’」』]/;
const MARKER_START = /[一二三四五六七八九十（(0-9０-９\u2460-\u2473]/g;
// 第一、在一、…: a numeral inside a phrase, never a marker (only consulted on run-together pages)
// (and 》” 」: 「《…通知》二、三两部分」 cites part of the quoted document)
const PHRASE_BEFORE = /[第在和与及、至到或以其前后共近约超达为每各占逾零一二三四五六七八九十0-9０-９.．》”」]/;
// 统一、唯一、之一、…: words that end in a numeral
const WORD_BEFORE_NUMERAL = /[统唯之万同单逐划专归合另这此任]/;
const CN_NUMERAL = /[一二三四五六七八九十]/;
const TRAILING = /[。.;；:：,，、\s\u3000]/;
const stripped = (s: string): string => stripTrailing(s, TRAILING);
const FIGURE = /[0-9０-９](\.[0-9０-９]+)?\s*(余|多)?(件|个|人|万|亿|元|%|％|次|场|项|名|家|起|份|条|户|所|宗|批)/;
const MAX_TITLE = 80;

const SPACED_HEADING = /^(?:[^\s\u3000][ \u3000\u00a0]+){3,}[^\s\u3000](?=[\s\u3000]|$)/;
// a title stays as the page writes it, spaced-out headings (「主 要 工 作」) included: the panel
// highlights it by its length, and roles are read through forMatching, which drops those spaces
function cleanTitle(raw: string): string {
  let t = stripped(raw).trim();
  if (t.length > MAX_TITLE) {
    // a heading that never ends: keep its first clause
    const semi = t.search(/[；;]/);
    if (semi > 4 && semi <= MAX_TITLE) t = t.slice(0, semi);
    else {
      const comma = t.slice(8).search(/[，,]/);
      if (comma >= 0 && comma + 8 <= MAX_TITLE) t = t.slice(0, comma + 8);
    }
    t = stripped(t).trim();
  }
  return t;
}

function firstClause(title: string): string {
  const comma = title.search(/[，,；;：:]/);
  return comma >= 0 ? title.slice(0, comma) : title;
}

/** Reads like body text: long, or stating a figure (headings name themes, not counts). */
function bodyLike(title: string): boolean {
  return title.length > 50 || FIGURE.test(title);
}

// what follows a report's body: its attachments list, distribution and printing lines
const CLOSING = /^(?:附件[:：]|附件\s*\d|抄送[:：]|印发[:：]?|主送[:：]|[（(]此件(?:公开发布|依申请公开|不予公开)[)）])/;

/** The first line of the closing matter in the latter half of the text (lines.length when none):
 * nothing from there on is a heading, though 附件：1.… 2.… are numbered like items. */
function closingLine(text: string, lines: Line[]): number {
  for (let li = Math.floor(lines.length / 2); li < lines.length; li++) {
    const line = lines[li];
    if (CLOSING.test(text.slice(line.content, Math.min(line.end, line.content + 16)))) return li;
  }
  return lines.length;
}

/** A space left where a line ended a sentence (「…成效。 三,存在的问题」): not one inside a spaced-out
 * heading (「履 行 第 一 责 任」). */
function afterLostBreak(text: string, p: number): boolean {
  let q = p - 1;
  if (q < 0 || !/[\s\u3000]/.test(text[q])) return false;
  while (q > 0 && /[\s\u3000]/.test(text[q - 1])) q--;
  return q === 0 || /[。！？!?；;：:”」』)）]/.test(text[q - 1]);
}

function findCandidates(text: string, lines: Line[], flat: boolean[], source: string): Candidate[] {
  const out: Candidate[] = [];
  // `startLike`: where a line break was lost but a space was left, a heading may take the forms only
  // a line's start vouches for (「一 主要工作」「三,存在的问题」)
  let closingAt = text.length;
  const push = (pos: number, li: number, lineStart: boolean, startLike = lineStart): void => {
    if (pos >= closingAt) return;
    const m = markerAt(text, pos, startLike);
    if (!m) return;
    // a marker alone on its line, its title on the next: 「（一）」 / 「健全依法行政制度体系」
    if (m.end >= lines[li].end || /^[\s\u3000]*$/.test(text.slice(m.end, lines[li].end))) {
      const next = lines[li + 1];
      if (!lineStart || !next || next.end - next.content > SHORT_HEADING || next.end <= next.content) return;
      if (/[。；;，,]/.test(text.slice(next.content, next.end))) return;
      out.push({ start: pos, end: m.end, rank: m.rank, n: m.n, marker: source.slice(pos, pos + m.marker.length), line: li, lineStart, nextFollows: false, title: '', titleLine: li + 1 });
      return;
    }
    if (numeralListFollows(text, m.end)) return;
    // 「一主要工作」: only a short line with no punctuation at all is a heading with its mark lost
    // (on a run-together line, up to the space left where its line ended)
    if (m.glued) {
      const space = lineStart ? -1 : text.slice(m.end, lines[li].end).search(/[\s\u3000]/);
      const stop = space >= 0 ? m.end + space : lines[li].end;
      if (stop - pos > GLUED_HEADING || /[，,。；;、：:！？!?（(]/.test(text.slice(m.end, stop))) return;
    }
    let end = m.end;
    const marker = source.slice(pos, pos + m.marker.length);
    // 「三,存在的问题」: a numeral and a comma head only a short heading (ending its line, or a space or
    // a full stop away on a run-together line)
    if (/[，,]$/.test(m.marker)) {
      const rest = text.slice(end, Math.min(lines[li].end, end + SHORT_HEADING + 1));
      const stop = lineStart ? (lines[li].end - end <= SHORT_HEADING ? rest.length : -1) : rest.search(/[\s\u3000。]/);
      if (stop < 0 || /[，,。]/.test(rest.slice(0, stop))) return;
    }
    // 「（二）、规范依法决策」: a stray mark after a closed bracket heading a line (or a run-together
    // line's next heading) belongs to the marker
    if ((lineStart || flat[li]) && /[）)]$/.test(m.marker) && /[、，,]/.test(text[end] ?? '')) {
      end++;
      while (end < lines[li].end && /[ \t\u3000]/.test(text[end])) end++;
    }
    if (/[，,。；;、]/.test(text[end])) return;
    out.push({ start: pos, end, rank: m.rank, n: m.n, marker, line: li, lineStart, nextFollows: false, title: '', glued: m.glued });
  };
  const closing = closingLine(text, lines);
  // on a run-together line the closing matter starts mid-line: 「…2025年工作安排。附件：1.…」
  const half = Math.floor(text.length / 2);
  const glued = text.slice(half).search(/[\s。]附件[:：]/);
  closingAt = Math.min(closing < lines.length ? lines[closing].content : text.length, glued >= 0 ? half + glued : text.length);
  for (let li = 0; li < closing; li++) {
    const line = lines[li];
    if (line.chrome || line.content >= line.end) continue;
    push(line.content, li, true);
    // regexes run over the line alone, so a line with no hit never scans the rest of the text
    const seg = text.slice(line.content, line.end);
    if (flat[li]) {
      MARKER_START.lastIndex = 1;
      for (let m = MARKER_START.exec(seg); m !== null; m = MARKER_START.exec(seg)) {
        const p = line.content + m.index;
        const before = text[p - 1];
        if (!PHRASE_BEFORE.test(before) && !(CN_NUMERAL.test(text[p]) && WORD_BEFORE_NUMERAL.test(before))) push(p, li, false, afterLostBreak(text, p));
      }
      continue;
    }
    // within a paragraph, a heading can only follow a finished sentence
    HEADING_EDGE.lastIndex = 0;
    for (let m = HEADING_EDGE.exec(seg); m !== null; m = HEADING_EDGE.exec(seg)) {
      let p = line.content + m.index + 1;
      while (p < line.end && SKIP_AFTER.test(text[p])) p++;
      if (p < line.end && canStartMarker(text[p])) push(p, li, false);
    }
  }
  // backwards, the number each rank's next candidate carries (a higher rank ends the list)
  const nextN: Array<number | null> = [null, null, null, null, null];
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i];
    c.nextFollows = nextN[c.rank] === c.n + 1;
    nextN[c.rank] = c.n;
    for (let r = c.rank + 1; r <= 4; r++) nextN[r] = null;
  }
  return out;
}

// a body sentence glued to a heading whose line break was lost: 「…全面领导我县高度重视…」「…工作思路2024年,…」
// the leaders as the subject of the body's first sentence: 「县委书记、县长带头…」「区委、区政府主要负责同志…」
// (not 「落实县委、县政府决策部署」, where they close a heading)
const LEADERS_OPENING =
  /(?:([县区市镇乡州旗])(?:委|党委)(?:书记)?、\1(?:政府|长)|([局厅])党[组委](?:书记)?、\2长)(?:主要负责|高度|始终|坚持|认真|切实|带头|全面|深入|坚决|把|将)/g;
const BODY_OPENING = /虽然|今年以来|近年来|一年来|(20[0-9]{2}|２０[０-９]{2}|二[〇零○][一二三四五六七八九〇零○]{2})年度?[，,]|坚持以习近平|我(县|区|市|局|镇|乡|委|厅|省|州|旗|办|院)(高度|始终|坚持|认真|全面|深入|积极|不断|紧紧|持续|把|以|将)/g;
// clause punctuation or a joining word right after a part phrase: the heading goes on
const GOES_ON = /[，,、；;：:（(“"和及与]/;

/**
 * Where a heading inside a paragraph or on a run-together line ends when no 。 ends it: after the part phrase it
 * names (「下一年度工作安排」), at a space, or before a body sentence's opening words. `to` when none shows.
 */
function headingEnd(text: string, from: number, to: number): number {
  const t = text.slice(from, to);
  // Chinese puts no space inside a sentence: a space left where a heading's line ended ends it,
  // and a heading spaced out character by character (「强 化 组 织 领 导」) ends with its last single
  const spacedOut = SPACED_HEADING.exec(t);
  const gap = /[^\s\u3000][\s\u3000]+(?=[^\s\u3000])/.exec(t);
  let cut = spacedOut ? spacedOut[0].length : gap && gap.index >= 1 ? gap.index + 1 : t.length;
  const phrase = partPhraseEnd(t);
  if (phrase > 0 && phrase < t.length && !GOES_ON.test(t[phrase])) cut = phrase;
  for (const re of [BODY_OPENING, LEADERS_OPENING]) {
    re.lastIndex = 4;
    const body = re.exec(t);
    if (body && body.index < cut) cut = body.index;
  }
  return from + cut;
}

function titleCandidates(text: string, lines: Line[], cands: Candidate[], enums: Enumeration[], source: string, flat: boolean[]): void {
  let ei = 0;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.titleLine !== undefined) {
      const own = lines[c.titleLine];
      c.title = cleanTitle(source.slice(own.content, own.end));
      continue;
    }
    let cut = lines[c.line].end;
    const next = cands[i + 1];
    if (next && next.line === c.line && next.start < cut) cut = next.start;
    while (ei < enums.length && enums[ei].start < c.end) ei++;
    if (ei < enums.length && enums[ei].start < cut) cut = enums[ei].start;
    cut = sentenceEnd(text, c.end, cut);
    if (flat[c.line] || !c.lineStart) cut = headingEnd(text, c.end, cut);
    c.title = cleanTitle(source.slice(c.end, cut));
  }
}

interface Open {
  node: OutlineNode;
  /** marker rank; 0 for an unnumbered part */
  rank: number;
  roles: Role[];
  last: number[];
  /** the line it opens on (-1 for a part) */
  line: number;
}

const PART_LINE_MAX = 40;
// what follows a part's heading phrase when it is a heading glued to its body, not a sentence's subject
const BODY_AFTER_PART =
  /[。：:]|[一二三四五六七八九十]是|[（(][一二三四五六七八九十0-9０-９]|[0-9０-９]{1,2}[.．、]|(20[0-9]{2}|２０[０-９]{2}|二[〇零○][一二三四五六七八九〇零○]{2})年|虽然|今年以来|近年来|一年来|主要(表现|有|是|为)|我(县|区|市|局|镇|乡|委|厅|省|州|旗|办|院)/y;

/** The end of the sentence or lead-in clause opening at `from` (its 。！？ or ：), else `to`. */
// by code unit: text[q] of a CJK text allocates a string per character
const CLAUSE_STOPS = new Set([...'。！？!?：:'].map((c) => c.charCodeAt(0)));
function clauseStop(text: string, from: number, to: number): number {
  for (let q = from; q < to; q++) if (CLAUSE_STOPS.has(text.charCodeAt(q))) return q;
  return to;
}

/** The heading-like line of an unnumbered part: 「存在的问题」「下一步工作」. */
function partHeadingLine(s: string, length: number, reportYear: number | null): Role[] {
  if (length > PART_LINE_MAX) return [];
  const bare = stripped(s);
  // a heading line is a bare phrase: no clause punctuation, no quotation
  if (bare.length > 30 || /[，,。；;！？!?“”"]/.test(bare)) return [];
  if (/报告/.test(s) && !/需要报告/.test(s)) return [];
  if (/^[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月/.test(s)) return [];
  return rolesOfTitle(s, reportYear);
}

/**
 * The year the report covers when metadata has none: reports open on it (「2024年,…」 or a title
 * line 「…2024年法治政府建设…」), and next year's plans are told apart from this year's by it.
 */
function openingYear(text: string, lines: Line[]): number | null {
  for (const line of lines) {
    if (line.content > 800) break;
    if (line.chrome) continue; // 发布时间: 2025年03月05日 is the publication, not the report year
    // a year, not a date (2025年3月5日)
    const m = /(20\d\d)\s*年(?!\s*[0-9０-９]{1,2}\s*月)/.exec(text.slice(line.content, line.end));
    if (m) return Number(m[1]);
  }
  return null;
}

export function buildOutline(source: string, givenYear: number | null = null): Outline {
  // patterns are written in simplified characters; a traditional page is read through a
  // same-length simplified copy, and every title is still sliced from the text as given
  const sample = source.slice(0, 3000);
  const text = looksTraditional(sample) ? toSimplified(source) : source;
  const lines = splitLines(text);
  const reportYear = givenYear ?? openingYear(text, lines);
  const flat = runTogether(lines);
  const cands = findCandidates(text, lines, flat, source);
  const starts = cands.map((c) => c.start);
  const enums = findEnumerations(text, lines, starts, starts, source);
  titleCandidates(text, lines, cands, enums, source, flat);

  const roots: OutlineNode[] = [];
  const roles = new Map<OutlineNode, Role[]>();
  const rootLast: number[] = [0, 0, 0, 0, 0];
  const globalLast: number[] = [0, 0, 0, 0, 0];
  let stack: Open[] = [];
  let topRank: number | null = null;

  const attach = (node: OutlineNode, depth: number): void => {
    if (depth === 0) roots.push(node);
    else stack[depth - 1].node.children.push(node);
  };

  const openPart = (start: number, title: string, partRoles: Role[]): void => {
    const node: OutlineNode = { kind: 'part', level: 1, marker: '', title, start, children: [] };
    roles.set(node, partRoles);
    roots.push(node);
    stack = [{ node, rank: 0, roles: partRoles, last: [0, 0, 0, 0, 0], line: -1 }];
  };

  /**
   * A part with no number, opening at `start` (a paragraph's start, or a sentence's on a run-together
   * line, where `inline` is set): a heading line 「存在的问题」, or a sentence announcing a part.
   */
  const tryPart = (start: number, end: number, inline: boolean): void => {
    const top = stack[0];
    const topRoles = top ? (top.roles.length ? top.roles : ['measures' as Role]) : [];
    if (!inline) {
      const asLine = partHeadingLine(text.slice(start, Math.min(end, start + PART_LINE_MAX)), end - start, reportYear);
      if (asLine.length) {
        if (!asLine.some((r) => topRoles.includes(r))) openPart(start, stripped(source.slice(start, end)), asLine);
        return;
      }
    }
    if (roots.length === 0) return; // the preamble announces no part
    if (inline) {
      // the heading line of a part, its break lost: 「存在的不足一是…」
      const len = partPhraseAtStart(text, start);
      if (len > 0) {
        BODY_AFTER_PART.lastIndex = start + len;
        const phraseRoles = rolesOfTitle(text.slice(start, start + len), reportYear);
        if (phraseRoles.length && (start + len >= end || BODY_AFTER_PART.test(text))) {
          if (!phraseRoles.some((r) => topRoles.includes(r))) openPart(start, source.slice(start, start + len), phraseRoles);
          return;
        }
      }
    }
    const sentence = text.slice(start, clauseStop(text, start, end));
    const role = roleOfOpening(sentence, reportYear);
    // a part is titled by its whole opening sentence, however long
    if (role && !topRoles.includes(role)) openPart(start, stripped(source.slice(start, start + sentence.length)), [role]);
  };

  const tryHeading = (c: Candidate): void => {
    if (!c.title) return;
    let depth = stack.length;
    while (depth > 0) {
      const o = stack[depth - 1];
      // a part holds numbered headings below the report's top rank, and a fresh list at that rank
      // (（一） again after 下一步工作打算); a heading that carries on the top numbering closes it
      const pops = o.rank === 0 ? topRank !== null && (c.rank < topRank || (c.rank === topRank && c.n !== 1)) : o.rank >= c.rank;
      if (!pops) break;
      depth--;
    }
    const last = depth > 0 ? stack[depth - 1].last : rootLast;
    const prev = last[c.rank];
    const running = prev === 0 && globalLast[c.rank] > 0 && c.n === globalLast[c.rank] + 1;
    const inSeq = (prev === 0 && c.n === 1) || (prev > 0 && c.n === prev + 1) || running;
    let ok: boolean;
    if (c.glued) ok = inSeq && (c.nextFollows || prev > 0);
    else if (c.lineStart) ok = inSeq || !bodyLike(c.title);
    else if (flat[c.line]) {
      // a slip in the numbering (二、四、 or 三、三、) passes when the heading names a canonical part
      const slip = prev > 0 && (c.n === prev || c.n === prev + 2) && rolesOfTitle(c.title, reportYear).length > 0;
      // a target may close a heading (「…，力争网上可办率达到100%」); a figure in its first clause is body
      // text, unless the heading is one of a run (（一）…（二）…（三）…: next year's targets as headings)
      const run = inSeq && (c.nextFollows || prev > 0);
      ok = (inSeq || slip) && c.title.length <= MAX_TITLE && (run || !FIGURE.test(firstClause(c.title)));
    }
    else {
      // paragraphs run together: the next heading of a list, the first of a sub-list right after
      // its parent heading's sentence on the same line, or the first of a list whose second follows
      const parent = depth > 0 ? stack[depth - 1] : null;
      const opensSubList = prev === 0 && c.n === 1 && parent !== null && parent.rank > 0 && parent.rank < c.rank && parent.line === c.line;
      const opensList = prev === 0 && c.n === 1 && c.nextFollows;
      ok = ((prev > 0 && c.n === prev + 1) || opensSubList || opensList) && !bodyLike(c.title);
    }
    if (!ok) return;

    stack = stack.slice(0, depth);
    const node: OutlineNode = { kind: 'heading', level: depth + 1, marker: c.marker, title: c.title, start: c.start, children: [] };
    const own = rolesOfTitle(c.title, reportYear);
    roles.set(node, own);
    attach(node, depth);
    last[c.rank] = c.n;
    // deeper numbering restarts under a new heading
    for (let r = c.rank + 1; r <= 4; r++) last[r] = 0;
    globalLast[c.rank] = c.n;
    if (depth === 0) topRank = topRank === null ? c.rank : Math.min(topRank, c.rank);
    stack.push({ node, rank: c.rank, roles: own, last: [0, 0, 0, 0, 0], line: c.line });
  };

  const addEnumeration = (e: Enumeration): void => {
    if (!e.title) return;
    const node: OutlineNode = { kind: 'enumeration', level: stack.length + 1, marker: e.marker, title: e.title, start: e.start, children: [] };
    attach(node, stack.length);
  };

  let ci = 0;
  let ei = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (line.chrome || line.content >= line.end) continue;
    const opensWithMarker =
      (ci < cands.length && cands[ci].start === line.content) || (ei < enums.length && enums[ei].start === line.content);
    if (!opensWithMarker) tryPart(line.content, line.end, false);
    // on a run-together line every sentence may open a part, as a paragraph does elsewhere
    const sentences = flat[li] ? sentenceStarts(text, line) : [];
    let si = 0;
    for (;;) {
      const c = ci < cands.length && cands[ci].start < line.end ? cands[ci] : null;
      const e = ei < enums.length && enums[ei].start < line.end ? enums[ei] : null;
      const p = si < sentences.length ? sentences[si] : -1;
      const first = Math.min(c ? c.start : Infinity, e ? e.start : Infinity);
      if (p >= 0 && p <= first) {
        si++;
        if (p < first) tryPart(p, line.end, true);
        continue;
      }
      if (c && (!e || c.start <= e.start)) {
        tryHeading(c);
        ci++;
      } else if (e) {
        addEnumeration(e);
        ei++;
      } else break;
    }
  }
  return { outline: roots, roles };
}

/** Where the sentences after the first begin on a line: past each 。！？ and any space or closing quote. */
function sentenceStarts(text: string, line: Line): number[] {
  const starts: number[] = [];
  const seg = text.slice(line.content, line.end);
  INLINE_EDGE.lastIndex = 0;
  for (let m = INLINE_EDGE.exec(seg); m !== null; m = INLINE_EDGE.exec(seg)) {
    let p = line.content + m.index + 1;
    while (p < line.end && SKIP_AFTER.test(text[p])) p++;
    if (p < line.end && starts[starts.length - 1] !== p) starts.push(p);
  }
  return starts;
}

/** Every node, depth first, in document order. */
export function flattenOutline(nodes: OutlineNode[], acc: OutlineNode[] = []): OutlineNode[] {
  for (const n of nodes) {
    acc.push(n);
    flattenOutline(n.children, acc);
  }
  return acc;
}

// The report's numeric indicators: every figure stating an amount of work or a rate, with a readable
// subject, its catalogue key when it has one, and the verbatim words it came from.
import { chromeSpans } from './chrome';
import { TOPICS, catalogueKey, catalogueRank } from './catalogue';
import { afterTitles, carriedTopic, needsSubject, overlaps, saysOnlyWhatWasDone, trimSpan, type Span } from './labels';
import { scanFigures, type Figure } from './numbers';
import { planRanges } from './plans';
import { toSimplified } from './traditional';
import type { Indicator, Section } from './types';

// As sets of code units: the loops below read code units, since text[i] of a CJK text allocates a string.
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLAUSE_END = codes('，,；;。：:！？!?\n');
const SENTENCE_END = codes('。！？!?\n');
// How far back a clause, sentence or title may reach; bounds the work per figure.
const CLAUSE_REACH = 80;
const SENTENCE_REACH = 400;
const LABEL_MAX = 24;
// the words after a figure stop at the next list item or aside (60处、落地牌匾; 28件(驳回…)
const POST_END = codes('，,；;。：:！？!?\n、');
// and before a run-on enumeration marker (「…36件二是深化…」, a page that lost its punctuation) or
// an adverb opening the predicate (51名村(社区)法律顾问|共提供法律服务)
const POST_STOP = /^(?:[一二三四五六七八九十]是|共(?![享建治同性])|累计|均|全部|先后|分别|已)/;
// the first characters POST_STOP can start with: most positions are rejected without a slice
const POST_STOP_FIRST = codes('一二三四五六七八九十共累均全先分已');
const POST_MAX = 16;

const GROWTH = /(?:增长|上升|下降|提高|提升|增加|减少|降低|缩减|压缩|缩短|翻)(?:了)?(?:约|近|超过|超|达到|达)?$/;
const GROWTH_WORDS = /较|比|上年|去年|同期|同比|环比|增长|上升|下降|提高|提升|增加|减少|降低|了/g;
const RATE_UNITS = new Set(['%', '‰', '个百分点', '百分点']);

interface Draft extends Indicator {
  order: number;
}

/**
 * The figures of a report's text, catalogued ones first (in catalogue order, then document order),
 * the rest in document order. `sections` (from the outline) mark the next-year plans, whose figures
 * are targets; each section runs from its start to the next one's.
 */
export function extractIndicators(text: string, sections: Section[]): Indicator[] {
  // patterns are written in simplified characters; the copy keeps every offset (traditional.ts)
  const simple = toSimplified(text); // the text itself when it has no traditional character
  const chrome = chromeSpans(text);
  const plans = planRanges(simple, sections);
  const figures = scanFigures(simple).filter(
    (f) =>
      !inSpans(chrome, f.numStart) &&
      !inQuotedName(simple, f) &&
      titleAround(simple, f.numStart)?.counted !== false,
  );
  // one scan for both: every sentence end is a clause end
  const clauses = new Boundaries(simple, clauseEnds(simple));
  const sentences = new Boundaries(simple, clauses.at.filter((i) => SENTENCE_END.has(simple.charCodeAt(i))));
  const drafts: Draft[] = [];
  // labels already given in the current sentence, to carry a subject to verb-only clauses
  let sentenceStart = -1;
  let sentenceLabels: string[] = [];
  // and those of the sentence before, when it is in the same paragraph (受案率84.69%。审结70件)
  let earlierLabels: string[] = [];
  let earlierParagraph = -1;
  let sentenceParagraph = -1;
  // the last newline before the current figure, found in one forward pass over the text
  let paragraph = -1;
  let scanned = 0;
  // 「A、B分别为10件、20件」: the subjects named once, handed out in turn
  let respectively: Respectively | null = null;
  // the drafts each figure gave, [first, end) in `drafts`
  const given: Array<[number, number]> = [];
  figures.forEach((f, i) => {
    const firstDraft = drafts.length;
    const prev = i > 0 ? figures[i - 1] : null;
    const next = i + 1 < figures.length ? figures[i + 1] : null;
    const sStart = sentences.before(f.numStart, SENTENCE_REACH);
    for (; scanned < f.numStart; scanned++) if (simple.charCodeAt(scanned) === 10) paragraph = scanned;
    if (sStart !== sentenceStart) {
      if (sentenceLabels.length) {
        earlierLabels = sentenceLabels;
        earlierParagraph = sentenceParagraph;
      }
      sentenceStart = sStart;
      sentenceLabels = [];
    }
    sentenceParagraph = paragraph;
    const cStart = clauses.before(f.numStart, CLAUSE_REACH);
    const preStart = prev && prev.end > cStart ? prev.end : cStart;
    const qualifierLen = f.numStart - f.prefix.length >= preStart ? f.prefix.length : 0;
    const rawPre: Span = { text: simple.slice(preStart, f.numStart - qualifierLen), start: preStart };
    const sentence = simple.slice(sStart, sentences.after(f.end, SENTENCE_REACH));
    const kind = kindOf(f, rawPre.text);

    let own: Subject[] | null = null;
    respectively = listedRespectively(rawPre, respectively);
    if (respectively && respectively.next < respectively.parts.length) {
      const part = respectively.parts[respectively.next++];
      const label = clip(part.text + respectively.predicate);
      own = [{ label, quoteStart: respectively.parts[0].start, quoteEnd: f.end }];
    }

    // what the sentence opened with before its figures: 「人民调解：受理纠纷…」, 「对…进行合法性审查，全年共审查107件」
    const lead = leadOf(simple, sStart, prev && prev.end > sStart ? prev.end : sStart, cStart);

    for (const subject of own ?? subjects(simple, f, rawPre, cStart, next)) {
      const earlier = earlierParagraph === paragraph ? earlierLabels : [];
      const label = withSubject(subject.label, kind, sentenceLabels, earlier, lead) || f.unit;
      const quoteStart = Math.min(subject.quoteStart, f.numStart - qualifierLen);
      const quoteEnd = Math.max(subject.quoteEnd, f.end);
      const fuller = subject.words && subject.words !== subject.label ? catalogueKey(subject.words, f.unit, sentence) : null;
      drafts.push({
        key: priorYear(rawPre.text)
          ? null
          : fuller ?? catalogueKey(label, f.unit, sentence) ?? (lead && bareVerb(subject.label) ? catalogueKey(lead + label, f.unit, sentence) : null),
        kind,
        label,
        value: f.value,
        unit: f.unit,
        approx: f.approx,
        target: inRanges(plans, f.numStart),
        quote: text.slice(quoteStart, quoteEnd),
        start: quoteStart,
        order: drafts.length,
      });
    }
    given.push([firstDraft, drafts.length]);
    const last = drafts[drafts.length - 1];
    // a few recent labels are enough to find a subject, and keep a run-on "sentence" cheap
    if (last && last.label.length > 2) sentenceLabels = [...sentenceLabels.slice(-7), last.label];
  });
  fromTo(text, simple, figures, given, drafts);
  drafts.sort((a, b) => catalogueRank(a.key) - catalogueRank(b.key) || a.order - b.order);
  return drafts.map(({ order: _order, ...ind }) => ind);
}

// 「网上可办率由上年的87.4%提升至97.6%」: the second figure is the current value of what the first names
const FROM_BEFORE = /由(?:上年|去年|上一年|前一年|[0-9０-９]{4}年)?(?:度)?(?:的)?$/;
const TO_BETWEEN = /^(?:提升|提高|增加|增长|上升|下降|降低|减少|缩短|压缩|缩减|扩大)(?:了)?(?:到|至)$/;

/** 「X由A提升至B」: B takes X's label and key; A, the earlier value, keeps its words but no key. */
function fromTo(text: string, simple: string, figures: readonly Figure[], given: ReadonlyArray<[number, number]>, drafts: Draft[]): void {
  for (let i = 1; i < figures.length; i++) {
    const a = figures[i - 1];
    const b = figures[i];
    const [a0, a1] = given[i - 1];
    const [b0, b1] = given[i];
    if (a1 - a0 !== 1 || b1 - b0 !== 1 || a.unit !== b.unit) continue;
    if (!TO_BETWEEN.test(simple.slice(a.end, b.numStart - b.prefix.length).trim())) continue;
    if (!FROM_BEFORE.test(simple.slice(Math.max(0, a.numStart - a.prefix.length - 8), a.numStart - a.prefix.length))) continue;
    const from = drafts[a0];
    const to = drafts[b0];
    const base = from.label.replace(/由.*$/, '') || from.label;
    const when = /由(上年|去年|上一年|前一年|[0-9０-９]{4}年)/.exec(simple.slice(Math.max(0, a.numStart - 12), a.numStart));
    to.label = base;
    to.key = from.key;
    from.label = when ? when[1] + base : `${base}（原）`;
    // one quote for both: the words, the earlier value and the current one
    to.quote = text.slice(from.start, Math.max(to.start + to.quote.length, from.start + from.quote.length));
    to.start = from.start;
    from.key = null;
  }
}

interface Subject {
  label: string;
  /** the naming words before the label was clipped to LABEL_MAX: what the catalogue reads, since a
   * long clause's verb (「审查…等涉法事务164件」) is what a clipped label loses first */
  words?: string;
  quoteStart: number;
  quoteEnd: number;
}

interface Respectively {
  parts: Span[];
  predicate: string;
  next: number;
}

/**
 * 「A、B分别接待咨询1.5万人次、8000余人次」: subjects listed once, then handed out one per figure while
 * the figures follow each other with nothing but list marks between them.
 */
function listedRespectively(rawPre: Span, current: Respectively | null): Respectively | null {
  const listed = rawPre.text.includes('分别') ? rawPre.text.match(/^(.*?)分别(.{0,12})$/u) : null;
  if (listed && /[、和]/.test(listed[1])) {
    const parts = splitList({ text: listed[1], start: rawPre.start }, /[、和]/);
    const predicate = trimSpan({ text: listed[2], start: 0 }).text;
    return parts.length >= 2 ? { parts, predicate, next: 0 } : null;
  }
  return current && /^[\s、,，和及与]*$/.test(rawPre.text) ? current : null;
}

/**
 * A bare label takes the subject its sentence gave earlier (受理 → 行政复议受理; 调解率 → 行政复议调解率),
 * or the previous sentence's in the same paragraph; a bare growth says what grew (受理同比上升).
 */
function withSubject(label: string, kind: Indicator['kind'], sentence: string[], earlier: string[], lead: string | null): string {
  if (kind === 'growth' && label.replace(GROWTH_WORDS, '').length <= 1 && sentence.length > 0) {
    return sentence[sentence.length - 1] + label.replace(/^(?:较|比)(?:上年|去年)(?:同期)?/, '');
  }
  if (!needsSubject(label)) return label;
  const topic =
    carriedTopic(sentence) ?? (lead ? (TOPICS.find((t) => lead.includes(t)) ?? null) : null) ?? (saysOnlyWhatWasDone(label) ? carriedTopic(earlier) : null);
  return topic && !overlaps(label, topic) ? topic + label : label;
}

/**
 * What a figure counts: its clause's words before it (审查各类制度文件100余份), joined by the noun after
 * it where there is one (建立95个便民服务中心) unless those words run on to name the next figure
 * (减材料4.85份减环节3.63个); the title it sits in (《…清单(2023年版,共323项)》); and two subjects for
 * one figure when the clause says so (出庭应诉率、执行率均达到100%).
 */
function subjects(text: string, f: Figure, rawPre: Span, clauseStart: number, next: Figure | null): Subject[] {
  const title = titleAround(text, f.numStart);
  if (title && title.name.text.length >= 2) {
    return [{ label: clip(title.name.text), quoteStart: title.name.start, quoteEnd: f.end }];
  }

  const mayBeBoth = rawPre.text.includes('均') || rawPre.text.includes('都') || rawPre.text.includes('全部');
  const both = mayBeBoth ? rawPre.text.match(/^(.*?)(?:均|都|全部)(?:达到|达|为|是|实现)?$/u) : null;
  if (both && both[1].includes('、')) {
    const parts = splitList({ text: both[1], start: rawPre.start });
    if (parts.length >= 2 && parts.every((p) => p.text.length >= 2)) {
      const start = parts[0].start;
      return parts.map((p) => ({ label: clip(p.text), quoteStart: start, quoteEnd: f.end }));
    }
  }

  // the words between the previous figure and a conjunction belong to the previous figure
  // (27个县直部门和17个镇): this figure is named by what follows it
  const borrowed = endsWithConjunction(rawPre.text) && rawPre.start !== clauseStart;
  const pre = borrowed ? { text: '', start: f.numStart } : afterTitles(trimSpan(rawPre));
  const post = postSpan(text, f, next);
  const postEnd = post.start + post.text.length;
  // the quote keeps the clause's own opening words (将6项…, 截至目前6项…) even where the label drops them
  const lead = rawPre.text.match(/^[\s、,，;；:：。()（）]*/)![0].length;
  const opening = borrowed
    ? f.numStart
    : clipSpan({ text: rawPre.text.slice(lead), start: rawPre.start + lead }, LABEL_MAX).start;
  // …等9个部门, …的18个套餐: words ending in 等/的 lead to the noun after the figure
  const leadsOn = rawPre.text.endsWith('等') || rawPre.text.endsWith('的');
  // a one-character noun counts too where the words before are as short (全市2个区)
  const named = post.text.length >= 2 || (post.text.length === 1 && pre.text.length <= 2);
  if (named && (leadsOn || !(post.runsOn && pre.text.length > 2))) {
    // 「建立95个便民服务中心」: the counted noun follows the figure; the words before only lead to it
    // a list of members too long to keep (「打造A村、B村、C村3个示范村」) names which, not what: the
    // noun after the figure says what is counted, and the members stay in the quote. Members are
    // short names; a long last item (「可受理、办理各类…事项906项」) is a clause, not a member
    const room = Math.max(6, LABEL_MAX - post.text.length);
    const lastItem = pre.text.length - pre.text.lastIndexOf('、') - 1;
    const members = pre.text.length > room && pre.text.includes('、') && lastItem <= 8;
    const head = members ? { text: '', start: f.numStart } : trimSpan(clipLabel(pre, room));
    const quoteStart = Math.min(opening, head.text ? head.start : f.numStart);
    return [{ label: head.text + post.text, words: trimSpan(pre).text + post.text, quoteStart, quoteEnd: postEnd }];
  }
  const clipped = trimSpan(clipLabel(pre, LABEL_MAX));
  // when nothing here names it (截至目前6项均已完成) the whole clause is quoted; the subject is carried
  const end = clipped.text ? f.end : clauseEnd(text, f, next);
  const quoteStart = Math.min(opening, clipped.text ? clipped.start : f.numStart);
  return [{ label: clipped.text, words: trimSpan(pre).text, quoteStart, quoteEnd: end }];
}

// 「42件（上年57件）」「上年为146件」「上年同期为468件」: last year's value, told for comparison
const PRIOR_YEAR = /(?<!由)(?:上年|去年|上一年|前一年)(?:度)?(?:同期)?(?:为|是|的|共|达|有)?$/;
function priorYear(wordsBefore: string): boolean {
  return PRIOR_YEAR.test(wordsBefore.slice(-10));
}

const LEAD_MAX = 40;
// a figure's own words that are only a verb or a total, maybe after a time word (全年共审查, 累计受理,
// 共): what it counts is named in the lead
const BARE_VERB = /^(?:全年|今年|年内|当年)?(?:累计|共计|共|合计|总计|依法|已|现已)?(?:审查|审核|备案|受理|审结|办结|办理|结案|调解|调处|处理|化解|培训|接待|解答|查处|立案|收到|接收|出具)?$/;
function bareVerb(label: string): boolean {
  return BARE_VERB.test(label);
}

/**
 * The words a sentence opens with before its figures: up to a colon (「全年行政复议工作主要数据为：」
 * 「人民调解：」), else the figure-less clause right before this figure's (「对…涉法事项进行合法性审查，」).
 * They name the subject of the bare figures after them. Null when there are none.
 */
function leadOf(text: string, sentenceStart: number, from: number, clauseStart: number): string | null {
  const head = text.slice(sentenceStart, clauseStart);
  const colon = head.search(/[：:]/);
  if (colon > 0) return head.slice(Math.max(0, colon - LEAD_MAX), colon);
  if (clauseStart - from < 2 || from > clauseStart) return null;
  const words = text.slice(from, clauseStart).replace(/[，,；;、\s]+$/, '');
  return words.length >= 2 && !/[0-9０-９]/.test(words) ? words.slice(-LEAD_MAX) : null;
}

function clauseEnd(text: string, f: Figure, next: Figure | null): number {
  const limit = Math.min(text.length, f.end + POST_MAX, next ? next.numStart : text.length);
  let end = f.end;
  while (end < limit && !CLAUSE_END.has(text.charCodeAt(end))) end++;
  return end;
}

/** The naming words after a figure, up to the end of its clause or the next figure. */
function postSpan(text: string, f: Figure, next: Figure | null): Span & { runsOn: boolean } {
  let end = f.end;
  const limit = Math.min(text.length, f.end + POST_MAX, next ? next.numStart : text.length);
  // an aside right after the unit (28件(驳回申请3件…)) is not a name; 村(社区) inside one is
  if (/[(（]/.test(text[end] ?? '')) return { text: '', start: end, runsOn: false };
  while (end < limit && !POST_END.has(text.charCodeAt(end)) && !stopsAt(text, end)) end++;
  const raw = text.slice(f.end, end);
  const span = trimSpan({ text: raw, start: f.end });
  // words that run straight on into the next figure name that figure (减材料4.85份减环节3.63个),
  // unless they end in a conjunction (27个县直部门和17个镇)
  const runsOn = next !== null && end === next.numStart - next.prefix.length && !endsWithConjunction(raw);
  const named = endsWithConjunction(span.text) ? span.text.replace(/(?:以及|和|及|与|或)$/, '') : span.text;
  return { text: named, start: span.start, runsOn };
}

// 和 及 与 或 、: read as the last code unit (a regex ending in $ would try every position)
const CONJUNCTIONS = codes('和及与或、');
function endsWithConjunction(s: string): boolean {
  return s.length > 0 && CONJUNCTIONS.has(s.charCodeAt(s.length - 1));
}

function stopsAt(text: string, i: number): boolean {
  if (!POST_STOP_FIRST.has(text.charCodeAt(i)) || !POST_STOP.test(text.slice(i, i + 2))) return false;
  // 平均 and 公共 are words, not 均 or 共 opening a predicate
  return !((text[i] === '均' && text[i - 1] === '平') || (text[i] === '共' && text[i - 1] === '公'));
}

function splitList(span: Span, by: RegExp = /、/): Span[] {
  const out: Span[] = [];
  let pos = span.start;
  for (const piece of span.text.split(by)) {
    const t = trimSpan({ text: piece, start: pos });
    if (t.text) out.push(t);
    pos += piece.length + 1;
  }
  return out;
}

/**
 * The document title a figure sits in. A count in the title's brackets is a figure named by the
 * title (《海东市行政许可事项通用清单(2023年版,共323项)》); a number in the name itself is part of
 * the name (《优化营商环境20条》) and `counted` is false.
 */
function titleAround(text: string, at: number): { name: Span; counted: boolean } | null {
  const from = Math.max(0, at - CLAUSE_REACH);
  let open = -1;
  for (let i = at - 1; i >= from && open < 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x300b || c === 10) return null; // 》 or a line break
    if (c === 0x300a) open = i; // 《
  }
  if (open < 0) return null;
  const inner = text.slice(open + 1, at);
  const cut = inner.search(/[(（,，]/);
  const name = cut > 0 ? inner.slice(0, cut) : inner;
  return { name: { text: name, start: open + 1 }, counted: cut > 0 };
}

function clip(s: string): string {
  return s.length > LABEL_MAX ? s.slice(s.length - LABEL_MAX) : s;
}

// where a clipped label may start instead of mid-word: just past a particle or a list mark near the cut
const WORD_BREAK = codes('的、，,；;在对将把为与和及');
const WORD_BREAK_REACH = 10;

/** The last `max` characters of a label's words, starting after a particle near the cut when there is
 * one (「…县人民政府办公室制发的涉企…文件」 → 「涉企…文件」, not 「民政府办公室制发的…」). */
function clipLabel(span: Span, max: number): Span {
  const clipped = clipSpan(span, max);
  if (clipped === span) return span;
  const t = clipped.text;
  for (let i = 0; i < Math.min(WORD_BREAK_REACH, t.length - 2); i++) {
    if (WORD_BREAK.has(t.charCodeAt(i))) return { text: t.slice(i + 1), start: clipped.start + i + 1 };
  }
  return clipped;
}

function clipSpan(span: Span, max: number): Span {
  if (span.text.length <= max) return span;
  const cut = span.text.length - max;
  return { text: span.text.slice(cut), start: span.start + cut };
}

function kindOf(f: Figure, pre: string): Indicator['kind'] {
  if (f.unit === '倍') return 'growth';
  if (RATE_UNITS.has(f.unit)) return GROWTH.test(pre) ? 'growth' : 'rate';
  if (f.unit === '元') return 'amount';
  return 'count';
}

/** Offsets of the clause ends of a text: the regex engine finds the few faster than a loop over every code unit. */
function clauseEnds(text: string): number[] {
  const at: number[] = [];
  const re = /[，,；;。：:！？!?\n]/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) at.push(m.index);
  return at;
}

/** Positions of the boundary characters of a text, found once, searched by bisection. */
class Boundaries {
  constructor(
    private readonly text: string,
    readonly at: readonly number[],
  ) {}
  /** Just past the last boundary before `pos`, but no further back than `reach`. */
  /** Index of the first boundary at or after `pos`. */
  private firstFrom(pos: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  before(pos: number, reach: number): number {
    const lo = this.firstFrom(pos);
    const start = lo > 0 ? this.at[lo - 1] + 1 : 0;
    return Math.max(start, pos - reach);
  }
  /** The first boundary at or after `pos`, but no further on than `reach` (or the text's end). */
  after(pos: number, reach: number): number {
    const lo = this.firstFrom(pos);
    const end = lo < this.at.length ? this.at[lo] : this.text.length;
    return Math.min(end, pos + reach, this.text.length);
  }
}

const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”

/** A number inside a quoted name (“15分钟医保服务圈”, “河安2023”) names something; it counts nothing. */
function inQuotedName(text: string, f: Figure): boolean {
  const stopBack = Math.max(0, f.numStart - 30);
  let open = -1;
  for (let i = f.numStart - 1; i >= stopBack; i--) {
    const c = text.charCodeAt(i);
    if (c === CLOSE_QUOTE || SENTENCE_END.has(c)) return false;
    if (c === OPEN_QUOTE) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const stopFwd = Math.min(text.length, f.end + 30);
  for (let i = f.end; i < stopFwd; i++) {
    const c = text.charCodeAt(i);
    if (c === CLOSE_QUOTE) return true;
    if (c === OPEN_QUOTE || SENTENCE_END.has(c)) return false;
  }
  return false;
}

function inSpans(spans: Array<[number, number]>, at: number): boolean {
  return spans.some(([s, e]) => at >= s && at < e);
}

function inRanges(ranges: Array<[number, number]>, at: number): boolean {
  return ranges.some(([s, e]) => at >= s && at < e);
}

// Readable subjects for figures: the naming words of a figure's own clause, trimmed of the words
// that only link it to the number (共, 达到, 为…), and the subject an earlier clause carries over.
import { TOPICS } from './catalogue';

/** A span of text kept with its offset, so quotes stay verbatim substrings. */
export interface Span {
  text: string;
  start: number;
}

// Words that open a clause without naming anything: enumeration markers, time, linking adverbs.
const LEADING = new RegExp(
  '^(?:' +
    [
      '[一二三四五六七八九十]+是', '[一二三四五六七八九十]+[、.．]', '[(（][一二三四五六七八九十0-9０-９]+[)）]',
      '[2２][0０][0-9０-９]{2}年(?:度)?(?:以来|至今|全年|底|末)?', '今年以来', '今年', '全年', '年内', '截至目前', '截至[0-9０-９]+年底?',
      '截至', '截止', '目前', '同时', '此外', '另外', '其中', '并且', '其次', '以及', '共计', '总计', '合计', '累计',
      '先后',
      // one-character links, unless they begin a word of their own (及时, 和解, 共享, 对接, 为民…)
      '共(?![享建治同性])', '并(?![联购])', '且', '已', '还(?![原款])', '均(?![衡等])', '和(?![解谐])', '与(?![会])',
      '及(?![时早])', '又', '再(?![生])', '对(?![接外标])', '为(?![民])', '将', '另', '的(?![确])',
    ].join('|') +
    ')',
);
// Words that link the subject to its number: 达到100%, 为13%, 共15件, 高达98%.
const TRAILING = new RegExp(
  '(?:' +
    [
      '均达到', '均达', '均为', '分别为', '分别', '达到', '已达', '高达', '约为', '共计', '合计', '累计', '总计',
      '超过', '不少于', '不低于', '不超过', '不足', '未达', '不到', '将近', '接近', '大约', '逾', '达', '为',
      '是', '共', '均', '约', '近', '超', '计', '有', '了', '的',
    ].join('|') +
    ')$',
);


/** Strip linking words at both ends; the returned span is still a substring of the text. */
export function trimSpan(span: Span): Span {
  let { text, start } = span;
  for (let guard = 0; guard < 8; guard++) {
    const before = text;
    const lead = text.match(/^[\s、,，;；:：。()（）」』]+/);
    if (lead) {
      text = text.slice(lead[0].length);
      start += lead[0].length;
    }
    const l = text.match(LEADING);
    if (l) {
      text = text.slice(l[0].length);
      start += l[0].length;
    }
    text = trimEndMarks(text);
    // no linking word is longer than 3 characters: the regex need not try every position of the label
    const t = (text.length > 3 ? text.slice(-3) : text).match(TRAILING);
    if (t && t[0].length < text.length) text = text.slice(0, text.length - t[0].length);
    if (text === before) break;
  }
  const edge = text.match(/^[\s、,，;；:：。()（）」』]+/);
  if (edge) {
    text = text.slice(edge[0].length);
    start += edge[0].length;
  }
  return { text: trimEndMarks(text), start };
}

// a trailing run of these is dropped; read from the end, since a regex ending in $ tries every position
const END_MARK = /[\s、,，;；:：(（「『“]/;
function trimEndMarks(text: string): string {
  let end = text.length;
  while (end > 0 && END_MARK.test(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A label after the last closing title mark: 「《…通知》等县政府规范性文件」 names 县政府规范性文件. */
export function afterTitles(span: Span): Span {
  const close = span.text.lastIndexOf('》');
  if (close < 0 || close === span.text.length - 1) return span;
  const skip = close + 1 + (span.text[close + 1] === '等' ? 1 : 0);
  return trimSpan({ text: span.text.slice(skip), start: span.start + skip });
}

// Verbs after which the rest of a label names the subject (收到|行政复议申请, 完成|食品抽检).
const VERBS = new RegExp(
  ['收到', '受理', '办理', '办结', '审结', '开展', '完成', '查处', '审查', '审核', '发布', '清理', '接到', '组织',
    '举办', '参加', '建立', '设立', '推动', '投放', '出台', '制定', '提供', '服务', '解答', '配备', '聘请', '新增',
    '打造', '编制', '梳理', '实现'].join('|'),
  'g',
);

/** The subject a label carries to later clauses of its sentence: a catalogued topic, else its object. */
export function topicOf(label: string): string | null {
  for (const t of TOPICS) if (label.includes(t)) return t;
  let last = -1;
  let len = 0;
  for (const m of label.matchAll(VERBS)) {
    last = m.index;
    len = m[0].length;
  }
  if (last < 0) return null;
  const rest = label.slice(last + len);
  return rest.length >= 2 && rest.length <= 8 ? rest : null;
}

/**
 * The subject to carry to a verb-only clause: the nearest earlier label naming a catalogued topic,
 * else the nearest one's verb object.
 */
export function carriedTopic(labels: readonly string[]): string | null {
  for (let i = labels.length - 1; i >= 0; i--) for (const t of TOPICS) if (labels[i].includes(t)) return t;
  for (let i = labels.length - 1; i >= 0; i--) {
    const t = topicOf(labels[i]);
    if (t) return t;
  }
  return null;
}

/** Whether a and b share a two-character run (then prefixing one to the other would repeat it). */
export function overlaps(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

// Clause openings that only say what was done, not to what: 受理184件, 审结176件, 调解成功1142件.
const VERB_ONLY = new RegExp(
  '^(?:已|现已|共|依法)?(?:' +
    ['受理', '审结', '办结', '结案', '维持', '撤销', '变更', '驳回', '确认', '责令', '调解', '调处', '办理', '查处',
      '立案', '收到', '接待', '解答', '培训', '参训', '检查', '处理', '化解', '完成', '发放', '罚没', '罚款', '其他',
      '其中'].join('|') +
    ')',
);

/** Whether a label is too bare to stand alone and should take the subject of its sentence. */
export function needsSubject(label: string): boolean {
  return label.length <= 2 || saysOnlyWhatWasDone(label);
}

/** A rate or a verb with no object (调解率, 审结): the subject may even come from the sentence before. */
export function saysOnlyWhatWasDone(label: string): boolean {
  return label.length <= 4 && (/率$/.test(label) || VERB_ONLY.test(label));
}

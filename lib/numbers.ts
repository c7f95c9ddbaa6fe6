// Parsing the written forms of figures in Chinese reports: 197件, 2.2万人次, 6900余万元, 1.52亿元,
// 25万余人次, 超10万人, 近3000, 98.15%, 24倍有余, 3至5个, full-width digits (１２３％), and figures in
// Chinese numerals (一千二百余件, 三十六场次, 百分之百, 近千人次).
// Offsets always refer to the text as given; only the value is computed from a normalised copy.

export interface Figure {
  /** offset of the first digit */
  numStart: number;
  /** offset just past the figure (unit and trailing qualifier included) */
  end: number;
  value: number;
  /** the unit as written, NFKC-normalised (％ → %), multiplier removed (万元 → 元) */
  unit: string;
  approx: boolean;
  /** the words behind approx: 余, 多, 以上, 超, 不足… ('' when exact) */
  qualifier: string;
  /** the words written before the digits for an approximation (超, 约为, 未达到…); '' when none */
  prefix: string;
  /** a range such as 3至5个: value is its lower bound */
  range: boolean;
}

// Measure words of counts, amounts and rates, longest first so 人次 wins over 人 and 个百分点 over 个.
// Deliberately absent: 年 月 日 号 时 届 级 岁 (dates, document numbers, ranks and ages, not work).
const UNITS = [
  '个百分点', '百分点', '个工作日', '工作日', '个位次', '位次', '个月', '平方公里', '平方米', '立方米',
  '人（次）', '人(次)', '人次', '件次', '场次', '批次', '户次', '家次', '台次', '项次', '车次', '辆次', '艘次', '架次', '班次',
  '课时', '学时',
  '小时', '分钟', '公里', '千米', '公顷', '公斤', '千克', '万元', '亿元',
  '个', '件', '项', '人', '名', '位', '次', '场', '期', '份', '条', '家', '起', '宗', '例', '所', '处',
  '块', '辆', '台', '套', '笔', '本', '册', '面', '户', '部', '篇', '张', '封', '间', '座', '支', '队',
  '批', '轮', '节', '门', '类', '种', '组', '单', '卷', '栋', '艘', '吨', '亩', '米', '元', '天', '分',
  '倍', '%', '％', '‰',
].sort((a, b) => b.length - a.length);

const PREFIX_QUALIFIERS = [
  '将近', '接近', '大约', '不少于', '不低于', '不超过', '不足', '未达', '不到', '超过', '超', '逾', '近', '约',
].sort((a, b) => b.length - a.length);

const DIGIT = '[0-9０-９]';
// thousands separators (1,205 / １，２０５) only before exactly three digits, so 「197件,184件」 stays two
const NUM = `${DIGIT}{1,3}(?:[,，]${DIGIT}{3}(?!${DIGIT}))+(?:[.．]${DIGIT}+)?|${DIGIT}+(?:[.．]${DIGIT}+)?`;
// One linear pass; every part is a bounded alternation or a digit run, so nothing backtracks badly.
// a space may stand before the multiplier or the unit (「1,086 项」「98.5 %」「26.5 万人次」: Word and
// PDF copies put one there), but only before a unit that does not also open a word (「0 本年…」)
const SPACED_UNITS = ['个', '件', '项', '人', '名', '位', '次', '场', '份', '条', '家', '起', '宗', '例', '元', '%', '％', '‰']
  .concat(UNITS.filter((u) => u.length > 1));
const FIGURE = new RegExp(
  `(${NUM})(?:\\s?([-—–~～至到])\\s?(${NUM}))?(余|多)?(?:[ \\u00a0]?(亿|万|千(?![米克瓦])))?(余|多)?` +
    `(?:[ \\u00a0](?=${SPACED_UNITS.map(escape).join('|')}))?(${UNITS.map(escape).join('|')})?(以上|有余|左右|以下|以内)?`,
  'g',
);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Full-width digits and punctuation to ASCII, character for character (lengths kept). */
export function toHalfWidth(s: string): string {
  return s.replace(/[０-９．，％]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** A written number (digits, thousands commas, decimal point) as a value. */
export function parseNumber(written: string): number {
  return Number(toHalfWidth(written).replace(/[,，]/g, ''));
}

const MULTIPLIER: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8 };

/** Multiply without binary noise: 2.2 × 10000 is 22000, not 22000.000000000004. */
function scale(value: number, factor: number): number {
  // an integer below 10^12 is its own 12-digit rounding: most figures skip the string round trip
  if (factor === 1 && Number.isInteger(value) && Math.abs(value) < 1e12) return value;
  return Number((value * factor).toPrecision(12));
}

// the few units written with a compatibility form (％, 人（次）), normalised once each
const NORMALISED = new Map<string, string>();
function normalisedUnit(unit: string): string {
  let n = NORMALISED.get(unit);
  if (n === undefined) {
    n = unit.normalize('NFKC');
    NORMALISED.set(unit, n);
  }
  return n;
}

// Characters that glue a digit run into something other than a figure: 5G, 3A级, 1+6+N, 7×24,
// 2025.3.5, redactions (5******), a bigger number.
const GLUE_BEFORE = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ.．+＋×*＊/／#＃\-—–~～_]/;
const GLUE_AFTER = /^[A-Za-zＡ-Ｚａ-ｚ+＋×*＊/／#＃_]/;

/**
 * Every figure in text[from, to) that carries a unit. Years (2024年), dates (3月5日), document
 * numbers (〔2024〕3号), ordinals (第4届), names glued to digits (5G, 1+6+N) carry no unit or are
 * glued, so they never come out.
 */
export function scanFigures(text: string, from = 0, to = text.length): Figure[] {
  const out: Figure[] = [];
  const re = new RegExp(FIGURE.source, FIGURE.flags);
  const slice = text.slice(0, to);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const numStart = m.index;
    const end = numStart + m[0].length;
    // the character before the digits, across one space (「第 3 名」, the garbled 「1 2 3件」)
    const spaced = numStart > 1 && (text[numStart - 1] === ' ' || text[numStart - 1] === '\u00a0');
    const before = numStart > 0 ? text[spaced ? numStart - 2 : numStart - 1] : '';
    if (spaced && /[0-9０-９]/.test(before)) continue;
    const unitRaw = m[7] ?? '';
    if (!unitRaw && !countedAmount(text, numStart, end, m)) continue;
    if (before && GLUE_BEFORE.test(before)) continue;
    if (before === '第') continue;
    if (GLUE_AFTER.test(text.slice(end, end + 1))) continue;
    // 12.18地震, 2025.3.5: a decimal run followed by another dot and digits is a date
    if (/^[.．][0-9０-９]/.test(text.slice(end, end + 2))) continue;
    // 15分钟公共法律服务圈, 10公里生活圈: a distance or time that names a service radius
    if (/^(分钟|小时|公里|千米|米)$/.test(unitRaw) && /^[^，,；;。、\s]{0,8}圈/.test(text.slice(end, end + 9))) continue;
    const first = parseNumber(m[1]);
    if (!Number.isFinite(first)) continue;
    let unit = normalisedUnit(unitRaw);
    let factor = m[5] ? MULTIPLIER[m[5]] : 1;
    // 万元/亿元 as one unit: fold the multiplier into the value
    if (unit === '万元' || unit === '亿元') {
      factor *= unit === '万元' ? 1e4 : 1e8;
      unit = '元';
    }
    const qualifiers: string[] = [];
    const pre = prefixQualifier(text, numStart);
    if (pre) qualifiers.push(pre.word);
    if (m[4]) qualifiers.push(m[4]);
    if (m[6]) qualifiers.push(m[6]);
    if (m[8]) qualifiers.push(m[8]);
    const range = m[3] !== undefined;
    out.push({
      numStart,
      end,
      value: scale(first, factor),
      unit,
      approx: qualifiers.length > 0 || range,
      qualifier: qualifiers.join(''),
      prefix: pre ? pre.written : '',
      range,
    });
  }
  const cn = scanChineseFigures(text, from, to);
  return cn.length ? [...out, ...cn].sort((a, b) => a.numStart - b.numStart) : out;
}

// ---- figures in Chinese numerals

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const UNIT_ALT = UNITS.filter((u) => u !== '%' && u !== '％' && u !== '‰').map(escape).join('|');
// 一千二百余件, 三十六场次: a positional numeral (with 十 百 千 万 亿: 「三项制度」「一个机制」 are words,
// not counts), 余/多, a unit. 百分之九十五, 百分之百. 近千人次, 上万人: a round amount, approximate.
const CN_FIGURE = new RegExp(
  `百分之([零〇一二两三四五六七八九十百]{1,6})|(?<![第零〇一二两三四五六七八九十百千万亿])([零〇一二两三四五六七八九]?(?:[十百千万亿][零〇一二两三四五六七八九]?){1,6})(余|多)?(${UNIT_ALT})(以上|有余|左右|以下|以内)?|(近|(?<!以)上|逾)(千|万)(余)?(${UNIT_ALT})`,
  'g',
);

/** 一千二百 → 1200, 三十六 → 36, 十二 → 12, 两万 → 20000; null when it is no number. */
export function chineseValue(s: string): number | null {
  // 一亿二千万: the count of 亿, of 万, and what is below 万
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch];
    else if (ch in CN_UNIT) {
      section += (digit ?? (CN_UNIT[ch] === 10 ? 1 : 0)) * CN_UNIT[ch];
      digit = null;
    } else if (ch === '万') {
      wan = section + (digit ?? 0);
      section = 0;
      digit = null;
    } else if (ch === '亿') {
      yi = wan * 1e4 + section + (digit ?? 0);
      wan = 0;
      section = 0;
      digit = null;
    } else return null;
  }
  const v = yi * 1e8 + wan * 1e4 + section + (digit ?? 0);
  return v > 0 ? v : null;
}

// every figure in Chinese numerals holds one of these: the scan jumps from one to the next and tries
// the full pattern only there (at the character itself, or one before it: 三十, 近千)
const POSITIONAL = /[十百千万亿]/g;
const CN_FIGURE_AT = new RegExp(CN_FIGURE.source, 'y');

function scanChineseFigures(text: string, from: number, to: number): Figure[] {
  const out: Figure[] = [];
  const slice = text.slice(0, to);
  const hits = new RegExp(POSITIONAL.source, 'g');
  hits.lastIndex = from;
  for (let h = hits.exec(slice); h !== null; h = hits.exec(slice)) {
    let m: RegExpExecArray | null = null;
    for (const start of [h.index - 1, h.index]) {
      if (start < from) continue;
      CN_FIGURE_AT.lastIndex = start;
      m = CN_FIGURE_AT.exec(slice);
      if (m) break;
    }
    if (!m) continue;
    const end = m.index + m[0].length;
    hits.lastIndex = end;
    if (m[1] !== undefined) {
      const v = m[1] === '百' ? 100 : chineseValue(m[1]);
      if (v !== null && v <= 100) out.push({ numStart: m.index, end, value: v, unit: '%', approx: false, qualifier: '', prefix: '', range: false });
      continue;
    }
    if (m[6] !== undefined) {
      // 近千人次: the round amount is the figure, 近 its qualifier
      const round = m[7] === '千' ? 1e3 : 1e4;
      const written = normalisedUnit(m[9]);
      const folded = written === '万元' || written === '亿元';
      const value = folded ? scale(round, written === '万元' ? 1e4 : 1e8) : round;
      const numStart = m.index + 1;
      out.push({ numStart, end, value, unit: folded ? '元' : written, approx: true, qualifier: m[6] + (m[8] ?? ''), prefix: m[6], range: false });
      continue;
    }
    const v = chineseValue(m[2]);
    if (v === null || m[2].length < 2 && !/[十百千万亿]/.test(m[2])) continue;
    let unit = normalisedUnit(m[4]);
    let value = v;
    if (unit === '万元' || unit === '亿元') {
      value = scale(v, unit === '万元' ? 1e4 : 1e8);
      unit = '元';
    }
    const pre = prefixQualifier(text, m.index);
    const qualifiers = [pre?.word, m[3], m[5]].filter((q): q is string => !!q);
    out.push({ numStart: m.index, end, value, unit, approx: qualifiers.length > 0, qualifier: qualifiers.join(''), prefix: pre ? pre.written : '', range: false });
  }
  return out;
}

// A number without a unit is a figure only when its subject is itself a quantity (办件量近3000,
// 参与人数超5000); its unit is then ''. Any other bare number is a name, code, year or garble.
const QUANTITY_BEFORE = /(?:量|数|总数|数量|人数|总量)(?:共|达到|达|为|约|近|超过|超|逾|突破)?$/;
const BARE_AFTER = /^(?:$|[，,；;。：:！？!?、\s)）])/;

function countedAmount(text: string, numStart: number, end: number, m: RegExpExecArray): boolean {
  if (m[3] !== undefined) return false;
  if (!BARE_AFTER.test(text.slice(end, end + 1))) return false;
  const before = text.slice(Math.max(0, numStart - 8), numStart);
  return QUANTITY_BEFORE.test(before);
}

// 约为98%, 超过了3000人, 未达到90%: a linking word may stand between the qualifier and the digits.
// 预约/签约/附近 are words of their own, not 约/近 qualifying a number.
const PREFIX_WORDS = PREFIX_QUALIFIERS.map((q) =>
  q === '约' ? '(?<![预制签节违合公条契特履])约' : q === '近' ? '(?<![最附临])近' : q,
);
const PREFIX = new RegExp(`(${PREFIX_WORDS.join('|')})(?:为|达到|达|到|占|有|计|了)?$`);

/** The approximation word written before a number (超10万人, 近3000, 约为98%), and all it spans. */
export function prefixQualifier(text: string, numStart: number): { word: string; written: string } | null {
  const m = PREFIX.exec(text.slice(Math.max(0, numStart - 5), numStart));
  return m ? { word: m[1], written: m[0] } : null;
}

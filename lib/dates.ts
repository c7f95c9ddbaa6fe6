// Dates as portals and documents write them: 2025-03-05, 2025年03月05日, 2025/3/5 10:21, 2025.3.5,
// full-width digits, and the 二〇二四年二月四日 of signatures. Always returned as YYYY-MM-DD.

const CN_DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, 'О': 0, 'O': 0, '○': 0, 'Ｏ': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** Full-width digits to ASCII, one char for one char (offsets hold). */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** 二〇二四 → 2024 (digit by digit); 十二 → 12, 二十五 → 25 (day and month numerals). */
function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s.includes('十')) {
    let n = 0;
    for (const ch of s) {
      const d = CN_DIGIT[ch];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  const [tens, ones] = s.split('十');
  const t = tens ? CN_DIGIT[tens] : 1;
  const o = ones ? CN_DIGIT[ones] : 0;
  if (t === undefined || o === undefined) return null;
  return t * 10 + o;
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const NUMERIC = /(\d{4})\s*(?:年|[-/.．])\s*(\d{1,2})\s*(?:月|[-/.．])\s*(\d{1,2})(?!\d)/;
const CHINESE = /([〇零○OОＯ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** The first date written in s, in any of the forms above. */
export function findDate(s: string): FoundDate | null {
  const a = asciiDigits(s);
  const n = NUMERIC.exec(a);
  const c = CHINESE.exec(a);
  const hits: FoundDate[] = [];
  if (n) {
    const iso = isoDate(Number(n[1]), Number(n[2]), Number(n[3]));
    if (iso) hits.push({ iso, index: n.index, length: n[0].length });
  }
  if (c) {
    const y = cnNumber(c[1] ?? '');
    const m = cnNumber(c[2] ?? '');
    const d = cnNumber(c[3] ?? '');
    const iso = y !== null && m !== null && d !== null ? isoDate(y, m, d) : null;
    if (iso) hits.push({ iso, index: c.index, length: c[0].length });
  }
  hits.sort((x, y) => x.index - y.index);
  return hits[0] ?? null;
}

export function parseDate(s: string): string | null {
  return findDate(s)?.iso ?? null;
}

/** A line that is nothing but a date (a signature's date line): 2024年2月4日, 二〇二四年二月四日. */
export function dateLine(line: string): string | null {
  const s = line.trim().replace(/^[(（]|[)）]$/g, '');
  if (s.length > 24) return null;
  const f = findDate(s);
  if (!f || f.index !== 0) return null;
  const rest = s.slice(f.length).trim();
  return rest === '' || rest === '日' ? f.iso : null;
}

// Display helpers shared by the panel's views: numbers in the reader's language, subject of an
// indicator key, and a translation with a fallback when the table has no entry.
import type { Translate } from '../../lib/i18n';

/** t(key), or `fallback` when the table has no such key (t returns the key itself then). */
export function tOr(t: Translate, key: string, fallback: string, subs?: string | readonly string[]): string {
  const s = t(key, subs);
  return s && s !== key ? s : fallback;
}

/** A catalogue key's subject: `reconsideration.received` → `reconsideration`. */
export function subjectOf(key: string): string {
  const dot = key.indexOf('.');
  return dot < 0 ? key : key.slice(0, dot);
}

/** The message name for a catalogue key (message names allow only [A-Za-z0-9_]). */
export function keyMessage(prefix: string, key: string): string {
  return prefix + key.replace(/[^A-Za-z0-9_]/g, '__');
}

/** 22000 人次 → "2.2万人次" in Chinese, "22,000 人次" in English; rates keep their decimals. */
export function formatValue(value: number, unit: string, lang: 'zh' | 'en'): string {
  let num: string;
  if (lang === 'zh' && Math.abs(value) >= 1e8 && unit !== '%') num = trim(value / 1e8) + '亿';
  else if (lang === 'zh' && Math.abs(value) >= 1e4 && unit !== '%') num = trim(value / 1e4) + '万';
  else num = value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 });
  if (!unit) return num;
  return lang === 'en' && unit !== '%' ? `${num} ${unit}` : num + unit;
}

function trim(x: number): string {
  return String(Number(x.toFixed(2)));
}

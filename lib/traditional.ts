// 繁體→简体 for pattern matching only. Some official sites serve traditional characters; meta and
// chrome patterns are written in simplified ones. The mapping is character by character and keeps
// the UTF-16 length, so an offset found in the converted copy is the same offset in the original.
// The returned text of an extraction is never converted.
import { configs } from 'opencc-js/preset/t2cn';

let table: Map<string, string> | null = null;

/** OpenCC's character table (TSCharacters), restricted to same-length pairs; built on first use. */
function charTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const group of configs.t2s?.conversionChain ?? []) {
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const pair of dict.split('|')) {
        const sp = pair.indexOf(' ');
        if (sp <= 0) continue;
        const from = pair.slice(0, sp);
        const to = pair.slice(sp + 1).split(' ')[0] ?? '';
        // phrases and length-changing pairs would shift offsets
        if (from.length !== to.length || [...from].length !== 1 || table.has(from)) continue;
        table.set(from, to);
      }
    }
  }
  return table;
}

/** Simplified form of a string, same length, for matching. ASCII-only strings return at once. */
export function toSimplified(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u2fff]/.test(s)) return s;
  const t = charTable();
  let out = '';
  let changed = false;
  for (const ch of s) {
    const m = t.get(ch);
    if (m !== undefined) {
      out += m;
      changed = true;
    } else out += ch;
  }
  return changed ? out : s;
}

/** True when the sample holds enough traditional-only characters to call the page traditional. */
export function looksTraditional(sample: string): boolean {
  const t = charTable();
  let hits = 0;
  let cjk = 0;
  for (const ch of sample) {
    if (ch >= '\u4e00' && ch <= '\u9fff') cjk++;
    if (t.has(ch)) hits++;
  }
  return cjk > 0 && hits >= 3 && hits / cjk > 0.05;
}

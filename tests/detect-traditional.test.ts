// The one traditional-character module (lib/traditional.ts): the small common table must cover every
// character detection and chrome stripping match, never fire on simplified reports, and agree with
// OpenCC; the big OpenCC table stays out of the detection path (the content script runs on every
// gov page). Expectations come from OpenCC's own converters and the real seed reports.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { commonPairs, hasTraditionalHint, looksTraditional, simplifyCommon, toSimplified } from '../lib/traditional';
import { fold } from '../lib/signals';
import { isChromeLine } from '../lib/chrome';

const FIX = path.join(__dirname, 'fixtures');
const LIB = path.join(__dirname, '..', 'lib');
const seeds = fs.readdirSync(path.join(FIX, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(FIX, 'seeds', f), 'utf8'));
// the genre texts written in simplified characters (an expected file says `"script": "mixed"` for a
// text that pastes 繁體 paragraphs into a simplified report on purpose)
const mixedScript = new Set(
  fs.readdirSync(path.join(FIX, 'genre'))
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(FIX, 'genre', f), 'utf8')) as { file: string; script?: string })
    .filter((e) => e.script === 'mixed')
    .map((e) => e.file),
);
const genreTexts = fs.readdirSync(path.join(FIX, 'genre')).filter((f) => f.endsWith('.txt') && !mixedScript.has(f)).map((f) => fs.readFileSync(path.join(FIX, 'genre', f), 'utf8'));

const variants = ['t', 'tw', 'hk'] as const;
const toCn = Object.fromEntries(variants.map((v) => [v, OpenCC.Converter({ from: v, to: 'cn' })])) as Record<(typeof variants)[number], (s: string) => string>;
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** OpenCC's single-character conversions to simplified (one char per line: no phrase applies). */
function openccChars(from: (typeof variants)[number]): Map<string, string> {
  const chars: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  const out = toCn[from](chars.join('\n')).split('\n');
  const map = new Map<string, string>();
  chars.forEach((c, i) => {
    const s = out[i] ?? c;
    if (s !== c && s.length === 1) map.set(c, s);
  });
  return map;
}

const cjk = (s: string) => [...s].filter((c) => /[\u3400-\u9fff]/.test(c));

describe('the common table', () => {
  const pairs = commonPairs();

  it('is small: a few hundred pairs, a few KB', () => {
    expect(pairs.length).toBeGreaterThan(300);
    expect(pairs.length).toBeLessThan(1500);
  });

  it('agrees with OpenCC, pair for pair', () => {
    const t = openccChars('t');
    for (const [trad, simp] of pairs) {
      expect(trad).not.toBe(simp);
      expect(toSimplified(trad), trad).toBe(simp);
      expect(t.get(trad) ?? simp, trad).toBe(simp);
    }
  });

  it('covers every traditional form of every character the detection and chrome patterns name', () => {
    const have = new Map(pairs);
    const vocabulary = new Set(['chrome.ts', 'signals.ts', 'detect.ts'].flatMap((f) => cjk(fs.readFileSync(path.join(LIB, f), 'utf8'))));
    const missing: string[] = [];
    for (const v of variants) {
      for (const [trad, simp] of openccChars(v)) {
        // a character simplified text also writes (著, 乾…) is left alone: folding it would break simplified matches
        if (!vocabulary.has(simp) || vocabulary.has(trad) || seeds.some((s) => s.includes(trad))) continue;
        if (have.get(trad) !== simp && simplifyCommon(trad) !== simp) missing.push(`${trad}→${simp} (${v})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('never occurs in simplified reports, so they never load OpenCC', () => {
    for (const text of [...seeds, ...genreTexts]) {
      expect(hasTraditionalHint(text)).toBe(false);
      expect(toSimplified(text)).toBe(text);
      expect(looksTraditional(text.slice(0, 3000))).toBe(false);
    }
  });

  it('tells the seeds in Taiwan and Hong Kong characters traditional, from their first lines', () => {
    for (const text of seeds) {
      for (const trad of [toTw(text), toHk(text)]) {
        expect(hasTraditionalHint(trad)).toBe(true);
        expect(looksTraditional(trad.slice(0, 3000))).toBe(true);
      }
    }
  });
});

describe('conversions', () => {
  it('toSimplified gives back the simplified seed from its traditional form, length kept', () => {
    for (const text of seeds) {
      const trad = toTw(text);
      const back = toSimplified(trad);
      expect(back).toHaveLength(trad.length);
      // OpenCC's round trip is not exact (variants such as 於/于 in names); most characters come back
      let same = 0;
      for (let i = 0; i < text.length; i++) if (back[i] === text[i]) same++;
      expect(same / text.length).toBeGreaterThan(0.995);
    }
  });

  it('simplifyCommon and fold match what the full conversion matches, with no big table', () => {
    const lines = ['來源：和平縣人民政府  發佈時間：2024-02-05', '點擊數：1234', '當前位置：首頁 > 政務公開 > 法治政府建設', '【字號：大 中 小】', '相關鏈接', '網站標識碼：4416240001'];
    for (const l of lines) {
      expect(isChromeLine(l), l).toBe(true);
      expect(simplifyCommon(l)).toBe(toSimplified(l));
    }
    expect(fold('和平縣2023年法治政府建設年度報告')).toBe('和平县2023年法治政府建设年度报告');
  });
});

describe('the detection path', () => {
  /** Relative imports reachable from a module, as written in the sources. */
  function reachable(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const src = fs.readFileSync(path.join(LIB, file), 'utf8');
    for (const m of src.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'\.\/([\w-]+)'/gm)) reachable(`${m[1]}.ts`, seen);
    return seen;
  }

  it('never calls toSimplified, so bundlers leave the OpenCC table out of the content script', () => {
    const files = [...reachable('detect.ts')];
    expect(files).toContain('traditional.ts');
    for (const f of files) {
      const src = fs.readFileSync(path.join(LIB, f), 'utf8');
      if (f === 'traditional.ts') continue;
      expect(src, f).not.toMatch(/toSimplified|opencc/);
    }
    // opencc-js declares no side effects: an unused import is dropped (its package.json says so)
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'node_modules', 'opencc-js', 'package.json'), 'utf8')) as { sideEffects?: boolean };
    expect(pkg.sideEffects).toBe(false);
  });
});

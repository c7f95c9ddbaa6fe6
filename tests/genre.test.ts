// Generalisation check: made-up reports and pages nobody tuned the pipeline on (tests/fixtures/genre),
// each with an expected result written by hand. The pipeline runs exactly as the analyze command runs
// it: analyzeText for .txt, analyzeDocument(loadPage(file), url) for .html.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../lib/analyze';
import type { Analysis, OutlineNode, RegionLevel, Role } from '../lib/types';
import { loadPage } from '../scripts/lib/load';

interface ExpectedHeading {
  marker: string;
  title: string;
  depth: number;
}
interface ExpectedEnumeration {
  marker: string;
  title: string;
  under: string;
}
interface ExpectedIndicator {
  value: number;
  unit: string;
  key: string | null;
  target: boolean;
  quote: string;
}
interface Expected {
  file: string;
  url?: string;
  isReport: boolean;
  meta: {
    title: string | null;
    issuer: string | null;
    region: string | null;
    regionLevel: RegionLevel | null;
    reportYear: number | null;
    publishedAt: string | null;
  };
  compliance?: { publishedOnTime: boolean | null };
  headings: ExpectedHeading[];
  enumerations: ExpectedEnumeration[];
  sections: { role: Role; title: string }[];
  indicators: ExpectedIndicator[];
  notIndicators: string[];
}

const DIR = path.resolve(import.meta.dirname, 'fixtures/genre');
const expectations: Expected[] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Expected);

const cache = new Map<string, Analysis>();
function analysisOf(exp: Expected): Analysis {
  const hit = cache.get(exp.file);
  if (hit) return hit;
  const file = path.join(DIR, exp.file);
  const result = exp.file.endsWith('.txt')
    ? analyzeText(fs.readFileSync(file, 'utf8'), exp.url ?? null)
    : analyzeDocument(loadPage(file), exp.url ?? null);
  cache.set(exp.file, result);
  return result;
}

interface Flat {
  node: OutlineNode;
  depth: number;
  parent: OutlineNode | null;
}
function flatten(nodes: OutlineNode[], depth = 1, parent: OutlineNode | null = null, out: Flat[] = []): Flat[] {
  for (const node of nodes) {
    out.push({ node, depth, parent });
    flatten(node.children, depth + 1, node, out);
  }
  return out;
}

function occurrences(text: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

const overlaps = (a: number, aLen: number, b: number, bLen: number): boolean => a < b + bLen && b < a + aLen;
const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);
// section titles may keep a heading's trailing punctuation or not; the words are what matter
const trimEnd = (s: string): string => s.trim().replace(/[。：:，,；;\s]+$/u, '');
// the numbers written in a decoy, full-width digits read as digits
function decoyNumbers(decoy: string): number[] {
  const half = decoy.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return (half.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
}

describe('genre fixtures are well formed', () => {
  it('has at least 8 fixtures, every one with its file', () => {
    expect(expectations.length).toBeGreaterThanOrEqual(8);
    for (const exp of expectations) expect(fs.existsSync(path.join(DIR, exp.file)), exp.file).toBe(true);
  });

  it.each(expectations.filter((e) => e.file.endsWith('.txt')).map((e) => [e.file, e] as const))(
    '%s: every quote and decoy is verbatim in the text',
    (_file, exp) => {
      const text = fs.readFileSync(path.join(DIR, exp.file), 'utf8');
      for (const ind of exp.indicators) expect(text.includes(ind.quote), ind.quote).toBe(true);
      for (const decoy of exp.notIndicators) expect(text.includes(decoy), decoy).toBe(true);
    },
  );
});

for (const exp of expectations) {
  describe(`genre ${exp.file}`, () => {
    it(`is ${exp.isReport ? 'a report' : 'not a report'}`, () => {
      expect(analysisOf(exp).isReport).toBe(exp.isReport);
    });

    const metaKeys = (Object.keys(exp.meta) as (keyof Expected['meta'])[]).filter((k) => exp.meta[k] !== null);
    it(`meta: ${metaKeys.join(', ')}`, () => {
      const meta = analysisOf(exp).meta;
      for (const k of metaKeys) expect.soft(meta[k], `meta.${k}`).toBe(exp.meta[k]);
    });

    if (!exp.isReport) return;

    if (exp.compliance) {
      const onTime = exp.compliance.publishedOnTime;
      it(`compliance: published ${onTime ? 'on time' : 'late'}`, () => {
        expect(analysisOf(exp).compliance.publishedOnTime).toBe(onTime);
      });
    }

    it('outline: headings and parts in order, with marker, title and depth', () => {
      const got = flatten(analysisOf(exp).outline)
        .filter((f) => f.node.kind !== 'enumeration')
        .map((f) => ({ marker: f.node.marker.trim(), title: f.node.title, depth: f.depth }));
      expect(got).toEqual(exp.headings);
    });

    it('outline: node levels are tree depths', () => {
      for (const f of flatten(analysisOf(exp).outline)) expect.soft(f.node.level, f.node.title).toBe(f.depth);
    });

    it('enumerations: each under the heading or part it falls in, and no others', () => {
      const got = flatten(analysisOf(exp).outline)
        .filter((f) => f.node.kind === 'enumeration')
        .map((f) => ({ marker: f.node.marker.trim(), title: f.node.title, under: f.parent?.title ?? null }));
      expect(got).toEqual(exp.enumerations);
    });

    it('sections: roles in order, titled by their heading or opening sentence', () => {
      const got = analysisOf(exp).sections;
      expect(got.map((s) => s.role)).toEqual(exp.sections.map((s) => s.role));
      expect(got.map((s) => trimEnd(s.title))).toEqual(exp.sections.map((s) => trimEnd(s.title)));
    });

    it(`indicators: the ${exp.indicators.length} listed figures, with value, unit, key and target`, () => {
      const a = analysisOf(exp);
      for (const want of exp.indicators) {
        const where = occurrences(a.text, want.quote);
        expect.soft(where.length, `quote not in the extracted text: ${want.quote}`).toBeGreaterThan(0);
        const near = a.indicators.filter((i) =>
          where.some((w) => overlaps(i.start, i.quote.length, w, want.quote.length)),
        );
        const match = near.find(
          (i) => sameValue(i.value, want.value) && i.unit === want.unit && i.key === want.key && i.target === want.target,
        );
        const seen = near.map((i) => `${i.value}${i.unit} key=${i.key} target=${i.target}`).join('; ') || 'nothing';
        expect.soft(match, `${want.quote} → ${want.value}${want.unit} key=${want.key} target=${want.target}; found ${seen}`).toBeDefined();
      }
    });

    if (exp.notIndicators.length > 0) {
      it('indicators: no figure read from decoys (dates, document numbers, phone numbers, hotlines)', () => {
        const a = analysisOf(exp);
        for (const decoy of exp.notIndicators) {
          const numbers = decoyNumbers(decoy);
          for (const at of occurrences(a.text, decoy)) {
            const bad = a.indicators.filter(
              (i) => overlaps(i.start, i.quote.length, at, decoy.length) && numbers.some((n) => sameValue(i.value, n)),
            );
            expect.soft(bad.map((i) => `${i.value}${i.unit} «${i.quote}»`), decoy).toEqual([]);
          }
        }
      });
    }
  });
}

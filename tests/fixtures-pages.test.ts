// The saved-page fixtures are only useful if their index tells the truth: files exist, every seed is
// wrapped in some report page, the layouts are varied, and the seed's text survived the wrapping
// (after charset decoding and DOM parsing, the way the analyze command reads a page).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js';
import { loadPage, sniffCharset } from '../scripts/lib/load';

interface Entry {
  file: string;
  isReport: boolean;
  seed: string | null;
  relatedSeed?: string;
  layout: string;
  charset: 'utf-8' | 'gbk';
  url: string;
  govMeta: boolean;
  title: string;
  kind: string;
  variant?: 'traditional' | 'fullwidth';
  published?: string;
}

const DIR = path.resolve(import.meta.dirname, 'fixtures/pages');
const SEED_DIR = path.resolve(import.meta.dirname, 'fixtures/seeds');
const index: Entry[] = JSON.parse(fs.readFileSync(path.join(DIR, 'index.json'), 'utf8'));
const seeds = fs.readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));
// whole-page layouts of pages that carry no article, so no seed can sit in them
const PAGE_ONLY_LAYOUTS = new Set(['listing', 'portal-home', 'error-page']);
// the seeds' own portal chrome, which a page template may show in its own header instead
const SEED_CHROME = [/^政府信息公开$/, /^来源[:：]/, /^关联稿件[:：]?$/, /^[|｜]$/];

const toTraditional = Converter({ from: 'cn', to: 'tw' });
// compare modulo whitespace (indents, &nbsp;, line breaks) and punctuation width
const FULL_TO_HALF: Record<string, string> = { '，': ',', '（': '(', '）': ')', '：': ':', '；': ';', '％': '%' };
const norm = (s: string): string => s.replace(/\s+/g, '').replace(/[，（）：；％]/g, (c) => FULL_TO_HALF[c]);

function pageText(file: string): string {
  return loadPage(path.join(DIR, file)).body?.textContent ?? '';
}

describe('fixture pages index', () => {
  it('lists files that exist, with distinct names, under 120 KB', () => {
    expect(index.length).toBeGreaterThanOrEqual(20);
    expect(new Set(index.map((e) => e.file)).size).toBe(index.length);
    for (const e of index) {
      const stat = fs.statSync(path.join(DIR, e.file));
      expect(stat.size, e.file).toBeLessThan(120 * 1024);
    }
  });

  it('says at the top of every page that it is made up', () => {
    for (const e of index) {
      const head = fs.readFileSync(path.join(DIR, e.file)).subarray(0, 400).toString('latin1');
      expect(head.startsWith('<!--') && head.includes('Fazhi Lens'), e.file).toBe(true);
    }
  });

  it('wraps every seed in at least one report page, and only seeds in report pages', () => {
    for (const s of seeds) expect(index.some((e) => e.isReport && e.seed === s), s).toBe(true);
    for (const e of index) if (e.seed) expect(seeds).toContain(e.seed);
    for (const e of index) if (!e.isReport) expect(e.seed, e.file).toBeNull();
  });

  it('has at least six body layouts, each around a seed', () => {
    const seeded = new Set(index.filter((e) => e.isReport && e.seed).map((e) => e.layout));
    expect(seeded.size).toBeGreaterThanOrEqual(6);
    for (const e of index) if (!PAGE_ONLY_LAYOUTS.has(e.layout)) expect(seeded, `${e.file}: ${e.layout}`).toContain(e.layout);
  });

  it('has the look-alike genres, with and without gov meta tags', () => {
    const kinds = new Set(index.filter((e) => !e.isReport).map((e) => e.kind));
    for (const k of ['interpretation', 'plan', 'disclosure-report', 'work-report', 'news', 'list', 'home', '404', 'notice'])
      expect(kinds, k).toContain(k);
    expect(index.filter((e) => !e.isReport).length).toBeGreaterThanOrEqual(10);
    const reports = index.filter((e) => e.isReport);
    expect(reports.some((e) => e.govMeta) && reports.some((e) => !e.govMeta)).toBe(true);
  });

  it('declares the charset the bytes are in', () => {
    const gbk = index.filter((e) => e.charset === 'gbk');
    expect(gbk.length).toBeGreaterThanOrEqual(1);
    for (const e of index) {
      const bytes = fs.readFileSync(path.join(DIR, e.file));
      expect(sniffCharset(bytes), e.file).toBe(e.charset === 'gbk' ? 'gb18030' : 'utf-8');
      // GBK bytes are not valid UTF-8: a page mislabelled either way would fail here
      expect(new TextDecoder('utf-8', { fatal: false }).decode(bytes).includes('\ufffd'), e.file).toBe(e.charset === 'gbk');
    }
  });

  it('carries the gov meta tags exactly when the index says so', () => {
    for (const e of index) {
      const doc = loadPage(path.join(DIR, e.file));
      const meta = (name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
      if (!e.govMeta) {
        expect(meta('SiteIDCode'), e.file).toBeNull();
        continue;
      }
      for (const name of ['SiteName', 'SiteDomain', 'SiteIDCode', 'Keywords', 'Description'])
        expect(meta(name), `${e.file} ${name}`).toBeTruthy();
      if (PAGE_ONLY_LAYOUTS.has(e.layout)) {
        expect(meta('ArticleTitle'), e.file).toBeNull();
        continue;
      }
      for (const name of ['ColumnName', 'PubDate', 'ContentSource'])
        expect(meta(name), `${e.file} ${name}`).toBeTruthy();
      expect(meta('ArticleTitle'), e.file).toBe(e.title);
      expect(meta('PubDate')?.slice(0, 10), e.file).toBe(e.published);
      expect(meta('SiteDomain'), e.file).toBe(new URL(e.url).host);
    }
  });

  it('shows each article page title in the page text', () => {
    for (const e of index.filter((x) => !PAGE_ONLY_LAYOUTS.has(x.layout)))
      expect(norm(pageText(e.file)), e.file).toContain(norm(e.title));
  });

  it("agrees with the seeds' gold on title and publication date", () => {
    for (const e of index.filter((x) => x.isReport && x.seed)) {
      const gold: { title: string | null; published: string | null } = JSON.parse(
        fs.readFileSync(path.resolve(import.meta.dirname, `fixtures/gold/${e.seed}.json`), 'utf8'),
      );
      if (gold.title) expect(e.title, e.file).toBe(e.variant === 'traditional' ? toTraditional(gold.title) : gold.title);
      if (gold.published) expect(e.published, e.file).toBe(gold.published);
    }
  });

  it("keeps every body paragraph of the seed in its report pages' text", () => {
    for (const e of index.filter((x) => x.isReport && x.seed)) {
      const text = norm(pageText(e.file));
      const lines = fs
        .readFileSync(path.join(SEED_DIR, `${e.seed}.txt`), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !SEED_CHROME.some((re) => re.test(l)));
      expect(lines.length).toBeGreaterThan(5);
      for (const line of lines) {
        const want = e.variant === 'traditional' ? toTraditional(line) : line;
        expect(text.includes(norm(want)), `${e.file}: ${line.slice(0, 30)}…`).toBe(true);
      }
    }
  });
});

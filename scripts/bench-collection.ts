// The collection at scale: 2,000 reports generated from the seed fixtures (the real pipeline's
// analysis of each seed, then varied: place names, years, figures, a sentence of their own), stored
// in fake-indexeddb in Node. Prints the time to open the collection page (open + list + search
// index + first sort), to search, to compare 50 reports, and the bytes stored per report.
// Times are medians over repeated runs; run with `npx tsx scripts/bench-collection.ts`.
// With --browser (or BENCH_BROWSER=1) the same collection is imported into the collection page in
// Debian's Chromium (the built extension, real IndexedDB) and the page is timed there as well.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { analyzeText } from '../lib/analyze';
import { exportBackup } from '../lib/collection/backup';
import { buildComparison } from '../lib/collection/compare';
import { comparisonCsv } from '../lib/collection/export';
import { filterReports, sortReports } from '../lib/collection/queries';
import { buildSearchIndex } from '../lib/collection/search';
import { openCollection } from '../lib/collection/store';
import type { ReportSummary, SavedReport } from '../lib/collection/types';
import type { Analysis, RegionLevel } from '../lib/types';

const N = Number(process.env.BENCH_REPORTS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** A small deterministic PRNG (mulberry32), so every run measures the same collection. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeIt(fn: () => unknown | Promise<unknown>, runs = RUNS): Promise<number> {
  await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

const SYLLABLES = '安宁平和兴昌华阳东西南北山河泉清源丰永长新临江城溪石林德隆宝庆武文云海'.split('');
const SUFFIX: [string, RegionLevel][] = [['县', 'county'], ['区', 'district'], ['市', 'city'], ['县', 'county']];

function generate(seeds: Analysis[]): Analysis[] {
  const rand = rng(20250305);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: Analysis[] = [];
  for (let i = 0; i < N; i++) {
    const base = seeds[i % seeds.length]!;
    const [suffix, level] = pick(SUFFIX);
    const region = pick(SYLLABLES) + pick(SYLLABLES) + suffix;
    const year = 2019 + Math.floor(rand() * 7);
    const oldRegion = base.meta.region;
    let text = oldRegion ? base.text.split(oldRegion).join(region) : base.text;
    text = text.replace(/20(1\d|2\d)年/g, (m) => (rand() < 0.5 ? `${year}年` : m));
    // a sentence of its own, so no two generated reports have the same content
    text += `\n${region}第${i + 1}号报告附记:全年办理行政复议案件${Math.floor(rand() * 300)}件。`;
    const scale = 0.3 + rand() * 2;
    out.push({
      ...base,
      text,
      chars: text.length,
      meta: { ...base.meta, region, issuer: `${region}人民政府`, regionLevel: level, reportYear: year, title: `${region}${year}年法治政府建设年度报告`, publishedAt: `${year + 1}-0${1 + Math.floor(rand() * 6)}-1${Math.floor(rand() * 9)}` },
      indicators: base.indicators.map((ind) => ({ ...ind, value: ind.unit === '%' ? Math.min(100, Math.round(ind.value * (0.8 + rand() * 0.2) * 100) / 100) : Math.round(ind.value * scale) })),
    });
  }
  return out;
}

async function main(): Promise<void> {
  const seedsDir = path.resolve('tests/fixtures/seeds');
  const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => analyzeText(fs.readFileSync(path.join(seedsDir, f), 'utf8')));
  const analyses = generate(seeds);

  const factory = new IDBFactory();
  const col = await openCollection(factory);
  const t0 = performance.now();
  for (let i = 0; i < analyses.length; i++) await col.save(analyses[i]!, i % 10 === 9 ? null : `http://www.r${i}.gov.cn/art/${2019 + (i % 7)}/${i}.html`);
  const tSave = (performance.now() - t0) / analyses.length;
  col.close();

  // opening the page reads the summaries; the first search reads the full records and indexes them
  let summaries: ReportSummary[] = [];
  const tOpen = await timeIt(async () => {
    const c = await openCollection(factory);
    summaries = await c.summaries();
    c.close();
  }, 3);
  const tSort = await timeIt(() => sortReports(filterReports(summaries, {}), 'updatedAt', 'desc'));
  let records: SavedReport[] = [];
  const tList = await timeIt(async () => {
    const c = await openCollection(factory);
    records = await c.list();
    c.close();
  }, 3);
  const tIndex = await timeIt(() => buildSearchIndex(records), 3);
  const index = buildSearchIndex(records);
  const queries = ['行政复议', '法律援助', '出庭应诉率', '安宁县', '２０２４年', '逢九必讲', '执法 培训', '量子计算机'];
  const tSearch = queries.map((q) => ({ q, ms: 0, hits: index.search(q).length }));
  for (const s of tSearch) s.ms = await timeIt(() => index.search(s.q), 15);
  const fifty = summaries.slice(0, 50);
  const tCompare = await timeIt(() => buildComparison(fifty), 15);
  const tCompareCsv = await timeIt(() => comparisonCsv(buildComparison(fifty)), 15);
  const cmp = buildComparison(fifty);

  // bytes: V8's structured-clone serialisation of the record (what Chromium's IndexedDB writes,
  // before its own compression) against the report's text as UTF-8 and as stored (UTF-16)
  let stored = 0;
  let textUtf8 = 0;
  let textChars = 0;
  const summaryOf = new Map(summaries.map((x) => [x.id, x]));
  for (const r of records) {
    stored += v8.serialize(r).length + v8.serialize(summaryOf.get(r.id)).length;
    textUtf8 += Buffer.byteLength(r.analysis.text, 'utf8');
    textChars += r.analysis.text.length;
  }
  const n = records.length;
  const f = (x: number) => x.toFixed(1);
  console.log(`reports: ${n} (from ${seeds.length} seeds), mean text ${Math.round(textChars / n)} chars`);
  console.log(`save (one report, one transaction): ${f(tSave)} ms mean`);
  console.log(`open the collection page (open + read summaries + filter/sort): ${f(tOpen + tSort)} ms; the first search reads the full records (${f(tList)} ms) and indexes them (${f(tIndex)} ms)`);
  console.log(`search (median ms, hits): ${tSearch.map((s) => `${s.q} ${f(s.ms)} (${s.hits})`).join('; ')}`);
  console.log(`comparison of 50 reports: ${f(tCompare)} ms (${cmp.rows.length} indicator rows); with its CSV: ${f(tCompareCsv)} ms`);
  console.log(
    `bytes stored per report: ${Math.round(stored / n)} (structured clone of record + summary) vs text ${Math.round(textUtf8 / n)} B UTF-8 / ${Math.round((textChars * 2) / n)} B UTF-16: ${(stored / textUtf8).toFixed(2)}× the UTF-8 text`,
  );
  if (process.argv.includes('--browser') || process.env.BENCH_BROWSER === '1') await inBrowser(records, textUtf8 / n);
}

/** The collection page in Chromium over the same records: times from the page's own clock. */
async function inBrowser(records: SavedReport[], meanTextUtf8: number): Promise<void> {
  const { launch } = await import('../tests/e2e/harness');
  const rig = await launch();
  try {
    const url = `chrome-extension://${rig.extensionId}/collection.html`;
    const page = await rig.context.newPage();
    await page.goto(url);
    await page.waitForSelector('.col-page:not([data-state="loading"])');
    const before = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-')), 'bench.json');
    fs.writeFileSync(file, exportBackup(records));
    await page.locator('.col-io input[type=file]').setInputFiles(file);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    await page.waitForSelector('.col-notice', { timeout: 300_000 });
    const after = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await page.waitForTimeout(5000); // let the database settle after one 2,000-record transaction
    const opens: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(url + '?run=' + i);
      await page.waitForSelector('.col-reports tbody tr', { timeout: 60_000 });
      opens.push(await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))));
      await page.waitForSelector('.col-page[data-texts="ready"]', { timeout: 120_000 });
      ready.push(await page.evaluate(() => performance.now()));
    }
    // the raw reads under the page: summaries (the table) and whole records (search)
    const raw = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const req = indexedDB.open('fazhi-lens');
          req.onsuccess = () => {
            const db = req.result;
            const t0 = performance.now();
            const a = db.transaction('summaries').objectStore('summaries').getAll();
            a.onsuccess = () => {
              const t1 = performance.now();
              const b = db.transaction('reports').objectStore('reports').getAll();
              b.onsuccess = () => {
                resolve([t1 - t0, performance.now() - t1]);
                db.close();
              };
            };
          };
        }),
    );
    /** ms from an input event to the next frame after the table changed */
    const typeQuery = (q: string) =>
      page.evaluate(
        (query) =>
          new Promise<number>((resolve) => {
            const input = document.querySelector<HTMLInputElement>('input[name=q]')!;
            const t0 = performance.now();
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            setTimeout(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
          }),
        q,
      );
    const first = await typeQuery('行政复议'); // builds the search index
    const searches: number[] = [];
    for (const q of ['法律援助', '出庭应诉率', '逢九必讲', '量子计算机']) searches.push(await typeQuery(q));
    await typeQuery('');
    await page.evaluate(() => {
      for (const box of [...document.querySelectorAll<HTMLInputElement>('.col-reports tbody input[type=checkbox]')].slice(0, 50)) box.click();
    });
    // the start is stamped in the page, the end is the frame after the table appeared
    await page.evaluate(() => {
      (window as unknown as { t0: number }).t0 = performance.now();
      document.querySelector<HTMLButtonElement>('.col-toolbar button.primary')!.click();
    });
    await page.waitForSelector('.col-compare-table', { timeout: 60_000 });
    const compare = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now() - (window as unknown as { t0: number }).t0))));
    const n = records.length;
    const f = (x: number) => x.toFixed(1);
    console.log(`in Chromium (real IndexedDB): open the collection page ${f(median(opens))} ms from navigation to the table drawn; texts read for search (in the background) by ${f(median(ready))} ms; first search (builds the index) ${f(first)} ms, later searches ${f(median(searches))} ms (median); comparison of 50 reports drawn in ${f(compare)} ms`);
    console.log(`in Chromium: raw IndexedDB getAll of the summaries ${f(raw[0]!)} ms, of the full records ${f(raw[1]!)} ms`);
    console.log(`in Chromium: storage used per report ${Math.round((after - before) / n)} B (navigator.storage.estimate) vs text ${Math.round(meanTextUtf8)} B UTF-8: ${((after - before) / n / meanTextUtf8).toFixed(2)}×`);
  } finally {
    await rig.close();
  }
}

await main();

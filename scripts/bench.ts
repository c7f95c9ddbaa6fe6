// `npm run bench`: what the core costs on the fixture pages, in Node with linkedom (the same DOM for
// every column, so the ratios are fair). Times are medians over repeated runs after a warm-up.
// Columns: cheap detection; a plain Readability parse of the whole page; our extraction (the page
// survey, Readability on a copy of the text column, fallbacks, chrome stripping); outline; indicators;
// the whole pipeline; pipeline ÷ plain parse. The summary also splits the pipeline into Readability's
// share (on the column) and ours, so a cheaper Readability input cannot hide a costlier analysis.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Readability } from '@mozilla/readability';
import { analyzeDocument } from '../lib/analyze';
import { detect } from '../lib/detect';
import { extract, runReadability } from '../lib/extract';
import { surveyPage } from '../lib/survey';
import { extractMeta } from '../lib/meta';
import { buildStructure } from '../lib/structure';
import { extractIndicators } from '../lib/indicators';
import { decodePage, parsePage } from './lib/load';

interface PageEntry { file: string; isReport: boolean; url: string; kind?: string }

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const pagesDir = path.resolve('tests/fixtures/pages');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median ms of fn over RUNS, each run on a freshly parsed page (Readability mutates what it reads).
 * A fn that times only part of its work itself returns that time. */
function time(html: string, fn: (doc: Document) => unknown): number {
  fn(parsePage(html)); // warm-up: JIT and lazy tables
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const doc = parsePage(html);
    const t0 = performance.now();
    const own = fn(doc);
    xs.push(typeof own === 'number' ? own : performance.now() - t0);
  }
  return median(xs);
}

function timeText(fn: () => void): number {
  fn();
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
const ms = (x: number) => x.toFixed(2);

function benchPages(): void {
  const index: PageEntry[] = JSON.parse(fs.readFileSync(path.join(pagesDir, 'index.json'), 'utf8'));
  console.log(`Core pipeline on ${index.length} fixture pages (linkedom, median of ${RUNS} runs, ms)\n`);
  console.log(['page'.padEnd(34), pad('detect', 8), pad('parse', 8), pad('extract', 8), pad('outline', 8), pad('indic.', 8), pad('pipeline', 9), pad('ratio', 6)].join(' '));
  const tot = { detectNon: 0, nNon: 0, parse: 0, column: 0, extract: 0, outline: 0, indicators: 0, pipeline: 0 };
  for (const p of index) {
    const html = decodePage(fs.readFileSync(path.join(pagesDir, p.file)));
    const tDetect = time(html, (d) => detect(d, p.url));
    if (!p.isReport) {
      tot.detectNon += tDetect;
      tot.nNon++;
      console.log([p.file.padEnd(34), pad(ms(tDetect), 8), pad('—', 8), pad('—', 8), pad('—', 8), pad('—', 8), pad('—', 9), pad('—', 6)].join(' '));
      continue;
    }
    const tParse = time(html, (d) => new Readability(d.cloneNode(true) as Document).parse());
    const tExtract = time(html, (d) => extract(d, p.url));
    // Readability alone on what extraction gives it (the survey that finds the column is ours)
    const tColumn = time(html, (d) => {
      const { column } = surveyPage(d);
      const t0 = performance.now();
      runReadability(d, column);
      return performance.now() - t0;
    });
    const ex = extract(parsePage(html), p.url);
    const meta = extractMeta(ex);
    const structure = buildStructure(ex.text, meta);
    const tOutline = timeText(() => buildStructure(ex.text, meta));
    const tInd = timeText(() => extractIndicators(ex.text, structure.sections));
    const tPipe = time(html, (d) => analyzeDocument(d, p.url));
    tot.parse += tParse; tot.column += tColumn; tot.extract += tExtract; tot.outline += tOutline; tot.indicators += tInd; tot.pipeline += tPipe;
    console.log([p.file.padEnd(34), pad(ms(tDetect), 8), pad(ms(tParse), 8), pad(ms(tExtract), 8), pad(ms(tOutline), 8), pad(ms(tInd), 8), pad(ms(tPipe), 9), pad((tPipe / tParse).toFixed(2), 6)].join(' '));
  }
  console.log('');
  console.log(`detection on ${tot.nNon} non-report pages: total ${ms(tot.detectNon)} ms, mean ${ms(tot.detectNon / Math.max(1, tot.nNon))} ms`);
  console.log(`report pages: parse ${ms(tot.parse)} ms, extract ${ms(tot.extract)} ms, outline ${ms(tot.outline)} ms, indicators ${ms(tot.indicators)} ms, pipeline ${ms(tot.pipeline)} ms`);
  console.log(`pipeline ÷ plain Readability parse: ${(tot.pipeline / tot.parse).toFixed(2)} (goal ≤ 1.2); outline ÷ extract: ${(tot.outline / tot.extract).toFixed(3)}; indicators ÷ extract: ${(tot.indicators / tot.extract).toFixed(3)}`);
  const ours = tot.pipeline - tot.column;
  console.log(`of the pipeline, Readability on the text column: ${ms(tot.column)} ms (${(tot.column / tot.parse).toFixed(2)} of a whole-page parse); the rest, ours: ${ms(ours)} ms (${(ours / tot.parse).toFixed(2)})`);
}

function runPart(script: string, title: string): void {
  if (!fs.existsSync(script)) return;
  console.log(`\n${title}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}

benchPages();
if (!process.argv.includes('--core')) {
  runPart('scripts/bench-collection.ts', 'Collection (2,000 generated reports, fake-indexeddb in Node)');
  if (process.argv.includes('--browser')) runPart('scripts/bench-browser.ts', 'In the real browser (Debian chromium)');
}

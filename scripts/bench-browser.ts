// `tsx scripts/bench-browser.ts`: what the extension costs in the real browser (Debian's Chromium,
// the built Chrome extension, the fixture pages served as in the e2e tests). Every figure is also
// given as a ratio to a plain Readability parse (clone + parse) of the same page in the same tab, so
// the numbers travel across machines.
// - non-report pages: the content script's detection time at document idle;
// - report pages: from the page's DOMContentLoaded (document idle comes right after it on these
//   static pages) to the panel — already open on that tab — having rendered the report;
//   and, inside it, the page agent's analysis time.
// Medians over BENCH_RUNS (default 3) loads per page; BENCH_ONLY=regex limits the pages.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { fixtures, launch, openPanel, serveFixtures, tabIdOf, visitUrl, ROOT } from '../tests/e2e/harness';
import type { FixtureEntry } from '../tests/e2e/harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const READABILITY = fs.readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');

interface TabTimings { status: string; timings: { detectMs: number | null; analyzeMs: number | null } }

/**
 * A plain Readability parse of the page as loaded (clone + parse), in ms: `cold` is the first parse
 * in the page, as the content script's own code runs once per page cold; `warm` the median of 5 more.
 */
async function readabilityMs(page: Page): Promise<{ cold: number; warm: number }> {
  return page.evaluate((src) => {
    const Readability = new Function(`${src}; return Readability;`)() as new (d: Document) => { parse(): unknown };
    // no local functions here: tsx would wrap them in a helper the page does not have
    const xs: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      new Readability(document.cloneNode(true) as Document).parse();
      xs.push(performance.now() - t0);
    }
    const warm = xs.slice(1).sort((a, b) => a - b)[2];
    return { cold: xs[0], warm };
  }, READABILITY);
}

async function main() {
  const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null; // a subset of pages by file name
  const all = fixtures().filter((e) => !only || only.test(e.file));
  const server = await serveFixtures(all);
  const rig = await launch();
  const ask = async (probe: Page, tabId: number) => probe.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<TabTimings> } } }).chrome;
    return api.runtime.sendMessage({ type: 'tab-get', tabId: id });
  }, tabId);

  const rows: string[] = [];
  const nonReports = all.filter((e) => !e.isReport && new URL(e.url).hostname.endsWith('.gov.cn'));
  const reports = all.filter((e) => e.isReport && new URL(e.url).hostname.endsWith('.gov.cn'));

  // Non-report pages: detection only.
  rows.push('Non-report pages: content script (detection at document idle) vs a plain Readability parse', '');
  rows.push('| page | content script ms | Readability ms cold / warm | ratio to cold |', '| --- | ---: | ---: | ---: |');
  const probe = await rig.context.newPage();
  await probe.goto(`chrome-extension://${rig.extensionId}/sidepanel.html?tabId=0`);
  const nonRatios: number[] = [];
  for (const e of nonReports) {
    const det: number[] = [];
    let read = { cold: NaN, warm: NaN };
    for (let i = 0; i < RUNS; i++) {
      const page = await rig.context.newPage();
      await page.goto(visitUrl(e, server.port), { waitUntil: 'load' });
      const tabId = await tabIdOf(rig.worker, page);
      let v: TabTimings | null = null;
      for (let k = 0; k < 50 && !(v && v.timings.detectMs !== null); k++) {
        v = await ask(probe, tabId);
        if (v.timings.detectMs === null) await page.waitForTimeout(50);
      }
      if (v?.timings.detectMs != null) det.push(v.timings.detectMs);
      if (i === 0) read = await readabilityMs(page);
      await page.close();
    }
    const d = median(det);
    nonRatios.push(d / read.cold);
    rows.push(`| ${e.file} | ${ms(d)} | ${ms(read.cold)} / ${ms(read.warm)} | ${(d / read.cold).toFixed(2)} |`);
  }
  rows.push(`| **median** | | | **${median(nonRatios).toFixed(2)}** |`, '');

  // Reports: document idle → rendered panel.
  rows.push('Report pages: DOMContentLoaded → panel rendered (panel already open on the tab), and the page agent\'s analysis, vs a plain Readability parse', '');
  rows.push('| page | idle→panel ms | analysis ms | Readability ms cold / warm | panel ratio | analysis ratio |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  const panelRatios: number[] = [];
  const analysisRatios: number[] = [];
  for (const e of reports) {
    const total: number[] = [];
    const analysis: number[] = [];
    let read = { cold: NaN, warm: NaN };
    for (let i = 0; i < RUNS; i++) {
      const r = await timeReport(e);
      if (r) { total.push(r.total); analysis.push(r.analyzeMs); if (i === 0) read = r.readMs; }
    }
    const t = median(total);
    const a = median(analysis);
    panelRatios.push(t / read.cold);
    analysisRatios.push(a / read.cold);
    rows.push(`| ${e.file} | ${ms(t)} | ${ms(a)} | ${ms(read.cold)} / ${ms(read.warm)} | ${(t / read.cold).toFixed(2)} | ${(a / read.cold).toFixed(2)} |`);
  }
  rows.push(`| **median** | | | | **${median(panelRatios).toFixed(2)}** | **${median(analysisRatios).toFixed(2)}** |`);

  async function timeReport(e: FixtureEntry): Promise<{ total: number; analyzeMs: number; readMs: { cold: number; warm: number } } | null> {
    // A tab on a page of no interest first, so the panel can be opened on it before the report loads.
    const page = await rig.context.newPage();
    await page.goto(`http://127.0.0.1:${server.port}/bench-blank`);
    const tabId = await tabIdOf(rig.worker, page);
    const panel = await openPanel(rig, tabId);
    await panel.waitForSelector('.panel[data-state]');
    await page.bringToFront(); // page and side panel are both visible to a reader: no background-tab throttling
    await page.goto(visitUrl(e, server.port), { waitUntil: 'load' });
    try {
      await panel.waitForSelector('.panel[data-state="report"]', { timeout: 20_000 });
    } catch {
      await Promise.all([panel.close(), page.close()]);
      return null;
    }
    const rendered = await panel.evaluate(() => {
      const m = performance.getEntriesByName('fazhi-lens:rendered')[0];
      return m ? performance.timeOrigin + m.startTime : NaN;
    });
    const idle = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return performance.timeOrigin + nav.domContentLoadedEventEnd;
    });
    const v = await ask(probe, tabId);
    const readMs = await readabilityMs(page);
    await Promise.all([panel.close(), page.close()]);
    return { total: rendered - idle, analyzeMs: v.timings.analyzeMs ?? NaN, readMs };
  }

  const sizes = ['content-scripts/content.js', 'analyzer.js', 'background.js']
    .map((f) => `${f} ${(fs.statSync(path.join(ROOT, '.output/chrome-mv3', f)).size / 1024).toFixed(1)} kB`);
  console.log(`Chromium, ${RUNS} loads per page. Bundles: ${sizes.join(', ')}\n`);
  console.log(rows.join('\n'));
  await rig.close();
  await server.close();
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

// The Firefox package in Debian's Firefox ESR: the same content script, page agent, background and
// sidebar page as in Chromium, but built as MV2 with sidebar_action and run by another engine. On each
// report on a *.gov.cn host the sidebar's page (opened for the report's tab) shows the report's title
// and every top-level heading of the gold; look-alikes say "not a report"; a figure's jump-back
// highlights it in the page; a report saved from the panel is in the collection (Firefox's IndexedDB).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { toSimplified } from '../../lib/traditional';
import { fixtures, gold, norm, serveFixtures, topHeadings, visitUrl } from './harness';
import type { FixtureEntry } from './harness';
import { launchFirefox, lastOtherTabId, openExtensionPage, type FirefoxRig } from './firefox-harness';

const same = (s: string) => norm(toSimplified(s)).replace(/著(?=力|手|眼|重)/g, '着');
const onGov = (e: FixtureEntry) => new URL(e.url).hostname.endsWith('.gov.cn');
const all = fixtures();
const reports = all.filter((e) => e.isReport && onGov(e));
const lookAlikes = all.filter((e) => !e.isReport && onGov(e));

let rig: FirefoxRig;
let server: Awaited<ReturnType<typeof serveFixtures>>;

beforeAll(async () => {
  server = await serveFixtures(all);
  rig = await launchFirefox();
});

afterAll(async () => {
  await rig?.close();
  await server?.close();
});

/** A fixture in a tab, and the sidebar's page in another tab following it. */
async function visit(e: FixtureEntry): Promise<{ page: Page; panel: Page }> {
  const page = await rig.browser.newPage();
  await page.goto(visitUrl(e, server.port), { waitUntil: 'load' });
  const panel = await rig.browser.newPage();
  await openExtensionPage(panel, '/sidepanel.html');
  const tabId = await lastOtherTabId(panel);
  await openExtensionPage(panel, `/sidepanel.html?tabId=${tabId}`);
  return { page, panel };
}

async function settledState(panel: Page): Promise<string> {
  const el = await panel.waitForSelector('.panel[data-state]:not([data-state="loading"])', { timeout: 20_000 });
  return (await el!.evaluate((n) => n.getAttribute('data-state'))) ?? '';
}

describe.each(reports.map((e) => [e.file, e] as const))('Firefox, report %s', (_name, entry) => {
  it('the panel shows its title and every top-level heading', async () => {
    const { page, panel } = await visit(entry);
    expect(await settledState(panel)).toBe('report');
    expect(same(await panel.$eval('.title', (n) => n.textContent ?? ''))).toBe(same(entry.title));
    const items = (await panel.$$eval('[role="treeitem"][aria-level="1"]', (ns) => ns.map((n) => n.textContent ?? ''))).map(same);
    for (const h of topHeadings(gold(entry.seed!))) {
      const want = same(h.text).slice(0, 12);
      expect(items.some((i) => i.includes(want)), `heading ${h.marker}${h.text} in ${items.join(' | ')}`).toBe(true);
    }
    await Promise.all([panel.close(), page.close()]);
  });
});

describe.each(lookAlikes.map((e) => [e.file, e] as const))('Firefox, look-alike %s', (_name, entry) => {
  it('the panel says it is not a report', async () => {
    const { page, panel } = await visit(entry);
    expect(await settledState(panel)).toBe('not-report');
    await Promise.all([panel.close(), page.close()]);
  });
});

describe('Firefox, jump back and the collection', () => {
  const entry = reports.find((e) => e.seed === '002_f585fed566d59261')!;

  it('a click on a figure highlights its sentence in the page', async () => {
    const { page, panel } = await visit(entry);
    expect(await settledState(panel)).toBe('report');
    await panel.click('li.figure button');
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { CSS: { highlights?: Map<string, Set<unknown>> } }).CSS.highlights?.get('fazhi-lens')?.size ?? 0), { timeout: 5000 })
      .toBe(1);
    await Promise.all([panel.close(), page.close()]);
  });

  it('a report saved from the panel is listed in the collection', async () => {
    const { page, panel } = await visit(entry);
    expect(await settledState(panel)).toBe('report');
    await panel.waitForSelector('.col-savebar[data-saved="no"]');
    await panel.click('.col-savebar button.primary');
    await panel.waitForSelector('.col-savebar[data-saved="yes"]', { timeout: 10_000 });
    const collection = await rig.browser.newPage();
    await openExtensionPage(collection, '/collection.html');
    await collection.waitForSelector('.col-page:not([data-state="loading"])', { timeout: 15_000 });
    const rows = await collection.$$eval('.col-reports tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows.length).toBe(1);
    expect(same(rows[0])).toContain(same(entry.title));
    await Promise.all([collection.close(), panel.close(), page.close()]);
  });
});

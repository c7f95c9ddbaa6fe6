// The collection in the real browser: a report saved from the panel is in the collection page and
// is still there after the browser restarts on the same profile; its saved copy opens with outline
// and figures while the site is down; a JSON backup exported from one profile and imported into a
// fresh one gives back an equal collection; a corrupt file is refused and changes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, ensureArtifacts, fixtures, launch, openPanel, serveFixtures, settledState, tabIdOf, visitUrl } from './harness';
import type { FixtureEntry } from './harness';

/** Chromium with the extension on a profile folder we keep, so it can be started again on it. */
const start = (profile: string) => launch({ profile });
type Running = Awaited<ReturnType<typeof start>>;

const all = fixtures();
const byFile = (f: string) => all.find((e) => e.file === f)!;
const MOYU = byFile('moyu-2024-report-br.html');
const LUANCHENG = byFile('luancheng-2024-report-indented.html');

const profiles: string[] = [];
const newProfile = () => {
  const p = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-col-e2e-'));
  profiles.push(p);
  return p;
};

let server: Awaited<ReturnType<typeof serveFixtures>> | null = null;
let running: Running | null = null;
const profileA = newProfile();

beforeAll(async () => {
  server = await serveFixtures(all);
  running = await start(profileA);
});

afterAll(async () => {
  await running?.context.close();
  await server?.close();
  for (const p of profiles) fs.rmSync(p, { recursive: true, force: true });
});

async function saveFromPanel(b: Running, entry: FixtureEntry): Promise<void> {
  const page = await b.context.newPage();
  await page.goto(visitUrl(entry, server!.port), { waitUntil: 'load' });
  const tabId = await tabIdOf(b.worker, page.url());
  const panel = await openPanel(b, tabId);
  expect(await settledState(panel)).toBe('report');
  await panel.waitForSelector('.col-savebar[data-saved="no"]');
  await panel.locator('.col-savebar button.primary').click();
  await panel.waitForSelector('.col-savebar[data-saved="yes"]', { timeout: 10_000 });
  await panel.close();
  await page.close();
}

async function openCollectionPage(b: Running, hash = ''): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/collection.html${hash}`);
  await page.waitForSelector('.col-page:not([data-state="loading"])', { timeout: 15_000 });
  return page;
}

const rowCount = (page: Page) => page.locator('.col-reports tbody tr').count();

async function exportJson(page: Page): Promise<{ reports: { id: string }[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.col-io button').first().click()]);
  const file = await download.path();
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { reports: { id: string }[] };
}

async function importFile(page: Page, name: string, content: string): Promise<void> {
  await page.locator('.col-io input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') });
}

describe('collection in the browser', () => {
  it('a report saved from the panel is in the collection, and still there after a browser restart', async () => {
    let b = running!;
    await saveFromPanel(b, MOYU);
    let page = await openCollectionPage(b);
    expect(await rowCount(page)).toBe(1);
    expect(await page.locator('.col-reports tbody').innerText()).toContain('墨玉县');
    await page.close();

    await b.context.close();
    running = null;
    b = running = await start(profileA);
    page = await openCollectionPage(b);
    expect(await rowCount(page)).toBe(1);
    expect(await page.locator('.col-reports tbody').innerText()).toContain('墨玉县');
    // and the panel on that page says it is saved
    const site = await b.context.newPage();
    await site.goto(visitUrl(MOYU, server!.port), { waitUntil: 'load' });
    const panel = await openPanel(b, await tabIdOf(b.worker, site.url()));
    expect(await settledState(panel)).toBe('report');
    await panel.waitForSelector('.col-savebar[data-saved="yes"]', { timeout: 10_000 });
    await Promise.all([panel.close(), site.close(), page.close()]);
  });

  it('searches in Chinese and compares two saved reports with a chart per indicator', async () => {
    const b = running!;
    await saveFromPanel(b, LUANCHENG);
    const page = await openCollectionPage(b);
    expect(await rowCount(page)).toBe(2);
    await page.locator('input[name=q]').fill('逢九必讲'); // only in 墨玉县's report
    await expect.poll(() => rowCount(page)).toBe(1);
    expect(await page.locator('.col-reports tbody').innerText()).toContain('墨玉县');
    await page.locator('input[name=q]').fill('');
    await expect.poll(() => rowCount(page)).toBe(2);
    const boxes = page.locator('.col-reports tbody input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.locator('.col-toolbar button.primary').click();
    await page.waitForSelector('.col-compare-table');
    const rows = await page.locator('.col-compare-table tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(await page.locator('.col-chart').count()).toBe(rows);
    // 栾城区: 收到行政复议申请197件 (seed 002, gold)
    expect(await page.locator('.col-compare-table tr[data-key="reconsideration.received"]').innerText()).toContain('197');
    // a picture of the comparison for people to look at (docs/screenshots with E2E_DOCS=1)
    await page.screenshot({ path: path.join(ensureArtifacts(), 'collection-compare.png') });
    if (process.env.E2E_DOCS === '1') await page.screenshot({ path: path.join(ROOT, 'docs/screenshots/collection-compare.png') });
    await page.close();
  });

  it('opens a saved report with its outline and figures while the site is down', async () => {
    const b = running!;
    const list = await openCollectionPage(b);
    await server!.close();
    server = null;
    await list.locator('.col-open', { hasText: '墨玉县' }).click();
    await list.waitForSelector('.col-report');
    expect(await list.locator('.col-outline > li').count()).toBeGreaterThan(0);
    expect(await list.locator('.col-report table tbody tr').count()).toBeGreaterThan(0);
    expect(await list.locator('.col-report').innerText()).toContain('收到行政复议申请33起');
    // and straight from its address after a reload
    await list.reload();
    await list.waitForSelector('.col-report');
    await list.close();
    server = await serveFixtures(all);
  });

  it('export, then import into a fresh profile: an equal collection; a corrupt file changes nothing', async () => {
    const a = running!;
    const pageA = await openCollectionPage(a);
    const backup = await exportJson(pageA);
    expect(backup.reports).toHaveLength(2);
    await pageA.close();
    await a.context.close();

    const b = (running = await start(newProfile()));
    const pageB = await openCollectionPage(b);
    expect(await rowCount(pageB)).toBe(0);
    await importFile(pageB, 'broken.json', JSON.stringify(backup).slice(0, 5000));
    await pageB.waitForSelector('.col-error[role=alert]');
    expect(await rowCount(pageB)).toBe(0);
    await importFile(pageB, 'backup.json', JSON.stringify(backup));
    await expect.poll(() => rowCount(pageB), { timeout: 10_000 }).toBe(2);
    const again = await exportJson(pageB);
    const byId = (r: { id: string }[]) => [...r].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(again.reports)).toEqual(byId(backup.reports));
    // importing the same file again adds nothing
    await importFile(pageB, 'backup.json', JSON.stringify(backup));
    await pageB.waitForSelector('.col-notice');
    expect(await rowCount(pageB)).toBe(2);
    await pageB.close();
  });

  it('removing a report can be undone, and edits to tags and notes are kept', async () => {
    const b = running!;
    const page = await openCollectionPage(b);
    expect(await rowCount(page)).toBe(2);
    await page.locator('.col-open', { hasText: '墨玉县' }).click();
    await page.waitForSelector('.col-report');
    await page.locator('.col-report input[name=tags]').fill('县级，新疆');
    await page.locator('.col-report textarea[name=note]').fill('出庭应诉率100%');
    await page.locator('.col-report textarea[name=note]').blur();
    await page.locator('.col-report input[name=tags]').focus();
    await page.locator('.col-report input[name=tags]').press('Enter');
    await page.locator('.col-report button', { hasText: /移除|Remove/ }).click();
    await page.waitForSelector('.col-reports');
    await expect.poll(() => rowCount(page)).toBe(1);
    await page.locator('.col-notice button').click();
    await expect.poll(() => rowCount(page)).toBe(2);
    await page.reload();
    await page.waitForSelector('.col-reports');
    const row = page.locator('.col-reports tbody tr', { hasText: '墨玉县' });
    expect(await row.locator('.col-tag').allInnerTexts()).toEqual(['县级', '新疆']);
    await row.locator('.col-open').click();
    expect(await page.locator('.col-report textarea[name=note]').inputValue()).toBe('出庭应诉率100%');
    await page.close();
  });
});

// The end-to-end rig: Debian's Chromium driven by playwright-core with the built extension loaded,
// the HTML fixtures served from 127.0.0.1 under their own host names (*.gov.cn and the rest, through
// --host-resolver-rules), and helpers to open a fixture, find its tab id and open the panel for it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { fixtures, PAGES, serveFixtures, visitUrl, type FixtureEntry } from '../../scripts/lib/fixture-server';

export { fixtures, PAGES, serveFixtures, visitUrl, type FixtureEntry };

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const GOLD = path.join(ROOT, 'tests/fixtures/gold');
export const EXTENSION = path.join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS = path.join(ROOT, 'test-results/e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface GoldHeading { level: number; marker: string; text: string }
export interface Gold { title: string | null; headings: GoldHeading[] }

export function gold(seed: string): Gold {
  return JSON.parse(fs.readFileSync(path.join(GOLD, `${seed}.json`), 'utf8')) as Gold;
}

/** The gold's top-level headings: those of the highest rank the report uses. */
export function topHeadings(g: Gold): GoldHeading[] {
  const top = Math.min(...g.headings.map((h) => h.level));
  return g.headings.filter((h) => h.level === top);
}

export interface Rig {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  port: number;
  close(): Promise<void>;
}

let snapshot: string | null = null;

/**
 * A private copy of the build, made once per test process: a rebuild of .output while tests run
 * (another terminal, a watcher) must not pull files from under the browser. The extension's id
 * follows its folder, so it stays the same across relaunches within the process.
 */
export function snapshotExtension(): string {
  if (snapshot) return snapshot;
  if (!fs.existsSync(path.join(EXTENSION, 'manifest.json'))) throw new Error(`no built extension in ${EXTENSION}: run \`npx wxt build\``);
  const dir = path.join(os.tmpdir(), `fazhi-e2e-ext-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(EXTENSION, dir, { recursive: true });
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  snapshot = dir;
  return dir;
}

/**
 * Chromium with the extension; every host name resolves to 127.0.0.1 (no network, no strays).
 * A given `profile` folder is kept on close, so a test can start the browser again on it.
 */
export async function launch(opts: { profile?: string } = {}): Promise<Omit<Rig, 'port'>> {
  const ext = snapshotExtension();
  const profile = opts.profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * 127.0.0.1',
      '--enable-unsafe-extension-debugging',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      if (!opts.profile) fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

let lookups: Promise<unknown> = Promise.resolve();

/**
 * The browser's id of a page's tab. The extension has no `tabs` permission, so it sees a tab's URL
 * only where it has host access (*.gov.cn, or activeTab): a page is found by bringing it to the front
 * and asking for the active tab, checked against its URL where that is visible; a bare URL is found
 * on *.gov.cn only. One look-up at a time, since bringing a page to the front is global.
 */
export function tabIdOf(worker: Worker, target: Page | string): Promise<number> {
  const run = lookups.then(() => lookUp(worker, target));
  lookups = run.catch(() => {});
  return run;
}

async function lookUp(worker: Worker, target: Page | string): Promise<number> {
  const url = typeof target === 'string' ? target : target.url();
  for (let i = 0; i < 50; i++) {
    if (typeof target !== 'string') await target.bringToFront();
    const id = await worker.evaluate(async ({ u, front }) => {
      type Tab = { id?: number; url?: string; pendingUrl?: string };
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
      const tabs = await api.tabs.query(front ? { active: true, lastFocusedWindow: true } : {});
      // no named helper in here: tsx (the bench) wraps named functions in a __name() the worker lacks
      return tabs.find((t) => t.url === u || t.pendingUrl === u || (front && t.url === undefined && t.pendingUrl === undefined))?.id ?? null;
    }, { u: url, front: typeof target !== 'string' });
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab for ${url}`);
}

export interface PanelOptions {
  lang?: 'zh_CN' | 'en';
  dark?: boolean;
  width?: number;
}

/** The panel for a tab, opened as an ordinary tab: chrome-extension://ID/sidepanel.html?tabId=N. */
export async function openPanel(rig: Pick<Rig, 'context' | 'extensionId'>, tabId: number, opts: PanelOptions = {}): Promise<Page> {
  const page = await rig.context.newPage();
  await page.setViewportSize({ width: opts.width ?? 400, height: 900 });
  await page.emulateMedia({ colorScheme: opts.dark ? 'dark' : 'light' });
  const q = new URLSearchParams({ tabId: String(tabId) });
  if (opts.lang) q.set('lang', opts.lang);
  await page.goto(`chrome-extension://${rig.extensionId}/sidepanel.html?${q}`);
  return page;
}

/** Waits until the panel settles (anything but loading) and returns its state. */
export async function settledState(panel: Page, timeout = 20_000): Promise<string> {
  await panel.waitForSelector('.panel[data-state]:not([data-state="loading"])', { timeout });
  return (await panel.getAttribute('.panel', 'data-state')) ?? '';
}

/** Text compared across scripts, widths and spacing: NFKC (（一）→(一), ３→3), no whitespace. */
export function norm(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u200b\u3000]/g, '');
}

export function ensureArtifacts(): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

/**
 * A click on the extension's toolbar button for this page's tab (CDP Extensions.triggerAction,
 * allowed by --enable-unsafe-extension-debugging): it grants activeTab like a real click.
 */
export async function clickAction(rig: Pick<Rig, 'context' | 'extensionId'>, page: Page): Promise<void> {
  const browser = rig.context.browser();
  if (!browser) throw new Error('no browser-level CDP session');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never) as { targetInfos: { type: string; url: string; targetId: string }[] };
  const tab = targetInfos.find((x) => x.type === 'tab' && x.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction' as never, { id: rig.extensionId, targetId: tab.targetId } as never);
  await cdp.detach();
}

/** Whether a real side panel of ours is open (Playwright does not list it among pages). */
export async function sidePanelOpen(rig: Pick<Rig, 'context' | 'extensionId'>): Promise<boolean> {
  const cdp = await rig.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets') as { targetInfos: { url: string }[] };
  await cdp.detach();
  return targetInfos.some((x) => x.url.startsWith(`chrome-extension://${rig.extensionId}/sidepanel.html`));
}

/**
 * Evaluates an expression in the real side panel, or null when none is open. Over raw CDP: Playwright
 * neither lists side panels nor drives child sessions, so the message goes through
 * Target.sendMessageToTarget and its answer comes back as an event.
 */
export async function inSidePanel<T>(rig: Pick<Rig, 'context' | 'extensionId'>, expression: string): Promise<T | null> {
  const cdp = await rig.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets') as { targetInfos: { url: string; targetId: string }[] };
    const panel = targetInfos.find((x) => x.url.startsWith(`chrome-extension://${rig.extensionId}/sidepanel.html`));
    if (!panel) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false });
    const answer = new Promise<T>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget' as never, ((e: { sessionId: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: { result: { value: T } } };
        if (e.sessionId === sessionId && m.id === 1) resolve(m.result!.result.value);
      }) as never);
    });
    await cdp.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) } as never);
    return await answer;
  } finally {
    await cdp.detach();
  }
}

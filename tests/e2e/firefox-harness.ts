// The Firefox rig: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (no browser
// download, no patched build), with the Firefox package installed as a temporary add-on. Every host
// name resolves to 127.0.0.1 (network.dns.forceResolve), and the add-on gets a fixed internal UUID so
// the test can open its pages (moz-extension://UUID/…) like a user opens the sidebar's pages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { ROOT } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION = path.join(ROOT, '.output/firefox-mv2');
const ADDON_ID = 'fazhi-lens@example.org';
const UUID = '5f1c2a9e-7b3d-4c8e-9a1f-2d4b6c8e0a13';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

export interface FirefoxRig {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxRig> {
  if (!fs.existsSync(path.join(FIREFOX_EXTENSION, 'manifest.json'))) throw new Error(`no Firefox build in ${FIREFOX_EXTENSION}: run \`npx wxt build -b firefox\``);
  // a private copy: a rebuild while the tests run must not change the add-on under the browser
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-e2e-ff-'));
  fs.cpSync(FIREFOX_EXTENSION, copy, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // lets the test open the add-on's own pages, as a user does from the sidebar or the toolbar
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
    },
  });
  const id = await browser.installExtension(copy);
  if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);
  return {
    browser,
    async close() {
      await browser.close();
      fs.rmSync(copy, { recursive: true, force: true });
    },
  };
}

/**
 * Opens one of the add-on's pages. Firefox's BiDi never reports a privileged page's load, so the
 * navigation is not awaited: the page is ready when its document is the add-on's and complete.
 * Polled by hand: an evaluation that lands while the tab is between documents fails, and is retried.
 */
export async function openExtensionPage(page: Page, pathAndQuery: string): Promise<void> {
  const url = `${EXTENSION_ORIGIN}${pathAndQuery}`;
  void page.goto(url, { timeout: 60_000 }).catch(() => {});
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await page
      .evaluate((want: string) => location.href === want && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${url} did not open`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The id of the last tab opened before `panel` (tabs.query needs no `tabs` permission for ids). */
export async function lastOtherTabId(panel: Page): Promise<number> {
  return panel.evaluate(async () => {
    type Tab = { id?: number };
    const api = (globalThis as unknown as { browser: { tabs: { getCurrent(): Promise<Tab | undefined>; query(q: object): Promise<Tab[]> } } }).browser;
    const me = (await api.tabs.getCurrent())?.id;
    const ids = (await api.tabs.query({})).map((t) => t.id).filter((id): id is number => id !== undefined && id !== me);
    return Math.max(...ids);
  });
}

// The extension in a real browser: on each report fixture the panel (opened as a tab for the page's
// tab) shows the report's title, every top-level heading of the gold and the catalogued figures
// listed below (written by hand from the gold); look-alike pages say "not a report" and get no DOM
// change from us; clicking a heading scrolls the page to it; screenshots in both themes and languages.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toSimplified } from '../../lib/traditional';
import {
  ROOT, clickAction, ensureArtifacts, inSidePanel, sidePanelOpen, snapshotExtension, fixtures, gold, launch, norm, openPanel, serveFixtures, settledState, tabIdOf, topHeadings, visitUrl,
} from './harness';
import type { FixtureEntry, Rig } from './harness';

/** Catalogued figures each seed's report must show: catalogue key (docs/domain.md), value, quote. */
const CATALOGUED: Record<string, { key: string; value: number; quote: string }[]> = {
  '000_7956d37cdaebe2b9': [
    { key: 'legal_aid.cases', value: 1026, quote: '办理法律援助案件1026件' },
    { key: 'notary.cases', value: 2384, quote: '公证事项2384件' },
    { key: 'normative_docs.issued', value: 1, quote: '出台行政规范性文件1件' },
  ],
  '001_ead695509793956c': [
    { key: 'reconsideration.received', value: 33, quote: '收到行政复议申请33起' },
    { key: 'litigation.appearance_rate', value: 100, quote: '出庭应诉率达到100%' },
    { key: 'legal_education.events', value: 4500, quote: '普法活动4500场次' },
    { key: 'legal_advisers.count', value: 324, quote: '324名法律顾问' },
    { key: 'enforcement.officers', value: 410, quote: '行政执法人员410人' },
    { key: 'major_decisions.count', value: 6, quote: '重大行政决策事项年度目录6项' },
  ],
  '002_f585fed566d59261': [
    { key: 'reconsideration.received', value: 197, quote: '收到行政复议申请197件' },
    { key: 'reconsideration.accepted', value: 184, quote: '受理184件' },
    { key: 'reconsideration.concluded', value: 176, quote: '审结176件' },
    { key: 'reconsideration.correction_rate', value: 13, quote: '纠错率为13%' },
    { key: 'mediation.cases', value: 1178, quote: '受理矛盾纠纷1178件' },
    { key: 'mediation.success_rate', value: 97, quote: '调解成功率97%' },
    { key: 'legal_aid.cases', value: 656, quote: '法律援助案件656件' },
    { key: 'disclosure.requests', value: 36, quote: '依申请公开36条' },
  ],
  '003_cf074fb9deb89154': [
    { key: 'gov_services.online_rate', value: 91.22, quote: '网上可办率达91.22%' },
    { key: 'reconsideration.received', value: 34, quote: '收到行政复议申请34件' },
    { key: 'litigation.appearance_rate', value: 100, quote: '出庭应诉率达100%' },
  ],
  '004_7c928908932c69f5': [
    { key: 'reconsideration.received', value: 98, quote: '收到行政复议申请98件' },
    { key: 'litigation.cases', value: 137, quote: '行政应诉137件' },
    { key: 'mediation.success_rate', value: 99.87, quote: '调解成功率为99.87%' },
    { key: 'legal_aid.cases', value: 2217, quote: '指派法律援助案件2217件' },
  ],
};

/** Compared in simplified script, NFKC, without spaces: the fixtures vary all three on purpose. */
const same = (s: string) => norm(toSimplified(s)).replace(/著(?=力|手|眼|重)/g, '着'); // t2cn keeps 著力
const isGov = (e: FixtureEntry) => new URL(e.url).hostname.endsWith('.gov.cn');

const all = fixtures();
const reports = all.filter((e) => e.isReport);
const lookAlikes = all.filter((e) => !e.isReport);

let rig: Rig;
let server: Awaited<ReturnType<typeof serveFixtures>>;

/** Records, from DOMContentLoaded on, every DOM mutation and whether anything adopted a stylesheet. */
const WATCH = `
  window.__fazhiMutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    const sig = (n) => n && n.nodeType === 1 ? n.nodeName + (n.id ? '#' + n.id : '') : n ? n.nodeName : '';
    new MutationObserver((recs) => {
      for (const r of recs) window.__fazhiMutations.push(r.type + ':' + sig(r.target) + ':' + [...r.addedNodes].map(sig).join(','));
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
`;

async function visit(e: FixtureEntry, host = true): Promise<{ page: Page; tabId: number; url: string }> {
  const page = await rig.context.newPage();
  await page.addInitScript(WATCH);
  const url = host ? visitUrl(e, server.port) : `http://127.0.0.1:${server.port}${new URL(e.url).pathname}`;
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId: await tabIdOf(rig.worker, page), url: page.url() };
}

beforeAll(async () => {
  server = await serveFixtures(all);
  rig = { ...(await launch()), port: server.port };
});

afterAll(async () => {
  await rig?.close();
  await server?.close();
});

/** The toolbar button's badge and tooltip for a tab. */
async function badge(tabId: number): Promise<{ text: string; title: string }> {
  return rig.worker.evaluate(async (id) => {
    type Action = { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
    const api = (globalThis as unknown as { chrome: { action: Action } }).chrome;
    return { text: await api.action.getBadgeText({ tabId: id }), title: await api.action.getTitle({ tabId: id }) };
  }, tabId);
}

async function tabView(panel: Page, tabId: number): Promise<{ agent: boolean; status: string }> {
  return panel.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ agent: boolean; status: string }> } } }).chrome;
    return api.runtime.sendMessage({ type: 'tab-get', tabId: id });
  }, tabId);
}

describe.each(reports.map((e) => [e.file, e] as const))('report %s', (_name, entry) => {
  it('shows the title, every top-level heading and the catalogued figures', async () => {
    const { page, tabId } = await visit(entry);
    let panel = await openPanel(rig, tabId);
    if (!isGov(entry)) {
      // off *.gov.cn nothing runs until the user asks: a click on our toolbar button
      expect(await settledState(panel)).toBe('not-report');
      expect(await tabView(panel, tabId)).toMatchObject({ status: 'unknown', agent: false });
      await panel.close();
      await clickAction(rig, page);
      await expect.poll(() => sidePanelOpen(rig), { timeout: 5000 }).toBe(true);
      panel = await openPanel(rig, tabId);
    }
    expect(await settledState(panel)).toBe('report');

    expect(same(await panel.locator('.title').innerText())).toBe(same(entry.title));
    const mark = await badge(tabId);
    expect(mark.text).toBe('法');
    expect(same(mark.title)).toContain(same(entry.title));

    const items = (await panel.locator('[role="treeitem"][aria-level="1"]').allInnerTexts()).map(same);
    for (const h of topHeadings(gold(entry.seed!))) {
      const want = same(h.text).slice(0, 12);
      expect(items.some((i) => i.includes(want)), `heading ${h.marker}${h.text} in ${items.join(' | ')}`).toBe(true);
    }

    const figures = await panel.locator('li.figure').evaluateAll((lis) =>
      lis.map((li) => ({ key: li.getAttribute('data-key'), value: Number(li.getAttribute('data-value')), quote: li.querySelector('.quote')?.textContent ?? '' })));
    for (const want of CATALOGUED[entry.seed!]) {
      const hit = figures.find((f) => f.key === want.key && f.value === want.value && same(f.quote).includes(same(want.quote)));
      expect(hit, `${want.key} ${want.value} «${want.quote}»`).toBeTruthy();
    }
    await panel.close();
    await page.close();
  });
});

describe.each(lookAlikes.map((e) => [e.file, e] as const))('look-alike %s', (_name, entry) => {
  it('says "not a report", loads no analysis and changes nothing in the page', async () => {
    // The same page off *.gov.cn, where our content script does not run, loaded alongside, is the
    // baseline: every mutation seen with us must be one the page makes on its own (scripts, timers).
    // one after the other: a tab opened while the other's id is looked up would be the active one
    const base = await visit(entry, false);
    const { page, tabId } = await visit(entry);
    const panel = await openPanel(rig, tabId);
    expect(await settledState(panel)).toBe('not-report');
    expect(await panel.locator('.status.not-report button.primary').count()).toBe(1);
    expect(await tabView(panel, tabId)).toMatchObject({ status: 'not-report', agent: false });
    expect((await badge(tabId)).text).toBe('');

    const mine = await page.evaluate(() => ({
      mutations: (window as unknown as { __fazhiMutations: string[] }).__fazhiMutations,
      sheets: document.adoptedStyleSheets.length,
    }));
    await base.page.waitForTimeout(200);
    const theirs = new Set(await base.page.evaluate(() => (window as unknown as { __fazhiMutations: string[] }).__fazhiMutations));
    expect(mine.mutations.filter((m) => !theirs.has(m))).toEqual([]);
    expect(mine.sheets).toBe(0);
    await Promise.all([panel.close(), page.close(), base.page.close()]);
  });
});

describe('jump back', () => {
  it('clicking a top-level heading scrolls the page to it; a figure is highlighted without DOM writes', async () => {
    const entry = reports.find((e) => isGov(e) && e.seed === '002_f585fed566d59261')!;
    const { page, tabId } = await visit(entry);
    const panel = await openPanel(rig, tabId);
    expect(await settledState(panel)).toBe('report');
    const last = panel.locator('[role="treeitem"][aria-level="1"]').last();
    const label = same(await last.locator('.label').innerText()).slice(0, 10);
    const before = await page.evaluate(() => window.scrollY);
    await last.click();
    await page.bringToFront();
    await expect.poll(() => page.evaluate((needle) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').normalize('NFKC').replace(/\s/g, '');
        if (!text.includes(needle)) continue;
        const r = n.parentElement!.getBoundingClientRect();
        if (r.height > 0) return r.top >= 0 && r.bottom <= window.innerHeight;
      }
      return false;
    }, label), { timeout: 5000 }).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before);

    const mutationsBefore = await page.evaluate(() => (window as unknown as { __fazhiMutations: string[] }).__fazhiMutations.length);
    await panel.bringToFront();
    await panel.locator('li.figure button').first().click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('fazhi-lens')?.size ?? 0), { timeout: 5000 }).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __fazhiMutations: string[] }).__fazhiMutations.length)).toBe(mutationsBefore);
    await panel.close();
    await page.close();
  });
});

describe('analyse anyway', () => {
  it('a look-alike analysed on request shows its outline, still marked as not a report', async () => {
    const entry = lookAlikes.find((e) => e.kind === 'plan') ?? lookAlikes[0];
    const { page, tabId } = await visit(entry);
    const panel = await openPanel(rig, tabId);
    expect(await settledState(panel)).toBe('not-report');
    await panel.locator('.status.not-report button.primary').click();
    await panel.waitForSelector('.card.meta .title', { timeout: 20_000 });
    expect(await panel.getAttribute('.panel', 'data-state')).toBe('not-report');
    expect(same(await panel.locator('.title').innerText())).toBe(same(entry.title));
    expect(await tabView(panel, tabId)).toMatchObject({ status: 'not-report', agent: true });
    await Promise.all([panel.close(), page.close()]);
  });
});

describe('the real side panel', () => {
  it('opens on a click of our button and follows tab switches and navigations', async () => {
    const report = reports.find((e) => isGov(e) && e.seed === '000_7956d37cdaebe2b9')!;
    const other = lookAlikes.find((e) => e.kind === 'home') ?? lookAlikes[0];
    const a = await visit(report);
    const b = await visit(other);
    await a.page.bringToFront();
    await clickAction(rig, a.page);
    const shown = () => inSidePanel<string>(rig, `(() => { const p = document.querySelector('.panel'); return p ? p.dataset.state + '|' + (document.querySelector('h1')?.textContent ?? '') : 'none'; })()`);
    await expect.poll(shown, { timeout: 10_000 }).toBe(`report|${report.title}`);
    // our own page in a tab (the panel opened as a tab) is not a page to show: the panel stays put
    const own = await openPanel(rig, a.tabId);
    const ownId = await tabIdOf(rig.worker, own);
    await expect.poll(() => rig.worker.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await api.storage.session.get(`own-tab:${id}`))[`own-tab:${id}`] === true;
    }, ownId), { timeout: 10_000 }).toBe(true);
    await expect.poll(shown, { timeout: 10_000 }).toBe(`report|${report.title}`);
    await own.close();
    await b.page.bringToFront(); // tab switch
    await expect.poll(shown, { timeout: 10_000 }).toBe('not-report|');
    await a.page.bringToFront();
    await expect.poll(shown, { timeout: 10_000 }).toBe(`report|${report.title}`);
    await a.page.goto(visitUrl(other, server.port)); // navigation in the shown tab
    await expect.poll(shown, { timeout: 10_000 }).toBe('not-report|');
    await Promise.all([a.page.close(), b.page.close()]);
  });
});

describe('permissions', () => {
  it('asks for no `tabs` permission ("Read your browsing history")', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(snapshotExtension(), 'manifest.json'), 'utf8')) as { permissions: string[] };
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
  });
});

describe('screenshots', () => {
  it('saves the panel in light and dark, Chinese and English', async () => {
    const entry = reports.find((e) => isGov(e) && e.seed === '001_ead695509793956c')!;
    const { page, tabId } = await visit(entry);
    const dir = ensureArtifacts();
    const docs = process.env.E2E_DOCS === '1' ? path.join(ROOT, 'docs/screenshots') : null;
    if (docs) fs.mkdirSync(docs, { recursive: true });
    for (const lang of ['zh_CN', 'en'] as const) {
      for (const dark of [false, true]) {
        const panel = await openPanel(rig, tabId, { lang, dark, width: 380 });
        expect(await settledState(panel)).toBe('report');
        const name = `panel-${lang === 'en' ? 'en' : 'zh'}-${dark ? 'dark' : 'light'}.png`;
        await panel.screenshot({ path: path.join(dir, name) });
        if (docs) fs.copyFileSync(path.join(dir, name), path.join(docs, name));
        // and the figures, further down
        await panel.evaluate(() => document.getElementById('ind-title')?.scrollIntoView());
        const figures = name.replace('.png', '-figures.png');
        await panel.screenshot({ path: path.join(dir, figures) });
        if (docs) fs.copyFileSync(path.join(dir, figures), path.join(docs, figures));
        if (lang === 'en') expect(await panel.locator('#outline-title').innerText()).toBe('Outline');
        else expect(await panel.locator('#outline-title').innerText()).toBe('提纲');
        await panel.close();
      }
    }
    // the narrowest side panel
    const narrow = await openPanel(rig, tabId, { lang: 'zh_CN', width: 320 });
    expect(await settledState(narrow)).toBe('report');
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await narrow.screenshot({ path: path.join(dir, 'panel-zh-light-320.png'), fullPage: true });
    await narrow.close();
    await page.close();
  });
});

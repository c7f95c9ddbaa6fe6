// The background: keeps what is known per tab (verdict, badge), injects the page agent on reports
// and on request, relays the panel's questions to the page, and tells panels when a tab changed.
import { acceptFrom, errorCode, message, parseReply } from '../lib/messages';
import type { Message, PageReply, TabStatus, TabView } from '../lib/messages';
import type { Detection } from '../lib/types';
import { t } from '../lib/i18n';
import { ownTabKey } from './sidepanel/ownTabs';

interface TabRecord {
  /** the page's address as the content script or the agent saw it: without the `tabs` permission the
   * browser shows us a tab's URL only on *.gov.cn, so we never read it from the tab */
  url: string | null;
  status: TabStatus;
  detection: Detection | null;
  error: string | null;
  detectMs: number | null;
  /** the page agent's last answer: the panel is served from here, saving a trip to the page */
  reply?: PageReply;
}

const MENU_ID = 'fazhi-lens-analyze';
const AGENT = '/analyzer.js';

type ActionApi = typeof browser.action;
type SidebarApi = { open(): Promise<void> };

/**
 * What we know per tab, in memory, with the small part (not the analysis) mirrored to
 * storage.session: a service worker is stopped when idle, and a verdict should outlive it.
 */
function tabRecords() {
  const memory = new Map<number, TabRecord>();
  const session = browser.storage?.session;
  const key = (id: number) => `tab:${id}`;
  return {
    get: (id: number) => memory.get(id),
    set(id: number, rec: TabRecord) {
      memory.set(id, rec);
      const { reply: _reply, ...small } = rec;
      session?.set({ [key(id)]: small }).catch(() => {});
    },
    delete(id: number) {
      memory.delete(id);
      session?.remove(key(id)).catch(() => {});
    },
    /** the record, from memory or, after a restart of the worker, from the session store */
    async load(id: number): Promise<TabRecord | undefined> {
      const hit = memory.get(id);
      if (hit || !session) return hit;
      const got: Record<string, unknown> = await session.get(key(id)).catch(() => ({}));
      const stored = got[key(id)] as TabRecord | undefined;
      if (stored) memory.set(id, stored);
      return stored;
    },
  };
}

export default defineBackground(() => {
  const records = tabRecords();
  // MV2 (Firefox) has browserAction; MV3 has action. Same calls for what we use.
  const action: ActionApi = browser.action ?? (browser as unknown as { browserAction: ActionApi }).browserAction;

  const broadcast = (tabId: number) => {
    browser.runtime.sendMessage(message({ type: 'tab-changed', tabId })).catch(() => { /* no panel open */ });
  };

  const setBadge = async (tabId: number, reply: PageReply | null) => {
    const isReport = reply?.status === 'report';
    const title = reply?.analysis?.meta.title ?? '';
    await Promise.all([
      action.setBadgeText({ tabId, text: isReport ? '法' : '' }),
      action.setTitle({ tabId, title: isReport ? t('actionTitleReport', title || t('reportUntitled')) : t('actionTitle') }),
      isReport ? action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }) : Promise.resolve(),
    ]).catch(() => { /* the tab closed meanwhile */ });
  };

  const askPage = async (tabId: number): Promise<PageReply | null> => {
    try {
      return parseReply('page-get', await browser.tabs.sendMessage(tabId, message({ type: 'page-get' }), { frameId: 0 }));
    } catch {
      return null; // no agent in the page
    }
  };

  const fromReply = (tabId: number, reply: PageReply): TabView => ({
    tabId,
    url: reply.url,
    status: reply.status,
    detection: reply.detection,
    analysis: reply.analysis,
    error: reply.error,
    timings: { detectMs: records.get(tabId)?.detectMs ?? reply.timings.detectMs, analyzeMs: reply.timings.analyzeMs },
    agent: true,
  });

  const viewOf = async (tabId: number): Promise<TabView> => {
    const cached = records.get(tabId)?.reply;
    const reply = cached ?? (await askPage(tabId));
    if (reply) return fromReply(tabId, reply);
    const tab = await browser.tabs.get(tabId).catch(() => null);
    const stored = await records.load(tabId);
    // A navigation drops the record (onUpdated, loading); where the browser does show us the URL, it
    // must still be the record's, in case a verdict from the old document arrived late.
    const rec = stored && (tab?.url === undefined || stored.url === null || stored.url === tab.url) ? stored : undefined;
    const base: TabView = { tabId, url: rec?.url ?? null, status: 'unknown', detection: null, analysis: null, error: null, timings: { detectMs: null, analyzeMs: null }, agent: false };
    if (!tab) return { ...base, status: 'error', error: 'no-tab' };
    if (rec) {
      // a report whose agent has not answered yet is still being analysed
      const status = rec.status === 'report' ? 'pending' : rec.status;
      return { ...base, status, detection: rec.detection, error: rec.error, timings: { detectMs: rec.detectMs, analyzeMs: null } };
    }
    return tab.status === 'loading' ? { ...base, status: 'pending' } : base;
  };

  const analyzeTab = async (tabId: number, force: boolean): Promise<TabView> => {
    const prev = await records.load(tabId);
    const url = prev?.url ?? null;
    records.set(tabId, { url, status: 'pending', detection: prev?.detection ?? null, error: null, detectMs: prev?.detectMs ?? null });
    broadcast(tabId);
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [AGENT] });
    } catch {
      // no host permission and no activeTab grant: the user has to click our action or menu there
      records.set(tabId, { url, status: 'error', detection: prev?.detection ?? null, error: 'no-access', detectMs: prev?.detectMs ?? null });
      broadcast(tabId);
      return viewOf(tabId);
    }
    try {
      const reply = parseReply('page-analyze', await browser.tabs.sendMessage(tabId, message({ type: 'page-analyze', force }), { frameId: 0 }));
      records.set(tabId, { url: reply.url, status: reply.status, detection: reply.detection, error: reply.error, detectMs: prev?.detectMs ?? reply.timings.detectMs, reply });
      broadcast(tabId);
      await setBadge(tabId, reply);
      return fromReply(tabId, reply);
    } catch (e) {
      records.set(tabId, { url, status: 'error', detection: prev?.detection ?? null, error: errorCode(e, 'no-agent'), detectMs: prev?.detectMs ?? null });
      broadcast(tabId);
      return viewOf(tabId);
    }
  };

  const openPanel = (tabId: number, windowId: number | undefined) => {
    // Must run inside the user gesture: no await before it.
    if (browser.sidePanel?.open) {
      browser.sidePanel.open(windowId === undefined ? { tabId } : { tabId, windowId }).catch(() => { /* already open */ });
    } else {
      (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction?.open().catch(() => {});
    }
  };

  const handle = async (msg: Message, senderTab: number | undefined): Promise<unknown> => {
    switch (msg.type) {
      case 'detected': {
        if (senderTab === undefined) return undefined;
        records.set(senderTab, { url: msg.url, status: msg.detection.isReport ? 'report' : 'not-report', detection: msg.detection, error: null, detectMs: msg.detectMs });
        broadcast(senderTab);
        if (msg.detection.isReport) await analyzeTab(senderTab, false);
        return undefined;
      }
      case 'tab-get':
        return viewOf(msg.tabId);
      case 'tab-analyze':
        return analyzeTab(msg.tabId, msg.force);
      case 'tab-reveal':
        try {
          return parseReply('page-reveal', await browser.tabs.sendMessage(tabId(msg), message({ type: 'page-reveal', start: msg.start, end: msg.end, highlight: msg.highlight }), { frameId: 0 }));
        } catch {
          return { ok: false, how: 'none' };
        }
      default:
        return undefined; // page-* go to pages, tab-changed to panels
    }
  };
  const tabId = (m: { tabId: number }) => m.tabId;

  const own = { id: browser.runtime.id, pages: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const msg = acceptFrom(raw, sender, own);
    if (!msg || msg.type.startsWith('page-') || msg.type === 'tab-changed') return undefined;
    handle(msg, sender.tab?.id).then(sendResponse, (e: unknown) => sendResponse({ error: errorCode(e, 'no-agent') }));
    return true;
  });

  browser.tabs.onUpdated.addListener((id, info) => {
    if (info.status === 'loading') {
      records.delete(id); // a new document: what we knew was about the old one
      broadcast(id);
    } else if (info.status === 'complete') {
      broadcast(id);
    }
  });
  browser.tabs.onRemoved.addListener((id) => {
    records.delete(id);
    browser.storage?.session?.remove(ownTabKey(id)).catch(() => {});
  });

  action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    openPanel(tab.id, tab.windowId);
    const id = tab.id;
    // Outside *.gov.cn nothing ran yet: the click granted activeTab, so detect (and analyse a report) now.
    void viewOf(id).then((v) => (v.status === 'unknown' ? analyzeTab(id, false) : v));
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('menuAnalyze'), contexts: ['page'] }, () => void browser.runtime.lastError);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    openPanel(tab.id, tab.windowId);
    void analyzeTab(tab.id, true);
  });
});

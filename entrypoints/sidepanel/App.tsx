// Wires the panel view to the browser: which tab to show (the active one, or ?tabId=N when the panel
// is opened as a tab), asking the background for its analysis, and following tab switches,
// navigations and the background's change notices.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { acceptFrom, errorCode, message, parseReply } from '../../lib/messages';
import type { TabView } from '../../lib/messages';
import { t, uiLang } from '../../lib/i18n';
import { PanelView, panelState } from '../../components/panel/PanelView';
import { SaveSlot } from './SaveSlot';
import { isOwnTab, ownTabOf } from './ownTabs';

export interface AppProps {
  /** show this tab only (panel opened as a tab); null: follow the active tab of this window */
  fixedTabId: number | null;
}

/** The active tab of this window, unless it is one of our own pages. */
async function activeTab(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  return (await isOwnTab(tab.id)) ? null : tab.id;
}

export function App({ fixedTabId }: AppProps) {
  const [tabId, setTabId] = useState<number | null>(fixedTabId);
  const [view, setView] = useState<TabView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const current = useRef<number | null>(fixedTabId);
  /** the tab shown before the current one: back to it when the current one turns out to be ours */
  const previous = useRef<number | null>(null);
  const lang = uiLang();

  const load = useCallback(async (id: number) => {
    try {
      const v = parseReply('tab-get', await browser.runtime.sendMessage(message({ type: 'tab-get', tabId: id })));
      if (current.current === id) { setView(v); setFailure(null); }
    } catch (e) {
      if (current.current === id) setFailure(errorCode(e, 'no-background'));
    }
  }, []);

  const show = useCallback((id: number | null) => {
    if (id !== current.current) previous.current = current.current;
    current.current = id;
    setTabId(id);
    setView(null);
    if (id !== null) void load(id);
  }, [load]);

  useEffect(() => {
    if (fixedTabId !== null) show(fixedTabId);
    else void activeTab().then(show);
    let windowId: number | undefined;
    void browser.windows?.getCurrent().then((w) => { windowId = w.id; }).catch(() => {});
    const own = { id: browser.runtime.id, pages: browser.runtime.getURL('/') };
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (fixedTabId !== null || (windowId !== undefined && info.windowId !== windowId)) return;
      // our own pages (the panel opened as a tab, the collection) are not pages to analyse: keep the last one
      void isOwnTab(info.tabId).then((mine) => { if (!mine) show(info.tabId); });
    };
    // A page of ours just opened marks itself only once loaded, after it was activated: step back.
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (fixedTabId !== null || area !== 'session') return;
      for (const [key, change] of Object.entries(changes)) {
        if (change.newValue === true && ownTabOf(key) === current.current && current.current !== null) show(previous.current);
      }
    };
    const onUpdated = (id: number, info: { status?: string }) => {
      if (id !== current.current) return;
      if (info.status === 'loading') setView(null);
      if (info.status === 'complete') void load(id);
    };
    const onMessage = (raw: unknown, sender: { id?: string; url?: string; tab?: { id?: number } }) => {
      const msg = acceptFrom(raw, sender, own);
      if (msg?.type === 'tab-changed' && msg.tabId === current.current) void load(msg.tabId);
      return undefined; // never answer: requests are the background's to answer
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    browser.storage?.onChanged.addListener(onStorage);
    return () => {
      browser.storage?.onChanged.removeListener(onStorage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [fixedTabId, show, load]);

  const state = failure ? 'error' : panelState(view);
  // layout effect: right after the DOM is updated (a plain effect waits for a frame, and a panel
  // opened as a background tab gets none), so the bench's mark is when the report is on screen
  useLayoutEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = view?.analysis?.meta.title ? `${view.analysis.meta.title} · ${t('extName')}` : t('extName');
    if (state === 'report' && performance.getEntriesByName('fazhi-lens:rendered').length === 0) performance.mark('fazhi-lens:rendered');
  }, [state, view, lang]);

  const onAnalyze = useCallback(() => {
    const id = current.current;
    if (id === null) return;
    setView(null);
    void browser.runtime.sendMessage(message({ type: 'tab-analyze', tabId: id, force: true }))
      .then((raw) => { if (current.current === id) setView(parseReply('tab-analyze', raw)); })
      .catch((e: unknown) => { if (current.current === id) setFailure(errorCode(e, 'no-background')); });
  }, []);

  const onReveal = useCallback((start: number, end: number, highlight: boolean) => {
    const id = current.current;
    if (id === null) return;
    void browser.runtime.sendMessage(message({ type: 'tab-reveal', tabId: id, start, end, highlight })).catch(() => {});
  }, []);

  const onOpenInTab = useCallback(() => {
    if (current.current === null) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tabId=${current.current}` as '/sidepanel.html') });
  }, []);

  const [started, setStarted] = useState(false);
  useEffect(() => { const id = setTimeout(() => setStarted(true), 500); return () => clearTimeout(id); }, []);
  const errorView = (error: string): TabView =>
    ({ tabId: tabId ?? 0, url: null, status: 'error', detection: null, analysis: null, error, timings: { detectMs: null, analyzeMs: null }, agent: false });
  // no tab to show (a window with none, or only our own pages) once startup had its chance
  const shown: TabView | null = failure ? errorView(failure) : tabId === null ? (started ? errorView('no-tab') : null) : view;
  return (
    <PanelView
      view={shown}
      t={t}
      lang={lang}
      onReveal={onReveal}
      onAnalyze={onAnalyze}
      onOpenInTab={fixedTabId === null ? onOpenInTab : undefined}
      saveBar={state === 'report' && view?.analysis ? <SaveSlot analysis={view.analysis} url={view.url} /> : undefined}
    />
  );
}

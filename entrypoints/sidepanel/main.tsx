// Side panel (and panel-in-a-tab) bootstrap. `?lang=zh_CN|en` pins the UI language instead of the
// browser's (screenshots of both languages, readers who want the other one).
import { render } from 'preact';
import '../../components/theme.css';
import { useTable } from '../../lib/i18n';
import type { MessageTable } from '../../lib/i18n';
import { App } from './App';
import { markOwnTab } from './ownTabs';

const LOCALES = new Set(['zh_CN', 'en']);

async function start() {
  void markOwnTab(); // opened as a tab: the side panel must not switch to it
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  if (lang && LOCALES.has(lang)) {
    const res = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/_locales/en/messages.json'));
    useTable((await res.json()) as MessageTable);
  }
  const raw = params.get('tabId');
  const tabId = raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
  render(<App fixedTabId={tabId} />, document.getElementById('app')!);
}

void start();

// The collection page (collection.html): opens the collection on this extension origin's
// IndexedDB and renders the page. `?lang=zh_CN|en` pins the UI language, as in the panel.
import { render } from 'preact';
import '../../components/theme.css';
import '../../components/collection/collection.css';
import { t, uiLang, useTable, type MessageTable } from '../../lib/i18n';
import { openCollection } from '../../lib/collection/store';
import { App } from './App';
import { markOwnTab } from '../sidepanel/ownTabs';

const LOCALES = new Set(['zh_CN', 'en']);

async function start() {
  void markOwnTab(); // the side panel must not switch to this tab
  const lang = new URLSearchParams(location.search).get('lang');
  if (lang && LOCALES.has(lang)) {
    const res = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/_locales/en/messages.json'));
    useTable((await res.json()) as MessageTable);
  }
  document.documentElement.lang = uiLang() === 'en' ? 'en' : 'zh-CN';
  document.title = `${t('col_title')} · ${t('extName')}`;
  render(<App open={() => openCollection(indexedDB)} />, document.getElementById('app')!);
}

void start();

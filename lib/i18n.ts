// UI strings. Components call `t(key, subs)`; in the extension it reads browser.i18n (the browser's
// UI language picks zh_CN or en from public/_locales), in tests it falls back to the key so
// assertions stay independent of wording. A page may also switch to one locale's table explicitly
// (the panel's ?lang= parameter, used for screenshots in both languages from one browser).
import { browser } from 'wxt/browser';

export type Translate = (key: string, subs?: string | readonly string[]) => string;

/** One `_locales/xx/messages.json` file. */
export type MessageTable = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A translator over one locale's table, with the same placeholder rules as browser.i18n. */
export function fromTable(table: MessageTable): Translate {
  return (key, subs) => {
    const entry = table[key];
    if (!entry) return key;
    const args = subs === undefined ? [] : typeof subs === 'string' ? [subs] : subs;
    const named = entry.placeholders ?? {};
    const fill = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => args[Number(d) - 1] ?? '');
    return fill(
      entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => {
        const ph = named[name.toLowerCase()] ?? named[name];
        return ph ? ph.content : m;
      }),
    ).replace(/\$\$/g, '$');
  };
}

let override: Translate | null = null;

/** Use one locale's table instead of the browser's language (null: back to the browser's). */
export function useTable(table: MessageTable | null): void {
  override = table ? fromTable(table) : null;
}

function fromBrowser(key: string, subs?: string | readonly string[]): string {
  try {
    // WXT types getMessage with the known keys; keys here come from data (roles, catalogue keys)
    const get = browser?.i18n?.getMessage as ((k: string, s?: string | string[]) => string) | undefined;
    const text = get?.call(browser.i18n, key, subs === undefined ? undefined : typeof subs === 'string' ? subs : [...subs]);
    return text || key;
  } catch {
    return key; // the test browser does not implement i18n
  }
}

export const t: Translate = (key, subs) => (override ? override(key, subs) : fromBrowser(key, subs));

/** The UI language in use: 'zh' or 'en', for number formats and the <html lang>. */
export function uiLang(): 'zh' | 'en' {
  return t('lang') === 'en' ? 'en' : 'zh';
}

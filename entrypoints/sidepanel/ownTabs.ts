// Our own pages opened as tabs (the panel in a tab, the collection) are not pages to analyse, and the
// side panel must not switch to them. Without the `tabs` permission the browser hides their URLs
// from us as well, so each such page marks its own tab in storage.session (extension contexts only);
// the background drops the mark when the tab closes.
const PREFIX = 'own-tab:';

export const ownTabKey = (id: number): string => `${PREFIX}${id}`;

/** The tab id a storage key marks, or null for any other key. */
export function ownTabOf(key: string): number | null {
  return key.startsWith(PREFIX) && /^\d+$/.test(key.slice(PREFIX.length)) ? Number(key.slice(PREFIX.length)) : null;
}

/** Marks the tab this page is in (nothing when it is not in a tab: the real side panel). */
export async function markOwnTab(): Promise<void> {
  const session = browser.storage?.session;
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (!session || tab?.id === undefined) return;
  const key = ownTabKey(tab.id);
  const mark = () => session.set({ [key]: true }).catch(() => {});
  await mark();
  // the tab may leave for a web page: it is then the reader's page again
  addEventListener('pagehide', () => { void session.remove(key).catch(() => {}); });
  addEventListener('pageshow', (e) => { if (e.persisted) void mark(); });
}

export async function isOwnTab(id: number): Promise<boolean> {
  const session = browser.storage?.session;
  if (!session) return false;
  const key = ownTabKey(id);
  const got: Record<string, unknown> = await session.get(key).catch(() => ({}));
  return got[key] === true;
}

import { defineConfig } from 'wxt';

// The extension's shape. Permissions are the minimum the features need: detection runs only on
// *.gov.cn (its content script), and the page agent is injected there with the matching host
// permission — the same sites the content script already covers, so no extra install warning; other
// sites are analysed on demand through activeTab + scripting, so no broad host permission is asked.
// No `tabs` permission (Chrome words it "Read your browsing history"): following the active tab needs
// none, and the URLs we need come from the content script and the page agent, not from the tab.
// Extension pages run under a strict CSP: our own scripts and styles only, no eval, no remote content.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export default defineConfig({
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: ['*://*.gov.cn/*'],
    action: { default_title: '__MSG_actionTitle__' },
    content_security_policy: manifestVersion === 3 ? { extension_pages: CSP } : CSP,
    ...(browser === 'firefox'
      ? { browser_specific_settings: {
          gecko: {
            id: 'fazhi-lens@example.org',
            // 140 (the current ESR) is the first to read data_collection_permissions and to paint CSS highlights
            strict_min_version: '140.0',
            // Firefox's built-in consent: this extension collects and transmits nothing.
            data_collection_permissions: { required: ['none'] },
          },
        } }
      : {}),
  }),
  webExt: { disabled: true },
});

import { defineConfig } from 'wxt';

// The extension's shape. Permissions are the minimum the features need: content scripts only on
// *.gov.cn (declared by the content script itself); other sites are analysed on demand through
// activeTab + scripting, so no broad host permission is asked at install.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'tabs'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'fazhi-lens@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
  webExt: { disabled: true },
});

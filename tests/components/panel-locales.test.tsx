// The UI strings: both locales carry the same keys, every key the panel asks for exists, and
// placeholders are filled the way browser.i18n fills them.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromTable } from '../../lib/i18n';
import type { MessageTable } from '../../lib/i18n';
import { ROLES } from '../../lib/types';

const load = (loc: string) => JSON.parse(fs.readFileSync(`public/_locales/${loc}/messages.json`, 'utf8')) as MessageTable;
const zh = load('zh_CN');
const en = load('en');

describe('locales', () => {
  it('zh_CN and en have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('has every key the panel and background use', () => {
    const sources = ['components/panel/PanelView.tsx', 'components/panel/MetaCard.tsx', 'components/panel/PartsCard.tsx',
      'components/panel/IndicatorList.tsx', 'components/panel/OutlineTree.tsx', 'components/panel/Reasons.tsx',
      'entrypoints/background.ts', 'entrypoints/collection/main.tsx']
      .map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const used = new Set([...sources.matchAll(/\bt\('([A-Za-z0-9_]+)'[,)]/g)].map((m) => m[1]));
    for (const r of ROLES) used.add(`role_${r}`);
    // the words for error codes are looked up from a table, not by a literal t('…') call
    const panel = fs.readFileSync('components/panel/PanelView.tsx', 'utf8');
    for (const m of panel.matchAll(/'(error[A-Z][A-Za-z]*|noTab)'/g)) used.add(m[1]);
    expect(used.has('errorNoBackground') && used.has('errorUnknown')).toBe(true);
    for (const k of used) expect(zh[k], k).toBeDefined();
    expect(used.size).toBeGreaterThan(25);
  });

  it('fills numbered placeholders', () => {
    expect(fromTable(zh)('indicatorsCount', ['39', '7'])).toBe('共 39 项，其中标准指标 7 项');
    expect(fromTable(en)('actionTitleReport', '墨玉县2024年法治政府建设工作报告')).toBe('Fazhi Lens: 墨玉县2024年法治政府建设工作报告');
    expect(fromTable(en)('no_such_key')).toBe('no_such_key');
  });
});

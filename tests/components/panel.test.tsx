// @vitest-environment happy-dom
// The panel's views with a report's data (written by hand after seed 001, 墨玉县): what a reader
// sees in each state, the outline tree's keyboard behaviour, the figures' grouping, and that page
// text is only ever shown as text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { PanelView } from '../../components/panel/PanelView';
import { formatValue } from '../../components/panel/format';
import { ERROR_CODES } from '../../lib/messages';
import type { TabView } from '../../lib/messages';
import type { Analysis, OutlineNode } from '../../lib/types';

const t = (key: string, subs?: string | readonly string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`);

const node = (level: number, marker: string, title: string, start: number, children: OutlineNode[] = []): OutlineNode =>
  ({ kind: 'heading', level, marker, title, start, children });

const text = [
  '墨玉县2024年法治政府建设工作报告',
  '一、主要措施和成效',
  '(一)坚持以学促干,夯实法治思想根基',
  '共收到行政复议申请33起,已受理并办结33起。出庭应诉率达到100%。',
  '(二)坚持依法行政,推动法治政府建设',
  '受教育人数2.2万人次。',
  '二、存在的问题',
  '三、下一步工作',
].join('\n');
const off = (s: string) => text.indexOf(s);

const analysis: Analysis = {
  isReport: true,
  confidence: 0.97,
  reasons: ['标题含“法治政府建设…报告”'],
  meta: { title: '墨玉县2024年法治政府建设工作报告', issuer: '墨玉县人民政府', region: '墨玉县', regionLevel: 'county', reportYear: 2024, publishedAt: '2025-03-05', source: null, url: 'http://www.moyu.gov.cn/a.html' },
  outline: [
    node(1, '一、', '主要措施和成效', off('一、'), [
      node(2, '(一)', '坚持以学促干,夯实法治思想根基', off('(一)')),
      node(2, '(二)', '坚持依法行政,推动法治政府建设', off('(二)')),
    ]),
    node(1, '二、', '存在的问题', off('二、')),
    node(1, '三、', '下一步工作', off('三、')),
  ],
  sections: [
    { role: 'measures', title: '主要措施和成效', start: off('一、') },
    { role: 'problems', title: '存在的问题', start: off('二、') },
    { role: 'next_year', title: '下一步工作', start: off('三、') },
  ],
  compliance: { parts: { measures: true, problems: true, leader_duty: false, next_year: true, other: false }, deadline: '2025-04-01', publishedOnTime: true },
  indicators: [
    { key: null, kind: 'count', label: '受教育人数', value: 22000, unit: '人次', approx: false, target: false, quote: '受教育人数2.2万人次', start: off('受教育') },
    { key: 'reconsideration.received', kind: 'count', label: '行政复议申请', value: 33, unit: '起', approx: false, target: false, quote: '共收到行政复议申请33起', start: off('共收到') },
    { key: 'litigation.appearance_rate', kind: 'rate', label: '出庭应诉率', value: 100, unit: '%', approx: false, target: false, quote: '出庭应诉率达到100%', start: off('出庭') },
  ],
  chars: text.length,
  text,
  method: 'readability',
};

const view = (over: Partial<TabView> = {}): TabView => ({
  tabId: 5, url: analysis.meta.url, status: 'report', detection: { isReport: true, confidence: 0.97, reasons: analysis.reasons },
  analysis, error: null, timings: { detectMs: 1, analyzeMs: 30 }, agent: true, ...over,
});

function setup(v: TabView | null) {
  const onReveal = vi.fn();
  const onAnalyze = vi.fn();
  const onOpenInTab = vi.fn();
  const r = render(<PanelView view={v} t={t} lang="zh" onReveal={onReveal} onAnalyze={onAnalyze} onOpenInTab={onOpenInTab} />);
  return { ...r, onReveal, onAnalyze, onOpenInTab, root: r.container.querySelector('.panel')! };
}

afterEach(cleanup);

describe('panel states', () => {
  it('loading while nothing is known, or while the page is being analysed', () => {
    expect(setup(null).root.getAttribute('data-state')).toBe('loading');
    cleanup();
    expect(setup(view({ status: 'pending', analysis: null })).root.getAttribute('data-state')).toBe('loading');
  });

  it('a report: title, metadata, verdict, outline, parts, figures', () => {
    const { root, getByText } = setup(view());
    expect(root.getAttribute('data-state')).toBe('report');
    expect(root.querySelector('h1')!.textContent).toBe('墨玉县2024年法治政府建设工作报告');
    for (const s of ['墨玉县人民政府', '2024', '2025-03-05']) getByText(s);
    getByText('verdictReport(97%)');
    expect(root.querySelectorAll('[data-role].present').length).toBe(3);
    expect(root.querySelector('[data-role="leader_duty"]')!.classList.contains('missing')).toBe(true);
    getByText('onTime');
  });

  it('not a report: says so, with a button to analyse it anyway', () => {
    const { root, getByText, onAnalyze } = setup(view({ status: 'not-report', analysis: null, detection: { isReport: false, confidence: 0.1, reasons: ['标题为政策解读'] } }));
    expect(root.getAttribute('data-state')).toBe('not-report');
    getByText('notReport');
    getByText('标题为政策解读');
    fireEvent.click(getByText('analyzeAnyway'));
    expect(onAnalyze).toHaveBeenCalledOnce();
  });

  it('a page nothing ran on yet (outside *.gov.cn) offers to analyse it', () => {
    const { root, getByText, onAnalyze } = setup(view({ status: 'unknown', analysis: null, detection: null }));
    expect(root.getAttribute('data-state')).toBe('not-report');
    getByText('notAnalysed');
    fireEvent.click(getByText('analyzeNow'));
    expect(onAnalyze).toHaveBeenCalledOnce();
  });

  it('an error names the missing access', () => {
    const { root, getByText } = setup(view({ status: 'error', analysis: null, error: 'no-access' }));
    expect(root.getAttribute('data-state')).toBe('error');
    getByText('errorNoAccess');
  });

  it('each error code gets its own words; unknown error text is never shown raw', () => {
    const words: [string, string][] = [['no-agent', 'errorNoAgent'], ['bad-reply', 'errorBadReply'],
      ['analysis-failed', 'errorAnalysisFailed'], ['no-background', 'errorNoBackground'], ['no-tab', 'noTab']];
    expect([...words.map(([c]) => c), 'no-access'].sort()).toEqual([...ERROR_CODES].sort());
    for (const [code, key] of words) {
      const { root, getByText } = setup(view({ status: 'error', analysis: null, error: code }));
      getByText(key);
      expect(root.querySelector('.status.error')!.getAttribute('data-error')).toBe(code);
      cleanup();
    }
    const raw = 'Could not establish connection. Receiving end does not exist.';
    const { root, getByText } = setup(view({ status: 'error', analysis: null, error: raw }));
    getByText('errorUnknown');
    expect(root.textContent).not.toContain(raw);
  });

  it('detection reasons are marked Chinese, in a list labelled in the UI language', () => {
    const reasons = ['标题为政策解读', '正文无“法治政府建设”'];
    const { root } = setup(view({ status: 'not-report', analysis: null, detection: { isReport: false, confidence: 0.1, reasons } }));
    const list = root.querySelector('ul.reasons')!;
    expect(list.getAttribute('aria-label')).toBe('reasonsLabel');
    expect(list.hasAttribute('lang')).toBe(false);
    expect(Array.from(list.querySelectorAll('li')).map((li) => [li.getAttribute('lang'), li.textContent])).toEqual(reasons.map((r) => ['zh-CN', r]));
    cleanup();
    // and in the report's verdict
    const report = setup(view()).root.querySelector('.verdict ul.reasons')!;
    expect(report.getAttribute('aria-label')).toBe('reasonsLabel');
    expect(report.querySelector('li')!.getAttribute('lang')).toBe('zh-CN');
  });

  it('opens in a tab on request', () => {
    const { getByText, onOpenInTab } = setup(view());
    fireEvent.click(getByText('openInTab'));
    expect(onOpenInTab).toHaveBeenCalledOnce();
  });
});

describe('outline tree', () => {
  it('has tree roles and levels, top level open', () => {
    const { root } = setup(view());
    expect(root.querySelector('[role="tree"]')).not.toBeNull();
    const items = Array.from(root.querySelectorAll('[role="treeitem"]'));
    expect(items.map((i) => i.getAttribute('aria-level'))).toEqual(['1', '2', '2', '1', '1']);
    // flat rows: each says where it sits among its siblings
    expect(items.map((i) => [i.getAttribute('aria-posinset'), i.getAttribute('aria-setsize')])).toEqual([
      ['1', '3'], ['1', '2'], ['2', '2'], ['2', '3'], ['3', '3'],
    ]);
    expect(items[0].getAttribute('aria-expanded')).toBe('true');
    expect(items.filter((i) => i.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('arrows move, Left/Right close and open, Enter jumps to the heading', () => {
    const { root, onReveal } = setup(view());
    const tree = root.querySelector('[role="tree"]')!;
    const focused = () => root.querySelector('[role="treeitem"][tabindex="0"] .label')!.textContent;
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    expect(focused()).toBe('坚持以学促干,夯实法治思想根基');
    fireEvent.keyDown(tree, { key: 'ArrowLeft' }); // a leaf: to its parent
    expect(focused()).toBe('主要措施和成效');
    fireEvent.keyDown(tree, { key: 'ArrowLeft' }); // open parent: close it
    expect(root.querySelectorAll('[role="treeitem"]')).toHaveLength(3);
    fireEvent.keyDown(tree, { key: 'ArrowRight' });
    expect(root.querySelectorAll('[role="treeitem"]')).toHaveLength(5);
    fireEvent.keyDown(tree, { key: 'End' });
    expect(focused()).toBe('下一步工作');
    fireEvent.keyDown(tree, { key: 'Enter' });
    expect(onReveal).toHaveBeenCalledWith(off('三、'), off('三、') + '三、下一步工作'.length, false);
  });

  it('a click on a node jumps to it', () => {
    const { getByText, onReveal } = setup(view());
    fireEvent.click(getByText('存在的问题', { selector: '.label' }));
    expect(onReveal).toHaveBeenCalledWith(off('二、'), off('二、') + '二、存在的问题'.length, false);
  });
});

describe('figures', () => {
  it('catalogued first, grouped by subject; the rest after', () => {
    const { root } = setup(view());
    const keys = Array.from(root.querySelectorAll('li.figure')).map((li) => li.getAttribute('data-key'));
    expect(keys).toEqual(['reconsideration.received', 'litigation.appearance_rate', '']);
    expect(Array.from(root.querySelectorAll('.group[data-subject]')).map((g) => g.getAttribute('data-subject'))).toEqual(['reconsideration', 'litigation']);
  });

  it('shows value, unit and quote; a click highlights the quote in the page', () => {
    const { root, onReveal } = setup(view());
    const first = root.querySelector('li.figure')!;
    expect(first.querySelector('.figure-value')!.textContent).toBe('33起');
    expect(first.querySelector('.quote')!.textContent).toBe('共收到行政复议申请33起');
    fireEvent.click(first.querySelector('button')!);
    expect(onReveal).toHaveBeenCalledWith(off('共收到'), off('共收到') + '共收到行政复议申请33起'.length, true);
  });

  it('formats large numbers the way each language reads them', () => {
    expect(formatValue(22000, '人次', 'zh')).toBe('2.2万人次');
    expect(formatValue(152000000, '元', 'zh')).toBe('1.52亿元');
    expect(formatValue(22000, '人次', 'en')).toBe('22,000 人次');
    expect(formatValue(98.15, '%', 'en')).toBe('98.15%');
  });
});

describe('untrusted page text', () => {
  it('renders markup from the page as text, never as HTML', () => {
    const evil = '<img src=x onerror="alert(1)">报告';
    const a: Analysis = { ...analysis, meta: { ...analysis.meta, title: evil }, outline: [node(1, '一、', '<b>粗</b>', 0)],
      indicators: [{ ...analysis.indicators[1], quote: '<script>alert(1)</script>' }] };
    const { root } = setup(view({ analysis: a }));
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(root.querySelector('h1')!.textContent).toBe(evil);
  });
});

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildComparison } from '../../lib/collection/compare';
import { comparisonCsv, indicatorsCsv, outlineMarkdown } from '../../lib/collection/export';
import { facets, filterReports, sortReports } from '../../lib/collection/queries';
import { FORMAT_VERSION, type SavedReport } from '../../lib/collection/types';
import type { Analysis, Indicator, RegionLevel } from '../../lib/types';
import { figure, seedAnalysis } from './fixtures';

const ALL_PARTS = { measures: true, problems: true, leader_duty: true, next_year: true, other: false };

function rec(id: string, meta: Partial<Analysis['meta']>, over: Partial<Analysis> = {}, user: Partial<SavedReport> = {}): SavedReport {
  const base = seedAnalysis(0);
  return {
    id,
    url: `http://www.${id}.gov.cn/r.html`,
    canonicalUrl: `http://www.${id}.gov.cn/r.html`,
    contentHash: id,
    savedAt: '2025-03-01T00:00:00.000Z',
    updatedAt: '2025-03-01T00:00:00.000Z',
    tags: [],
    note: '',
    analysis: {
      ...base,
      meta: { ...base.meta, title: null, issuer: null, region: null, regionLevel: null, reportYear: null, publishedAt: null, ...meta },
      compliance: { parts: { ...ALL_PARTS }, deadline: null, publishedOnTime: null },
      indicators: [],
      ...over,
    },
    version: FORMAT_VERSION,
    ...user,
  };
}

const county = (id: string, region: string, year: number, level: RegionLevel = 'county', over: Partial<Analysis> = {}) =>
  rec(id, { region, reportYear: year, regionLevel: level, title: `${region}${year}年法治政府建设年度报告` }, over);

describe('filters and sorting', () => {
  const a = county('a', '滨海县', 2024);
  const b = county('b', '石家庄市栾城区', 2024, 'district', { compliance: { parts: { ...ALL_PARTS, problems: false }, deadline: '2025-04-01', publishedOnTime: false } });
  const c = county('c', '和平县', 2023, 'county', { compliance: { parts: { ...ALL_PARTS }, deadline: '2024-04-01', publishedOnTime: true } });
  const d = rec('d', {}, {}, { tags: ['待核'] });
  const all = [a, b, c, d];

  it('filters by year, level, part of a region name, compliance and tag', () => {
    expect(filterReports(all, { year: 2024 }).map((r) => r.id)).toEqual(['a', 'b']);
    expect(filterReports(all, { regionLevel: 'district' }).map((r) => r.id)).toEqual(['b']);
    expect(filterReports(all, { region: '栾城' }).map((r) => r.id)).toEqual(['b']);
    expect(filterReports(all, { compliance: 'incomplete' }).map((r) => r.id)).toEqual(['b']);
    expect(filterReports(all, { compliance: 'late' }).map((r) => r.id)).toEqual(['b']);
    expect(filterReports(all, { compliance: 'on_time' }).map((r) => r.id)).toEqual(['c']);
    expect(filterReports(all, { tag: '待核' }).map((r) => r.id)).toEqual(['d']);
    expect(filterReports(all, { year: 2024, regionLevel: 'county' }).map((r) => r.id)).toEqual(['a']);
    expect(filterReports(all, {})).toHaveLength(4);
  });

  it('sorts by year both ways with unknown years last, and by region in pinyin order', () => {
    expect(sortReports(all, 'year', 'asc').map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(sortReports(all, 'year', 'desc').map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    // 滨 bin < 和 he < 石 shi
    expect(sortReports(all, 'region', 'asc').map((r) => r.id)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('offers the years, levels, regions and tags present', () => {
    const f = facets(all);
    expect(f.years).toEqual([2024, 2023]);
    expect(new Set(f.levels)).toEqual(new Set(['county', 'district']));
    expect(f.tags).toEqual(['待核']);
    expect(f.regions).toHaveLength(3);
  });
});

describe('comparison', () => {
  const a = county('a', '滨海县', 2024, 'county', {
    indicators: [
      figure('reconsideration.received', 197, '件'),
      figure('litigation.appearance_rate', 100, '%'),
      figure('reconsideration.received', 250, '件', { target: true }),
      figure(null, 5, '场'),
    ],
  });
  const b = county('b', '和平县', 2023, 'county', {
    indicators: [figure('reconsideration.received', 300, '件', { target: true }), figure('legal_aid.cases', 1026, '件', { approx: true })],
  });

  it('rows are catalogued indicators in catalogue order, columns the reports, empty cells null', () => {
    const cmp = buildComparison([a, b]);
    expect(cmp.columns.map((c) => c.id)).toEqual(['a', 'b']);
    expect(cmp.rows.map((r) => r.key)).toEqual(['reconsideration.received', 'litigation.appearance_rate', 'legal_aid.cases']);
    const received = cmp.rows[0]!;
    expect(received.name).toBe('行政复议申请');
    // an achievement is preferred to a target; a target stands when it is all a report has
    expect(received.cells.map((c) => c && [c.value, c.target, c.count])).toEqual([[197, false, 2], [300, true, 1]]);
    expect(cmp.rows[1]!.cells[1]).toBeNull();
    expect(cmp.rows[2]!.cells[1]?.approx).toBe(true);
  });

  it('compares the seeds as the pipeline analysed them', () => {
    const seeds = [0, 1, 2, 3, 4].map((i) => rec(`s${i}`, {}, { indicators: seedAnalysis(i).indicators }));
    const cmp = buildComparison(seeds);
    const keyed = new Set(seeds.flatMap((s) => s.analysis.indicators.map((i) => i.key).filter((k): k is string => !!k)));
    expect(new Set(cmp.rows.map((r) => r.key))).toEqual(keyed);
    for (const row of cmp.rows) {
      row.cells.forEach((c, i) => {
        const own = seeds[i]!.analysis.indicators.filter((x: Indicator) => x.key === row.key);
        if (c) expect(own.map((x) => x.quote)).toContain(c.quote);
        else expect(own).toEqual([]);
      });
    }
  });

  it('CSV of the comparison: UTF-8 BOM, Chinese intact, numbers as numbers', () => {
    const text = comparisonCsv(buildComparison([a, b]));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1)).data;
    expect(rows[0]).toEqual(['指标', 'key', '单位', '滨海县 2024', '和平县 2023']);
    expect(rows[1]).toEqual(['行政复议申请', 'reconsideration.received', '件', '197', '300']);
    expect(rows[2]).toEqual(['行政机关负责人出庭应诉率', 'litigation.appearance_rate', '%', '100', '']);
    expect(text).toContain('\r\n');
  });
});

describe('exports', () => {
  it('CSV of all indicators has one line per figure, with the quote, and defuses formulas', () => {
    const a = county('a', '滨海县', 2024, 'county', {
      indicators: [figure('legal_aid.cases', 1026, '件', { quote: '办理法律援助案件1026件,同比增长5%' }), figure(null, 3, '次', { label: '=cmd', quote: '=HYPERLINK("x")' })],
    });
    const text = indicatorsCsv([a, county('b', '和平县', 2023)]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1)).data;
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('办理法律援助案件1026件,同比增长5%');
    expect(rows[1]).toContain('法律援助案件');
    expect(rows[2]).toContain(`'=HYPERLINK("x")`);
  });

  it('Markdown of one report: title, facts, the outline as nested list, the indicators table', () => {
    const r = county('a', '滨海县', 2024, 'county', {
      outline: [
        { kind: 'heading', level: 1, marker: '一、', title: '强化政治引领', start: 0, children: [{ kind: 'enumeration', level: 2, marker: '一是', title: '坚持学法|用法', start: 5, children: [] }] },
        { kind: 'part', level: 1, marker: '', title: '存在的问题', start: 10, children: [] },
      ],
      indicators: [figure('legal_aid.cases', 1026, '件', { quote: '办理法律援助案件1026件' })],
      compliance: { parts: { ...ALL_PARTS, leader_duty: false }, deadline: '2025-04-01', publishedOnTime: false },
    });
    r.tags = ['县级'];
    r.note = '注意\n第二行';
    const md = outlineMarkdown(r);
    expect(md).toContain('# 滨海县2024年法治政府建设年度报告');
    expect(md).toContain('- 地区：滨海县');
    expect(md).toContain('- 标签：县级');
    expect(md).toContain('- 缺少部分：党政主要负责人履行推进法治建设第一责任人职责情况');
    expect(md).toContain('- 一、强化政治引领\n  - 一是坚持学法\\|用法\n- **存在的问题**');
    expect(md).toContain('| 法律援助案件 | 1026 | 件 | 办理法律援助案件1026件 |');
    expect(md).toContain('> 注意\n> 第二行');
  });
});

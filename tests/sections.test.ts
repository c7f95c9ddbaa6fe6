import { describe, expect, it } from 'vitest';
import { buildStructure } from '../lib/structure';
import { flattenOutline } from '../lib/outline';
import { partPhraseAtStart, partPhraseEnd, rolesOfTitle, roleOfOpening } from '../lib/sections';
import type { OutlineNode } from '../lib/types';
import { loadSeeds, type Seed } from './outline-gold';

const seeds = loadSeeds();
const noMeta = { reportYear: null, publishedAt: null };

describe('canonical parts of the seeds, against the gold', () => {
  it.each(seeds.map((s) => [s.id, s] as [string, Seed]))('%s: one part per top-level part, in order, with its role', (_id, seed) => {
    const st = buildStructure(seed.text, { reportYear: seed.gold.report_year, publishedAt: seed.gold.published });
    const heads = flattenOutline(st.outline).filter((n) => n.kind === 'heading');
    const parts = st.outline.filter((n) => n.kind === 'part');
    const want = seed.gold.sections.map((g) => {
      const node: OutlineNode | undefined = g.heading_index !== null ? heads[g.heading_index] : parts[g.implicit_index ?? -1];
      const title = g.heading_index !== null ? seed.gold.headings[g.heading_index].text : seed.gold.implicit_sections[g.implicit_index ?? -1].text;
      return { role: g.role, title, start: node?.start };
    });
    expect(st.sections).toEqual(want);
  });

  it.each(seeds.map((s) => [s.id, s] as [string, Seed]))('%s: the same roles when the report year is unknown', (_id, seed) => {
    const st = buildStructure(seed.text, noMeta);
    expect(st.sections.map((s) => s.role)).toEqual(seed.gold.sections.map((g) => g.role));
  });

  it('flags the parts seed 002 lacks', () => {
    const seed = seeds.find((s) => s.id.startsWith('002'))!;
    const st = buildStructure(seed.text, { reportYear: 2024, publishedAt: null });
    expect(st.compliance.parts).toEqual({ measures: true, problems: false, leader_duty: false, next_year: true, other: false });
  });
});

describe('roles from headings', () => {
  it.each([
    ['主要举措和成效', 'measures'],
    ['主要措施和成效', 'measures'],
    ['工作开展情况', 'measures'],
    ['2024年推进法治政府建设情况', 'measures'],
    ['存在的不足和原因', 'problems'],
    ['存在的主要问题', 'problems'],
    ['不足及原因', 'problems'],
    ['2023年法治政府建设工作存在不足及原因', 'problems'],
    ['党政主要负责人履行推进法治建设第一责任人职责情况', 'leader_duty'],
    ['加强组织领导,严格履行第一责任人职责', 'leader_duty'],
    ['下一年度工作安排', 'next_year'],
    ['下一步工作', 'next_year'],
    ['2025年工作打算', 'next_year'],
    ['2025年工作思路', 'next_year'],
    ['其他需要报告的情况', 'other'],
    ['存在的問題', 'problems'],
  ])('%s → %s', (title, role) => {
    expect(rolesOfTitle(title, 2024)[0] ?? null).toBe(role);
  });

  it('names no role for a theme heading', () => {
    expect(rolesOfTitle('深入学习习近平法治思想,法治政府建设取得新思路')).toEqual([]);
    expect(rolesOfTitle('坚持为民服务,健全职责明确的政府治理体系')).toEqual([]);
  });

  it('does not take the report year\'s own plan for next year\'s', () => {
    expect(rolesOfTitle('2024年工作计划落实情况', 2024)).not.toContain('next_year');
    expect(rolesOfTitle('2025年工作计划', 2024)).toContain('next_year');
  });

  it('reads a combined heading as both parts', () => {
    const st = buildStructure('一、主要工作情况\n内容。\n二、存在的问题和下一步工作打算\n内容。', noMeta);
    expect(st.sections.map((s) => s.role)).toEqual(['measures', 'problems']);
    expect(st.compliance.parts.next_year).toBe(true);
  });
});

describe('the complete wording of a part heading (where a heading with its break lost ends)', () => {
  it('ends after the whole phrase, joined words included', () => {
    const end = (s: string): string => s.slice(0, partPhraseEnd(s));
    expect(end('党政主要负责人履行推进法治建设第一责任人职责情况区委、区政府')).toBe('党政主要负责人履行推进法治建设第一责任人职责情况');
    expect(end('2023年法治政府建设工作存在不足及原因虽然我县')).toBe('2023年法治政府建设工作存在不足及原因');
    expect(end('下一年度工作安排2025年，')).toBe('下一年度工作安排');
    expect(end('２０２５年工作打算２０２５年，')).toBe('２０２５年工作打算');
    expect(end('其他需要报告的情况无')).toBe('其他需要报告的情况');
    expect(partPhraseEnd('强化党对法治建设的全面领导我县高度重视')).toBe(-1);
  });

  it('is found at a sentence start only when the sentence opens with it', () => {
    expect(partPhraseAtStart('。存在的不足一是', 1)).toBe(5);
    expect(partPhraseAtStart('坚持问题导向')).toBe(0);
    expect(partPhraseAtStart('全面分析存在的问题')).toBe(0);
  });
});

describe('parts with no numbered heading', () => {
  it('reads a part from its opening sentence', () => {
    expect(roleOfOpening('今年以来,我县法治政府建设工作取得了一些成绩,但离上级要求和群众期盼仍有差距', 2024)).toBe('problems');
    expect(roleOfOpening('2025年,我县将继续坚持贯彻落实法治思想', 2024)).toBe('next_year');
    expect(roleOfOpening('下一步,栾城区将继续坚持党对法治政府建设的领导', null)).toBe('next_year');
    expect(roleOfOpening('工作中也存在一些问题和不足', 2024)).toBe('problems');
    expect(roleOfOpening('我局还着力解决群众反映强烈的突出问题', 2024)).toBe(null);
    expect(roleOfOpening('2024年,在市委市政府的坚强领导下,我县坚持以法治思想为引领', 2024)).toBe(null);
    expect(roleOfOpening('2023年,海东市坚持以习近平新时代中国特色社会主义思想为指导,将法治政府建设主动融入全市工作大局', 2023)).toBe(null);
  });

  it('makes an unnumbered part a part node and a section, with its enumerations under it', () => {
    const text = [
      '关于2024年度法治政府建设情况的报告',
      '2024年,在市委的坚强领导下,我县坚持依法行政,取得了新成效。',
      '一、强化政治引领,深入学习法治思想。全年开展学习12次。',
      '二、加强组织领导,严格履行第一责任人职责。内容。',
      '今年以来,我县法治政府建设取得了一些成绩,但离群众期盼仍有差距。一是谋划不够深入;二是力量不足。',
      '2025年,我县将继续推进法治政府建设。',
      '一是深化改革。',
      '二是强化监督。',
      '中共和平县委 和平县人民政府',
      '2025年2月4日',
    ].join('\n');
    const st = buildStructure(text, { reportYear: 2024, publishedAt: '2025-02-04' });
    expect(st.outline.map((n) => [n.kind, n.title, n.children.map((c) => c.title)])).toEqual([
      ['heading', '强化政治引领,深入学习法治思想', []],
      ['heading', '加强组织领导,严格履行第一责任人职责', []],
      ['part', '今年以来,我县法治政府建设取得了一些成绩,但离群众期盼仍有差距', ['谋划不够深入', '力量不足']],
      ['part', '2025年,我县将继续推进法治政府建设', ['深化改革', '强化监督']],
    ]);
    expect(st.sections.map((s) => s.role)).toEqual(['measures', 'leader_duty', 'problems', 'next_year']);
    expect(st.sections[2].start).toBe(text.indexOf('今年以来'));
    expect(st.compliance).toEqual({
      parts: { measures: true, problems: true, leader_duty: true, next_year: true, other: false },
      deadline: '2025-04-01',
      publishedOnTime: true,
    });
  });

  it('reads the parts of a traditional-character report', () => {
    const text = '一、主要工作情況\n內容。\n二、存在的問題和不足\n內容。\n三、下一步工作打算\n內容。';
    expect(buildStructure(text, noMeta).sections.map((s) => [s.role, s.title])).toEqual([
      ['measures', '主要工作情況'],
      ['problems', '存在的問題和不足'],
      ['next_year', '下一步工作打算'],
    ]);
  });

  it('reads full-width headings and a heading line for a part', () => {
    const text = '（一）加强组织领导。\n（二）推进依法行政。\n存在的问题\n一是认识不到位；二是力量不足。\n下一步工作打算\n（一）深化改革。';
    const st = buildStructure(text, noMeta);
    expect(st.sections.map((s) => [s.role, s.title])).toEqual([
      ['measures', '加强组织领导'],
      ['measures', '推进依法行政'],
      ['problems', '存在的问题'],
      ['next_year', '下一步工作打算'],
    ]);
  });
});

describe('compliance', () => {
  const text = '一、主要工作情况\n内容。\n二、存在的问题\n内容。\n三、下一步工作\n内容。';
  it('knows the deadline and whether it was met', () => {
    expect(buildStructure(text, { reportYear: 2024, publishedAt: '2025-03-05' }).compliance).toEqual({
      parts: { measures: true, problems: true, leader_duty: false, next_year: true, other: false },
      deadline: '2025-04-01',
      publishedOnTime: true,
    });
    expect(buildStructure(text, { reportYear: 2024, publishedAt: '2025-04-01' }).compliance.publishedOnTime).toBe(true);
    expect(buildStructure(text, { reportYear: 2024, publishedAt: '2025-04-02' }).compliance.publishedOnTime).toBe(false);
  });

  it('says nothing of timeliness when the year or the date is unknown', () => {
    expect(buildStructure(text, { reportYear: 2024, publishedAt: null }).compliance).toMatchObject({ deadline: '2025-04-01', publishedOnTime: null });
    expect(buildStructure(text, { reportYear: null, publishedAt: '2025-03-05' }).compliance).toMatchObject({ deadline: null, publishedOnTime: null });
  });

  it('reads the seeds\' dates as the gold gives them', () => {
    const seed = seeds.find((s) => s.id.startsWith('003'))!;
    const c = buildStructure(seed.text, { reportYear: seed.gold.report_year, publishedAt: seed.gold.published }).compliance;
    expect(c).toEqual({
      parts: { measures: true, problems: true, leader_duty: false, next_year: true, other: false },
      deadline: '2024-04-01',
      publishedOnTime: true,
    });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../lib/indicators';
import { planRanges } from '../lib/plans';
import { CATALOGUE } from '../lib/catalogue';
import type { Indicator, Section } from '../lib/types';

interface GoldIndicator {
  label: string;
  value: number;
  unit: string | null;
  approx: boolean;
  quote: string;
  target?: boolean;
  truncated?: boolean;
}
interface Seed {
  id: string;
  text: string;
  gold: GoldIndicator[];
}

const fixtures = path.join(__dirname, 'fixtures');
const seeds: Seed[] = fs
  .readdirSync(path.join(fixtures, 'gold'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const g = JSON.parse(fs.readFileSync(path.join(fixtures, 'gold', f), 'utf8')) as { file: string; indicators: GoldIndicator[] };
    return { id: f.replace(/\.json$/, ''), text: fs.readFileSync(path.join(fixtures, 'seeds', g.file), 'utf8'), gold: g.indicators };
  });
const fullwidth = fs.readFileSync(path.join(fixtures, 'indicators', 'fullwidth.txt'), 'utf8');
const department = fs.readFileSync(path.join(fixtures, 'indicators', 'department.txt'), 'utf8');

// Matching as the project's scorer does it: same value and unit, quotes sharing a run of 4 characters.
const norm = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '').replace(/[。.;；:：,，、]+$/u, '');
function longestCommonRun(a: string, b: string): number {
  let best = 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j];
      row[j] = a[i - 1] === b[j - 1] ? prev + 1 : 0;
      best = Math.max(best, row[j]);
      prev = keep;
    }
  }
  return best;
}
const sameFigure = (o: Indicator, g: GoldIndicator) =>
  Math.abs(o.value - g.value) <= 1e-6 * Math.max(1, Math.abs(g.value)) &&
  o.unit.normalize('NFKC') === (g.unit ?? '').normalize('NFKC') &&
  longestCommonRun(norm(o.quote), norm(g.quote)) >= Math.min(4, norm(g.quote).length);
const labelsAgree = (a: string, b: string) => {
  const x = norm(a);
  const y = norm(b);
  let shared = 0;
  for (const ch of new Set(x)) if (y.includes(ch)) shared++;
  return shared >= 2 || x.includes(y) || y.includes(x);
};

function score(seed: Seed, out: Indicator[]) {
  const scored = seed.gold.filter((g) => !g.truncated && g.unit);
  const damaged = seed.gold.filter((g) => g.truncated || !g.unit);
  const used = new Set<number>();
  let labels = 0;
  const pairs: Array<[GoldIndicator, Indicator]> = [];
  for (const g of scored) {
    const k = out.findIndex((o, i) => !used.has(i) && sameFigure(o, g));
    if (k < 0) continue;
    used.add(k);
    pairs.push([g, out[k]]);
    if (labelsAgree(out[k].label, g.label)) labels++;
  }
  // a damaged figure in the source is neither required nor an extra
  const extras = out.filter((o, i) => !used.has(i) && !damaged.some((d) => Math.abs(o.value - d.value) < 1e-9));
  return { found: used.size, gold: scored.length, reported: used.size + extras.length, labels, pairs };
}

describe('figures of the seeds, against the gold', () => {
  const results = seeds.map((s) => ({ seed: s, out: extractIndicators(s.text, []) }));

  it.each(results.map((r) => [r.seed.id, r] as const))('%s: recall ≥ 0.90, precision ≥ 0.90, labels ≥ 0.80', (_id, r) => {
    const s = score(r.seed, r.out);
    expect(s.found / s.gold).toBeGreaterThanOrEqual(0.9);
    expect(s.found / s.reported).toBeGreaterThanOrEqual(0.9);
    expect(s.labels / s.found).toBeGreaterThanOrEqual(0.8);
  });

  it('recall ≥ 0.95 over all seeds together', () => {
    let found = 0;
    let gold = 0;
    for (const r of results) {
      const s = score(r.seed, r.out);
      found += s.found;
      gold += s.gold;
    }
    expect(found / gold).toBeGreaterThanOrEqual(0.95);
  });

  it.each(results.map((r) => [r.seed.id, r] as const))('%s: approx agrees with the gold', (_id, r) => {
    for (const [g, o] of score(r.seed, r.out).pairs) expect(o.approx, g.quote).toBe(g.approx);
  });

  it.each(results.map((r) => [r.seed.id, r] as const))('%s: every quote is the text at its start', (_id, r) => {
    for (const o of r.out) expect(r.seed.text.slice(o.start, o.start + o.quote.length)).toBe(o.quote);
  });
});

describe('subjects', () => {
  const text = seeds.find((s) => s.id.startsWith('002'))!.text;
  const out = extractIndicators(text, []);
  const at = (quote: string) => out.filter((o) => o.quote.includes(quote));

  it('a verb-only clause takes the subject of the earlier clause of its sentence', () => {
    expect(at('受理184件')[0]).toMatchObject({ value: 184, unit: '件', key: 'reconsideration.accepted' });
    expect(at('受理184件')[0].label).toContain('行政复议');
    expect(at('纠错率为13%')[0].label).toBe('行政复议纠错率');
    expect(at('审结176件')[0].label).toContain('行政复议');
  });

  it('growth keeps its written unit and says what grew', () => {
    const g = at('同比上升223%')[0];
    expect(g).toMatchObject({ kind: 'growth', value: 223, unit: '%' });
    expect(g.label).toContain('受理');
  });

  it('one figure stating two things is two indicators with one quote', () => {
    const both = out.filter((o) => o.quote === '行政机关负责人出庭应诉率、生效裁判文书执行率均达到100%');
    expect(both.map((o) => o.label).sort()).toEqual(['生效裁判文书执行率', '行政机关负责人出庭应诉率']);
    expect(both.every((o) => o.value === 100 && o.unit === '%' && o.kind === 'rate')).toBe(true);
    const replies = out.filter((o) => o.quote.endsWith('答复率、满意率均为100%'));
    expect(replies).toHaveLength(2);
    const three = extractIndicators('规范性文件备案率、及时率、规范率均达到100%。', []);
    expect(three.map((o) => o.label)).toEqual(['规范性文件备案率', '及时率', '规范率']);
  });

  it('two figures of one clause are two indicators (为3100余名劳动者发放工资6900余万元)', () => {
    const wages = at('发放工资6900余万元');
    expect(wages.some((o) => o.value === 69000000 && o.unit === '元' && o.kind === 'amount' && o.approx)).toBe(true);
    expect(out.some((o) => o.value === 3100 && o.unit === '名' && o.label.includes('劳动者'))).toBe(true);
  });

  it('a count inside a document title is a figure named by the title', () => {
    const hd = seeds.find((s) => s.id.startsWith('004'))!.text;
    const titled = extractIndicators(hd, []).filter((o) => o.quote.includes('2023年版'));
    expect(titled.map((o) => o.value)).toEqual([323, 254, 198, 135]);
    expect(titled[0].label).toContain('行政许可事项通用清单');
    expect(titled.every((o) => !o.label.includes('2023'))).toBe(true);
  });

  it('a number in a document\'s name is part of the name', () => {
    const out = extractIndicators('印发《优化营商环境20条》《示例县法治建设3年行动方案》,出台配套文件5件。', []);
    expect(out.map((o) => o.value)).toEqual([5]);
  });
});

describe('what is not a figure', () => {
  it('skips years, dates, document names and numbers, ordinals, names, phone numbers and chrome', () => {
    const out = extractIndicators(fullwidth, []);
    // years 2021/2024/2025, 〔２０２４〕３号, “１５分钟…圈”, １２３４８热线, the phone number, 点击数：１２３
    for (const no of [2021, 2024, 2025, 12348, 771, 1234567, 123]) expect(out.map((o) => o.value)).not.toContain(no);
    expect(out.some((o) => o.quote.includes('〔'))).toBe(false);
    expect(out.some((o) => o.unit === '分钟')).toBe(false);
    // the chrome line 「来源…点击数：１２３」 stays in the text but yields nothing
    const chromeEnd = fullwidth.indexOf('\n', fullwidth.indexOf('点击数'));
    expect(out.every((o) => o.start > chromeEnd)).toBe(true);
  });

  it('skips the redactions of seed 000 (抽查5******** has no unit)', () => {
    const s = seeds.find((x) => x.id.startsWith('000'))!;
    expect(extractIndicators(s.text, []).some((o) => o.quote.includes('抽查5'))).toBe(false);
  });
});

describe('full-width text', () => {
  const out = extractIndicators(fullwidth, []);
  it('reads the figures with offsets into the text as given', () => {
    const r = out.find((o) => o.key === 'reconsideration.received')!;
    expect(r).toMatchObject({ value: 156, unit: '件' });
    expect(r.quote).toContain('收到行政复议申请１５６件');
    expect(fullwidth.slice(r.start, r.start + r.quote.length)).toBe(r.quote);
    expect(out.find((o) => o.key === 'notary.cases')).toMatchObject({ value: 1560, unit: '件' });
    expect(out.find((o) => o.key === 'mediation.cases')).toMatchObject({ value: 21000, unit: '件' });
    expect(out.find((o) => o.key === 'legal_education.reach')).toMatchObject({ value: 150000, unit: '人次', approx: true });
  });
});

describe('traditional characters', () => {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  it.each(seeds.map((s) => [s.id, s] as const))('%s: same figures and keys, quotes verbatim from the page', (_id, seed) => {
    const trad = toTraditional(seed.text);
    const a = extractIndicators(seed.text, []);
    const b = extractIndicators(trad, []);
    expect(b.map((o) => [o.value, o.unit, o.key, o.start])).toEqual(a.map((o) => [o.value, o.unit, o.key, o.start]));
    for (const o of b) expect(trad.slice(o.start, o.start + o.quote.length)).toBe(o.quote);
  });
});

describe('a department report (made up)', () => {
  const out = extractIndicators(department, []);
  const find = (quote: string) => out.find((o) => o.quote.includes(quote));

  it('subjects listed once and counted 分别 are handed out in turn', () => {
    const aid = out.find((o) => o.value === 15000)!;
    const notary = out.find((o) => o.value === 8000)!;
    expect(aid).toMatchObject({ unit: '人次', label: '全市法律援助中心接待群众咨询' });
    expect(notary).toMatchObject({ unit: '人次', approx: true, label: '公证处接待群众咨询' });
  });

  it('reads 个百分点 growth, 万/亿 amounts and thousands separators', () => {
    expect(find('同比下降5.2个百分点')).toMatchObject({ kind: 'growth', value: 5.2, unit: '个百分点' });
    expect(find('同比下降5.2个百分点')!.label).toContain('行政复议');
    expect(find('挽回经济损失2300余万元')).toMatchObject({ kind: 'amount', value: 23000000, unit: '元', approx: true });
    expect(find('涉案金额1.2亿元')).toMatchObject({ value: 120000000, unit: '元' });
    expect(find('8,560次')).toMatchObject({ value: 8560, unit: '次' });
  });

  it('a reconsideration caseload is not a 议案 (proposal)', () => {
    expect(find('办理行政复议案件312件')!.key).toBe('reconsideration.received');
    expect(out.some((o) => o.key === 'proposals.handled')).toBe(false);
  });

  it('plans under 「2024年工作打算」 are targets; the problems part is not', () => {
    expect(out.filter((o) => o.target).map((o) => o.value)).toEqual([2000, 95, 10]);
    expect(find('约15%')!.target).toBe(false);
  });

  it('nothing from the breadcrumb, the info line, the years or 连续3年', () => {
    expect(out.every((o) => o.start > department.indexOf('现将有关情况'))).toBe(true);
    expect(out.map((o) => o.value)).not.toContain(3);
  });
});

describe('targets', () => {
  it('figures inside a next_year section are targets; the rest are not', () => {
    const text = '一、主要成效\n全年受理行政复议案件40件。\n二、下一步计划\n力争行政复议纠错率控制在10%以内,培训执法人员500人次。\n三、其他\n办理公证100件。';
    const sections: Section[] = [
      { role: 'measures', title: '主要成效', start: 0 },
      { role: 'next_year', title: '下一步计划', start: text.indexOf('二、') },
      { role: 'other', title: '其他', start: text.indexOf('三、') },
    ];
    const out = extractIndicators(text, sections);
    const target = (v: number) => out.find((o) => o.value === v)!.target;
    expect(target(40)).toBe(false);
    expect(target(10)).toBe(true);
    expect(target(500)).toBe(true);
    expect(target(100)).toBe(false);
  });

  it('without sections, a plan heading or opening sentence late in the text starts the plans', () => {
    const s0 = seeds.find((x) => x.id.startsWith('000'))!;
    const t0 = extractIndicators(s0.text, []).filter((o) => o.target).map((o) => o.quote);
    expect(t0.some((q) => q.includes('60学时'))).toBe(true);
    expect(t0.some((q) => q.includes('中小律所规范建设率达到100%'))).toBe(true);
    const s1 = seeds.find((x) => x.id.startsWith('001'))!;
    expect(extractIndicators(s1.text, []).filter((o) => o.target).map((o) => o.value)).toEqual([100]);
    expect(planRanges('2024年,我县将完善制度。全年办理100件。', [])).toEqual([]);
  });

  it('in a report pasted as one paragraph, a numbered plan heading mid-line starts the plans', () => {
    const one =
      '一、主要成效。全年办理法律援助案件120件，受理行政复议申请45件。下一步，将继续做好复议工作，全年审结40件。' +
      '二、存在的问题。执法力量不足，培训覆盖率仅80%。三、下一步工作打算。2025年，将培训执法人员不少于500人次。';
    const out = extractIndicators(one, []);
    expect(out.filter((o) => o.target).map((o) => o.value)).toEqual([500]);
  });

  it('gold targets are targets, and no achievement is', () => {
    for (const seed of seeds) {
      const out = extractIndicators(seed.text, []);
      for (const [g, o] of score(seed, out).pairs) expect(o.target, g.quote).toBe(!!g.target);
    }
  });
});

describe('order', () => {
  it('catalogued figures first, in catalogue order then document order; the rest in document order', () => {
    for (const seed of seeds) {
      const out = extractIndicators(seed.text, []);
      const rank = (o: Indicator) => (o.key === null ? CATALOGUE.length : CATALOGUE.findIndex((e) => e.key === o.key));
      for (let i = 1; i < out.length; i++) {
        const a = out[i - 1];
        const b = out[i];
        expect(rank(a) <= rank(b)).toBe(true);
        if (rank(a) === rank(b)) expect(a.start <= b.start).toBe(true);
      }
    }
  });
});

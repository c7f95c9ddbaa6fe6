// A text copied out of a PDF: its line wraps joined, its page furniture left out, every offset
// mapped back to the text as given; and an ordinary text left alone.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../lib/analyze';
import { unwrapHardWrapped } from '../lib/unwrap';

// paragraphs as a PDF page sets them: broken every 26 characters, wherever that falls
const WIDTH = 26;
const wrap = (p: string): string[] => Array.from({ length: Math.ceil(p.length / WIDTH) }, (_, i) => p.slice(i * WIDTH, (i + 1) * WIDTH));
const page1 = [
  '2024年，某县坚持以习近平法治思想为指导，全面推进法治政府建设，各项工作取得新成效。现将有关情况报告如下：',
  '一、主要举措和成效',
  '（一）规范行政执法。全县持证行政执法人员1052人，全年组织执法人员专题培训11期，参训人员2600余人次。开展行政执法案卷评查，评查案卷380卷，发现问题56个，已全部整改。',
];
const page2 = [
  '（二）化解行政争议。全年共收到行政复议申请203件，受理188件，审结176件，综合纠错率为11.4%。负责人出庭应诉率达到100%，行政诉讼案件败诉率同比下降2.1个百分点。',
  '二、存在的问题',
  '一是执法队伍专业化水平有待提高，基层执法力量相对薄弱；二是法治宣传的针对性和实效性不强，群众参与度不够高。',
  '三、下一步工作安排',
  '2025年，某县将继续深入推进法治政府建设，持续提升依法行政能力和水平，为高质量发展提供坚实的法治保障和服务支撑。',
];
const body = [
  '某县人民政府关于2024年度',
  '法治政府建设情况的报告',
  ...page1.flatMap(wrap),
  '- 1 -',
  '某县2024年法治政府建设情况报告',
  ...page2.flatMap(wrap),
].join('\n');

describe('a hard-wrapped text', () => {
  const w = unwrapHardWrapped(body)!;

  it('is recognised, its wraps joined and its page number and running header left out', () => {
    expect(w).not.toBeNull();
    const lines = w.text.split('\n');
    expect(lines[0]).toBe('某县人民政府关于2024年度法治政府建设情况的报告');
    expect(lines).toContain('一、主要举措和成效');
    expect(lines).toContain('二、存在的问题');
    // a wrap that falls right after a full stop cannot be told from a paragraph's end, and need not be
    const joined = w.text.replace(/(?<=[。；：])\n/g, '');
    for (const p of [...page1, ...page2]) expect(joined).toContain(p);
    expect(w.text).not.toMatch(/- 1 -|某县2024年法治政府建设情况报告/);
  });

  it('maps offsets in the joined copy back to the same words in the text as given', () => {
    for (const words of ['受理', '审结176件', '二、存在的问题', '2025年，某县']) {
      const at = w.text.indexOf(words);
      expect(body.slice(w.toOriginal(at), w.toOriginal(at) + words.length)).toBe(words);
    }
  });

  it('is analysed with its figures whole and its quotes taken from the text as given', () => {
    const a = analyzeText(body, null);
    expect(a.meta.title).toBe('某县人民政府关于2024年度法治政府建设情况的报告');
    expect(a.indicators.find((i) => i.key === 'enforcement.officers')).toMatchObject({ value: 1052, unit: '人' });
    // 「参训人员2600余人」/「次。」: a figure whose unit the wrap cut, read whole, quoted as the file has it
    const trained = a.indicators.find((i) => i.value === 2600)!;
    expect(trained).toMatchObject({ unit: '人次', approx: true });
    expect(trained.quote).toContain('\n');
    for (const i of a.indicators) expect(body.slice(i.start, i.start + i.quote.length)).toBe(i.quote);
    expect(a.indicators.find((i) => i.key === 'reconsideration.accepted')).toMatchObject({ value: 188 });
    expect(a.outline.map((n) => n.title)).toEqual(['主要举措和成效', '存在的问题', '下一步工作安排']);
  });
});

describe('an ordinary text', () => {
  it('is left alone', () => {
    for (const f of fs.readdirSync(path.resolve(__dirname, 'fixtures/seeds')).filter((x) => x.endsWith('.txt'))) {
      expect(unwrapHardWrapped(fs.readFileSync(path.resolve(__dirname, 'fixtures/seeds', f), 'utf8')), f).toBeNull();
    }
  });
});

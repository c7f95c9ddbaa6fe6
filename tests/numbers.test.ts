import { describe, expect, it } from 'vitest';
import { chineseValue, parseNumber, scanFigures, toHalfWidth } from '../lib/numbers';

/** The one figure expected in a snippet (fails if there are none or several). */
function only(text: string) {
  const got = scanFigures(text);
  expect(got, text).toHaveLength(1);
  return got[0];
}

describe('written forms of figures (docs/domain.md)', () => {
  it.each([
    ['收到行政复议申请197件', 197, '件', false],
    ['受教育人数2.2万人次', 22000, '人次', false],
    ['发放工资6900余万元', 69000000, '元', true],
    ['登记备案金额达1.52亿元', 152000000, '元', false],
    ['覆盖人数25万余人次', 250000, '人次', true],
    ['审查各类制度文件100余份', 100, '份', true],
    ['受众人数超10万人', 100000, '人', true],
    ['接待职工咨询80多人次', 80, '人次', true],
    ['涉及金额17余万元', 170000, '元', true],
    ['罚没金额80.66万元', 806600, '元', false],
    ['合格率98.15%', 98.15, '%', false],
    ['通过率92.80%', 92.8, '%', false],
    ['出庭应诉率达到100%', 100, '%', false],
    ['较上年同比上升223%', 223, '%', false],
    ['平台案件量同比增长24倍有余', 24, '倍', true],
    ['无纸化办案率不足60%', 60, '%', true],
    ['公示及时率未达90%', 90, '%', true],
    ['办结率98%以上', 98, '%', true],
    ['每人每年接受不少于60学时的培训', 60, '学时', true],
    ['解答法律咨询600余人(次)', 600, '人(次)', true],
    ['营商环境全省排名提升25个位次', 25, '个位次', false],
    ['卸载货物16171.94吨', 16171.94, '吨', false],
    ['差评数0条', 0, '条', false],
    ['满意率约为98%', 98, '%', true],
    ['公示及时率未达到90%', 90, '%', true],
    ['参与群众超过了3000人', 3000, '人', true],
    ['网上预约1200人次', 1200, '人次', false],
  ])('%s → %d %s', (text, value, unit, approx) => {
    const f = only(text);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
    expect(f.approx).toBe(approx);
  });

  it('keeps the qualifier word behind approx', () => {
    expect(only('平台案件量同比增长24倍有余').qualifier).toBe('有余');
    expect(only('受众人数超10万人').qualifier).toBe('超');
    expect(only('无纸化办案率不足60%').qualifier).toBe('不足');
    expect(only('发放工资6900余万元').qualifier).toBe('余');
  });

  it('reads full-width digits, decimal points, percent signs and thousands separators', () => {
    const f = only('网上可办率达９６．５％');
    expect(f).toMatchObject({ value: 96.5, unit: '%' });
    expect(only('行政执法人员１，２０５人').value).toBe(1205);
    expect(only('办理案件1,234件').value).toBe(1234);
    expect(toHalfWidth('１２．５％')).toBe('12.5%');
    expect(parseNumber('２，３００')).toBe(2300);
  });

  it('offsets point into the text as given, full-width or not', () => {
    const text = '全年受理１４２件，审结130件。';
    const got = scanFigures(text);
    expect(got.map((f) => text.slice(f.numStart, f.end))).toEqual(['１４２件', '130件']);
  });

  it('keeps clause commas apart from thousands separators', () => {
    expect(scanFigures('收到申请197件,受理184件,办结176件').map((f) => f.value)).toEqual([197, 184, 176]);
  });

  it('a bare number counts only when its subject is a quantity (unit \'\')', () => {
    expect(only('全年办件量近3000,群众满意')).toMatchObject({ value: 3000, unit: '', approx: true });
    expect(only('参与人数超1.2万。')).toMatchObject({ value: 12000, unit: '', approx: true });
    expect(scanFigures('在政府常务会议学22并在')).toEqual([]);
  });

  it('reads a range as its lower bound, approximate', () => {
    const f = only('压缩至3至5个工作日');
    expect(f).toMatchObject({ value: 3, unit: '个工作日', approx: true, range: true });
  });

  it.each([
    ['2024年,全县'],
    ['发布时间:2025年3月5日'],
    ['2025-03-05 10:21'],
    ['《法治政府建设实施纲要(2021-2025年)》'],
    ['示府办〔2024〕3号'],
    ['第4届法治文化节'],
    ['排名第3位'],
    ['落实“1+6+N”工作体系'],
    ['12345热线'],
    ['电话:0771-1234567'],
    ['建成5G基站'],
    ['创建3A级景区'],
    ['7×24小时'],
    ['抽查5************服务中心'],
    ['12.18地震'],
    ['2023年1—3季度'],
    ['近3000'],
    ['打造15分钟公共法律服务圈'],
  ])('%s has no figure', (text) => {
    expect(scanFigures(text)).toEqual([]);
  });
});

describe('figures written in Chinese numerals', () => {
  it.each([
    ['十二', 12], ['三十六', 36], ['一百', 100], ['一千二百', 1200], ['一千零五', 1005], ['两千', 2000],
    ['三万五千', 35000], ['十万', 100000], ['一亿二千万', 120000000],
  ])('%s is %d', (written, value) => {
    expect(chineseValue(written)).toBe(value);
  });

  it.each([
    ['排查化解矛盾纠纷一千二百余件', 1200, '件', true],
    ['开展业务培训三十六场次', 36, '场次', false],
    ['出庭应诉率达到百分之百', 100, '%', false],
    ['结案率为百分之九十五', 95, '%', false],
    ['培训执法人员近千人次', 1000, '人次', true],
    ['惠及群众上万人', 10000, '人', true],
    ['挽回经济损失两千余万元', 20000000, '元', true],
  ])('「%s」', (text, value, unit, approx) => {
    expect(only(text)).toMatchObject({ value, unit, approx });
  });

  it.each([
    '建立一个机制，落实三项制度', // a single numeral before a measure word is an article or a name
    '第十二届人大常委会', // an ordinal
    '二〇二四年三月五日', // a date written digit by digit
    '“十四五”规划和“八五”普法', // names
    '党的二十大精神',
    '罚款五百元以上万元以下', // 上万 after 以 is not 「上万」
  ])('reads no figure from 「%s」 but what its digits say', (text) => {
    expect(scanFigures(text).filter((f) => f.unit !== '元')).toEqual([]);
  });
});

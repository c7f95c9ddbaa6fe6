import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueKey } from '../lib/catalogue';
import { extractIndicators } from '../lib/indicators';

const fixtures = path.join(__dirname, 'fixtures');
const seed = (prefix: string) => {
  const file = fs.readdirSync(path.join(fixtures, 'seeds')).find((f) => f.startsWith(prefix))!;
  return fs.readFileSync(path.join(fixtures, 'seeds', file), 'utf8');
};
const texts: Record<string, string> = {
  '000': seed('000'),
  '001': seed('001'),
  '002': seed('002'),
  '003': seed('003'),
  '004': seed('004'),
  fullwidth: fs.readFileSync(path.join(fixtures, 'indicators', 'fullwidth.txt'), 'utf8'),
};
const outputs = Object.fromEntries(Object.entries(texts).map(([k, t]) => [k, extractIndicators(t, [])]));

// The keys of docs/domain.md, in its order.
const DOMAIN_KEYS = [
  'reconsideration.received', 'reconsideration.accepted', 'reconsideration.concluded', 'reconsideration.correction_rate',
  'litigation.cases', 'litigation.appearance_rate', 'normative_docs.reviewed', 'normative_docs.issued',
  'major_decisions.count', 'enforcement.officers', 'enforcement.trained', 'mediation.cases', 'mediation.success_rate',
  'legal_aid.cases', 'notary.cases', 'legal_advisers.count', 'legal_education.events', 'legal_education.reach',
  'gov_services.items', 'gov_services.online_rate', 'disclosure.requests', 'proposals.handled',
];

// Where each key's figure stands in a seed (the gold's quote and value) and in the made-up full-width text.
const HITS: Array<[string, string, string, number]> = [
  ['reconsideration.received', '002', '收到行政复议申请197件', 197],
  ['reconsideration.received', 'fullwidth', '收到行政复议申请１５６件', 156],
  ['reconsideration.accepted', '002', '受理184件', 184],
  ['reconsideration.accepted', '004', '受理83件', 83],
  ['reconsideration.concluded', '002', '审结176件', 176],
  ['reconsideration.concluded', '004', '审结70件', 70],
  ['reconsideration.correction_rate', '002', '纠错率为13%', 13],
  ['reconsideration.correction_rate', 'fullwidth', '纠错率为９．２％', 9.2],
  ['litigation.cases', '004', '全市行政应诉137件', 137],
  ['litigation.cases', '003', '一审案件51件', 51],
  ['litigation.appearance_rate', '001', '出庭应诉率达到100%', 100],
  ['litigation.appearance_rate', '004', '行政机关负责人出庭率92.4%', 92.4],
  ['normative_docs.reviewed', '000', '审查各类制度文件100余份', 100],
  ['normative_docs.reviewed', 'fullwidth', '审核县政府规范性文件１２件', 12],
  ['normative_docs.issued', '000', '出台行政规范性文件1件', 1],
  ['normative_docs.issued', '001', '制定出台规范性文件1件', 1],
  ['major_decisions.count', '001', '重大行政决策事项年度目录6项', 6],
  ['major_decisions.count', '002', '将6项行政决策纳入重大行政决策目录', 6],
  ['enforcement.officers', '001', '全县行政执法人员410人', 410],
  ['enforcement.officers', 'fullwidth', '行政执法人员１，２０５人', 1205],
  ['enforcement.trained', '001', '参训人员500余人次', 500],
  ['enforcement.trained', '003', '共培训290人次', 290],
  ['mediation.cases', '002', '受理矛盾纠纷1178件', 1178],
  ['mediation.cases', '004', '共调解案件4660件', 4660],
  ['mediation.success_rate', '002', '调解成功率97%', 97],
  ['mediation.success_rate', '004', '调解成功率为99.87%', 99.87],
  ['legal_aid.cases', '000', '办理法律援助案件1026件', 1026],
  ['legal_aid.cases', '004', '指派法律援助案件2217件', 2217],
  ['notary.cases', '000', '公证事项2384件', 2384],
  ['notary.cases', 'fullwidth', '办理公证事项１，５６０件', 1560],
  ['legal_advisers.count', '001', '共配备324名法律顾问', 324],
  ['legal_advisers.count', '003', '51名村(社区)法律顾问', 51],
  ['legal_education.events', '001', '开展各类普法活动4500场次', 4500],
  ['legal_education.events', '003', '开展法治讲座362场次', 362],
  ['legal_education.reach', '001', '覆盖人数25万余人次', 250000],
  ['legal_education.reach', '002', '受教育群众达6万余人', 60000],
  ['gov_services.items', '001', '行政审批和公共服务事项906项', 906],
  ['gov_services.items', '003', '完善发布依申请政务服务事项1925项', 1925],
  ['gov_services.online_rate', '003', '政务服务事项网上可办率达91.22%', 91.22],
  ['gov_services.online_rate', 'fullwidth', '网上可办率达９６．５％', 96.5],
  ['disclosure.requests', '002', '依申请公开36条', 36],
  ['disclosure.requests', '003', '办理政府信息公开申请6件', 6],
  ['proposals.handled', '002', '区人大建议88件', 88],
  ['proposals.handled', '003', '县政协提案17件', 17],
];

describe('the catalogue', () => {
  it('holds the keys of docs/domain.md, in its order, each with a Chinese name', () => {
    expect(CATALOGUE.map((e) => e.key)).toEqual(DOMAIN_KEYS);
    for (const e of CATALOGUE) expect(e.name).toMatch(/[\u4e00-\u9fff]/);
  });

  it('every key is hit somewhere below', () => {
    expect(new Set(HITS.map(([k]) => k))).toEqual(new Set(DOMAIN_KEYS));
  });

  it.each(HITS)('%s: %s 「%s」', (key, source, quote, value) => {
    const hit = outputs[source].find(
      (o) => Math.abs(o.value - value) < 1e-9 && (o.quote.includes(quote) || quote.includes(o.quote)),
    );
    expect(hit, `${source}: ${quote}`).toBeDefined();
    expect(hit!.key).toBe(key);
  });
});

describe('what the catalogue does not claim', () => {
  it.each([
    ['行政复议调解率', '%', '行政复议调解率为28.4%'],
    ['行政复议决定履行率', '%', '力争行政复议决定履行率达100%'],
    ['评选人民调解典型案件', '件', '评选人民调解典型案件30件'],
    ['行政案件办结', '件', '区法院共受理行政案件24件,办结18件'],
    ['新增商会调解员', '名', '商会调解员22名'],
    ['新设立远程公证服务点', '个', '新设立远程公证服务点6个'],
    ['村(社区)法律顾问提供法律服务', '件次', '提供法律服务4511件次'],
  ])('%s (%s) has no key', (label, unit, sentence) => {
    expect(catalogueKey(label, unit, sentence)).toBeNull();
  });

  it('the unit must fit: a rate is not a count', () => {
    expect(catalogueKey('行政复议受理', '%', '受理率90%')).toBeNull();
    expect(catalogueKey('行政复议受理', '件', '受理184件')).toBe('reconsideration.accepted');
  });
});

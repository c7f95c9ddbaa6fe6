// The comparable catalogue (docs/domain.md): figures every report tends to state, under stable keys,
// so a collection of reports can be compared. A figure gets a key when its label (subject carried
// over where its own clause has only a verb) names the thing and its unit is of the right kind.

export interface CatalogueEntry {
  key: string;
  /** 指标, as shown to readers */
  name: string;
  /** must match the label */
  label: RegExp;
  /** must not match the label */
  not?: RegExp;
  /** must match the unit */
  unit: RegExp;
  /** when given, must match the sentence the figure sits in (a subject named earlier) */
  context?: RegExp;
  /** a second way a figure names the thing, with its own label, context and units (among the entry's) */
  or?: Omit<CatalogueEntry, 'key' | 'name' | 'or'>;
}

type Rule = Omit<CatalogueEntry, 'key' | 'name' | 'or'>;

function admits(rule: Rule, label: string, unit: string, sentence: string): boolean {
  if (!rule.unit.test(unit) || !rule.label.test(label)) return false;
  if (rule.not && rule.not.test(label)) return false;
  return !rule.context || rule.context.test(sentence) || rule.context.test(label);
}

// cases are counted in 件/起/宗/例; 出庭应诉1次 is an appearance, not a case
const CASES = /^(件|起|宗|例)$/;
const PEOPLE = /^(人|名|位|人次|人\(次\))$/;
const RATE = /^%$/;

/** In display order: catalogued figures are listed in this order, before all others. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    key: 'reconsideration.received',
    name: '行政复议申请',
    label: /行政复议.*(申请|收到|接收|收案|案件)|(收到|接收).*行政复议/,
    not: /受理|审结|办结|结案|率|驳回|维持|撤销|变更|确认|责令|调解|和解|终止|撤回|纠错|诉讼/,
    unit: CASES,
  },
  {
    key: 'reconsideration.accepted',
    name: '行政复议受理',
    label: /行政复议.*受理|受理.*行政复议/,
    not: /率|同比|上升|增长/,
    unit: CASES,
  },
  {
    key: 'reconsideration.concluded',
    name: '行政复议审结',
    label: /行政复议.*(审结|办结|结案)|(审结|办结).*行政复议/,
    not: /率/,
    unit: CASES,
  },
  {
    key: 'reconsideration.correction_rate',
    name: '行政复议纠错率',
    label: /纠错率/,
    unit: RATE,
    context: /行政复议|复议/,
  },
  {
    key: 'litigation.cases',
    name: '行政诉讼案件',
    label: /行政诉讼|行政应诉|应诉案件|行政案件|一审案件/,
    not: /率|复议引发|办结|审结|结案|败诉|胜诉/,
    unit: CASES,
  },
  {
    key: 'litigation.appearance_rate',
    name: '行政机关负责人出庭应诉率',
    label: /出庭(应诉)?率/,
    unit: RATE,
  },
  {
    key: 'normative_docs.reviewed',
    name: '规范性文件合法性审查',
    // the legality review of documents and of the other 涉法事务 a government handles (contracts, decisions)
    label: /(审查|审核).*(规范性文件|制度文件|文件|涉法事[务项])|(规范性文件|文件|涉法事[务项]).*(合法性审查|合法性审核|审查|审核)/,
    not: /率|意见/,
    unit: /^(件|份|个|项|部)$/,
  },
  {
    key: 'normative_docs.issued',
    name: '出台规范性文件',
    // the verb may sit on the list's first item: 「新制定规章2部、行政规范性文件37件」
    label: /规范性文件/,
    // 制修订 (drafting or revising) issues a document; 修订 alone revises one already counted
    not: /率|审查|审核|清理|废止|失效|有效|保留|备案|纠正|撤销|修改|(?<!制)修订/,
    unit: /^(件|份|个|项|部)$/,
    context: /出台|制定|印发|发布|制发|制修订/,
  },
  {
    key: 'major_decisions.count',
    name: '重大行政决策事项',
    // 「制定重大行政决策事项年度目录，将老旧小区改造等5项事项纳入目录管理」: the list is named earlier
    label: /重大行政决策|重大决策|目录/,
    not: /率/,
    unit: /^(项|件|个|次)$/,
    context: /重大(?:行政)?决策/,
  },
  {
    key: 'enforcement.officers',
    name: '行政执法人员',
    label: /执法人员|执法证|具有执法资格的?人员|执法资格人员/,
    not: /培训|参训|考试|率|取消|注销|暂扣|新申领|人次/,
    unit: /^(人|名)$/,
  },
  {
    key: 'enforcement.trained',
    name: '执法培训人次',
    label: /培训|参训/,
    not: /率|场|期|班|考试/,
    unit: PEOPLE,
    context: /执法/,
  },
  {
    key: 'mediation.cases',
    name: '人民调解/矛盾纠纷调处',
    label: /人民调解|矛盾纠纷|调解案件|调处|调解[^，,。；;\d]{0,4}纠纷/,
    not: /率|金额|典型|评选|调解成功$/,
    unit: /^(件|起|宗|例)$/,
  },
  {
    key: 'mediation.success_rate',
    name: '调解成功率',
    label: /调解成功率|调处成功率|调解率/,
    not: /复议/,
    unit: RATE,
    context: /调解|调处|纠纷/,
  },
  {
    key: 'legal_aid.cases',
    name: '法律援助案件',
    // the applications a legal aid centre accepts are its cases (受理法律援助申请46件)
    label: /法律援助.*(?:案件|申请)|援助案件/,
    not: /率/,
    unit: /^(件|起|宗|例)$/,
  },
  {
    key: 'notary.cases',
    name: '公证事项',
    label: /公证/,
    not: /率|服务点|站点/,
    unit: /^(件|项|起|份)$/,
  },
  {
    key: 'legal_advisers.count',
    name: '法律顾问',
    label: /法律顾问/,
    not: /率|服务|讲座|宣传|培训|咨询|审查|意见/,
    unit: /^(名|人|位)$/,
  },
  {
    key: 'legal_education.events',
    name: '普法活动场次',
    label: /普法|法治宣传|法治宣讲|宪法宣传|宣传活动|法治讲座|以案释法|送法/,
    not: /率|人次|覆盖|受众|宣传册|资料/,
    unit: /^(场|场次|次|期)$/,
    // a named campaign (「开展“交通法治进企业…”活动42场次」) counts as 普法 where its sentence says so
    or: {
      label: /活动|讲座|宣讲|巡讲|讲堂/,
      not: /率|人次|覆盖|受众|宣传册|资料/,
      unit: /^(场|场次)$/,
      context: /普法|法治宣传|以案释法|送法/,
    },
  },
  {
    key: 'legal_education.reach',
    name: '普法覆盖人次',
    // 覆盖 and the people it reaches (群众, 农牧民, 城乡居民, 师生…); not 覆盖式 (「覆盖式选拔…明白人」)
    label: /覆盖(?:人数|人次|群众|面)|覆盖(?:城乡|全[县市区旗镇乡])?(?:[农牧村居市]民|农牧民|师生|学生|职工|干部)|受众|受教育|受益|参与人|惠及/,
    not: /率/,
    unit: /^(人|人次|名)$/,
    context: /普法|法治宣传|宣传|宣讲|讲座|法治文化/,
  },
  {
    key: 'gov_services.items',
    name: '政务服务事项',
    label: /政务服务事项|公共服务事项|便民服务事项/,
    not: /率|办件|评价|套餐/,
    unit: /^(项|个|件)$/,
    // 「进驻县政务服务中心事项68项」: the items of the centre, hall or platform, in 项 or 个 (what it
    // handled in 件 is transactions: 「政务服务中心全年办理各类事项约31万件」)
    or: {
      label: /(?:政务|便民)服务(?:中心|大厅|站|平台)[^，,。；;\d]{0,6}事项/,
      not: /率|办件|评价|套餐/,
      unit: /^(项|个)$/,
    },
  },
  {
    key: 'gov_services.online_rate',
    name: '网上可办率',
    label: /网上可办率|网办率|全程网办率|网上办理率|一网通办率/,
    unit: RATE,
  },
  {
    key: 'disclosure.requests',
    name: '依申请公开',
    label: /依申请公开|信息公开申请|公开申请/,
    not: /率/,
    unit: /^(件|条|个|份|项)$/,
  },
  {
    key: 'proposals.handled',
    name: '人大建议/政协提案办理',
    label: /人大(代表)?建议|政协(委员)?提案|建议提案|(?<![复争异])议案/,
    not: /率/,
    unit: /^(件|条|个|份|项)$/,
  },
];

const RANK = new Map(CATALOGUE.map((e, i) => [e.key, i]));

// units are few: the entries each admits, in catalogue order, found once per unit
const BY_UNIT = new Map<string, readonly CatalogueEntry[]>();
function entriesFor(unit: string): readonly CatalogueEntry[] {
  let entries = BY_UNIT.get(unit);
  if (entries === undefined) {
    entries = CATALOGUE.filter((e) => e.unit.test(unit));
    BY_UNIT.set(unit, entries);
  }
  return entries;
}

/** The catalogue key for a figure, or null. */
export function catalogueKey(label: string, unit: string, sentence: string): string | null {
  for (const e of entriesFor(unit)) {
    if (admits(e, label, unit, sentence) || (e.or && admits(e.or, label, unit, sentence))) return e.key;
  }
  return null;
}

/** Position of a key in the catalogue (for ranking); keys not in it come last. */
export function catalogueRank(key: string | null): number {
  return key === null ? CATALOGUE.length : (RANK.get(key) ?? CATALOGUE.length);
}

/**
 * Subjects worth carrying to a later clause that has only a verb (「收到行政复议申请197件,受理184件」:
 * 受理 is about 行政复议). Longest first, so the most specific subject wins.
 */
export const TOPICS: readonly string[] = [
  '行政复议', '行政诉讼', '行政应诉', '行政案件', '公益诉讼', '法律援助', '人民调解', '矛盾纠纷', '劳动争议',
  '劳动仲裁', '公证', '信访', '规范性文件', '重大行政决策', '行政执法', '执法证', '普法', '法治宣传',
  '政务服务', '政府信息公开', '依申请公开', '人大建议', '政协提案', '法律顾问', '法律咨询', '社区矫正',
  '安置帮教', '食品抽检', '行政检查', '双随机', '学法考试', '好差评', '欠薪', '行政许可', '行政处罚',
  '证明事项', '权责清单', '行政审批',
].slice().sort((a, b) => b.length - a.length);

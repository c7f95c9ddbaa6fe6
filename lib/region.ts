// Issuers and regions: 墨玉县人民政府 → 墨玉县 (county); 中共和平县委 和平县人民政府 → 和平县;
// 石家庄市栾城区人民政府 → 石家庄市栾城区 (district); XX市司法局 → XX市 (department).
// Works on simplified text (callers convert 繁體 first, length-preserving).
import type { RegionLevel } from './types';

const UNIT_SUFFIX = '特别行政区|自治区|自治州|自治县|自治旗|地区|街道|苏木|省|市|州|盟|区|县|旗|镇|乡';
// one administrative unit: a short name and its suffix, tried lazily (石家庄市|栾城区)
const UNIT = new RegExp(`([\\u4e00-\\u9fa5]{1,7}?)(${UNIT_SUFFIX})`, 'y');
// words that end in a unit character but name an office, not a place (住房和城乡建设局, 市场监督…)
const NOT_PLACE = /(城乡|政府|委|局|厅|办|部|中心|管理|建设|监督|人大|政协|法院|检察|公安|司法|法治|依法)/;
// 全县 各区 本市 我县: a pronoun, not a name
const PRONOUN = /^[全各本我该所其这每两多]$/;
// an office word right after a unit means the unit was part of that word (XX县城市管理局)
const OFFICE_AFTER = /^(管理|建设|执法|监督|服务|综合|发展|改革|规划)/;
const SUFFIX_CHAR = /^[省市州盟区县旗镇乡]$/;
const MUNICIPALITY = /^(北京市|天津市|上海市|重庆市)$/;

/** The run of administrative units at the start of s (石家庄市栾城区人民政府 → 石家庄市栾城区). */
export function leadingRegion(s: string): string | null {
  let pos = 0;
  let end = 0;
  for (;;) {
    UNIT.lastIndex = pos;
    const m = UNIT.exec(s);
    if (!m) break;
    const name = m[1] ?? '';
    // 区委 / 县委 / 市委: the unit character opens a party-committee word, not a new unit
    if (NOT_PLACE.test(name) || PRONOUN.test(name) || SUFFIX_CHAR.test(name)) break;
    let stop = UNIT.lastIndex;
    // 郑州市, 通州区: the first suffix character was part of the name
    if (/^[州]$/.test(m[2] ?? '') && /^[市区县]/.test(s.slice(stop))) stop++;
    // a later unit may be the start of an office word (XX县|城市管理局); after the first unit an
    // office word is the issuer's department (XX县|发展和改革局), unless the name is one character
    if (OFFICE_AFTER.test(s.slice(stop)) && (end > 0 || name.length === 1)) break;
    pos = stop;
    end = pos;
  }
  if (end === 0) return null;
  const region = s.slice(0, end);
  // a lone suffix word (市区, 县区) or a one-char name (县) is no place
  return region.length >= 2 && !/^(市|县|区|省|州)/.test(region) ? region : null;
}

export function levelOfRegion(region: string): RegionLevel | null {
  if (MUNICIPALITY.test(region)) return 'province';
  // 神农架林区, 六枝特区: county-level units whose names end in 区 (an 经济特区 is a city; a 林区
  // named under a city, 伊春市金林区, is one of its districts)
  if (/^[^市州盟]+林区$|(?<!经济)特区$/.test(region)) return 'county';
  const m = new RegExp(`(${UNIT_SUFFIX})$`).exec(region);
  switch (m?.[1]) {
    case '省': case '自治区': case '特别行政区': return 'province';
    case '市': case '州': case '自治州': case '盟': case '地区': return 'city';
    case '区': return 'district';
    case '县': case '自治县': case '旗': case '自治旗': return 'county';
    case '镇': case '乡': case '街道': case '苏木': return 'town';
    default: return null;
  }
}

export interface IssuerInfo {
  region: string;
  /** the issuer is a department (司法局…) rather than a government or party committee */
  department: boolean;
}

/** What one issuer name says: 中共和平县委 → 和平县; 和平县人民政府 → 和平县; XX市司法局 → XX市, department. */
export function parseIssuerName(name: string): IssuerInfo | null {
  const s = name.replace(/\s+/g, '');
  const party = /^中共/.test(s);
  const body = s.replace(/^中共/, '');
  const region = leadingRegion(body);
  if (!region) return null;
  const rest = body.slice(region.length);
  // 榕川市西城区人民政府桂苑街道办事处: a 街道, 镇 or 乡 named under the government above it
  const under = /^人民政府([\u4e00-\u9fa5]{1,8}?(?:街道|镇|乡))(?:办事处|人民政府)$/.exec(rest);
  if (under) return { region: region + under[1], department: false };
  if (rest === '' || /^(人民政府|政府|办事处|街道办事处|党委|党工委|委员会|委|人民代表大会常务委员会)$/.test(rest)) {
    return { region, department: false };
  }
  // 中共XX县委全面依法治县委员会办公室: an office of the party committee
  if (party && /^委/.test(rest)) return { region, department: !/^(委|委员会)$/.test(rest) };
  // government departments and offices; a 融媒体中心 or a 协会 posts pages but issues no report
  if (/(局|厅|委员会|委|办公室|办|署|院|处|部)$/.test(rest)) return { region, department: true };
  // a team set up for one task (评估组, 工作组, 领导小组) speaks for the place, not for a department
  if (/(评估组|工作组|领导小组|督察组)$/.test(rest)) return { region, department: false };
  return null;
}

/** An issuer line: one or more organisation names (中共和平县委 和平县人民政府), short, no sentence. */
// 「芦湾县人民政府县长　周明远」: a 述法 report's signature names the office, the post and the person
const POST_AND_NAME = /(?<=政府|局|厅|委|办)(?:县长|区长|市长|州长|旗长|镇长|乡长|省长|主席|局长|厅长|主任|书记)[\s\u3000]*[\u4e00-\u9fa5]{2,4}$/;

export function parseIssuer(line: string): { issuer: string; info: IssuerInfo } | null {
  const s = line.trim().replace(POST_AND_NAME, '');
  if (s.length < 4 || s.length > 60 || /[，。,;；:：！？]/.test(s)) return null;
  const parts = s.split(/[\s\u3000、]+/).filter(Boolean);
  const infos = parts.map(parseIssuerName);
  if (infos.some((x) => x === null)) return null;
  // the government (not the party committee, not a department) names the region when present
  const gov = parts.findIndex((p) => /政府$/.test(p));
  const info = infos[gov >= 0 ? gov : 0];
  if (!info) return null;
  const department = infos.every((x) => x?.department);
  return { issuer: parts.join(' ') === s.replace(/[\u3000]+/g, ' ') ? s : parts.join(' '), info: { ...info, department } };
}

/** Region level for an issuer: a department's own level is 'department'. */
export function regionLevelFor(info: IssuerInfo): RegionLevel | null {
  return info.department ? 'department' : levelOfRegion(info.region);
}

const SELF_LEVEL: Record<string, string> = { 县: '县', 区: '区', 市: '市', 省: '省', 旗: '旗', 州: '州', 镇: '镇', 乡: '乡' };

/** 我县/全县/本县… : which kind of place the text speaks of as itself, by frequency. */
export function selfReference(text: string): string | null {
  const counts = new Map<string, number>();
  const re = /(?:我|全|本)(县|区|市|省|旗|州|镇|乡)(?![委长级直属])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const k = SELF_LEVEL[m[1] ?? ''] ?? '';
    counts.set(k, (counts.get(k) ?? 0) + (text[m.index] === '我' ? 3 : 1));
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) { best = k; n = v; }
  return best;
}

/**
 * A region named in the report's own words when nothing else names it: the place most often at the
 * head of a document name (《滨海县…》), ending with the suffix the text uses for itself (县 for 我县).
 */
export function regionFromMentions(text: string, suffix: string): string | null {
  const counts = new Map<string, number>();
  // a name at the head of a document title: a clause boundary is too loose (接受区人大 → 接受区)
  const re = new RegExp(`《([\\u4e00-\\u9fa5]{1,4}?${suffix})`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1] ?? '';
    const region = leadingRegion(name);
    if (region !== name) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 1;
  for (const [k, v] of counts) if (v > n) { best = k; n = v; }
  return best;
}

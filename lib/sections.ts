// The canonical parts of a report (domain.md's table): what a top-level heading or an unnumbered
// part is about, read from its wording.
import { hasTraditionalHint, toSimplified } from './traditional';
import type { OutlineNode, Role, Section } from './types';

const SPACED_OUT = /(?<=[\u4e00-\u9fff])[ \u3000\u00a0]+(?=[\u4e00-\u9fff])/g;

/** A copy for matching: NFKC, the spaces of a spaced-out heading removed, simplified when the string
 * has traditional characters. Its offsets are not the original's. */
export function forMatching(s: string): string {
  // 「履 行 第 一 责 任 人」: a Word paste spaces out a heading's characters
  const t = s.normalize('NFKC').replace(SPACED_OUT, '');
  return hasTraditionalHint(t) ? toSimplified(t) : t;
}

const OTHER = /其他需要报告|其他(有关)?(事项|情况)|其它需要报告/;
const LEADER = /第一责任人|主要负责人(?:履行|履职|述职|述法)|加强法治政府建设的有关情况/;
const PROBLEMS = /存在的?(主要)?(问题|不足|困难|短板)|(不足|问题|困难)(和|及|与)?(原因|不足|差距)|问题(与|和)?差距|短板(和|与)?弱项|薄弱环节/;
const NEXT = /下一(年度|步)|下步|努力方向|今后|明年|新的一年|(\d{4}|[０-９]{4})年(度)?(的)?(主要)?(工作)?(打算|安排|计划|思路|重点|谋划|展望|目标)|工作(打算|安排|计划|思路|重点)/;
// 「2024年推进法治政府建设的主要安排」: the year's plans named at the end of the heading, the subject between
const NEXT_YEAR_PLANS = /(\d{4}|[０-９]{4})年度?[^，,。；;：:]{0,14}?(打算|安排|计划|思路|谋划|展望)[。.]?$/;
const MEASURES = /主要(举措|措施|做法|工作|成效|成绩)|成效|工作(开展)?情况|推进法治政府建设(的)?(情况|工作)|开展情况|取得的?成[效绩]/;

/** The roles a heading's wording names (a combined heading such as 存在的问题和下一步打算 names two). */
export function rolesOfTitle(title: string, reportYear: number | null = null): Role[] {
  const t = forMatching(title);
  const roles: Role[] = [];
  if (OTHER.test(t)) roles.push('other');
  if (LEADER.test(t)) roles.push('leader_duty');
  if (PROBLEMS.test(t)) roles.push('problems');
  if ((NEXT.test(t) || NEXT_YEAR_PLANS.test(t)) && !plansForReportYear(t, reportYear)) roles.push('next_year');
  if (MEASURES.test(t) && !roles.includes('next_year')) roles.push('measures');
  return roles;
}

/** 「2024年工作计划」 in a report on 2024 is the year's work, not next year's. */
function plansForReportYear(t: string, reportYear: number | null): boolean {
  if (reportYear === null) return false;
  const m = /(\d{4})年/.exec(t);
  return m !== null && Number(m[1]) <= reportYear && !/下一|今后|明年/.test(t);
}

// the wording of a canonical part's heading, complete: where a heading whose line break was lost
// gives way to its body (「存在的主要问题虽然我市…」「2024年工作安排2024年,…」)
const PART_PHRASE =
  /第一责任人职责(履行)?的?情况|其[他它]需要报告的?(事项|情况)|下一(年度|步)的?(主要)?(工作)?(安排|打算|计划|思路|重点)|([0-9]{4}|[０-９]{4}|二[〇零○][一二三四五六七八九〇零○]{2})年度?的?(主要)?工作(打算|安排|计划|思路|重点)|存在的?(主要)?(问题|不足|困难|短板(和|及|与)?(弱项)?)((和|及|与)(原因|不足|差距))?|(不足|问题|困难)(和|及|与)(原因|差距)|主要(举措|措施|做法)((和|及|与)(成效|成绩))?/;

const PART_PHRASE_AT = new RegExp(PART_PHRASE.source, 'y');

/** Offset just past the first canonical part phrase in `s` (from `from`), or -1. */
export function partPhraseEnd(s: string, from = 0): number {
  const m = PART_PHRASE.exec(from > 0 ? s.slice(from) : s);
  return m ? from + m.index + m[0].length : -1;
}

/** Length of the canonical part phrase `s` opens with, or 0. */
export function partPhraseAtStart(s: string, pos = 0): number {
  PART_PHRASE_AT.lastIndex = pos;
  const m = PART_PHRASE_AT.exec(s);
  return m ? m[0].length : 0;
}

// the opening sentence of a part with no heading: 「2025年,我县将继续…」「下一步,…」
const NEXT_OPENING = /^(下一步|今后|明年|新的一年|展望)|^(\d{4})年(度)?[，,]?[^，,。；;]{0,16}?(将|要|计划|拟)/;
// 「…取得了一些成绩,但离上级要求和群众期盼仍有差距」: the sentence ends on what is lacking
const PROBLEM_WORD = /(差距|不足|问题|短板|弱项|薄弱环节|薄弱)(之处)?[，,]?(主要(表现)?(在|为|有)|具体(如下|表现为)|表现(在|为)|如下)?$/;
// …and turns to it: 「但…仍有差距」「也存在一些问题」, not a measure that 解决…问题
const PROBLEM_TURN = /但|然而|虽然|(仍|还|尚|依然|也|同时)(有|存在|存有)/;

/** The role an unnumbered paragraph opens, when its first sentence announces a part. */
export function roleOfOpening(sentence: string, reportYear: number | null): Role | null {
  const s = forMatching(sentence).trim();
  const next = NEXT_OPENING.exec(s);
  if (next) {
    const year = next[2] ? Number(next[2]) : null;
    if (year === null || reportYear === null || year > reportYear) return 'next_year';
  }
  if (PROBLEM_WORD.test(s) && PROBLEM_TURN.test(s)) return 'problems';
  return null;
}

/**
 * One section per top-level node. A numbered theme without a role word is a measures part (the
 * reports that list their measures as themes with no 主要举措 heading) until the problems or plans
 * begin; after them it is some other matter.
 */
export function buildSections(outline: OutlineNode[], roleOf: (node: OutlineNode) => Role[]): Section[] {
  const sections: Section[] = [];
  let late = false;
  for (const node of outline) {
    if (node.kind === 'enumeration') continue;
    const roles = roleOf(node);
    const role: Role = roles[0] ?? (late ? 'other' : 'measures');
    if (role === 'problems' || role === 'next_year') late = true;
    sections.push({ role, title: node.title, start: node.start });
  }
  return sections;
}

// Exports for spreadsheets and papers: CSV (UTF-8 with a BOM, so Excel opens Chinese correctly)
// of a comparison and of every indicator, and a Markdown outline of one report.
import Papa from 'papaparse';
import type { OutlineNode } from '../types';
import { indicatorName, type Comparison } from './compare';
import { displayTitle, missingParts } from './queries';
import type { SavedReport } from './types';

const BOM = '\uFEFF';

/** Text a spreadsheet would run as a formula is quoted with a leading apostrophe. */
function cell(x: string | number | boolean | null): string | number {
  if (x === null) return '';
  if (typeof x === 'boolean') return x ? '是' : '否';
  if (typeof x === 'number') return x;
  return /^[=+\-@\t\r]/.test(x) ? `'${x}` : x;
}

function csv(rows: (string | number | boolean | null)[][]): string {
  return BOM + Papa.unparse(rows.map((r) => r.map(cell)), { newline: '\r\n' });
}

function columnLabel(c: Comparison['columns'][number]): string {
  const place = c.region ?? c.title;
  return c.year ? `${place} ${c.year}` : place;
}

/** Rows = indicators, columns = reports, values as plain numbers; a last row names the reports in full. */
export function comparisonCsv(cmp: Comparison): string {
  const header = ['指标', 'key', '单位', ...cmp.columns.map(columnLabel)];
  const rows = cmp.rows.map((row) => [
    row.name,
    row.key,
    row.unit,
    ...row.cells.map((c) => (c ? c.value : null)),
  ]);
  const titles = ['报告', '', '', ...cmp.columns.map((c) => c.title)];
  return csv([header, ...rows, [], titles]);
}

/** Every figure of every report, one per line: what a paper's appendix or a pivot table wants. */
export function indicatorsCsv(reports: readonly SavedReport[]): string {
  const header = ['报告', '地区', '层级', '年度', '发布日期', '网址', 'key', '指标', '标签', '数值', '单位', '类型', '约数', '目标', '原文'];
  const rows = reports.flatMap((r) => {
    const m = r.analysis.meta;
    return r.analysis.indicators.map((i) => [
      displayTitle(r),
      m.region,
      m.regionLevel,
      m.reportYear,
      m.publishedAt,
      r.url,
      i.key,
      indicatorName(i.key),
      i.label,
      i.value,
      i.unit,
      i.kind,
      i.approx,
      i.target,
      i.quote,
    ]);
  });
  return csv([header, ...rows]);
}

const PART_NAMES: Record<string, string> = {
  measures: '主要举措和成效',
  problems: '存在的不足和原因',
  leader_duty: '党政主要负责人履行推进法治建设第一责任人职责情况',
  next_year: '下一年度工作安排',
};

function md(s: string): string {
  return s.replace(/([\\`*_[\]|<>])/g, '\\$1').replace(/\s+/g, ' ').trim();
}

function outlineLines(nodes: OutlineNode[], depth: number, out: string[]): void {
  for (const n of nodes) {
    const label = n.kind === 'part' ? `**${md(n.title)}**` : `${md(n.marker)}${md(n.title)}`;
    out.push(`${'  '.repeat(depth)}- ${label}`);
    outlineLines(n.children, depth + 1, out);
  }
}

export function outlineMarkdown(r: SavedReport): string {
  const a = r.analysis;
  const m = a.meta;
  const out: string[] = [`# ${md(displayTitle(r))}`, ''];
  const facts: [string, string | null][] = [
    ['发布机关', m.issuer],
    ['地区', m.region],
    ['年度', m.reportYear ? String(m.reportYear) : null],
    ['发布日期', m.publishedAt],
    ['来源', m.source],
    ['网址', r.url],
    ['保存时间', r.savedAt.slice(0, 10)],
    ['标签', r.tags.length ? r.tags.join('、') : null],
  ];
  for (const [k, v] of facts) if (v) out.push(`- ${k}：${k === '网址' ? `<${v}>` : md(v)}`);
  const missing = missingParts(a);
  if (missing.length) out.push(`- 缺少部分：${missing.map((p) => PART_NAMES[p] ?? p).join('、')}`);
  if (a.compliance.publishedOnTime === false) out.push(`- 发布晚于 ${a.compliance.deadline ?? '4月1日'}`);
  if (r.note.trim()) out.push('', '> ' + r.note.trim().split('\n').map(md).join('\n> '));
  out.push('', '## 提纲', '');
  if (a.outline.length) outlineLines(a.outline, 0, out);
  else out.push('（未识别出提纲）');
  out.push('', '## 指标', '');
  if (a.indicators.length) {
    out.push('| 指标 | 数值 | 单位 | 原文 |', '| --- | ---: | --- | --- |');
    for (const i of a.indicators) {
      const name = i.key ? indicatorName(i.key) : i.label;
      const value = `${i.approx ? '约' : ''}${i.value}${i.target ? '（目标）' : ''}`;
      out.push(`| ${md(name)} | ${value} | ${md(i.unit)} | ${md(i.quote)} |`);
    }
  } else out.push('（无）');
  return out.join('\n') + '\n';
}

// The readable form of a result, for a person at a terminal.
import type { AnalyzeResult, OutlineNode } from '../../lib/types';

const ROLE_ZH: Record<string, string> = { measures: '主要举措', problems: '存在问题', leader_duty: '第一责任人职责', next_year: '下一年度安排', other: '其他' };

function outlineLines(nodes: OutlineNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    out.push(`${'  '.repeat(n.level)}${n.marker}${n.title}  @${n.start}`);
    outlineLines(n.children, out);
  }
  return out;
}

export function formatResult(r: AnalyzeResult): string {
  const lines: string[] = [`== ${r.file}`];
  if (r.error) return [...lines, `error: ${r.error}`].join('\n');
  const m = r.meta;
  lines.push(`${r.isReport ? '法治政府建设年度报告' : '不是年度报告'} (confidence ${r.confidence.toFixed(2)})`);
  for (const why of r.reasons) lines.push(`  - ${why}`);
  lines.push(`标题 ${m.title ?? '—'} | 发布机关 ${m.issuer ?? '—'} | 地区 ${m.region ?? '—'} (${m.regionLevel ?? '—'}) | 年度 ${m.reportYear ?? '—'} | 发布 ${m.publishedAt ?? '—'} | 来源 ${m.source ?? '—'}`);
  lines.push(`${r.chars} chars`, '', '提纲 outline:', ...outlineLines(r.outline));
  lines.push('', '组成部分 parts:', ...r.sections.map((s) => `  [${ROLE_ZH[s.role] ?? s.role}] ${s.title}`));
  const missing = Object.entries(r.compliance.parts).filter(([k, v]) => !v && k !== 'other').map(([k]) => ROLE_ZH[k]);
  lines.push(`  缺少 missing: ${missing.join('、') || '无'}; 截止 ${r.compliance.deadline ?? '—'}, 按时发布 ${r.compliance.publishedOnTime ?? '未知'}`);
  lines.push('', '指标 indicators:');
  for (const i of r.indicators) {
    lines.push(`  ${i.key ?? '-'}\t${i.label}\t${i.approx ? '≈' : ''}${i.value} ${i.unit}${i.target ? ' (目标)' : ''}\t「${i.quote}」`);
  }
  return lines.join('\n');
}

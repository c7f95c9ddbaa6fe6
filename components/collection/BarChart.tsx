// A simple chart for one indicator across the compared reports: horizontal bars on one scale, the
// value written at each bar's end, reports without the figure marked as such. SVG, no library.
export interface BarDatum {
  label: string;
  value: number | null;
}

export interface BarChartProps {
  title: string;
  unit: string;
  data: BarDatum[];
  /** shown for a report without the figure */
  missing: string;
}

const ROW = 18;
const LABEL_W = 120;
const BAR_W = 220;

function short(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

export function BarChart({ title, unit, data, missing }: BarChartProps) {
  const max = Math.max(0, ...data.map((d) => d.value ?? 0));
  const height = data.length * ROW + 4;
  return (
    <figure class="col-chart">
      <figcaption>{title}{unit ? `（${unit}）` : ''}</figcaption>
      <svg role="img" aria-label={title} width={LABEL_W + BAR_W + 80} height={height} viewBox={`0 0 ${LABEL_W + BAR_W + 80} ${height}`}>
        {data.map((d, i) => {
          const y = i * ROW + 2;
          const w = d.value !== null && max > 0 ? Math.max(1, (d.value / max) * BAR_W) : 0;
          return (
            <g key={i} data-value={d.value ?? ''}>
              <text x={LABEL_W - 6} y={y + 12} text-anchor="end" class="col-chart-label">{short(d.label, 9)}</text>
              {d.value !== null ? (
                <>
                  <rect x={LABEL_W} y={y + 2} width={w} height={ROW - 6} class="col-chart-bar" rx="2" />
                  <text x={LABEL_W + w + 4} y={y + 12} class="col-chart-value">{d.value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}</text>
                </>
              ) : (
                <text x={LABEL_W + 2} y={y + 12} class="col-chart-missing">{missing}</text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

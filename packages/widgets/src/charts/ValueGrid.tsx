/** Grid lines and labels of a chart's value axis (dashed lines across the plot at each tick). */
export function ValueGrid(props: {
  ticks: readonly number[];
  scale: (v: number) => number;
  format: (v: number) => string;
  /** Values run left to right (horizontal bars); bottom to top otherwise. */
  horizontal: boolean;
  /** Extent of the lines across the plot (x for a vertical value axis, y for a horizontal one). */
  from: number;
  to: number;
}) {
  const { ticks, scale, format, horizontal, from, to } = props;
  return (
    <g className="dk-chart__grid">
      {ticks.map((v) => {
        const at = Math.round(scale(v)) + 0.5;
        return horizontal ? (
          <g key={v}>
            <line x1={at} x2={at} y1={from} y2={to} data-baseline={v === 0 || undefined} />
            <text x={at} y={to + 16} textAnchor="middle">
              {format(v)}
            </text>
          </g>
        ) : (
          <g key={v}>
            <line x1={from} x2={to} y1={at} y2={at} data-baseline={v === 0 || undefined} />
            <text x={from - 8} y={at} textAnchor="end" dominantBaseline="middle">
              {format(v)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

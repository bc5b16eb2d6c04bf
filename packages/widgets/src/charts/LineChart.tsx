import { describeCategory, seriesColor, seriesLegend, type ChartBaseProps } from './chart.types';
import { ChartFrame, type ChartView } from './ChartFrame';
import { monotonePath } from './geometry';
import { layoutLines } from './lineLayout';
import { fitLabel, labelEvery } from './scale';
import { ValueGrid } from './ValueGrid';

/** Props of {@link LineChart}. */
export interface LineChartProps extends ChartBaseProps {
  /** Filled areas, series stacked on each other (lines otherwise). */
  area?: boolean;
  /** `smooth` (default): monotone curves that never overshoot a value; `straight`: segments. */
  curve?: 'smooth' | 'straight';
}

/** Up to this many categories every point gets a dot; beyond, only the highlighted one. */
const DOTS_UP_TO = 16;

function Lines(props: LineChartProps & { view: ChartView }) {
  const { data, view, area = false, curve = 'smooth' } = props;
  const { format } = view;
  const l = layoutLines(data, { stacked: area, width: view.width, height: view.height }, format);
  const n = data.categories.length;
  const every = labelEvery(data.categories, l.step);
  const points = (values: number[]) => values.map((v, i) => [l.x(i), l.value(v)] as const);
  const path = (p: ReadonlyArray<readonly [number, number]>, move = true) =>
    curve === 'smooth'
      ? monotonePath(p, move)
      : p.map(([x, y], i) => `${i || !move ? 'L' : 'M'}${x},${y}`).join('');
  const active = view.active;
  return (
    <>
      <ValueGrid
        ticks={l.ticks}
        scale={l.value}
        format={format}
        horizontal={false}
        from={l.left}
        to={l.left + l.plotW}
      />
      {active !== null && (
        <line
          className="dk-chart__crosshair"
          x1={l.x(active)}
          x2={l.x(active)}
          y1={l.top}
          y2={l.top + l.plotH}
        />
      )}
      <g className="dk-chart__marks">
        {data.series.map((s, k) => {
          const color = seriesColor(data, k);
          const tops = l.tops[k] ?? [];
          const bases = l.bases[k] ?? [];
          return (
            <g key={s.name} data-series={k}>
              {area && (
                <path
                  className="dk-chart__area"
                  d={`${path(points(tops))}${path(points(bases).reverse(), false)}Z`}
                  style={{ fill: color }}
                />
              )}
              <path className="dk-chart__line" d={path(points(tops))} style={{ stroke: color }} />
              {tops.map((v, i) =>
                n <= DOTS_UP_TO || i === active ? (
                  <circle
                    key={i}
                    className={
                      i === active ? 'dk-chart__dot dk-chart__dot--active' : 'dk-chart__dot'
                    }
                    data-category={i}
                    data-value={s.values[i]}
                    cx={l.x(i)}
                    cy={l.value(v)}
                    r={i === active ? 4.5 : 3}
                    style={{ stroke: color, fill: i === active ? color : undefined }}
                  />
                ) : null,
              )}
            </g>
          );
        })}
      </g>
      <g className="dk-chart__axis">
        {data.categories.map((c, i) =>
          i % every === 0 ? (
            <text key={`${c}-${i}`} x={l.x(i)} y={l.top + l.plotH + 16} textAnchor="middle">
              {fitLabel(c, Math.max(l.step * every - 6, 24))}
            </text>
          ) : null,
        )}
      </g>
      {data.categories.map((c, i) => (
        <rect
          key={`${c}-${i}`}
          className="dk-chart__hit"
          data-category={i}
          x={n > 1 ? l.x(i) - l.step / 2 : l.left}
          y={l.top}
          width={l.step}
          height={l.plotH}
          onPointerEnter={() => view.hover(i)}
          onClick={() => view.select(i)}
        />
      ))}
    </>
  );
}

/**
 * A line chart, or a stacked area chart (`area`), over categories in order — typically days.
 *
 * @example
 * ```tsx
 * <LineChart
 *   label="New tickets per day"
 *   area
 *   data={{
 *     categories: ['Nov 21', 'Nov 22', 'Nov 23'],
 *     series: [{ name: 'P1', values: [1, 0, 2] }, { name: 'P2', values: [4, 6, 3] }],
 *   }}
 * />
 * ```
 */
export function LineChart(props: LineChartProps) {
  const { data, area = false } = props;
  return (
    <ChartFrame
      {...props}
      kind={area ? 'area' : 'line'}
      count={data.categories.length}
      legend={seriesLegend(data)}
      describe={(i, t) => describeCategory(data, i, t, (k) => seriesColor(data, k), area)}
      anchor={(i, view) => {
        const l = layoutLines(data, { stacked: area, ...view }, view.format);
        const highest = Math.max(...l.tops.map((values) => values[i] ?? 0));
        return { x: l.x(i), y: l.value(highest) };
      }}
    >
      {(view) => <Lines {...props} view={view} />}
    </ChartFrame>
  );
}

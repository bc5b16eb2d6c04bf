import { categoryColor, type ChartBaseProps, type ChartData } from './chart.types';
import { ChartFrame, type ChartView } from './ChartFrame';
import { arcPath, polar } from './geometry';

/** Props of {@link PieChart}. */
export interface PieChartProps extends ChartBaseProps {
  /** A ring with the total in its middle, instead of a full pie. */
  donut?: boolean;
}

interface Slice {
  index: number;
  value: number;
  a0: number;
  a1: number;
}

const TAU = Math.PI * 2;
/** Gap between donut segments, in radians. */
const PAD = 0.025;

/** Angles of the slices of the first series' (positive) values, clockwise from 12 o'clock. */
export function pieSlices(data: ChartData): Slice[] {
  const values = data.categories.map((_, i) => Math.max(0, data.series[0]?.values[i] ?? 0));
  const total = values.reduce((a, b) => a + b, 0);
  const slices: Slice[] = [];
  let angle = 0;
  values.forEach((value, index) => {
    if (value === 0 || total === 0) return;
    const a1 = angle + (value / total) * TAU;
    slices.push({ index, value, a0: angle, a1 });
    angle = a1;
  });
  return slices;
}

function geometry(width: number, height: number, donut: boolean) {
  const outer = Math.max(10, Math.min(width, height) / 2 - 8);
  return { cx: width / 2, cy: height / 2, outer, inner: donut ? outer * 0.62 : 0 };
}

function Slices(props: PieChartProps & { view: ChartView }) {
  const { data, view, donut = false } = props;
  const { format } = view;
  const { cx, cy, outer, inner } = geometry(view.width, view.height, donut);
  const slices = pieSlices(data);
  const total = slices.reduce((a, s) => a + s.value, 0);
  const padded = donut && slices.length > 1;
  return (
    <>
      <g className="dk-chart__marks">
        {slices.map((s) => {
          const pad = padded ? Math.min(PAD, (s.a1 - s.a0) / 4) : 0;
          const active = view.active === s.index;
          return (
            <path
              key={s.index}
              className={active ? 'dk-chart__slice dk-chart__slice--active' : 'dk-chart__slice'}
              data-category={s.index}
              data-value={s.value}
              d={arcPath(cx, cy, inner, active ? outer + 5 : outer, s.a0 + pad, s.a1 - pad)}
              style={{ fill: categoryColor(data, s.index) }}
              onPointerEnter={() => view.hover(s.index)}
              onClick={() => view.select(s.index)}
            />
          );
        })}
      </g>
      {donut && (
        <g className="dk-chart__center">
          <text x={cx} y={cy - 2} textAnchor="middle" className="dk-chart__center-value">
            {format(total)}
          </text>
          <text x={cx} y={cy + 16} textAnchor="middle" className="dk-chart__center-label">
            {data.series[0]?.name ?? ''}
          </text>
        </g>
      )}
    </>
  );
}

/**
 * A pie or donut chart of the first series, one slice per category coloured by
 * `data.categoryColors` (the palette otherwise), with a legend of the categories.
 *
 * @example
 * ```tsx
 * <PieChart
 *   donut
 *   label="Open tickets by priority"
 *   data={{ categories: ['P1', 'P2'], series: [{ name: 'Tickets', values: [3, 9] }] }}
 * />
 * ```
 */
export function PieChart(props: PieChartProps) {
  const { data, donut = false } = props;
  const slices = pieSlices(data);
  const total = slices.reduce((a, s) => a + s.value, 0);
  const order = slices.map((s) => s.index);
  return (
    <ChartFrame
      {...props}
      kind={donut ? 'donut' : 'pie'}
      // The keyboard steps through the drawn slices; the indices are the categories'.
      count={data.categories.length}
      legend={slices.map((s) => ({
        name: data.categories[s.index] ?? '',
        color: categoryColor(data, s.index),
      }))}
      onSelect={props.onSelect}
      describe={(i, t) => {
        const value = Math.max(0, data.series[0]?.values[i] ?? 0);
        return {
          title: data.categories[i] ?? '',
          rows: [
            {
              name: data.series[0]?.name ?? '',
              color: categoryColor(data, i),
              value,
              note: t('chart.share', { percent: total ? Math.round((value / total) * 100) : 0 }),
            },
          ],
        };
      }}
      anchor={(i, view) => {
        const g = geometry(view.width, view.height, donut);
        const s = slices.find((x) => x.index === i) ?? slices[0];
        const mid = s ? (s.a0 + s.a1) / 2 : 0;
        const [x, y] = polar(g.cx, g.cy, g.outer, mid);
        return { x, y };
      }}
      steps={order}
    >
      {(view) => <Slices {...props} view={view} />}
    </ChartFrame>
  );
}

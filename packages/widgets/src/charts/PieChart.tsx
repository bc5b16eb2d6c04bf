import { categoryColor, type ChartBaseProps, type ChartData } from './chart.types';
import { useI18n } from '@deskkit/forms';
import { ChartFrame } from './ChartFrame';

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

/**
 * A pie or donut chart of the first series, one slice per category coloured by
 * `data.categoryColors` (the palette otherwise), drawn by Chart.js, with a legend of the categories.
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
  const i18n = useI18n();
  const format = props.formatValue ?? ((v: number) => i18n.formatNumber(v));
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
      steps={order}
      center={
        donut ? (
          <>
            <span className="dk-chart__center-value">{format(total)}</span>
            <span className="dk-chart__center-label">{data.series[0]?.name ?? ''}</span>
          </>
        ) : undefined
      }
    />
  );
}

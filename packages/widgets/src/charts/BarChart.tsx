import {
  categoryColor,
  describeCategory,
  seriesColor,
  seriesLegend,
  type ChartBaseProps,
  type ChartData,
} from './chart.types';
import { ChartFrame } from './ChartFrame';

/** Props of {@link BarChart}. */
export interface BarChartProps extends ChartBaseProps {
  /** Series stacked on one bar per category (side by side otherwise). */
  stacked?: boolean;
  /** Bars grow to the right, categories down the left side. */
  horizontal?: boolean;
}

function colorOf(data: ChartData, category: number, series: number): string {
  return data.series.length === 1 && data.categoryColors
    ? categoryColor(data, category)
    : seriesColor(data, series);
}

/**
 * A bar chart: one bar per category, series side by side or stacked, vertical or horizontal.
 * Drawn by Chart.js. Bars of a single series take `data.categoryColors` (statuses, priorities), several series take
 * their own colours and get a legend.
 *
 * @example
 * ```tsx
 * <BarChart
 *   label="Open tickets by priority"
 *   data={{ categories: ['P1', 'P2', 'P3'], series: [{ name: 'Tickets', values: [2, 7, 12] }] }}
 *   onSelect={(i) => openList(priorities[i])}
 * />
 * ```
 */
export function BarChart(props: BarChartProps) {
  const { data, stacked = false, horizontal = false } = props;
  return (
    <ChartFrame
      {...props}
      kind={horizontal ? 'hbar' : 'bar'}
      stacked={stacked}
      count={data.categories.length}
      legend={seriesLegend(data)}
      describe={(i, t) => describeCategory(data, i, t, (k) => colorOf(data, i, k), stacked)}
    />
  );
}

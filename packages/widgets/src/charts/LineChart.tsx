import { describeCategory, seriesColor, seriesLegend, type ChartBaseProps } from './chart.types';
import { ChartFrame } from './ChartFrame';

/** Props of {@link LineChart}. */
export interface LineChartProps extends ChartBaseProps {
  /** Filled areas, series stacked on each other (lines otherwise). */
  area?: boolean;
  /** `smooth` (default): monotone curves that never overshoot a value; `straight`: segments. */
  curve?: 'smooth' | 'straight';
}

/**
 * A line chart, or a stacked area chart (`area`), over categories in order — typically days. Drawn by
 * Chart.js.
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
  const { data, area = false, curve = 'smooth' } = props;
  return (
    <ChartFrame
      {...props}
      kind={area ? 'area' : 'line'}
      curve={curve}
      count={data.categories.length}
      legend={seriesLegend(data)}
      describe={(i, t) => describeCategory(data, i, t, (k) => seriesColor(data, k), area)}
    />
  );
}

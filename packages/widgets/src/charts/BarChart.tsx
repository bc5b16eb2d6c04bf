import { layoutBars } from './barLayout';
import {
  categoryColor,
  describeCategory,
  seriesColor,
  seriesLegend,
  type ChartBaseProps,
  type ChartData,
} from './chart.types';
import { ChartFrame, type ChartView } from './ChartFrame';
import { barPath } from './geometry';
import { fitLabel, labelEvery } from './scale';
import { ValueGrid } from './ValueGrid';

/** Props of {@link BarChart}. */
export interface BarChartProps extends ChartBaseProps {
  /** Series stacked on one bar per category (side by side otherwise). */
  stacked?: boolean;
  /** Bars grow to the right, categories down the left side. */
  horizontal?: boolean;
}

const RADIUS = 4;

function colorOf(data: ChartData, category: number, series: number): string {
  return data.series.length === 1 && data.categoryColors
    ? categoryColor(data, category)
    : seriesColor(data, series);
}

function Bars(props: BarChartProps & { view: ChartView }) {
  const { data, view, stacked = false, horizontal = false } = props;
  const { format } = view;
  const layout = layoutBars(
    data,
    { stacked, horizontal, width: view.width, height: view.height },
    format,
  );
  const { left, top, plotW, plotH, band, bandAt } = layout;
  const every = horizontal ? 1 : labelEvery(data.categories, band);
  const bandRect = (i: number) => ({
    x: horizontal ? left : bandAt(i),
    y: horizontal ? bandAt(i) : top,
    width: horizontal ? plotW : band,
    height: horizontal ? band : plotH,
  });
  return (
    <>
      <ValueGrid
        ticks={layout.ticks}
        scale={layout.value}
        format={format}
        horizontal={horizontal}
        from={horizontal ? top : left}
        to={horizontal ? top + plotH : left + plotW}
      />
      {view.active !== null && <rect className="dk-chart__cursor" {...bandRect(view.active)} />}
      <g className="dk-chart__marks">
        {layout.bars.map((bar) => (
          <path
            key={`${bar.category}-${bar.series}`}
            className="dk-chart__bar"
            data-category={bar.category}
            data-series={bar.series}
            d={barPath(
              bar.x,
              bar.y,
              bar.w,
              bar.h,
              bar.rounded ? RADIUS : 0,
              horizontal ? 'right' : 'top',
            )}
            style={{ fill: colorOf(data, bar.category, bar.series) }}
          />
        ))}
      </g>
      <g className="dk-chart__axis">
        {data.categories.map((c, i) =>
          i % every === 0 ? (
            <text
              key={`${c}-${i}`}
              x={horizontal ? left - 8 : bandAt(i) + band / 2}
              y={horizontal ? bandAt(i) + band / 2 : top + plotH + 16}
              textAnchor={horizontal ? 'end' : 'middle'}
              dominantBaseline={horizontal ? 'middle' : undefined}
            >
              {fitLabel(c, horizontal ? left - 12 : band * every - 6)}
            </text>
          ) : null,
        )}
      </g>
      {data.categories.map((c, i) => (
        <rect
          key={`${c}-${i}`}
          className="dk-chart__hit"
          data-category={i}
          {...bandRect(i)}
          onPointerEnter={() => view.hover(i)}
          onClick={() => view.select(i)}
        />
      ))}
    </>
  );
}

/**
 * A bar chart: one bar per category, series side by side or stacked, vertical or horizontal.
 * Bars of a single series take `data.categoryColors` (statuses, priorities), several series take
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
      count={data.categories.length}
      legend={seriesLegend(data)}
      describe={(i, t) => describeCategory(data, i, t, (k) => colorOf(data, i, k), stacked)}
      anchor={(i, view) => {
        const l = layoutBars(data, { stacked, horizontal, ...view }, view.format);
        const mid = l.bandAt(i) + l.band / 2;
        const end = l.ends[i] ?? 0;
        return horizontal ? { x: end, y: mid - l.band * 0.3 } : { x: mid, y: end };
      }}
    >
      {(view) => <Bars {...props} view={view} />}
    </ChartFrame>
  );
}

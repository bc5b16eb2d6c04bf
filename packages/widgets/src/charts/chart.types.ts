import type { T } from '../i18n/messages';

/** What is said of one category when the keyboard reaches it. */
export interface TooltipContent {
  title: string;
  rows: ReadonlyArray<{ name: string; color: string; value: number; note?: string }>;
  /** A last, bold row (the total of a stack). */
  footer?: { name: string; value: number };
}

/** One series of values, one per category. */
export interface ChartSeries {
  /** Shown in the legend, tooltip and data table. */
  name: string;
  /** A value per category, in the order of {@link ChartData.categories}. */
  values: readonly number[];
  /** Any CSS colour, `var(--token, fallback)` included; the palette's next colour when absent. */
  color?: string;
}

/** What a chart draws: categories along the axis (slices of a pie) and series of values. */
export interface ChartData {
  /** Category labels, in the order drawn. */
  categories: readonly string[];
  series: readonly ChartSeries[];
  /**
   * A colour per category: used when there is a single series (bars coloured by status, say) and
   * for pie slices.
   */
  categoryColors?: readonly (string | undefined)[];
}

/** Props every Deskkit chart takes. */
export interface ChartBaseProps {
  data: ChartData;
  /** What the chart shows, e.g. "Tickets by status": the accessible name and data table caption. */
  label: string;
  /** Heading of the category column of the screen-reader data table (e.g. "Status"). */
  categoryLabel?: string;
  /** Called with a category's index when it is clicked, or chosen with Enter or Space. */
  onSelect?: (index: number) => void;
  /** Formats values in tooltips, the data table and axis ticks (default: `toLocaleString`). */
  formatValue?: (value: number) => string;
  /** Shown instead of the chart when there is nothing to draw (no category or all zero). */
  emptyMessage?: string;
  /** Hides the legend (shown by default when there is more than one series, and for pies). */
  hideLegend?: boolean;
  /** Translation of the charts' own strings (English by default). */
  t?: T;
  className?: string;
}

/** Colours of series without their own: the theme's `--dk-chart-1` … `--dk-chart-8`. */
export const CHART_PALETTE: readonly string[] = [
  'var(--dk-chart-1, #4f6bed)',
  'var(--dk-chart-2, #14b8a6)',
  'var(--dk-chart-3, #f59e0b)',
  'var(--dk-chart-4, #ef4444)',
  'var(--dk-chart-5, #8b5cf6)',
  'var(--dk-chart-6, #0ea5e9)',
  'var(--dk-chart-7, #84cc16)',
  'var(--dk-chart-8, #ec4899)',
];

/** The colour of series `i` (its own, else the palette's). */
export function seriesColor(data: ChartData, i: number): string {
  return data.series[i]?.color ?? CHART_PALETTE[i % CHART_PALETTE.length] ?? '#4f6bed';
}

/** The colour of category `i` (its own, else the palette's). */
export function categoryColor(data: ChartData, i: number): string {
  return data.categoryColors?.[i] ?? CHART_PALETTE[i % CHART_PALETTE.length] ?? '#4f6bed';
}

/** True when the chart has nothing to draw. */
export function isChartEmpty(data: ChartData): boolean {
  return (
    data.categories.length === 0 ||
    data.series.every((s) => s.values.every((v) => !Number.isFinite(v) || v === 0))
  );
}

/** The legend of a chart of series: one entry per series, none when there is only one. */
export function seriesLegend(data: ChartData): Array<{ name: string; color: string }> {
  return data.series.length > 1
    ? data.series.map((s, k) => ({ name: s.name, color: seriesColor(data, k) }))
    : [];
}

/**
 * What category `i` of a chart of series says: each series' value in its colour, and below them
 * the total when `withTotal` (stacked bars and areas of several series).
 */
export function describeCategory(
  data: ChartData,
  i: number,
  t: T,
  color: (series: number) => string,
  withTotal: boolean,
): TooltipContent {
  return {
    title: data.categories[i] ?? '',
    rows: data.series.map((s, k) => ({ name: s.name, color: color(k), value: s.values[i] ?? 0 })),
    footer:
      withTotal && data.series.length > 1
        ? {
            name: t('chart.total'),
            value: data.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0),
          }
        : undefined,
  };
}

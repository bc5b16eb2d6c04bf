import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { categoryColor, seriesColor, type ChartData } from './chart.types';

/** Which Chart.js chart a Deskkit chart is. */
export type ChartKind = 'bar' | 'hbar' | 'line' | 'area' | 'pie' | 'donut';

/** What {@link toChartConfig} needs besides the data. */
export interface ChartConfigOptions {
  kind: ChartKind;
  data: ChartData;
  /** Series stacked (bars). Areas are always stacked. */
  stacked?: boolean;
  /** `smooth` (default) monotone curves, or straight segments (lines and areas). */
  curve?: 'smooth' | 'straight';
  format: (v: number) => string;
  /** Turns a CSS colour (`var(--token, fallback)` included) into one a canvas can paint. */
  resolve: (css: string) => string;
  /** Theme colours of text, grid lines and the surface (slice borders, dot fill). */
  theme: { text: string; grid: string; surface: string; strong?: string; font?: string };
  /** Tooltip strings. */
  totalLabel: string;
  share: (percent: number) => string;
  /** False when the user prefers reduced motion. */
  animate: boolean;
}

/** The Chart.js configuration of a Deskkit chart: a doughnut, or bars and lines. */
export type DeskkitChartConfig =
  ChartConfiguration<'doughnut', number[]> | ChartConfiguration<'bar' | 'line', number[]>;

/** Adds an alpha to a `#rrggbb` colour (other colours are returned as they are). */
function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m || !m[1]) return color;
  const n = parseInt(m[1], 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/**
 * Builds the Chart.js configuration of a Deskkit chart: datasets, colours, stacking, scales and
 * tooltip. Pure, so what is drawn can be tested without a canvas.
 */
export function toChartConfig(o: ChartConfigOptions): DeskkitChartConfig {
  const { data, kind, format, resolve, theme } = o;
  const labels = [...data.categories];
  const value = (v: number | undefined) => (Number.isFinite(v) ? Math.max(0, v ?? 0) : 0);
  const total = (i: number) => data.series.reduce((sum, s) => sum + value(s.values[i]), 0);
  const multi = data.series.length > 1;
  const animation = o.animate ? { duration: 300 } : (false as const);
  const tooltipBase = {
    backgroundColor: theme.surface,
    titleColor: theme.strong ?? theme.text,
    bodyColor: theme.strong ?? theme.text,
    footerColor: theme.strong ?? theme.text,
    borderColor: theme.grid,
    borderWidth: 1,
    padding: 8,
    titleFont: { family: theme.font, weight: 'bold' as const },
    bodyFont: { family: theme.font },
    footerFont: { family: theme.font, weight: 'bold' as const },
    boxPadding: 4,
    usePointStyle: true,
  };
  if (kind === 'pie' || kind === 'donut') {
    const first = data.series[0];
    const values = data.categories.map((_, i) => value(first?.values[i]));
    const sum = values.reduce((a, b) => a + b, 0);
    const pie: ChartConfiguration<'doughnut', number[]> = {
      type: 'doughnut',
      data: {
        labels,
        datasets: [
          {
            label: first?.name ?? '',
            data: values,
            backgroundColor: values.map((_, i) => resolve(categoryColor(data, i))),
            borderColor: theme.surface,
            borderWidth: kind === 'donut' ? 0 : 2,
            spacing: kind === 'donut' && values.filter((v) => v > 0).length > 1 ? 2 : 0,
            hoverOffset: 6,
            borderRadius: kind === 'donut' ? 3 : 0,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation,
        cutout: kind === 'donut' ? '62%' : 0,
        layout: { padding: 8 },
        plugins: {
          tooltip: {
            ...tooltipBase,
            callbacks: {
              label: (item: TooltipItem<'doughnut'>) => {
                const v = values[item.dataIndex] ?? 0;
                const percent = sum ? Math.round((v / sum) * 100) : 0;
                return `${first?.name ?? ''}: ${format(v)} (${o.share(percent)})`;
              },
            },
          },
        },
      },
    };
    return pie;
  }
  const horizontal = kind === 'hbar';
  const isBar = kind === 'bar' || kind === 'hbar';
  const stacked = kind === 'area' || (isBar && o.stacked === true);
  const integer = data.series.every((s) => s.values.every(Number.isInteger));
  const colorOf = (k: number, i: number) =>
    resolve(
      data.series.length === 1 && data.categoryColors
        ? categoryColor(data, i)
        : seriesColor(data, k),
    );
  const datasets = data.series.map((s, k): ChartDataset<'bar' | 'line', number[]> => {
    const values = data.categories.map((_, i) => value(s.values[i]));
    if (isBar) {
      return {
        type: 'bar',
        label: s.name,
        data: values,
        backgroundColor: values.map((_, i) => colorOf(k, i)),
        borderRadius: stacked && k < data.series.length - 1 ? 0 : 4,
        borderSkipped: 'start',
        maxBarThickness: 48,
        categoryPercentage: 0.72,
        barPercentage: multi && !stacked ? 0.92 : 1,
      };
    }
    const color = resolve(seriesColor(data, k));
    return {
      type: 'line',
      label: s.name,
      data: values,
      borderColor: color,
      backgroundColor: kind === 'area' ? withAlpha(color, 0.22) : color,
      pointBackgroundColor: theme.surface,
      pointBorderColor: color,
      pointHoverBackgroundColor: color,
      pointRadius: data.categories.length <= 16 ? 3 : 0,
      pointHoverRadius: 5,
      pointBorderWidth: 2,
      borderWidth: 2,
      fill: kind === 'area' ? (k === 0 ? 'origin' : '-1') : false,
      cubicInterpolationMode: o.curve === 'straight' ? 'default' : 'monotone',
      tension: 0,
    };
  });
  const valueAxis = {
    stacked,
    beginAtZero: true,
    grid: { color: theme.grid, drawTicks: false },
    border: { display: false, dash: [3, 3] },
    ticks: {
      color: theme.text,
      font: { size: 11, family: theme.font },
      padding: 8,
      precision: integer ? 0 : undefined,
      callback: (v: string | number) => format(Number(v)),
    },
  };
  const categoryAxis = {
    stacked,
    grid: { display: false },
    border: { color: theme.grid },
    ticks: {
      color: theme.text,
      font: { size: 11, family: theme.font },
      autoSkipPadding: 8,
      maxRotation: 0,
    },
  };
  const config: ChartConfiguration<'bar' | 'line', number[]> = {
    type: isBar ? 'bar' : 'line',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation,
      indexAxis: horizontal ? 'y' : 'x',
      interaction: { mode: 'index', intersect: isBar },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        tooltip: {
          ...tooltipBase,
          callbacks: {
            label: (item: TooltipItem<'bar' | 'line'>) =>
              `${item.dataset.label ?? ''}: ${format(Number(item.raw))}`,
            // A solid swatch (a line's own points are hollow).
            labelColor: (item: TooltipItem<'bar' | 'line'>) => {
              const color = isBar
                ? colorOf(item.datasetIndex, item.dataIndex)
                : resolve(seriesColor(data, item.datasetIndex));
              return { borderColor: color, backgroundColor: color };
            },
            footer: (items: TooltipItem<'bar' | 'line'>[]) =>
              stacked && multi && items[0]
                ? `${o.totalLabel}: ${format(total(items[0].dataIndex))}`
                : '',
          },
        },
      },
    },
  };
  return config;
}

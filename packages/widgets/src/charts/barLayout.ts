import type { ChartData } from './chart.types';
import { linearScale, niceTicks, textWidth } from './scale';

/** One drawn bar (a stack segment, or one bar of a group). */
export interface BarRect {
  category: number;
  series: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The bar's far end is rounded (single bars, and the top segment of a stack). */
  rounded: boolean;
}

/** Where everything of a bar chart goes, for a plot of the given size. */
export interface BarLayout {
  bars: BarRect[];
  ticks: number[];
  value: (v: number) => number;
  /** Left and top edges of the plot area, its size, and the width of a category's band. */
  left: number;
  top: number;
  plotW: number;
  plotH: number;
  band: number;
  /** Where category i's band starts along the category axis. */
  bandAt: (i: number) => number;
  /** The far end of each category's longest bar, in px along the value axis. */
  ends: number[];
}

const MAX_BAR = 48;

/** Lays out a bar chart: value ticks, bands per category, a rectangle per non-zero value. */
export function layoutBars(
  data: ChartData,
  options: { stacked: boolean; horizontal: boolean; width: number; height: number },
  format: (v: number) => string,
): BarLayout {
  const { stacked, horizontal, width, height } = options;
  const n = Math.max(1, data.categories.length);
  const extent = data.categories.map((_, i) => {
    const values = data.series.map((s) => Math.max(0, s.values[i] ?? 0));
    return stacked ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values);
  });
  const integer = data.series.every((s) => s.values.every(Number.isInteger));
  const ticks = niceTicks(
    0,
    Math.max(0, ...extent),
    Math.max(2, Math.floor((horizontal ? width : height) / (horizontal ? 90 : 56))),
    integer,
  );
  const topTick = ticks[ticks.length - 1] ?? 1;
  const tickWidth = Math.max(...ticks.map((v) => textWidth(format(v))));
  const catWidth = Math.max(0, ...data.categories.map((c) => textWidth(c)));
  const top = 10;
  const right = horizontal ? tickWidth / 2 + 4 : 8;
  const left = horizontal ? Math.min(catWidth + 12, width * 0.35, 150) : tickWidth + 10;
  const plotW = Math.max(10, width - left - right);
  const plotH = Math.max(10, height - top - 24);
  const band = (horizontal ? plotH : plotW) / n;
  const value = horizontal
    ? linearScale([0, topTick], [left, left + plotW])
    : linearScale([0, topTick], [top + plotH, top]);
  const bandAt = (i: number) => (horizontal ? top : left) + i * band;
  const groups = stacked ? 1 : data.series.length;
  const thick = Math.min((band * 0.72) / groups, MAX_BAR / Math.sqrt(groups));
  const gap = groups > 1 ? 1 : 0;
  const bars: BarRect[] = [];
  data.categories.forEach((_, i) => {
    const start = bandAt(i) + (band - thick * groups) / 2;
    let base = 0;
    let lastOfStack: BarRect | undefined;
    data.series.forEach((s, k) => {
      const v = Math.max(0, s.values[i] ?? 0);
      const from = stacked ? base : 0;
      base += v;
      if (v === 0) return;
      const a = value(from);
      const b = value(from + v);
      const offset = start + (stacked ? 0 : k * thick) + gap;
      const bar: BarRect = horizontal
        ? {
            category: i,
            series: k,
            x: a,
            y: offset,
            w: b - a,
            h: thick - 2 * gap,
            rounded: !stacked,
          }
        : {
            category: i,
            series: k,
            x: offset,
            y: b,
            w: thick - 2 * gap,
            h: a - b,
            rounded: !stacked,
          };
      bars.push(bar);
      lastOfStack = bar;
    });
    if (stacked && lastOfStack) lastOfStack.rounded = true;
  });
  return { bars, ticks, value, left, top, plotW, plotH, band, bandAt, ends: extent.map(value) };
}

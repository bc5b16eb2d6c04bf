import type { ChartData } from './chart.types';
import { linearScale, niceTicks, textWidth } from './scale';

/** Where everything of a line or area chart goes, for a plot of the given size. */
export interface LineLayout {
  ticks: number[];
  value: (v: number) => number;
  left: number;
  top: number;
  plotW: number;
  plotH: number;
  /** Distance between two categories along x. */
  step: number;
  x: (i: number) => number;
  /** Per series, per category: the value where the line (the top of the area band) runs. */
  tops: number[][];
  /** Per series, per category: the bottom of its area band (the series below it; 0 for lines). */
  bases: number[][];
}

/** Lays out a line chart, or a stacked area chart (`stacked`): ticks, x positions, stacked sums. */
export function layoutLines(
  data: ChartData,
  options: { stacked: boolean; width: number; height: number },
  format: (v: number) => string,
): LineLayout {
  const { stacked, width, height } = options;
  const n = data.categories.length;
  const running = data.categories.map(() => 0);
  const bases: number[][] = [];
  const tops: number[][] = [];
  for (const s of data.series) {
    const base = stacked ? [...running] : running.map(() => 0);
    const top = base.map((b, i) => b + (s.values[i] ?? 0));
    if (stacked) top.forEach((v, i) => (running[i] = v));
    bases.push(base);
    tops.push(top);
  }
  const max = Math.max(0, ...tops.flat());
  const min = Math.min(0, ...tops.flat());
  const integer = data.series.every((s) => s.values.every(Number.isInteger));
  const ticks = niceTicks(min, max, Math.max(2, Math.floor(height / 56)), integer);
  const tickWidth = Math.max(...ticks.map((v) => textWidth(format(v))));
  const first = textWidth(data.categories[0] ?? '') / 2 + 4;
  const last = textWidth(data.categories[n - 1] ?? '') / 2 + 4;
  const top = 10;
  const left = Math.max(tickWidth + 10, first);
  const plotW = Math.max(10, width - left - Math.max(12, last));
  const plotH = Math.max(10, height - top - 24);
  const step = n > 1 ? plotW / (n - 1) : plotW;
  const value = linearScale([ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1], [top + plotH, top]);
  const x = (i: number) => (n > 1 ? left + i * step : left + plotW / 2);
  return { ticks, value, left, top, plotW, plotH, step, x, tops, bases };
}

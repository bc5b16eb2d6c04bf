/**
 * Scales and axis ticks of Deskkit's charts: a linear scale and "nice" ticks (steps of 1, 2 or 5
 * times a power of ten, the way d3's `ticks` picks them).
 */

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** The step between ticks for about `count` ticks over `span`: 1, 2 or 5 × 10^k. */
export function tickStep(span: number, count: number, integer = false): number {
  const raw = span / Math.max(1, count);
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  const step = factor * 10 ** power;
  return integer ? Math.max(1, Math.round(step)) : step;
}

/**
 * Ticks covering `[min, max]` with round steps, starting and ending on a tick, so the axis ends on
 * a labelled value. An empty or flat range still gets an axis (`[0, 1]`).
 *
 * @example
 * ```ts
 * niceTicks(0, 28, 5); // [0, 5, 10, 15, 20, 25, 30]
 * niceTicks(0, 3, 5, true); // [0, 1, 2, 3]
 * ```
 */
export function niceTicks(min: number, max: number, count = 5, integer = false): number[] {
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (hi === lo) hi = lo + 1;
  const step = tickStep(hi - lo, count, integer);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  // Decimals of the step, so 0.1 + 0.2 prints as 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toFixed(decimals)));
  return ticks;
}

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

/** A linear map from `domain` onto `range`. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** Wide characters (CJK ideographs, kana, hangul, full-width forms): about 1 em each. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Approximate width of one character in the charts' axis font. */
function charWidth(ch: string, fontSize: number): number {
  return WIDE.test(ch) ? fontSize : fontSize * 0.58;
}

/** Approximate width in px of a label in the charts' 11 px axis font (no layout needed). */
export function textWidth(text: string, fontSize = 11): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch, fontSize);
  return width;
}

/** Shortens a label to fit `width` px, ending it with an ellipsis when cut. */
export function fitLabel(text: string, width: number, fontSize = 11): string {
  if (textWidth(text, fontSize) <= width) return text;
  const room = width - fontSize * 0.58; // the ellipsis
  let used = 0;
  let out = '';
  for (const ch of text) {
    used += charWidth(ch, fontSize);
    if (used > room) break;
    out += ch;
  }
  return `${out || [...text][0] || ''}…`;
}

/**
 * Every how many categories a label is drawn along an axis where each category gets `band` px
 * (1 = every label, 2 = every other one, …). Long labels are shortened rather than skipped while
 * some 6 characters still fit; only narrower bands (long day series, say) skip labels.
 */
export function labelEvery(labels: readonly string[], band: number, fontSize = 11): number {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, fontSize))) + 8;
  const needed = Math.min(widest, fontSize * 0.58 * 6 + 8);
  return band <= 0 ? 1 : Math.max(1, Math.ceil(needed / band));
}

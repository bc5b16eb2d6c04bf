/** SVG path builders of Deskkit's charts: smooth lines, bars with a rounded end, pie slices. */

type Point = readonly [number, number];

const f = (n: number) => Math.round(n * 100) / 100;

/**
 * A smooth line through points ordered by x that never overshoots them (monotone cubic
 * interpolation, Fritsch–Carlson; the curve recharts and d3 call `monotoneX`).
 */
export function monotonePath(points: readonly Point[], move = true): string {
  const n = points.length;
  const head = (p: Point) => `${move ? 'M' : 'L'}${f(p[0])},${f(p[1])}`;
  if (n === 0) return '';
  if (n < 3) return points.map((p, i) => (i ? `L${f(p[0])},${f(p[1])}` : head(p))).join('');
  const d: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const [x0, y0] = points[i] as Point;
    const [x1, y1] = points[i + 1] as Point;
    d.push(x1 === x0 ? 0 : (y1 - y0) / (x1 - x0));
  }
  const m: number[] = points.map((_, i) => {
    if (i === 0) return d[0] ?? 0;
    if (i === n - 1) return d[n - 2] ?? 0;
    const a = d[i - 1] ?? 0;
    const b = d[i] ?? 0;
    return a * b <= 0 ? 0 : (a + b) / 2;
  });
  for (let i = 0; i < n - 1; i++) {
    const di = d[i] ?? 0;
    if (di === 0) {
      m[i] = 0;
      m[i + 1] = 0;
      continue;
    }
    const a = (m[i] ?? 0) / di;
    const b = (m[i + 1] ?? 0) / di;
    const s = a * a + b * b;
    if (s > 9) {
      const t = 3 / Math.sqrt(s);
      m[i] = t * a * di;
      m[i + 1] = t * b * di;
    }
  }
  let path = head(points[0] as Point);
  for (let i = 0; i < n - 1; i++) {
    const [x0, y0] = points[i] as Point;
    const [x1, y1] = points[i + 1] as Point;
    const h = (x1 - x0) / 3;
    path += `C${f(x0 + h)},${f(y0 + (m[i] ?? 0) * h)},${f(x1 - h)},${f(y1 - (m[i + 1] ?? 0) * h)},${f(x1)},${f(y1)}`;
  }
  return path;
}

/**
 * A bar from (x, y) of size w × h whose far end (`top` for columns, `right` for horizontal bars)
 * has rounded corners of radius r.
 */
export function barPath(
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
  end: 'top' | 'right',
): string {
  const q = Math.max(0, Math.min(r, w / 2, h / 2));
  if (q === 0) return `M${f(x)},${f(y)}h${f(w)}v${f(h)}h${f(-w)}Z`;
  if (end === 'top') {
    return `M${f(x)},${f(y + h)}V${f(y + q)}Q${f(x)},${f(y)},${f(x + q)},${f(y)}H${f(x + w - q)}Q${f(x + w)},${f(y)},${f(x + w)},${f(y + q)}V${f(y + h)}Z`;
  }
  return `M${f(x)},${f(y)}H${f(x + w - q)}Q${f(x + w)},${f(y)},${f(x + w)},${f(y + q)}V${f(y + h - q)}Q${f(x + w)},${f(y + h)},${f(x + w - q)},${f(y + h)}H${f(x)}Z`;
}

/** A point at `radius` from the centre, `angle` radians clockwise from 12 o'clock. */
export function polar(cx: number, cy: number, radius: number, angle: number): Point {
  return [cx + radius * Math.sin(angle), cy - radius * Math.cos(angle)];
}

/**
 * A pie slice (inner radius 0) or ring segment from angle a0 to a1 (radians clockwise from 12
 * o'clock). A whole turn is drawn as two halves, since one SVG arc cannot close a circle.
 */
export function arcPath(
  cx: number,
  cy: number,
  inner: number,
  outer: number,
  a0: number,
  a1: number,
): string {
  if (a1 - a0 >= Math.PI * 2 - 1e-9) {
    const half = a0 + Math.PI;
    return arcPath(cx, cy, inner, outer, a0, half) + arcPath(cx, cy, inner, outer, half, a1 - 1e-9);
  }
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const [ox0, oy0] = polar(cx, cy, outer, a0);
  const [ox1, oy1] = polar(cx, cy, outer, a1);
  let path = `M${f(ox0)},${f(oy0)}A${f(outer)},${f(outer)},0,${large},1,${f(ox1)},${f(oy1)}`;
  if (inner > 0) {
    const [ix1, iy1] = polar(cx, cy, inner, a1);
    const [ix0, iy0] = polar(cx, cy, inner, a0);
    path += `L${f(ix1)},${f(iy1)}A${f(inner)},${f(inner)},0,${large},0,${f(ix0)},${f(iy0)}Z`;
  } else {
    path += `L${f(cx)},${f(cy)}Z`;
  }
  return path;
}

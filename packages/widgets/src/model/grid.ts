/**
 * The maths of the dashboard grid, as pure functions: collisions, vertical compaction, moving and
 * resizing an item (others make room), breakpoints, and the conversion between grid cells and
 * pixels. The rules are react-grid-layout's (vertical compaction, no overlap), so layouts saved
 * by earlier versions place the same.
 */
import type { Breakpoint, DashboardLayouts, LayoutItem } from './dashboard.types';

/** Whether two rectangles overlap (an item never collides with itself). */
export function collides(a: LayoutItem, b: LayoutItem): boolean {
  return a.i !== b.i && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The number of rows a layout takes. */
export function layoutBottom(layout: readonly LayoutItem[]): number {
  return layout.reduce((m, l) => Math.max(m, l.y + l.h), 0);
}

function firstCollision(layout: readonly LayoutItem[], item: LayoutItem): LayoutItem | undefined {
  return layout.find((l) => collides(l, item));
}

function byRowCol(layout: readonly LayoutItem[]): LayoutItem[] {
  return [...layout].sort((a, b) => a.y - b.y || a.x - b.x);
}

/** Pushes `item` (and what it then overlaps, further down the sorted layout) below `toY`. */
function pushDown(sorted: LayoutItem[], item: LayoutItem, toY: number, statics: boolean): void {
  item.y += 1;
  for (let k = sorted.indexOf(item) + 1; k < sorted.length; k++) {
    const other = sorted[k];
    if (!other || other.static) continue;
    if (!statics && other.y > item.y + item.h) break;
    if (collides(item, other)) pushDown(sorted, other, toY + item.h, statics);
  }
  item.y = toY;
}

/**
 * Moves every item up as far as it goes without overlapping (pinned `static` items stay), in
 * row-then-column order; returns copies in the input order.
 *
 * @example
 * ```ts
 * compactVertical([{ i: 'a', x: 0, y: 4, w: 2, h: 2 }]); // [{ i: 'a', x: 0, y: 0, w: 2, h: 2 }]
 * ```
 */
export function compactVertical(layout: readonly LayoutItem[]): LayoutItem[] {
  const placed = layout.filter((l) => l.static).map((l) => ({ ...l }));
  const statics = placed.length > 0;
  let maxY = layoutBottom(placed);
  const order = byRowCol(layout);
  const sorted = order.map((l) => ({ ...l }));
  const out = new Map<LayoutItem, LayoutItem>();
  sorted.forEach((l, k) => {
    out.set(order[k] as LayoutItem, l);
    if (l.static) return;
    l.x = Math.max(l.x, 0);
    l.y = Math.min(maxY, Math.max(l.y, 0));
    while (l.y > 0 && !firstCollision(placed, l)) l.y--;
    for (let hit = firstCollision(placed, l); hit; hit = firstCollision(placed, l))
      pushDown(sorted, l, hit.y + hit.h, statics);
    l.y = Math.max(l.y, 0);
    maxY = Math.max(maxY, l.y + l.h);
    placed.push(l);
  });
  return layout.map((l) => out.get(l) ?? { ...l });
}

/**
 * Places `item` at (x, y) and moves what it then overlaps out of the way (mutates the copies).
 * `keepOut`: if the new place overlaps anything, the item stays where it was (used when an item
 * is pushed off a pinned one).
 */
function place(
  layout: LayoutItem[],
  item: LayoutItem,
  x: number | undefined,
  y: number | undefined,
  byUser: boolean,
  moved: Set<LayoutItem>,
  keepOut = false,
): void {
  if (item.static) return;
  if ((x === undefined || x === item.x) && (y === undefined || y === item.y)) return;
  const [oldX, oldY] = [item.x, item.y];
  if (x !== undefined) item.x = x;
  if (y !== undefined) item.y = y;
  let sorted = byRowCol(layout);
  if (y !== undefined && oldY >= y) sorted = sorted.reverse();
  const hits = sorted.filter((l) => collides(l, item));
  if (keepOut && hits.length) {
    [item.x, item.y] = [oldX, oldY];
    return;
  }
  moved.add(item);
  for (const hit of hits) {
    if (moved.has(hit)) continue;
    if (hit.static) moveAway(layout, hit, item, byUser, moved);
    else moveAway(layout, item, hit, byUser, moved);
  }
}

/** Moves `toMove` off `fixed`: above it if there is room and the user moved `fixed`, else down a row. */
function moveAway(
  layout: LayoutItem[],
  fixed: LayoutItem,
  toMove: LayoutItem,
  byUser: boolean,
  moved: Set<LayoutItem>,
): void {
  const keepOut = Boolean(fixed.static);
  if (byUser) {
    const above = { ...toMove, i: '\u0000', y: Math.max(fixed.y - toMove.h, 0) };
    if (!firstCollision(layout, above))
      return place(layout, toMove, undefined, above.y, false, moved, keepOut);
  }
  place(layout, toMove, undefined, toMove.y + 1, false, moved, keepOut);
}

/**
 * Puts one item at column `x`, row `y` (as a drag drops it): the items it lands on make room,
 * then the layout is compacted upwards. Pinned items do not move.
 *
 * @example
 * ```ts
 * const next = moveItem(layout, 'sla', 4, 0, 12);
 * ```
 */
export function moveItem(
  layout: readonly LayoutItem[],
  id: string,
  x: number,
  y: number,
  cols: number,
): LayoutItem[] {
  const copy = layout.map((l) => ({ ...l }));
  const item = copy.find((l) => l.i === id);
  if (!item || item.static) return copy;
  const cx = clamp(x, 0, Math.max(0, cols - item.w));
  place(copy, item, cx, Math.max(0, y), true, new Set());
  return compactVertical(copy);
}

/**
 * Gives one item `w` × `h` cells, within its `minW`…`maxW`, `minH`…`maxH` and the columns right of
 * it; the layout is then compacted upwards (what it overlaps goes below it).
 */
export function resizeItem(
  layout: readonly LayoutItem[],
  id: string,
  w: number,
  h: number,
  cols: number,
): LayoutItem[] {
  const copy = layout.map((l) => ({ ...l }));
  const item = copy.find((l) => l.i === id);
  if (!item || item.static) return copy;
  item.w = clamp(w, item.minW ?? 1, Math.max(1, Math.min(item.maxW ?? cols, cols - item.x)));
  item.h = clamp(h, item.minH ?? 1, item.maxH ?? Infinity);
  return compactVertical(copy);
}

export function clamp(v: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, v));
}

/** The breakpoint of a width: the widest whose minimum width the width exceeds (else the narrowest). */
export function breakpointForWidth(
  breakpoints: Record<Breakpoint, number>,
  width: number,
): Breakpoint {
  const sorted = Object.keys(breakpoints).sort(
    (a, b) => (breakpoints[a] ?? 0) - (breakpoints[b] ?? 0),
  );
  let match = sorted[0] ?? 'lg';
  for (const bp of sorted.slice(1)) if (width > (breakpoints[bp] ?? 0)) match = bp;
  return match;
}

/**
 * The layout shown at a breakpoint: its own, else the nearest wider breakpoint's (else the
 * nearest narrower one's) fitted into its columns. Items without a rectangle go below the others
 * at `fallback` size; rectangles of no item are dropped; the result is compacted.
 */
export function layoutForBreakpoint(
  layouts: DashboardLayouts,
  breakpoints: Record<Breakpoint, number>,
  breakpoint: Breakpoint,
  cols: number,
  ids: readonly string[],
  fallback: { w: number; h: number } = { w: 4, h: 4 },
): LayoutItem[] {
  const sorted = Object.keys(breakpoints).sort(
    (a, b) => (breakpoints[a] ?? 0) - (breakpoints[b] ?? 0),
  );
  const at = sorted.indexOf(breakpoint);
  const order = [
    breakpoint,
    ...sorted.slice(at + 1),
    ...sorted.slice(0, Math.max(0, at)).reverse(),
  ];
  const source = order.map((bp) => layouts[bp]).find((l) => l !== undefined) ?? [];
  const kept: LayoutItem[] = [];
  for (const i of ids) {
    const own = source.find((l) => l.i === i);
    kept.push(
      own
        ? { ...own }
        : { i, x: 0, y: layoutBottom(kept), w: Math.min(fallback.w, cols), h: fallback.h },
    );
  }
  // Fit into the columns (a derived layout may come from a wider grid); pinned items go below
  // what overlaps them.
  const against = kept.filter((l) => l.static);
  for (const l of kept) {
    if (l.x + l.w > cols) l.x = cols - l.w;
    if (l.x < 0) {
      l.x = 0;
      l.w = cols;
    }
    if (!l.static) against.push(l);
    else while (firstCollision(against, l)) l.y++;
  }
  return compactVertical(kept);
}

/** Pixel geometry of a grid: its width, columns, row height and the gap between cells. */
export interface GridMetrics {
  width: number;
  cols: number;
  rowHeight: number;
  gap: number;
}

/** A rectangle in pixels, relative to the grid's top left corner. */
export interface PixelRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

function columnWidth(m: GridMetrics): number {
  return (m.width - m.gap * (m.cols - 1)) / m.cols;
}

/** Where an item's cells are, in pixels; neighbours are always exactly one gap apart. */
export function cellRect(m: GridMetrics, item: Pick<LayoutItem, 'x' | 'y' | 'w' | 'h'>): PixelRect {
  const col = columnWidth(m) + m.gap;
  const row = m.rowHeight + m.gap;
  const left = Math.round(col * item.x);
  const top = Math.round(row * item.y);
  return {
    left,
    top,
    width: Math.round(col * (item.x + item.w)) - left - m.gap,
    height: Math.round(row * (item.y + item.h)) - top - m.gap,
  };
}

/** The height in pixels of a grid holding `layout`. */
export function gridHeight(m: GridMetrics, layout: readonly LayoutItem[]): number {
  const rows = layoutBottom(layout);
  return rows ? rows * (m.rowHeight + m.gap) - m.gap : 0;
}

/** The cell nearest to an item's top left corner at pixel (left, top), keeping it in the columns. */
export function cellAt(m: GridMetrics, item: LayoutItem, left: number, top: number) {
  return {
    x: clamp(Math.round(left / (columnWidth(m) + m.gap)), 0, Math.max(0, m.cols - item.w)),
    y: Math.max(0, Math.round(top / (m.rowHeight + m.gap))),
  };
}

/** The size in cells nearest to a pixel size, within the item's limits and the columns. */
export function cellsFor(m: GridMetrics, item: LayoutItem, width: number, height: number) {
  return {
    w: clamp(
      Math.round((width + m.gap) / (columnWidth(m) + m.gap)),
      item.minW ?? 1,
      Math.max(1, Math.min(item.maxW ?? m.cols, m.cols - item.x)),
    ),
    h: clamp(
      Math.round((height + m.gap) / (m.rowHeight + m.gap)),
      item.minH ?? 1,
      item.maxH ?? Infinity,
    ),
  };
}

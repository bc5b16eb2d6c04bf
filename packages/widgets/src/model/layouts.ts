import type {
  Breakpoint,
  DashboardDocument,
  DashboardLayouts,
  LayoutItem,
  PersonalLayout,
} from './dashboard.types';
import { clamp, compactVertical, moveItem } from './grid';

/** Minimum widths (px) of the default breakpoints, widest first. */
export const DEFAULT_BREAKPOINTS: Record<Breakpoint, number> = {
  lg: 1200,
  md: 996,
  sm: 768,
  xs: 480,
  xxs: 0,
};

/** Columns of the default breakpoints. */
export const DEFAULT_COLS: Record<Breakpoint, number> = { lg: 12, md: 10, sm: 6, xs: 4, xxs: 2 };

const LAYOUT_KEYS = ['i', 'x', 'y', 'w', 'h', 'minW', 'minH', 'maxW', 'maxH', 'static'] as const;

/** Keeps only the layout item fields of the JSON model (drops any other field a host added). */
export function cleanLayout(layout: readonly LayoutItem[]): LayoutItem[] {
  return layout.map((item) => {
    const out: Record<string, unknown> = {};
    for (const k of LAYOUT_KEYS) {
      const v = item[k];
      if (v !== undefined && !(k === 'static' && v === false)) out[k] = v;
    }
    return out as unknown as LayoutItem;
  });
}

/**
 * The layouts a user sees: the personal layout where there is one, restricted to the dashboard's
 * current items; items the admin added after the user personalised keep their default rectangle
 * and are placed below the personal ones.
 *
 * @example
 * ```ts
 * const layouts = effectiveLayouts(document, personal); // personal may be null
 * ```
 */
export function effectiveLayouts(
  doc: DashboardDocument,
  personal?: PersonalLayout | null,
): DashboardLayouts {
  if (!personal || personal.dashboard !== doc.id) return doc.layouts;
  const ids = new Set(doc.items.map((it) => it.i));
  const out: DashboardLayouts = {};
  const breakpoints = new Set([...Object.keys(doc.layouts), ...Object.keys(personal.layouts)]);
  for (const bp of breakpoints) {
    const own = personal.layouts[bp];
    const base = doc.layouts[bp];
    if (!own) {
      if (base) out[bp] = base;
      continue;
    }
    const kept = own.filter((l) => ids.has(l.i));
    const placed = new Set(kept.map((l) => l.i));
    const bottom = kept.reduce((m, l) => Math.max(m, l.y + l.h), 0);
    const added = (base ?? [])
      .filter((l) => !placed.has(l.i))
      .map((l) => ({ ...l, y: bottom + l.y }));
    out[bp] = [...kept, ...added];
  }
  return out;
}

/** Whether a user with these roles sees a dashboard (no roles on the dashboard: everyone). */
export function isDashboardForRoles(doc: DashboardDocument, roles: readonly string[]): boolean {
  return !doc.roles?.length || doc.roles.some((r) => roles.includes(r));
}

/**
 * The dashboards a user with these roles may open, in the given order.
 *
 * @example
 * ```ts
 * const [first] = dashboardsForRoles(allDashboards, user.roles ?? []);
 * ```
 */
export function dashboardsForRoles(
  docs: readonly DashboardDocument[],
  roles: readonly string[],
): DashboardDocument[] {
  return docs.filter((d) => isDashboardForRoles(d, roles));
}

/** Direction of a keyboard move or resize. */
export type LayoutStep = 'left' | 'right' | 'up' | 'down';

const DELTA: Record<LayoutStep, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** Moves one item by one cell (others make room, then the layout is compacted upwards). */
export function moveLayoutItem(
  layout: readonly LayoutItem[],
  id: string,
  step: LayoutStep,
  cols: number,
): LayoutItem[] {
  const item = layout.find((l) => l.i === id);
  if (!item || item.static) return [...layout];
  const [dx, dy] = DELTA[step];
  const x = Math.max(0, Math.min(cols - item.w, item.x + dx));
  // Moving up past a neighbour needs a jump over its height; compaction would otherwise pull it back.
  let y = Math.max(0, item.y + dy);
  if (dy < 0) {
    const above = layout.filter(
      (l) => l.i !== id && l.y + l.h <= item.y && l.x < item.x + item.w && item.x < l.x + l.w,
    );
    const nearest = above.reduce<LayoutItem | null>(
      (best, l) => (!best || l.y + l.h > best.y + best.h ? l : best),
      null,
    );
    if (nearest && nearest.y + nearest.h === item.y) y = nearest.y;
  }
  if (dy > 0) {
    const below = layout.filter(
      (l) => l.i !== id && l.y >= item.y + item.h && l.x < item.x + item.w && item.x < l.x + l.w,
    );
    const nearest = below.reduce<LayoutItem | null>(
      (best, l) => (!best || l.y < best.y ? l : best),
      null,
    );
    if (nearest && nearest.y === item.y + item.h) y = nearest.y + nearest.h - item.h + 1;
  }
  return cleanLayout(moveItem(layout, id, x, y, cols));
}

/** Grows or shrinks one item by one cell, within its min/max and the grid's columns. */
export function resizeLayoutItem(
  layout: readonly LayoutItem[],
  id: string,
  step: LayoutStep,
  cols: number,
): LayoutItem[] {
  const [dw, dh] = DELTA[step];
  const next = layout.map((l) => {
    if (l.i !== id || l.static) return { ...l };
    const w = clamp(l.w + dw, l.minW ?? 1, Math.min(l.maxW ?? cols, cols - l.x));
    const h = clamp(l.h + dh, l.minH ?? 1, l.maxH ?? Infinity);
    return { ...l, w, h };
  });
  return cleanLayout(compactVertical(next));
}

/** The same layouts with one breakpoint's layout replaced. */
export function withBreakpointLayout(
  layouts: DashboardLayouts,
  breakpoint: Breakpoint,
  layout: readonly LayoutItem[],
): DashboardLayouts {
  return { ...layouts, [breakpoint]: cleanLayout(layout) };
}

/** Places a new rectangle below everything else on every breakpoint that has a layout. */
export function addToLayouts(
  layouts: DashboardLayouts,
  i: string,
  size: { w: number; h: number; minW?: number; minH?: number },
  cols: Record<Breakpoint, number> = DEFAULT_COLS,
): DashboardLayouts {
  const out: DashboardLayouts = {};
  const keys = Object.keys(layouts).length ? Object.keys(layouts) : ['lg'];
  for (const bp of keys) {
    const layout = layouts[bp] ?? [];
    const bottom = layout.reduce((m, l) => Math.max(m, l.y + l.h), 0);
    const w = Math.min(size.w, cols[bp] ?? size.w);
    out[bp] = [...layout, { i, x: 0, y: bottom, ...size, w }];
  }
  return out;
}

/** Removes an item's rectangles from every breakpoint. */
export function removeFromLayouts(layouts: DashboardLayouts, i: string): DashboardLayouts {
  const out: DashboardLayouts = {};
  for (const [bp, layout] of Object.entries(layouts)) {
    if (layout) out[bp] = layout.filter((l) => l.i !== i);
  }
  return out;
}

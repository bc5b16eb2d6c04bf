import { useLayoutEffect, useRef, useState } from 'react';

/** Default series colours; the theme overrides them with `--dk-chart-1` … `--dk-chart-8`. */
export const DEFAULT_PALETTE = [
  '#4f6bed',
  '#14b8a6',
  '#f59e0b',
  '#ef4444',
  '#8b5cf6',
  '#0ea5e9',
  '#84cc16',
  '#ec4899',
];

/** Default status colours; the theme overrides them with `--dk-status-<status>`. */
export const STATUS_COLORS: Record<string, string> = {
  open: '#4f6bed',
  pending: '#f59e0b',
  resolved: '#14b8a6',
  closed: '#64748b',
  rejected: '#ef4444',
  cancelled: '#a1a1aa',
};

/** Default priority colours; the theme overrides them with `--dk-priority-<p1…p4>`. */
export const PRIORITY_COLORS: Record<string, string> = {
  P1: '#ef4444',
  P2: '#f97316',
  P3: '#6366f1',
  P4: '#94a3b8',
};

/**
 * Reads the chart colours from CSS variables of the element's theme, so `.dk-dark` and host
 * tokens reach SVG fills that recharts sets as attributes.
 */
export function usePalette() {
  const ref = useRef<HTMLDivElement>(null);
  const [palette, setPalette] = useState({
    series: DEFAULT_PALETTE,
    status: STATUS_COLORS,
    priority: PRIORITY_COLORS,
  });
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node || typeof getComputedStyle !== 'function') return;
    const style = getComputedStyle(node);
    const read = (name: string, fallback: string) =>
      style.getPropertyValue(name).trim() || fallback;
    setPalette({
      series: DEFAULT_PALETTE.map((c, i) => read(`--dk-chart-${i + 1}`, c)),
      status: Object.fromEntries(
        Object.entries(STATUS_COLORS).map(([k, c]) => [k, read(`--dk-status-${k}`, c)]),
      ),
      priority: Object.fromEntries(
        Object.entries(PRIORITY_COLORS).map(([k, c]) => [
          k,
          read(`--dk-priority-${k.toLowerCase()}`, c),
        ]),
      ),
    });
  }, []);
  return { ref, palette };
}

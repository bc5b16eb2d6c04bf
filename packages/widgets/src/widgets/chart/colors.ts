import type { AggregateDimension } from '@deskkit/runtime';

/** Status colours: the theme's `--dk-status-<status>`, with defaults. */
export const STATUS_COLORS: Record<string, string> = {
  open: 'var(--dk-status-open, #4f6bed)',
  pending: 'var(--dk-status-pending, #f59e0b)',
  resolved: 'var(--dk-status-resolved, #14b8a6)',
  closed: 'var(--dk-status-closed, #64748b)',
  rejected: 'var(--dk-status-rejected, #ef4444)',
  cancelled: 'var(--dk-status-cancelled, #a1a1aa)',
};

/** Priority colours: the theme's `--dk-priority-p1` … `--dk-priority-p4`, with defaults. */
export const PRIORITY_COLORS: Record<string, string> = {
  P1: 'var(--dk-priority-p1, #ef4444)',
  P2: 'var(--dk-priority-p2, #f97316)',
  P3: 'var(--dk-priority-p3, #6366f1)',
  P4: 'var(--dk-priority-p4, #94a3b8)',
};

/**
 * The colour that means a value of a dimension (a status, a priority), or `undefined` for the
 * palette's. CSS variables reach the SVG through `style`, so `.dk-dark` and host tokens apply.
 */
export function dimensionColor(
  dimension: AggregateDimension | undefined,
  value: string | null | undefined,
): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (dimension === 'status') return STATUS_COLORS[value];
  if (dimension === 'priority') return PRIORITY_COLORS[value];
  return undefined;
}

import type { Ticket } from '@deskkit/runtime';

/** Where a change's window and configuration item are read from (form fields). */
export interface CollisionFields {
  startField: string;
  endField: string;
  /** The field naming the CI or service the change touches. */
  targetField: string;
}

const INACTIVE = new Set(['rejected', 'cancelled']);

function windowOf(t: Ticket, f: CollisionFields): [number, number] | null {
  const s = Date.parse(String(t.data[f.startField] ?? ''));
  const e = Date.parse(String(t.data[f.endField] ?? t.data[f.startField] ?? ''));
  return Number.isNaN(s) || Number.isNaN(e) ? null : [s, Math.max(s, e)];
}

/**
 * Changes that touch the same configuration item or service in overlapping windows: for each
 * ticket id, the other changes it collides with. Rejected and cancelled changes never collide;
 * windows that only touch (one ends when the other starts) do not overlap.
 */
export function changeCollisions(
  tickets: readonly Ticket[],
  fields: CollisionFields,
): Map<string, Ticket[]> {
  const out = new Map<string, Ticket[]>();
  const byTarget = new Map<string, Array<{ t: Ticket; w: [number, number] }>>();
  for (const t of tickets) {
    if (INACTIVE.has(t.status)) continue;
    const target = t.data[fields.targetField];
    const w = windowOf(t, fields);
    if (typeof target !== 'string' || !target || !w) continue;
    const list = byTarget.get(target) ?? [];
    list.push({ t, w });
    byTarget.set(target, list);
  }
  for (const list of byTarget.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.w[0] < b.w[1] && b.w[0] < a.w[1]) {
          out.set(a.t.id, [...(out.get(a.t.id) ?? []), b.t]);
          out.set(b.t.id, [...(out.get(b.t.id) ?? []), a.t]);
        }
      }
    }
  }
  return out;
}

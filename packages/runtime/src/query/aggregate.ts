import type { Ticket } from '../model/ticket.types';
import { ticketField } from './match';
import { checkMeasureOptions, fold, measureOf } from './measures';
import type { AggregateDimension, AggregateQuery, AggregateResult } from './query.types';
import { parseIsoDateTime, toLocal } from '../time/zone';

const DAY_MS = 86_400_000;

/** The instant time dimensions bucket (see `AggregateQuery.timeBy`). */
export function bucketsByResolution(query: AggregateQuery): boolean {
  return (
    query.timeBy === 'resolved' ||
    (query.timeBy === undefined && (query.metric === 'resolved' || query.metric === 'resolveTime'))
  );
}

function bucket(instant: string | undefined, unit: 'day' | 'week' | 'month', zone: string) {
  const parsed = instant ? parseIsoDateTime(instant, zone) : null;
  if (!parsed) return null;
  // The local date (ISO weeks start on Monday); `toISOString` of a local value shows its wall time.
  let local = toLocal(zone, parsed.instant);
  if (unit === 'week') local -= ((new Date(local).getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(local).toISOString().slice(0, unit === 'month' ? 7 : 10);
}

function keyValues(
  ticket: Ticket,
  dim: AggregateDimension,
  query: AggregateQuery,
): Array<string | null> {
  switch (dim) {
    case 'status':
      return [ticket.status];
    case 'priority':
      return [ticket.priority ?? null];
    case 'workflow':
      return [ticket.workflow.key];
    case 'requester':
      return [ticket.requester];
    case 'day':
    case 'week':
    case 'month': {
      const at = bucketsByResolution(query) ? ticket.stats?.resolvedAt : ticket.createdAt;
      return [bucket(at, dim, query.timeZone ?? 'UTC')];
    }
    case 'assignee':
      return ticket.assignees.length ? [...new Set(ticket.assignees)] : [null];
    case 'group':
      return [ticket.group ?? null];
    case 'agent':
      return [ticket.stats?.agent ?? ticket.satisfaction?.agent ?? null];
    case 'catalog':
      return [ticket.stats?.catalog ?? null];
    case 'department':
      return [ticket.stats?.department ?? null];
    case 'rating': {
      const r = ticket.satisfaction?.rating;
      return [typeof r === 'number' ? String(r) : null];
    }
    default: {
      const v = ticketField(ticket, dim);
      if (Array.isArray(v)) return v.length ? v.map((x) => (x == null ? null : String(x))) : [null];
      return [v === undefined || v === null ? null : String(v)];
    }
  }
}

function inResolvedRange(ticket: Ticket, query: AggregateQuery): boolean {
  if (query.resolvedFrom === undefined && query.resolvedTo === undefined) return true;
  const at = ticket.stats?.resolvedAt;
  if (!at) return false;
  const ms = Date.parse(at);
  if (query.resolvedFrom !== undefined && ms < Date.parse(query.resolvedFrom)) return false;
  if (query.resolvedTo !== undefined && ms >= Date.parse(query.resolvedTo)) return false;
  return true;
}

/**
 * Groups tickets by the query's dimensions and measures each group (reference semantics for
 * adapters; see `AggregateMetric`). A ticket with several assignees (or an array field) counts
 * once in each of their groups; a missing value groups under `null`; a ticket outside the metric's
 * population (unresolved for `resolveTime`, ...) counts in no group. Groups come sorted by their
 * key values, `null` last.
 */
export function aggregateInMemory(
  tickets: Iterable<Ticket>,
  query: AggregateQuery,
): AggregateResult {
  checkMeasureOptions(query);
  const at = query.at !== undefined ? Date.parse(query.at) : Date.now();
  const groups = new Map<string, { key: Record<string, string | null>; values: number[] }>();
  for (const ticket of tickets) {
    if (!inResolvedRange(ticket, query)) continue;
    const m = measureOf(ticket, query, at);
    if (m === null) continue;
    let combos: Array<Record<string, string | null>> = [{}];
    for (const dim of query.groupBy) {
      const values = keyValues(ticket, dim, query);
      combos = combos.flatMap((c) => values.map((v) => ({ ...c, [dim]: v })));
    }
    for (const key of combos) {
      const id = JSON.stringify(query.groupBy.map((d) => key[d]));
      const g = groups.get(id);
      if (g) g.values.push(m);
      else groups.set(id, { key, values: [m] });
    }
  }
  const list = [...groups.values()].map(({ key, values }) => ({ key, value: fold(values, query) }));
  list.sort((a, b) => {
    for (const d of query.groupBy) {
      const x = a.key[d] ?? null;
      const y = b.key[d] ?? null;
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    }
    return 0;
  });
  return { groups: list };
}

import type { Ticket } from '../model/ticket.types';
import { ticketField } from './match';
import type { AggregateDimension, AggregateQuery, AggregateResult } from './query.types';

function keyValues(ticket: Ticket, dim: AggregateDimension): Array<string | null> {
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
      return [ticket.createdAt.slice(0, 10)];
    case 'assignee':
      return ticket.assignees.length ? [...new Set(ticket.assignees)] : [null];
    case 'group':
      return [ticket.group ?? null];
    case 'agent':
      return [ticket.satisfaction?.agent ?? null];
    default: {
      const v = ticketField(ticket, dim);
      if (Array.isArray(v)) return v.length ? v.map((x) => (x == null ? null : String(x))) : [null];
      return [v === undefined || v === null ? null : String(v)];
    }
  }
}

function metricValue(ticket: Ticket, metric: AggregateQuery['metric']): number {
  if (metric === 'csat') return ticket.satisfaction?.rating ?? Number.NaN;
  if (metric === 'slaMet') return ticket.sla.some((c) => c.state === 'met') ? 1 : 0;
  if (metric === 'slaBreached') return ticket.sla.some((c) => c.state === 'breached') ? 1 : 0;
  return 1;
}

/**
 * Groups tickets by the query's dimensions and counts them (reference semantics for adapters).
 * A ticket with several assignees (or an array field) counts once in each of their groups; a
 * missing value groups under `null`. Groups come sorted by their key values, `null` last.
 */
export function aggregateInMemory(
  tickets: Iterable<Ticket>,
  query: AggregateQuery,
): AggregateResult {
  const groups = new Map<
    string,
    { key: Record<string, string | null>; value: number; n: number }
  >();
  for (const ticket of tickets) {
    const m = metricValue(ticket, query.metric);
    // csat averages the rated tickets only.
    const n = Number.isNaN(m) ? 0 : 1;
    let combos: Array<Record<string, string | null>> = [{}];
    for (const dim of query.groupBy) {
      const values = keyValues(ticket, dim);
      combos = combos.flatMap((c) => values.map((v) => ({ ...c, [dim]: v })));
    }
    for (const key of combos) {
      const id = JSON.stringify(query.groupBy.map((d) => key[d]));
      const g = groups.get(id);
      if (g) {
        g.value += n ? m : 0;
        g.n += n;
      } else groups.set(id, { key, value: n ? m : 0, n });
    }
  }
  const csat = query.metric === 'csat';
  const list = [...groups.values()]
    .filter((g) => !csat || g.n)
    .map(({ key, value, n }) => ({
      key,
      value: csat ? Math.round((value * 100) / n) / 100 : value,
    }));
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

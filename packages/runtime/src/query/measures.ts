import { isValidTimeZone } from '../time/zone';
import { DeskkitError } from '../errors/errors';
import type { Ticket } from '../model/ticket.types';
import type { AggregateMetric, AggregateQuery } from './query.types';

/** Statuses that take a ticket out of the backlog. */
const ENDED = new Set(['resolved', 'closed', 'rejected', 'cancelled']);

export const METRIC_NAMES: readonly AggregateMetric[] = [
  'count',
  'created',
  'resolved',
  'slaMet',
  'slaBreached',
  'slaMetRate',
  'responseTime',
  'resolveTime',
  'reopenRate',
  'firstContactRate',
  'csat',
  'csatResponseRate',
  'backlog',
];

/**
 * When a ticket left the backlog: `stats.endedAt`, or for a ticket written before stats existed
 * and in an ended status, its `closedAt`, `resolvedAt` or `updatedAt`.
 */
export function endedAt(t: Ticket): string | undefined {
  if (t.stats?.endedAt) return t.stats.endedAt;
  return ENDED.has(t.status) ? (t.closedAt ?? t.resolvedAt ?? t.updatedAt) : undefined;
}

/**
 * One ticket's contribution to a metric: a number to fold, `null` when the ticket is outside
 * the metric's population (not resolved for `resolveTime`, not surveyed for `csatResponseRate`).
 */
export function measureOf(t: Ticket, q: AggregateQuery, at: number): number | null {
  const s = t.stats ?? {};
  const working = q.time === 'working';
  switch (q.metric ?? 'count') {
    case 'count':
    case 'created':
      return 1;
    case 'resolved':
      return s.resolvedAt ? 1 : null;
    case 'slaMet':
      return t.sla.some((c) => c.state === 'met') ? 1 : 0;
    case 'slaBreached':
      return t.sla.some((c) => c.state === 'breached') ? 1 : 0;
    case 'slaMetRate': {
      const breached = t.sla.some((c) => c.state === 'breached');
      if (!breached && !t.sla.some((c) => c.state === 'met')) return null;
      return breached ? 0 : 1;
    }
    case 'responseTime':
      return (working ? s.responseWorkMs : s.responseMs) ?? null;
    case 'resolveTime':
      return (working ? s.resolveWorkMs : s.resolveMs) ?? null;
    case 'reopenRate':
      if (!s.resolvedAt && !t.reopenCount) return null;
      return t.reopenCount ? 1 : 0;
    case 'firstContactRate':
      return s.resolvedAt ? (s.firstContact ? 1 : 0) : null;
    case 'csat':
      return typeof t.satisfaction?.rating === 'number' ? t.satisfaction.rating : null;
    case 'csatResponseRate':
      return s.surveyed ? (t.satisfaction ? 1 : 0) : null;
    case 'backlog': {
      if (Date.parse(t.createdAt) > at) return null;
      const end = endedAt(t);
      return end !== undefined && Date.parse(end) <= at ? null : 1;
    }
  }
}

/** Whether a metric is a mean-like figure (groups with nothing to measure are left out). */
export function isRatio(metric: AggregateMetric): boolean {
  return !['count', 'created', 'resolved', 'slaMet', 'slaBreached', 'backlog'].includes(metric);
}

/** Folds a group's values into the metric's figure. */
export function fold(values: number[], q: AggregateQuery): number {
  const metric = q.metric ?? 'count';
  let sum = 0;
  for (const v of values) sum += v;
  if (!isRatio(metric)) return sum;
  if (metric === 'csat') return Math.round((sum * 100) / values.length) / 100;
  if ((metric === 'responseTime' || metric === 'resolveTime') && q.statistic) {
    if (q.statistic === 'median' || q.statistic === 'p90') {
      // Nearest rank, as PostgreSQL's percentile_disc: the first value whose rank ≥ p·n.
      const sorted = [...values].sort((a, b) => a - b);
      const p = q.statistic === 'median' ? 0.5 : 0.9;
      const rank = Math.max(1, Math.ceil(p * sorted.length));
      return sorted[rank - 1]!;
    }
  }
  return sum / values.length;
}

function invalid(what: string, message: string): never {
  throw new DeskkitError('VALIDATION_FAILED', `${what} ${message}`);
}

const isInstant = (v: unknown): boolean => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/**
 * Checks an aggregate query's measure options (every adapter refuses the same input the same
 * way); a bad value throws `VALIDATION_FAILED` naming the option.
 */
export function checkMeasureOptions(q: AggregateQuery): void {
  if (q.metric !== undefined && !METRIC_NAMES.includes(q.metric))
    invalid(
      `query.metric ${JSON.stringify(q.metric)}`,
      `is not one of ${METRIC_NAMES.join(', ')}.`,
    );
  if (q.statistic !== undefined && !['avg', 'median', 'p90'].includes(q.statistic))
    invalid(`query.statistic ${JSON.stringify(q.statistic)}`, 'is not avg, median or p90.');
  if (q.time !== undefined && !['wall', 'working'].includes(q.time))
    invalid(`query.time ${JSON.stringify(q.time)}`, 'is not wall or working.');
  if (q.timeBy !== undefined && !['created', 'resolved'].includes(q.timeBy))
    invalid(`query.timeBy ${JSON.stringify(q.timeBy)}`, 'is not created or resolved.');
  for (const key of ['at', 'resolvedFrom', 'resolvedTo'] as const) {
    if (q[key] !== undefined && !isInstant(q[key]))
      invalid(`query.${key} ${JSON.stringify(q[key])}`, 'is not an ISO date-time.');
  }
  if (q.timeZone !== undefined && !isValidTimeZone(q.timeZone))
    invalid(`query.timeZone ${JSON.stringify(q.timeZone)}`, 'is not an IANA time zone.');
}

/**
 * The query as the runtime hands it to storage: time buckets in the desk's zone, `backlog` at the
 * runtime's clock (so that a simulated clock gets the same answer on every adapter).
 */
export function withDeskDefaults(
  query: AggregateQuery,
  timeZone: string | undefined,
  now: Date,
): AggregateQuery {
  if (query === null || typeof query !== 'object') return query;
  return {
    ...query,
    ...(query.timeZone === undefined ? { timeZone: timeZone ?? 'UTC' } : {}),
    ...(query.metric === 'backlog' && query.at === undefined ? { at: now.toISOString() } : {}),
  };
}

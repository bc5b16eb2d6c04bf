import type { SlaClock, Ticket } from '../model/ticket.types';
import type { SlaCondition, TicketCondition, TicketQuery, TicketScope } from './query.types';

/**
 * Reference semantics of {@link TicketQuery} for adapters that evaluate queries in memory (the
 * memory adapter does). SQL adapters implement the same rules; the conformance suite checks them.
 *
 * - `field` is a ticket column (`status`, `priority`, `createdAt`, `number`, ...), `workflow`
 *   (the workflow key) or `data.<name>` (dots descend into nested objects).
 * - `createdFrom` is inclusive, `createdTo` exclusive; both compare ISO strings.
 * - `text` matches number or title, case-insensitive.
 */
export function ticketField(ticket: Ticket, field: string): unknown {
  if (field === 'workflow') return ticket.workflow.key;
  if (field === 'workflowVersion') return ticket.workflow.version;
  let value: unknown;
  let path: string[];
  if (field.startsWith('data.')) {
    value = ticket.data;
    path = field.slice(5).split('.');
  } else {
    value = ticket;
    path = field.split('.');
  }
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Orders numbers numerically, everything else as strings. */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function isMissing(v: unknown): boolean {
  return v === undefined || v === null;
}

function equal(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return a.some((x) => equal(x, b));
  return a === b || (!isMissing(a) && !isMissing(b) && String(a) === String(b));
}

/** Whether one condition holds for a ticket. */
export function matchesCondition(ticket: Ticket, c: TicketCondition): boolean {
  const v = ticketField(ticket, c.field);
  switch (c.op) {
    case 'eq':
      return equal(v, c.value);
    case 'neq':
      return !equal(v, c.value);
    case 'in':
      return Array.isArray(c.value) && c.value.some((x) => equal(v, x));
    case 'nin':
      return !Array.isArray(c.value) || !c.value.some((x) => equal(v, x));
    case 'lt':
      return !isMissing(v) && compareValues(v, c.value) < 0;
    case 'lte':
      return !isMissing(v) && compareValues(v, c.value) <= 0;
    case 'gt':
      return !isMissing(v) && compareValues(v, c.value) > 0;
    case 'gte':
      return !isMissing(v) && compareValues(v, c.value) >= 0;
    case 'contains':
      if (Array.isArray(v)) return v.some((x) => equal(x, c.value));
      return typeof v === 'string' && v.toLowerCase().includes(String(c.value ?? '').toLowerCase());
    case 'exists':
      return c.value === false ? isMissing(v) : !isMissing(v);
    default:
      return false;
  }
}

/** Whether one SLA/OLA clock meets every part of an {@link SlaCondition}. */
export function clockMatches(clock: SlaClock, c: SlaCondition): boolean {
  if (clock.state === 'cancelled' && !c.state?.includes('cancelled')) return false;
  if (c.state) {
    const warning =
      (clock.state === 'running' || clock.state === 'paused') && (clock.warned ?? 0) > 0;
    if (!c.state.some((s) => (s === 'warning' ? warning : clock.state === s))) return false;
  }
  if (c.target && !c.target.includes(clock.target)) return false;
  if (c.policy && !c.policy.includes(clock.policy)) return false;
  if (c.dueBefore !== undefined && !(Date.parse(clock.dueAt) < Date.parse(c.dueBefore)))
    return false;
  return true;
}

/** Whether a ticket satisfies every filter of a query (sort and paging aside). */
export function matchesTicketQuery(
  ticket: Ticket,
  q: Omit<TicketQuery, 'sort' | 'limit' | 'after'>,
): boolean {
  if (q.status && !q.status.includes(ticket.status)) return false;
  if (q.workflow && !q.workflow.includes(ticket.workflow.key)) return false;
  if (q.requester !== undefined && ticket.requester !== q.requester) return false;
  if (q.assignee !== undefined && !ticket.assignees.includes(q.assignee)) return false;
  if (q.priority && (ticket.priority === undefined || !q.priority.includes(ticket.priority)))
    return false;
  if (q.parent !== undefined && ticket.parent?.ticketId !== q.parent) return false;
  if (q.createdFrom !== undefined && ticket.createdAt < q.createdFrom) return false;
  if (q.createdTo !== undefined && ticket.createdAt >= q.createdTo) return false;
  if (q.text) {
    const t = q.text.toLowerCase();
    if (!ticket.number.toLowerCase().includes(t) && !(ticket.title ?? '').toLowerCase().includes(t))
      return false;
  }
  if (q.sla && !(ticket.sla ?? []).some((clock) => clockMatches(clock, q.sla!))) return false;
  if (q.where) for (const c of q.where) if (!matchesCondition(ticket, c)) return false;
  return true;
}

/** Whether a ticket is inside a {@link TicketScope} (absent scope: every ticket). */
export function inScope(t: Ticket, scope?: TicketScope): boolean {
  if (!scope) return true;
  const u = scope.user;
  return (
    t.requester === u ||
    !!t.watchers?.includes(u) ||
    !!t.participants?.includes(u) ||
    scope.workflows.some((w) => w.key === t.workflow.key && w.version === t.workflow.version)
  );
}

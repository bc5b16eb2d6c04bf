import type { TicketCondition, TicketQuery, TicketStatus } from '@deskkit/runtime';

/**
 * Filters a person sets on a widget (or an admin fixes in its configuration). They become part of
 * the query the data source runs; widgets never filter a full ticket list on the client.
 */
export interface WidgetFilters {
  status?: TicketStatus[];
  priority?: string[];
  /** Assignment groups (`Ticket.group`). */
  group?: string[];
  workflow?: string[];
  /** Created on or after this date (`YYYY-MM-DD` or ISO instant). */
  createdFrom?: string;
  /** Created before the end of this date (`YYYY-MM-DD`) or before this instant. */
  createdTo?: string;
  /** Matches ticket number or title. */
  text?: string;
}

// After merging, an empty list means "the filters exclude each other": it must match nothing.
function nonEmpty<T>(list: readonly T[] | undefined): T[] | undefined {
  return list ? [...list] : undefined;
}

/** `YYYY-MM-DD` → the next day's start, so a "to" date includes the whole day. */
function endOfDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = new Date(`${value}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Merges filter sets (each narrows the others, see {@link mergeFilters}) and turns them into a
 * ticket query: status, priority and workflow map to the query's lists, groups to a `where`
 * condition on `group`, the date range to `createdFrom`/`createdTo`.
 *
 * @example
 * ```ts
 * filtersToQuery({ status: ['open'], group: ['network'] });
 * // { status: ['open'], where: [{ field: 'group', op: 'in', value: ['network'] }] }
 * ```
 */
export function filtersToQuery(...sets: Array<WidgetFilters | undefined>): TicketQuery {
  const f = mergeFilters(...sets);
  const query: TicketQuery = {};
  const where: TicketCondition[] = [];
  const status = nonEmpty(f.status);
  if (status) query.status = status;
  const priority = nonEmpty(f.priority);
  if (priority) query.priority = priority;
  const workflow = nonEmpty(f.workflow);
  if (workflow) query.workflow = workflow;
  const group = nonEmpty(f.group);
  if (group) where.push({ field: 'group', op: 'in', value: group });
  if (f.createdFrom) query.createdFrom = f.createdFrom;
  if (f.createdTo) query.createdTo = endOfDay(f.createdTo);
  if (f.text?.trim()) query.text = f.text.trim();
  if (where.length) query.where = where;
  return query;
}

function intersect<T>(a: T[] | undefined, b: T[] | undefined): T[] | undefined {
  if (!a?.length) return b?.length ? b : undefined;
  if (!b?.length) return a;
  return a.filter((x) => b.includes(x));
}

/** Combines filter sets so each narrows the others (lists intersect, the later date bound wins). */
export function mergeFilters(...sets: Array<WidgetFilters | undefined>): WidgetFilters {
  const out: WidgetFilters = {};
  for (const s of sets) {
    if (!s) continue;
    out.status = intersect(out.status, s.status);
    out.priority = intersect(out.priority, s.priority);
    out.group = intersect(out.group, s.group);
    out.workflow = intersect(out.workflow, s.workflow);
    if (s.createdFrom && (!out.createdFrom || s.createdFrom > out.createdFrom))
      out.createdFrom = s.createdFrom;
    if (s.createdTo && (!out.createdTo || s.createdTo < out.createdTo)) out.createdTo = s.createdTo;
    if (s.text) out.text = s.text;
  }
  return out;
}

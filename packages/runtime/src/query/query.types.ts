import type { SlaTarget, TicketStatus } from '../definition/definition.types';
import type { Ticket } from '../model/ticket.types';

/** One condition of a ticket search. `field` is a ticket column or `data.<name>` for a form field. */
export interface TicketCondition {
  field: string;
  op: 'eq' | 'neq' | 'in' | 'nin' | 'lt' | 'lte' | 'gt' | 'gte' | 'contains' | 'exists';
  value?: unknown;
}

/**
 * The state of one SLA/OLA clock for a query: a clock's own `state`, or `warning` (running or
 * paused with a warning threshold passed, i.e. `warned` set, and not breached).
 */
export type SlaQueryState = 'running' | 'paused' | 'met' | 'breached' | 'cancelled' | 'warning';

/**
 * Tickets by their SLA/OLA clocks (`Ticket.sla`): a ticket matches when one clock meets all. A
 * `cancelled` clock matches only when `state` lists `cancelled`.
 */
export interface SlaCondition {
  /** Any of these states (see {@link SlaQueryState}). */
  state?: SlaQueryState[];
  /** Clocks of these targets only (`ola` for step clocks). */
  target?: Array<SlaTarget | 'ola'>;
  /** Clocks of these policy ids only. */
  policy?: string[];
  /** Clocks due before this instant (ISO date-time, exclusive), e.g. "due within the hour". */
  dueBefore?: string;
}

export interface TicketQuery {
  status?: TicketStatus[];
  workflow?: string[];
  requester?: string;
  assignee?: string;
  priority?: string[];
  /** Full-text-ish match on number and title. */
  text?: string;
  createdFrom?: string;
  createdTo?: string;
  parent?: string;
  /**
   * Tickets with an SLA/OLA clock in a given state, e.g. `{ state: ['warning', 'breached'] }` for
   * an SLA board. The stored clocks are the ones of the ticket's last command or `tick`.
   */
  sla?: SlaCondition;
  where?: TicketCondition[];
  sort?: { field: string; direction: 'asc' | 'desc' };
  limit?: number;
  /** Opaque keyset cursor from the previous page. */
  after?: string;
}

/**
 * The tickets one user may see, which `runtime.client` adds to its queries (adapters must apply it
 * inside the query, so that totals and pages count only those tickets).
 */
export interface TicketScope {
  /** Tickets this user requested, watches or takes part in (`requester`, `watchers`, `participants`). */
  user: string;
  /** Every ticket of these workflow versions (their `permissions.view` names the user). */
  workflows: Array<{ key: string; version: number }>;
}

export interface TicketPage {
  tickets: Ticket[];
  /** Cursor of the next page; absent on the last page. */
  next?: string;
  total?: number;
}

export type AggregateDimension =
  | 'status'
  | 'priority'
  | 'workflow'
  | 'assignee'
  | 'group'
  | 'day'
  | 'requester'
  /** The agent who worked the ticket last, as kept with its satisfaction answer. */
  | 'agent'
  | `data.${string}`;

export interface AggregateQuery extends Omit<TicketQuery, 'sort' | 'limit' | 'after'> {
  groupBy: AggregateDimension[];
  /**
   * `count` of tickets (default), SLA outcomes, or `csat`: the average satisfaction rating (two
   * decimals) of the group's rated tickets; groups without a rating are left out.
   */
  metric?: 'count' | 'slaMet' | 'slaBreached' | 'csat';
}

export interface AggregateResult {
  groups: Array<{ key: Record<string, string | null>; value: number }>;
}

export interface WorkItemQuery {
  /** Items held by this user, or waiting in a queue this user is a candidate of. */
  user?: string;
  ticketId?: string;
  state?: Array<'open' | 'done' | 'cancelled'>;
  limit?: number;
}

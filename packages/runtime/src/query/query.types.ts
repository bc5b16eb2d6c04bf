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
  /** Full-text-ish match on number and title (a substring of either, case-insensitive). */
  text?: string;
  /**
   * Full-text search over the number, title, form fields and comments: each word of the search
   * must begin a word of the ticket (`lapt` finds "laptop"). Through `DeskClient` only what the
   * user sees counts: fields hidden from them and work notes they may not read never make a ticket
   * match. PostgreSQL answers it from a GIN index (`to_tsquery('simple', …)`), the memory adapter
   * with the same rules (`@deskkit/runtime` `searchTerms`/`ticketWords`). At most 200 characters
   * and 16 words.
   */
  search?: string;
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

/**
 * Splits the matches of a {@link TicketQuery.search} in two (`StorageAdapter.queryTickets`'s third
 * argument; `runtime.client` counts a search's matches by what each user sees with it). Without
 * search words it changes nothing.
 */
export interface SearchSplit {
  /** Workflow versions whose every field everyone who sees one of their tickets reads. */
  versions: Array<{ key: string; version: number }>;
  /**
   * `fields`: only the tickets of `versions` whose number, title and form data alone hold every
   * word. `rest`: every other match (other versions, or words found only in comments).
   */
  take: 'fields' | 'rest';
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
  /** Time buckets in the desk's time zone: `YYYY-MM-DD`, the Monday of the ISO week, `YYYY-MM`. */
  | 'day'
  | 'week'
  | 'month'
  | 'requester'
  /** The agent who worked the ticket last (`stats.agent`, else its satisfaction answer's). */
  | 'agent'
  /** The workflow's service catalog path, levels joined with " / " (`stats.catalog`). */
  | 'catalog'
  /** The requester's department when the ticket was created (`stats.department`). */
  | 'department'
  /** The satisfaction rating, as text (`"5"`); unrated tickets under `null` (a CSAT distribution). */
  | 'rating'
  | `data.${string}`;

/**
 * What an aggregate measures per group:
 * - `count` (default): tickets; `created` is the same count; `resolved`: tickets resolved (time
 *   dimensions bucket them by `stats.resolvedAt`);
 * - `slaMet` / `slaBreached`: tickets with a met / breached clock; `slaMetRate`: of the tickets
 *   with a decided clock (met or breached), the share with none breached (0–1);
 * - `responseTime` / `resolveTime`: {@link AggregateQuery.statistic} of the milliseconds from
 *   creation to the first response / to resolution, in {@link AggregateQuery.time};
 * - `reopenRate`: of the tickets ever resolved, the share reopened at least once;
 * - `firstContactRate`: of the resolved tickets, the share resolved by their first agent with no
 *   hand-off nor reopen (`stats.firstContact`);
 * - `csat`: the average rating (two decimals) of the rated tickets; `csatResponseRate`: of the
 *   tickets offered a survey, the share that answered it;
 * - `backlog`: tickets open at {@link AggregateQuery.at} (created by then, not yet ended).
 *
 * Rates and times leave out the groups with nothing to measure (no resolved ticket, ...).
 */
export type AggregateMetric =
  | 'count'
  | 'created'
  | 'resolved'
  | 'slaMet'
  | 'slaBreached'
  | 'slaMetRate'
  | 'responseTime'
  | 'resolveTime'
  | 'reopenRate'
  | 'firstContactRate'
  | 'csat'
  | 'csatResponseRate'
  | 'backlog';

export interface AggregateQuery extends Omit<TicketQuery, 'sort' | 'limit' | 'after'> {
  groupBy: AggregateDimension[];
  /** What to measure (default `count`); see {@link AggregateMetric}. */
  metric?: AggregateMetric;
  /** For `responseTime` / `resolveTime`: `avg` (default), `median` or `p90` (nearest rank). */
  statistic?: 'avg' | 'median' | 'p90';
  /** For `responseTime` / `resolveTime`: `wall` clock (default) or `working` time on the ticket's calendar. */
  time?: 'wall' | 'working';
  /** For `backlog`: the instant (ISO date-time); default now. */
  at?: string;
  /** Tickets resolved from / before these instants (ISO; `stats.resolvedAt`), e.g. a period's resolutions. */
  resolvedFrom?: string;
  resolvedTo?: string;
  /**
   * The instant time dimensions bucket: `created` (default) or `resolved` (default for the
   * `resolved` and `resolveTime` metrics).
   */
  timeBy?: 'created' | 'resolved';
  /** The IANA zone of day / week / month buckets; the runtime fills in its `timeZone` (else UTC). */
  timeZone?: string;
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

/**
 * A list view one user saves (`DeskClient.saveView`): its columns (ticket fields such as `number`,
 * `status`, `assignees` or `data.<name>`), and the filters and sort of its query.
 */
export interface ListView {
  id: string;
  name: string;
  columns: string[];
  /** Filters and sort; a page's `limit` and `after` are the list's own. */
  query: Omit<TicketQuery, 'limit' | 'after'>;
  /** When it was last saved (ISO). */
  updatedAt: string;
}

/** A view to save: a new one without `id` (one is given), or a replacement of the view `id`. */
export interface ListViewInput {
  id?: string;
  name: string;
  columns: string[];
  query: Omit<TicketQuery, 'limit' | 'after'>;
}

/** One cell of an exported table: text, number, yes/no, or empty. */
export type TableCell = string | number | boolean | null;

/** A table of values with a header, for CSV and spreadsheet writers (`@deskkit/runtime/export`). */
export interface Table {
  columns: string[];
  rows: TableCell[][];
}

/**
 * `DeskClient.changeCollisions`: a planned change (its window and the CI or service it touches),
 * and where changes keep those in their form data.
 */
export interface ChangeCollisionQuery {
  /** Workflow keys whose tickets are changes, e.g. `['change-request']`. */
  workflows: string[];
  /** Form fields of the planned window (ISO date-times) and of the CI or service. */
  fields: { start: string; end: string; target: string };
  /** The planned window, ISO date-times (`end` not before `start`). */
  start: string;
  end: string;
  /** The CI or service the change touches. */
  target: string;
  /** The change's own ticket, when it has one: never its own collision. */
  ticket?: string;
}

/** Another open change on the same CI or service whose planned window overlaps. */
export interface ChangeCollision {
  id: string;
  number: string;
  title?: string;
  status: Ticket['status'];
  start: string;
  end: string;
  target: string;
}

/** `DeskClient.exportTickets`: the tickets of a query, as a table of the chosen columns. */
export interface TicketExportInput {
  /** Filters and sort (the newest first by default). */
  query?: Omit<TicketQuery, 'limit' | 'after'>;
  /**
   * Ticket fields, one per column: `id`, `number`, `title`, `status`, `priority`, `requester`,
   * `assignees`, `group`, `workflow`, `createdAt`, `updatedAt`, `resolvedAt`, `closedAt`,
   * `reopenCount`, `satisfaction` (the rating), `watchers`, or `data.<name>` for a form field.
   */
  columns: string[];
  /** Most rows (default and at most 10,000). */
  limit?: number;
}

/** The table of an export; `truncated` when more tickets matched than `limit`. */
export interface TicketExport extends Table {
  truncated: boolean;
}

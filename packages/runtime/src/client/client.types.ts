import type { WorkflowDefinition } from '../definition/definition.types';
import type {
  ActInput,
  CatalogEntry,
  RuntimeEvent,
  StartTicketInput,
  TicketView,
} from '../engine/runtime.types';
import type { HistoryEvent, Ticket, WorkItem } from '../model/ticket.types';
import type {
  AggregateQuery,
  AggregateResult,
  TicketPage,
  TicketQuery,
  WorkItemQuery,
} from '../query/query.types';

/**
 * Everything one user may do and see, and nothing else: the only way user-facing code reaches
 * Deskkit. `runtime.client(actor)` returns one in process; `createHttpClient` from
 * `@deskkit/server` returns the same interface over HTTP, so UI code runs unchanged on either.
 *
 * Every answer holds only the tickets this user may see and, in them, only the fields visible to
 * this user at that moment (ticket data, views, history changes, events, aggregates, errors). A
 * ticket the user may not see answers `NotFoundError`, exactly like one that does not exist; a
 * query, sort or grouping naming a field hidden from the user is refused.
 */
export interface DeskClient {
  /** The user every read and command is made as. */
  readonly actor: string;
  /** The workflows this user may start, by service catalog path. */
  catalog(): Promise<CatalogEntry[]>;
  /** Raises a ticket as this user (`parent` is the engine's alone: subworkflow children). */
  startTicket(input: Omit<StartTicketInput, 'actor' | 'parent'>): Promise<Ticket>;
  /** Takes one action on a ticket as this user. */
  act(input: Omit<ActInput, 'actor'>): Promise<Ticket>;
  /** The ticket as this user may see it now: fields, permissions, actions and their work items. */
  viewTicket(ticketId: string): Promise<TicketView>;
  /** This user's open work items: held by them, or waiting in a queue they may claim from. */
  tasks(filter?: Omit<WorkItemQuery, 'user'>): Promise<WorkItem[]>;
  /** A page of the tickets this user may see that match the query. */
  listTickets(query?: TicketQuery): Promise<TicketPage>;
  /** Figures over the tickets this user may see. */
  aggregate(query: AggregateQuery): Promise<AggregateResult>;
  /** The history of a ticket this user may see, redacted for them. */
  history(ticketId: string): Promise<HistoryEvent[]>;
  /** Live events of the tickets this user may see, redacted for them; returns an unsubscribe function. */
  subscribe(listener: (event: RuntimeEvent) => void): () => void;
  /** A published workflow version (the latest when `version` is absent). */
  getDefinition(key: string, version?: number): Promise<WorkflowDefinition>;
  /** Publishes a new version, when this user may publish this workflow key. */
  publish(def: WorkflowDefinition): Promise<{ key: string; version: number }>;
}

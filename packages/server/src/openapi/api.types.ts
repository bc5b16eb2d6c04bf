// The bodies and answers of the HTTP API, named for the schema generator
// (scripts/generate-schemas.ts). Each is a runtime type, narrowed to what crosses HTTP: the actor
// comes from authentication, the ticket from the path, the requestId from `Idempotency-Key`.
import type {
  ActInput,
  AggregateQuery,
  AggregateResult,
  CatalogEntry,
  HistoryEvent,
  ListView,
  ListViewInput,
  RelateInput,
  TicketExport,
  TicketExportInput,
  BulkActInput,
  BulkActResult,
  StartTicketInput,
  Ticket,
  TicketPage,
  TicketQuery,
  TicketView,
  WorkItem,
} from '@deskkit/runtime';

/** `POST /tickets`: raise a ticket. */
export type StartTicketBody = Omit<StartTicketInput, 'actor' | 'parent' | 'requestId'>;
/** `POST /tickets/{id}/actions`: take an action on the ticket. */
export type ActBody = Omit<ActInput, 'actor' | 'ticket' | 'requestId'>;
/** `POST /tickets/{id}/relations`: link, unlink, merge into `to`, or spawn a ticket from this one. */
export type RelateBody = Omit<RelateInput, 'actor' | 'ticket' | 'requestId'>;
/** `POST /tickets/bulk`: one action on many tickets. */
export type BulkBody = BulkActInput;
/** `POST /tickets/bulk`: per ticket, the ticket or the refusal. */
export type BulkResults = BulkActResult[];
/** `POST /tickets/search`. */
export type TicketSearch = TicketQuery;
/** `POST /views`: save a list view of this user (new without `id`). */
export type ViewBody = ListViewInput;
/** `GET /views`: this user's saved list views. */
export type ViewList = ListView[];
/** `POST /tickets/export`: the tickets of a query as a table of the chosen columns. */
export type ExportBody = TicketExportInput;
/** `POST /aggregate`. */
export type AggregateBody = AggregateQuery;
/** `POST /definitions`: the version just published. */
export interface PublishResult {
  key: string;
  version: number;
}
export type CatalogList = CatalogEntry[];
export type HistoryList = HistoryEvent[];
export type WorkItemList = WorkItem[];
export type { AggregateResult, ListView, Ticket, TicketExport, TicketPage, TicketView };
export type { EventsPage, RuntimeEvent } from '@deskkit/runtime';
export type { Problem } from '../problem.types';
export type { InboxPage, NotificationPreferences } from '@deskkit/runtime';
/** `POST /notifications/read`: the notifications to mark read. */
export interface MarkReadBody {
  ids: string[];
}
/** `POST /notifications/read`, `/notifications/read-all`: how many were unread. */
export interface MarkedCount {
  changed: number;
}

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
  ChangeCollision,
  ChangeCollisionQuery,
  BulkActInput,
  BulkActResult,
  StartTicketInput,
  Ticket,
  TicketPage,
  TicketQuery,
  TicketView,
  WorkItem,
  DefinitionDiff,
  DefinitionRecord,
  DraftRecord,
  StudioWorkflow,
  TicketMigrationInput,
  TicketMigrationReport,
  ReportSubscription,
  ReportSubscriptionInput,
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
/** `POST /changes/collisions`: a planned change (window, CI or service, and where changes keep them). */
export type CollisionBody = ChangeCollisionQuery;
/** `POST /changes/collisions`: the open changes on the same CI or service in overlapping windows. */
export type CollisionList = ChangeCollision[];
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
/**
 * A workflow definition as stored: its schema is the runtime's `definitionSchema` (the OpenAPI
 * document points this name at `WorkflowDefinition`). A draft need not be valid yet, so a draft's
 * body is checked as an object only; publishing judges the definition.
 */
export interface WorkflowDefinitionDocument {
  [key: string]: unknown;
}
/** A published version: who published it, when, and what it restored. */
export type VersionRecord = Omit<DefinitionRecord, 'definition'> & {
  definition: WorkflowDefinitionDocument;
};
/** `GET /definitions/{key}/versions`: every published version, oldest first. */
export type VersionList = VersionRecord[];
/** `GET /definitions`: every workflow this user may publish, its latest version and its draft. */
export type StudioWorkflowList = StudioWorkflow[];
/** The unpublished draft of one workflow. */
export type Draft = Omit<DraftRecord, 'definition'> & { definition: WorkflowDefinitionDocument };
/** `GET /drafts`: the drafts of every workflow this user may publish. */
export type DraftList = Draft[];
/** `POST /definitions/{key}/draft`: save the draft (compare-and-set on `expectedRevision`). */
export interface DraftBody {
  definition: WorkflowDefinitionDocument;
  /** The revision this save replaces; `null`: there must be no draft yet; absent: replace any. */
  expectedRevision?: number | null;
}
/** `DELETE /definitions/{key}/draft`: whether there was a draft. */
export interface DraftRemoved {
  removed: boolean;
}
/** `POST /definitions/{key}/rollback`: the older version to publish again. */
export interface RollbackBody {
  /** @minimum 1 */
  version: number;
}
/** `POST /definitions/{key}/migrations`: move running tickets (the workflow is the path's). */
export type MigrationBody = Omit<TicketMigrationInput, 'actor' | 'workflow'>;
/** `GET /definitions/{key}/diff`. */
export type VersionDiff = DefinitionDiff;
export type { TicketMigrationReport };
/** `POST /report-subscriptions`: save a dashboard snapshot e-mailed on a schedule (new without `id`). */
export type ReportSubscriptionBody = ReportSubscriptionInput;
/** `GET /report-subscriptions`: this user's report subscriptions (admins: `?owner=`). */
export type ReportSubscriptionList = ReportSubscription[];
export type { ReportSubscription };

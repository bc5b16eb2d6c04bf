import type {
  ActionName,
  FieldPermission,
  FormRule,
  FormTemplate,
  FormUi,
  JsonSchema,
  Principal,
  LocalizedDefinition,
  WorkflowDefinition,
} from '../definition/definition.types';
import type {
  ReportSubscription,
  ReportSubscriptionInput,
  ReportSubscriptionQuery,
} from '../reports/subscription.types';
import type { DefinitionDiff } from '../definition/diff';
import type { Directory } from '../directory/directory.types';
import type { RequesterProfile } from './requester.types';
import type { ExpressionLimits } from '../expressions/expression.types';
import type { FormValidator } from '../form/form.types';
import type {
  AggregateQuery,
  AggregateResult,
  ListView,
  ListViewInput,
  TicketExport,
  TicketExportInput,
  ChangeCollision,
  ChangeCollisionQuery,
  TicketPage,
  TicketQuery,
  WorkItemQuery,
} from '../query/query.types';
import type { DefinitionRecord, DraftRecord, StorageAdapter } from '../storage/storage.types';
import type {
  SaveDraftOptions,
  StudioWorkflow,
  TicketMigrationInput,
  TicketMigrationReport,
} from './versions/versions.types';
import type { CalendarSpec } from '../time/calendar.types';
import type {
  CommentAttachment,
  HistoryEvent,
  LinkType,
  Ticket,
  WorkItem,
} from '../model/ticket.types';
import type { ScheduleStore } from '../time/schedule.types';
import type { TimerLoopOptions } from './time/timer-loop';
import type { NumberingOptions } from './numbering';
import type { InboxPage, InboxQuery } from '../notify/notify.types';
import type { NotificationPreferences } from '../notify/prefs';

export type { CalendarSpec } from '../time/calendar.types';

/** A host function that an automation step or trigger can call (webhook, notification, ...). */
export type ActionHandler = (
  input: Record<string, unknown>,
  context: {
    ticket: Ticket;
    nodeId?: string;
    /**
     * The idempotency key of the command running the handler, when it has one: a handler with side
     * effects outside the runtime (webhooks) can pass it on so a repeated command is not repeated.
     */
    requestId?: string;
  },
) => Promise<Record<string, unknown> | void> | Record<string, unknown> | void;

export interface RuntimeOptions {
  storage?: StorageAdapter;
  /** The desk's IANA time zone (ticket numbers' dates); UTC when absent. */
  timeZone?: string;
  /** Ticket numbers: their zone (default `timeZone`) and format. */
  numbering?: NumberingOptions;
  directory?: Directory;
  clock?: () => Date;
  calendars?: Record<string, CalendarSpec>;
  /** Host functions automation nodes call by name. */
  handlers?: Record<string, ActionHandler>;
  /**
   * Who sees every ticket through `runtime.client` (compliance, service owners), with the fields
   * visible at its current step, every field once it is finished, and its work notes.
   */
  auditors?: Principal[];
  /**
   * Who may publish workflows. Publishing is closed when absent; `'anyone'` opens it (demos). A key
   * then belongs to its latest version's `permissions.publish`, else to these publishers, else
   * (`'anyone'`) to the user who published its latest version: nobody else may publish over it.
   */
  publishers?: Principal[] | 'anyone';
  /** Minimum time between two `urge` actions on one work item (ms); default 1 hour. */
  urgeIntervalMs?: number;
  /** Delay after an `urge` before the holders and the assignee's manager are reminded (ms); default `urgeIntervalMs`. */
  urgeFollowUpMs?: number;
  /** Limits for jsonata evaluation. */
  expressionLimits?: ExpressionLimits;
  /** Limits of the `data` a caller submits to `startTicket` and `act` (defaults in {@link PayloadLimits}). */
  payloadLimits?: PayloadLimits;
  /** Identifies this process when it claims timers; random when absent. */
  instanceId?: string;
  /**
   * How long a timer claimed by `tick` stays leased to this process (ms, on the storage's clock)
   * before another may take it over; default 30 s. Longer than the slowest timer handler.
   */
  timerLeaseMs?: number;
  /**
   * The JSON Schema validator of ticket data and of definitions at publish: `safeFormValidator`
   * (eval-free, on `@cfworker/json-schema`) when absent. Pass `ajvFormValidator` from
   * `@deskkit/runtime/ajv` to validate with ajv (generated code: needs `unsafe-eval` under a CSP).
   */
  validator?: FormValidator;
}

/** Limits of submitted ticket data; breaking one is a `ValidationError` naming the path. */
export interface PayloadLimits {
  /** Nesting depth of objects and lists (default 32). */
  maxDepth?: number;
  /** Characters in one text value (default 100,000). */
  maxStringLength?: number;
  /** Values (object properties and list items) in all (default 1,000). */
  maxFields?: number;
  /** Size of the data as JSON (default 1,000,000 characters). */
  maxBytes?: number;
}

export interface StartTicketInput {
  workflow: string;
  data?: Record<string, unknown>;
  actor: string;
  template?: string;
  /**
   * Engine-only: a sub-workflow step links the child tickets it starts. `runtime.startTicket`
   * refuses it (`ValidationError`, code `ENGINE_ONLY`).
   */
  parent?: { ticketId: string; nodeId: string };
  /** Users to CC: they follow the ticket as watchers (see it, not its work notes). */
  watchers?: string[];
  /** Idempotency key, scoped to this actor and command: a retry returns the first attempt's ticket. */
  requestId?: string;
}

export interface ActInput {
  ticket: string;
  action: ActionName;
  actor: string;
  workItem?: string;
  data?: Record<string, unknown>;
  comment?: string;
  /** Why (`hold`, `reject`, `cancel`, `reopen`, `reassign`, ...): required where the step or the workflow says so. */
  reason?: string;
  /** `comment`: a work note, seen by the desk side only (never by the requester or watchers). */
  internal?: boolean;
  /**
   * `comment`: files attached, as the host's upload returned them (`{ id, name, size?, type?,
   * url? }`, at most 20); they show wherever the comment shows.
   */
  attachments?: CommentAttachment[];
  /** `reassign`/`delegate`/`addApprover`/`watch`/`unwatch`: the user; `rollback`: the node id. */
  to?: string;
  expectedVersion?: number;
  requestId?: string;
}

/**
 * `runtime.relate`: `link` / `unlink` `ticket` and `to` (typed, with a back-link on `to`);
 * `merge` the duplicate `ticket` into the primary `to`; `spawn` a new ticket from `ticket` (clone,
 * split with `fields`, or a problem from an incident with `workflow` and `type: 'causes'`).
 */
export interface RelateInput {
  op: 'link' | 'unlink' | 'merge' | 'spawn';
  ticket: string;
  actor: string;
  to?: string;
  /** The link type seen from `ticket` (`relates` by default). */
  type?: LinkType;
  /** `spawn`: the workflow of the new ticket (`ticket`'s by default). */
  workflow?: string;
  /** `spawn`: the fields copied from `ticket` (all by default; a split names some). */
  fields?: string[];
  /** `spawn`: values of the new ticket on top of the copied ones. */
  data?: Record<string, unknown>;
  /**
   * `link`: fields `ticket` inherits from `to` on linking (field inheritance), e.g. the affected
   * service of the problem an incident is linked to. Only fields `ticket`'s form has and the actor
   * sees on `to`; needs the desk side of both tickets. A `fieldsChanged` event names the source.
   */
  inherit?: string[];
  /** `link`: fields written back from `ticket` into `to` (backfill), under the same rules. */
  backfill?: string[];
  comment?: string;
  requestId?: string;
}

/** `DeskClient.bulkAct`: one action (with its `to`, `reason`, `comment`, ...) on each ticket. */
export type BulkActInput = Omit<ActInput, 'actor' | 'ticket' | 'expectedVersion' | 'requestId'> & {
  tickets: string[];
};

/** What `bulkAct` did to one ticket: the ticket as the user sees it, or the refusal. */
export interface BulkActResult {
  ticketId: string;
  ok: boolean;
  ticket?: Ticket;
  error?: { code: string; message: string };
}

/** The form as one actor may see and edit it at the ticket's current step. */
export interface TicketForm {
  schema: JsonSchema;
  ui: FormUi;
  rules: FormRule[];
  templates: FormTemplate[];
  /** Effective permission of every visible field for this actor now. */
  permissions: Record<string, FieldPermission>;
}

export interface TicketView {
  /** The ticket with the fields hidden from this actor removed from `data`. */
  ticket: Ticket;
  form: TicketForm;
  /** Actions this actor may take now. */
  actions: ActionName[];
  /** Those of `actions` that need a `reason`. */
  needsReason?: ActionName[];
  /**
   * The actor is on the ticket's desk side: they read and write work notes (`comment` with
   * `internal: true`), add or remove other watchers, and may merge it (the requester never is).
   */
  deskSide?: boolean;
  /** The actor's open work items on this ticket. */
  workItems: WorkItem[];
  /**
   * The workflow's satisfaction survey, while this actor may answer it (`rate` offered) or once it
   * was answered: `form` is the survey's own JSON Schema (`survey.form`), absent for the default
   * 1–5 rating with a comment.
   */
  survey?: { form?: JsonSchema };
  /**
   * Variables the form's rules read besides the data, for a form renderer's `bindings`: `requester`
   * (the `$requester` profile) when a rule reads `$requester`, narrowed to the parts the rules read
   * (`$requester.vip` gives `vip`, `$requester.attributes.site` the `site` attribute; unread keys
   * are left out or empty), since the view goes to everyone who may see the ticket. A rule that
   * uses `$requester` whole (`$exists($requester)`) gets the whole profile.
   */
  bindings?: { requester?: RequesterProfile };
}

/** Options of `runtime.client(actor, options)`. */
export interface ClientOptions {
  /**
   * The locale (or locales, most wanted first) the user reads in, e.g. the UI's language. Texts a
   * definition writes per locale (names, titles, labels, options, catalog paths) are answered in
   * the first of these it has, then in the directory user's own `locale`, then in the definition's
   * default locale.
   *
   * @example
   * ```ts
   * const desk = runtime.client('alice', { locale: 'zh-CN' });
   * (await desk.catalog())[0].name; // '笔记本申请'
   * ```
   */
  locale?: string | readonly string[];
}

export interface CatalogEntry {
  key: string;
  version: number;
  name: string;
  description?: string;
  path: string[];
}

/**
 * A history event and its ticket. `position` is the event's place in the global event feed: set
 * on events read with `eventsSince` (and sent as the SSE `id:` by `@deskkit/server`), absent on
 * events a `subscribe` listener receives as commands commit.
 */
export type RuntimeEvent = HistoryEvent & { ticket: Ticket; position?: string };

/** A page of the global event feed; pass `cursor` to the next `eventsSince` to read on. */
export interface EventsPage {
  events: Array<RuntimeEvent & { position: string }>;
  cursor: string;
}

export interface TickResult {
  fired: number;
  failed: number;
}

/** The engine `createRuntime` returns: the authority on what may happen to a ticket. */
export interface Runtime {
  /** The storage adapter tickets, history, work items and timers live in. */
  readonly storage: StorageAdapter;
  /** Resolves principals, on-call rotas and out-of-office delegation. */
  readonly directory: Directory;
  /** The runtime clock's current time. */
  now(): Date;
  /**
   * Validates a definition and stores it as a new immutable version. Throws `DefinitionError` with
   * every issue, `PermissionError` when the actor may not publish.
   */
  publish(
    def: LocalizedDefinition,
    options: { actor: string },
  ): Promise<{ key: string; version: number }>;
  /** A published version of a workflow (the latest when `version` is absent), as written. */
  getDefinition(key: string, version?: number): Promise<LocalizedDefinition>;
  /**
   * Every published version of a workflow, oldest first, with who published it and when (and
   * `restoredFrom` on a rollback); `NotFoundError` when the key is not published.
   */
  versions(key: string): Promise<DefinitionRecord[]>;
  /**
   * Saves the unpublished draft of a workflow (one per key, shared by whoever may publish the key;
   * it need not be valid yet). `PermissionError` for anyone else, `ConflictError` when
   * `expectedRevision` is given and someone saved since.
   *
   * @example
   * ```ts
   * const draft = await runtime.saveDraft(def, { actor: 'ada', expectedRevision: null });
   * await runtime.saveDraft(edited, { actor: 'ada', expectedRevision: draft.revision });
   * ```
   */
  saveDraft(def: LocalizedDefinition, options: SaveDraftOptions): Promise<DraftRecord>;
  /** A workflow's draft, for whoever may publish it; `null` when it has none. */
  getDraft(key: string, options: { actor: string }): Promise<DraftRecord | null>;
  /** The drafts of every workflow the actor may publish. */
  listDrafts(options: { actor: string }): Promise<DraftRecord[]>;
  /** Removes a workflow's draft (at `expectedRevision` when given); false when it had none. */
  discardDraft(
    key: string,
    options: { actor: string; expectedRevision?: number },
  ): Promise<boolean>;
  /**
   * Rolls a workflow back: publishes an older version again as the newest version (its record's
   * `restoredFrom` names the old one). Checked like `publish`.
   */
  rollback(
    key: string,
    version: number,
    options: { actor: string },
  ): Promise<{ key: string; version: number }>;
  /**
   * Moves running tickets from one version of a workflow to another with a step mapping
   * (automatic where step ids match). Each moved ticket gets a `migrated` history event and its
   * SLA clocks recomputed on the new version; a ticket that cannot move is reported with why.
   * `dryRun` reports without writing. Only whoever may publish the workflow may migrate it.
   *
   * @example
   * ```ts
   * const plan = await runtime.migrateTickets({ workflow: 'access', from: 1, actor: 'ada', dryRun: true });
   * plan.tickets.filter((t) => t.outcome === 'blocked').forEach((t) => console.log(t.number, t.reasons));
   * await runtime.migrateTickets({ workflow: 'access', from: 1, mapping: { review: 'approve' }, actor: 'ada' });
   * ```
   */
  migrateTickets(input: TicketMigrationInput): Promise<TicketMigrationReport>;
  /** The workflows an actor may start, by service catalog path. */
  catalog(actor: string): Promise<CatalogEntry[]>;
  /**
   * Raises a ticket: checks who may start the workflow and which fields they may fill, validates the
   * form, numbers the ticket and runs it until it waits for people.
   */
  startTicket(input: StartTicketInput): Promise<Ticket>;
  /** Takes one action on a ticket, if this actor may take it at the current step. */
  act(input: ActInput): Promise<Ticket>;
  /**
   * Links, unlinks, merges or spawns tickets ({@link RelateInput}) in one atomic command; answers
   * the ticket the operation is about (`link`: `ticket`, `merge`: the primary, `spawn`: the new one).
   */
  relate(input: RelateInput): Promise<Ticket>;
  /**
   * The ticket as one actor may see it now: fields, permissions, actions and their work items,
   * texts in the actor's locale (`options.locale`, else their directory `locale`).
   */
  viewTicket(ticketId: string, actor: string, options?: ClientOptions): Promise<TicketView>;
  /** The actor's open work items: held by them, or waiting in a queue they may claim from. */
  tasks(actor: string, filter?: Omit<WorkItemQuery, 'user'>): Promise<WorkItem[]>;
  /** A ticket by id; `NotFoundError` when unknown. */
  getTicket(id: string): Promise<Ticket>;
  /** Every history event of a ticket in `seq` order. */
  history(id: string): Promise<HistoryEvent[]>;
  /** A page of tickets matching a query (answered by the storage adapter). */
  listTickets(query?: TicketQuery): Promise<TicketPage>;
  /** Ticket counts grouped by dimensions (answered by the storage adapter). */
  aggregate(query: AggregateQuery): Promise<AggregateResult>;
  /** Fires what is due at `now` (default: the clock): timers, SLA warnings/breaches, schedules. */
  tick(now?: Date): Promise<TickResult>;
  /**
   * Runs `tick` in a loop (one at a time, `intervalMs` apart) in a long-lived process; the returned
   * function stops it and resolves once a tick in progress has finished.
   */
  startTimers(options?: TimerLoopOptions): () => Promise<void>;
  /** Scheduled ticket creation (once, daily, weekly, monthly, RRULE), kept in storage, fired by `tick`. */
  readonly schedules: ScheduleStore;
  /**
   * Deskkit as one user: every read and command as `actor`, answering only the tickets and fields
   * they may see. Hand clients (never the runtime) to user-facing code.
   */
  client(actor: string, options?: ClientOptions): DeskClient;
  /** Receives every history event of every committed command; returns an unsubscribe function. */
  subscribe(listener: (event: RuntimeEvent) => void): () => void;
  /**
   * Events committed after a feed position (from the first when `null`), by any process sharing
   * the storage, in feed order, at most `limit` (default 100, at most 1,000). Resume from the
   * page's `cursor`: nothing is missed or repeated. Each event carries its ticket as it is now.
   *
   * @example
   * ```ts
   * let cursor = await runtime.eventsHead();
   * // later, or in another process:
   * const page = await runtime.eventsSince(cursor);
   * for (const e of page.events) console.log(e.position, e.type, e.ticket.number);
   * cursor = page.cursor;
   * ```
   */
  eventsSince(cursor: string | null, limit?: number): Promise<EventsPage>;
  /** The feed's current end: `eventsSince(head)` returns only events committed later. */
  eventsHead(): Promise<string>;
}

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
  relate(input: Omit<RelateInput, 'actor'>): Promise<Ticket>;
  /**
   * One action on many tickets (assign, claim, hold, close, watch, ...): each ticket is checked and
   * committed on its own; the answer says per ticket whether it worked.
   */
  bulkAct(input: BulkActInput): Promise<BulkActResult[]>;
  /** The ticket as this user may see it now: fields, permissions, actions and their work items. */
  viewTicket(ticketId: string): Promise<TicketView>;
  /** This user's open work items: held by them, or waiting in a queue they may claim from. */
  tasks(filter?: Omit<WorkItemQuery, 'user'>): Promise<WorkItem[]>;
  /**
   * A page of the tickets this user may see that match the query. With `search`, a ticket matches
   * by what this user sees of it only, `total` is given only when the answer fits one page, and a
   * page may hold fewer than `limit` tickets while `next` is present.
   */
  listTickets(query?: TicketQuery): Promise<TicketPage>;
  /**
   * The tickets of a query as a table of the chosen columns, as this user sees them (hidden fields
   * are empty cells). Write it out with `toCsv` from `@deskkit/runtime/export`.
   */
  exportTickets(input: TicketExportInput): Promise<TicketExport>;
  /**
   * The open changes this user may see on the same CI or service as a planned change, in an
   * overlapping window: what a change form warns about before it is submitted.
   */
  changeCollisions(query: ChangeCollisionQuery): Promise<ChangeCollision[]>;
  /** This user's saved list views, in the order they were first saved. */
  listViews(): Promise<ListView[]>;
  /** Saves a list view of this user (new without `id`, else replacing that view). */
  saveView(view: ListViewInput): Promise<ListView>;
  /** Deletes one of this user's saved views (`NotFoundError` when they have none by that id). */
  deleteView(id: string): Promise<void>;
  /**
   * Dashboard snapshots e-mailed on a schedule (`reportSnapshots` of `@deskkit/runtime/reports`):
   * this user's subscriptions, oldest first, each with its next run; admins may read another
   * user's (`{ owner }`) or everyone's (`{ owner: '*' }`).
   */
  listReportSubscriptions(query?: ReportSubscriptionQuery): Promise<ReportSubscription[]>;
  /**
   * Saves a report subscription (new without `id`, else replacing that one): its reports, its
   * recipients (each gets the figures computed as themselves), its RRULE in the desk's time zone
   * and its attachments. `ValidationError` names a bad field; admins may save one for `owner`.
   */
  saveReportSubscription(input: ReportSubscriptionInput): Promise<ReportSubscription>;
  /** Deletes a report subscription this user manages (`NotFoundError` otherwise). */
  deleteReportSubscription(id: string): Promise<void>;
  /** Figures over the tickets this user may see. */
  aggregate(query: AggregateQuery): Promise<AggregateResult>;
  /** The history of a ticket this user may see, redacted for them. */
  history(ticketId: string): Promise<HistoryEvent[]>;
  /** Live events of the tickets this user may see, redacted for them; returns an unsubscribe function. */
  subscribe(listener: (event: RuntimeEvent) => void): () => void;
  /**
   * The same events read from the storage's event feed after a position (from the first when
   * `null`): a page of at most `limit` (default 100), redacted like `subscribe`. Events of tickets
   * the user may not see are left out, but the page's `cursor` still moves past them.
   */
  eventsSince(cursor: string | null, limit?: number): Promise<EventsPage>;
  /**
   * A published workflow version (the latest when `version` is absent), its texts in this user's
   * locale (see {@link ClientOptions.locale}); `versions` and drafts keep every variant.
   *
   * Whoever may publish the workflow gets all of it. Anyone else gets what they may read: the
   * fields some context of theirs shows (the start form when they may start it, the steps and the
   * finished tickets they can view as requester or desk side, with each field's `visible` rules
   * that decide without a ticket's data), the hidden fields' schemas, labels, options, layout
   * places, template values and step permissions left out with every rule expression that reads
   * them; and none of the internal configuration: no `title` or `permissions`, no edge
   * conditions, assignments, OLAs, approval fallbacks or sub-workflow mappings, SLA policies as
   * `{ id, name, targets }`, triggers and automations by `id` and `name` with empty `actions` and
   * `select`, automation steps with no actions.
   */
  getDefinition(key: string, version?: number): Promise<WorkflowDefinition>;
  /** Publishes a new version, when this user may publish this workflow key. */
  publish(def: LocalizedDefinition): Promise<{ key: string; version: number }>;
  /**
   * Every published version of a workflow, oldest first, with who published it and when (and
   * `restoredFrom` on a rollback). Only for whoever may publish the workflow (`PermissionError`).
   */
  versions(key: string): Promise<DefinitionRecord[]>;
  /**
   * What changed from version `from` to version `to` of a workflow (nodes, edges, fields,
   * permissions, SLA, triggers, automations), as `diffDefinitions` reports it. Publishers only.
   *
   * @example
   * ```ts
   * const diff = await client.diffVersions('access', 1, 2);
   * diff.changes.forEach((c) => console.log(c.kind, c.area, c.id));
   * ```
   */
  diffVersions(key: string, from: number, to: number): Promise<DefinitionDiff>;
  /**
   * Every workflow this user may publish (published, or only drafted), by key: its latest version
   * with who published it and when, and its draft. `PermissionError` when the runtime lets this
   * user publish nothing (the studio says why); the workflows of other owners are left out.
   *
   * @example
   * ```ts
   * for (const w of await client.studioWorkflows())
   *   console.log(w.key, w.latest?.version ?? 'unpublished', w.draft ? 'draft' : '');
   * ```
   */
  studioWorkflows(): Promise<StudioWorkflow[]>;
  /** The unpublished drafts of every workflow this user may publish, one per key. */
  listDrafts(): Promise<DraftRecord[]>;
  /** A workflow's draft (publishers only); `null` when it has none. */
  getDraft(key: string): Promise<DraftRecord | null>;
  /**
   * Saves a workflow's draft without publishing, shared with the workflow's other publishers.
   * `ConflictError` naming who saved when `expectedRevision` is given (`null`: no draft yet) and
   * someone saved since.
   *
   * @example
   * ```ts
   * const draft = await client.saveDraft(def, { expectedRevision: null });
   * await client.saveDraft(edited, { expectedRevision: draft.revision });
   * ```
   */
  saveDraft(
    def: LocalizedDefinition,
    options?: { expectedRevision?: number | null },
  ): Promise<DraftRecord>;
  /** Removes a workflow's draft (at `expectedRevision` when given); false when it had none. */
  discardDraft(key: string, options?: { expectedRevision?: number }): Promise<boolean>;
  /** Publishes an older version again as the newest (checked like `publish`). */
  rollback(key: string, version: number): Promise<{ key: string; version: number }>;
  /**
   * Moves running tickets of a workflow to another version with a step mapping (`dryRun`: only
   * reports what would happen to each ticket). Publishers of the workflow only.
   */
  migrateTickets(input: Omit<TicketMigrationInput, 'actor'>): Promise<TicketMigrationReport>;
  /**
   * This user's in-app inbox, newest first, with the unread count (`@deskkit/runtime/notify`
   * fills it; empty when the runtime runs without notifications).
   */
  notifications(query?: InboxQuery): Promise<InboxPage>;
  /** Marks notifications of this user read; returns how many were unread. */
  markNotificationsRead(ids: string[]): Promise<number>;
  /** Marks every notification of this user read; returns how many were unread. */
  markAllNotificationsRead(): Promise<number>;
  /** This user's own notification preferences (events left out follow the desk's defaults). */
  notificationPreferences(): Promise<NotificationPreferences>;
  /** Replaces this user's preferences (`ValidationError` naming a bad event or channel). */
  setNotificationPreferences(prefs: NotificationPreferences): Promise<NotificationPreferences>;
}

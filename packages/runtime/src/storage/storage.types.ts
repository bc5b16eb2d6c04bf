import type { LocalizedText } from '../definition/definition.types';
import type { WorkflowDefinition } from '../definition/definition.types';
import type { HistoryEvent, Ticket, Timer, WorkItem } from '../model/ticket.types';
import type {
  NotificationDelivery,
  NotificationLease,
  NotificationPage,
  NotificationQuery,
  NotificationRecord,
} from '../notify/notify.types';
import type {
  AggregateQuery,
  AggregateResult,
  TicketPage,
  TicketQuery,
  SearchSplit,
  TicketScope,
  WorkItemQuery,
} from '../query/query.types';

export interface DefinitionRecord {
  key: string;
  version: number;
  definition: WorkflowDefinition<LocalizedText>;
  publishedAt: string;
  publishedBy: string;
  /** Set when this version republished an older one (`runtime.rollback`): that version's number. */
  restoredFrom?: number;
}

/**
 * The unpublished draft of one workflow key: kept per key (one draft per workflow, shared by
 * everyone who may publish it), replaced on every save, never executed.
 */
export interface DraftRecord {
  key: string;
  /** +1 on every save, from 1: a save names the revision it replaces (compare-and-set). */
  revision: number;
  definition: WorkflowDefinition<LocalizedText>;
  savedAt: string;
  savedBy: string;
  /** The latest published version when the draft was saved (absent: the key was not published). */
  basedOn?: number;
}

/**
 * Everything one runtime command changes, committed atomically by the adapter.
 * Each ticket write carries the version it was read at (`null` to create): if any ticket's stored
 * version differs the whole commit is refused with a `ConflictError` and nothing is written.
 */
export interface Commit {
  /** Idempotency key: a commit whose request id was already applied is not applied again. */
  requestId?: string;
  tickets: Array<{ ticket: Ticket; expectedVersion: number | null }>;
  events: HistoryEvent[];
  workItems?: { upsert?: WorkItem[]; remove?: string[] };
  timers?: { schedule?: Timer[]; cancel?: string[] };
  /**
   * The transactional outbox: notifications the command caused, stored with it (all or nothing).
   * An id that is stored already is skipped. Adapters without the notification methods ignore it.
   */
  notifications?: NotificationRecord[];
}

/**
 * `duplicate`: a commit with this request id was applied before; `ticketIds` are the ids of the
 * tickets that earlier commit wrote, in its order (so a retried `startTicket` finds its ticket).
 */
export type CommitResult =
  { applied: true } | { applied: false; reason: 'duplicate'; ticketIds?: string[] };

/** A committed history event and its place in the storage's global event feed. */
export interface FeedEvent extends HistoryEvent {
  /**
   * Opaque cursor: where this event sits in the feed of every committed event, all tickets
   * together. Pass it back to `readEvents` to read what was committed after it.
   */
  position: string;
}

/** One page of the global event feed; `cursor` is where the next read starts. */
export interface FeedPage {
  events: FeedEvent[];
  /** The last event's position, or the `after` given when the page is empty. */
  cursor: string;
}

/** A claimed timer: the lease token must be presented to complete it. */
export interface TimerLease {
  timer: Timer;
  owner: string;
  leaseUntil: string;
}

/**
 * The storage contract. Implementations: `memoryStorage()`, `postgresStorage()`; hosts may bring
 * their own and check it with the conformance suite in `@deskkit/runtime/testing`.
 */
export interface StorageAdapter {
  /** Stores a new definition version; refuses (`ConflictError`) a key+version that exists. */
  saveDefinition(record: DefinitionRecord): Promise<void>;
  /** The given version, or the latest when `version` is absent; `null` when unknown. */
  getDefinition(key: string, version?: number): Promise<DefinitionRecord | null>;
  /**
   * Optional: the latest version number of `key` (`null` when unknown), without the record. The
   * runtime compiles each version once; with this it starts a ticket without reading the whole
   * definition again.
   */
  latestDefinitionVersion?(key: string): Promise<number | null>;
  /** The latest version of every workflow key. */
  listDefinitions(): Promise<DefinitionRecord[]>;
  listDefinitionVersions(key: string): Promise<DefinitionRecord[]>;

  /**
   * Stores a key's draft when its stored revision equals `expectedRevision` (`null`: no draft
   * stored); returns whether it was written. Optional for adapters brought by a host: the runtime's
   * drafts (`runtime.saveDraft`, ...) need it and `getDraft`, `listDrafts`, `deleteDraft`.
   */
  saveDraft?(draft: DraftRecord, expectedRevision: number | null): Promise<boolean>;
  /** A key's draft; `null` when it has none. */
  getDraft?(key: string): Promise<DraftRecord | null>;
  /** Every stored draft, by key. */
  listDrafts?(): Promise<DraftRecord[]>;
  /**
   * Removes a key's draft (only at `expectedRevision` when given); returns whether one was removed.
   */
  deleteDraft?(key: string, expectedRevision?: number): Promise<boolean>;

  getTicket(id: string): Promise<Ticket | null>;
  getTicketByNumber?(number: string): Promise<Ticket | null>;
  /**
   * A ticket with its open work items (ordered like `listWorkItems`) in one read, as a command
   * loads it; `null` when unknown. Optional: without it the runtime calls `getTicket` and
   * `listWorkItems`, one round trip more per command.
   */
  loadTicket?(id: string): Promise<{ ticket: Ticket; openItems: WorkItem[] } | null>;
  commit(commit: Commit): Promise<CommitResult>;
  history(ticketId: string): Promise<HistoryEvent[]>;
  /**
   * The global event feed: committed history events after the position `after` (from the first
   * when `null`), at most `limit`, in feed order. Once a position has been returned, no event is
   * ever inserted before it, so a reader that continues from its cursor misses nothing and sees
   * nothing twice, across processes and reconnects. A malformed `after` is a `ValidationError`.
   * Optional for adapters brought by a host: live events over HTTP (`@deskkit/server`) need it.
   */
  readEvents?(after: string | null, limit: number): Promise<FeedPage>;
  /** The feed's current end: reading after it returns only events committed later. */
  eventsHead?(): Promise<string>;
  /** Atomically increments and returns a named counter (ticket numbers, round-robin cursors). */
  nextSequence(name: string): Promise<number>;

  getWorkItem(id: string): Promise<WorkItem | null>;
  listWorkItems(query: WorkItemQuery): Promise<WorkItem[]>;
  /** Open work items held per user, for `leastLoaded`. */
  countOpenWorkItems(users: string[]): Promise<Record<string, number>>;

  /**
   * Claims up to `limit` timers due at `now` (the caller's clock) whose lease is free or expired,
   * leasing them to `owner` for `leaseMs`. Leases are taken and judged on the storage's own clock
   * (the database's), never the caller's, so processes whose clocks differ never take over a lease
   * that still runs. Two callers never hold the same timer at once.
   */
  claimDueTimers(now: Date, owner: string, leaseMs: number, limit: number): Promise<TimerLease[]>;
  /** Removes a fired timer; returns false when the lease was lost (another owner took it over). */
  completeTimer(id: string, owner: string): Promise<boolean>;
  /** Lists timers (for inspection and tests), optionally of one ticket. */
  listTimers(ticketId?: string): Promise<Timer[]>;

  /** Small keyed documents with compare-and-set (schedules' last run, settings). */
  getState<T = unknown>(key: string): Promise<{ value: T; version: number } | null>;
  /** Writes when the stored version equals `expectedVersion` (`null`: must not exist); returns success. */
  setState<T = unknown>(key: string, value: T, expectedVersion: number | null): Promise<boolean>;

  /**
   * A page of tickets; with `scope`, only tickets inside it (see `inScope`), also in `total`; with
   * `split` and search words, only that part of the matches ({@link SearchSplit}), also in `total`.
   */
  queryTickets(query: TicketQuery, scope?: TicketScope, split?: SearchSplit): Promise<TicketPage>;
  /** Group counts; with `scope`, over the tickets inside it only. */
  aggregateTickets(query: AggregateQuery, scope?: TicketScope): Promise<AggregateResult>;

  /**
   * The notification outbox (`@deskkit/runtime/notify`). Optional as a group: a host adapter
   * without them runs without notifications. Newest first; `position` orders entries.
   */
  listNotifications?(query: NotificationQuery): Promise<NotificationPage>;
  /** Unread entries of a user's inbox channel. */
  countUnreadNotifications?(recipient: string): Promise<number>;
  /** Marks the user's entries read (all of them when `ids` is `null`); returns how many changed. */
  markNotificationsRead?(recipient: string, ids: string[] | null, at: string): Promise<number>;
  /**
   * Claims up to `limit` pending entries due at `now` whose lease is free or expired, leased to
   * `owner` for `leaseMs` on the storage's clock, oldest first; two callers never hold one at once.
   */
  claimNotifications?(
    now: Date,
    owner: string,
    leaseMs: number,
    limit: number,
  ): Promise<NotificationLease[]>;
  /**
   * Records a delivery attempt and frees the lease; false when another owner claimed the entry
   * since (a lease that ran out still settles while nobody took it over: the owner is the fence).
   */
  settleNotification?(id: string, owner: string, delivery: NotificationDelivery): Promise<boolean>;
  /**
   * An admin's retry of a `dead` entry: pending again, due at `at`, attempts from 0 (channels
   * already delivered stay done); false when the entry is not dead (unknown, pending, delivered).
   */
  retryNotification?(id: string, at: string): Promise<boolean>;

  /** Releases connections (no-op for memory). */
  close?(): Promise<void>;
}

/**
 * What a notification is about. Each comes from the history events of one command:
 * - `assigned`: work was given to you; `queued`: work waits in a queue you may claim;
 * - `approvalRequested`: an approval waits for your decision;
 * - `urged`: someone urged work you hold (or, on the follow-up, work your report holds);
 * - `slaWarning` / `slaBreached`: a clock of a ticket you work on passed a threshold / its target;
 * - `mentioned`: `@you` in a comment;
 * - `statusChanged`: a ticket you raised or watch changed status;
 * - `resolved`: a ticket you raised was resolved (with the satisfaction request when it has one);
 * - `notice`: an automation's `notify` step.
 */
export type NotificationType =
  | 'assigned'
  | 'queued'
  | 'approvalRequested'
  | 'urged'
  | 'slaWarning'
  | 'slaBreached'
  | 'mentioned'
  | 'statusChanged'
  | 'resolved'
  | 'notice';

/**
 * What an outbox entry is: a ticket's {@link NotificationType}, or `report`, a scheduled dashboard
 * snapshot (`@deskkit/runtime/reports`): e-mail only, about no ticket (`ticketId` and
 * `ticketNumber` are empty), its e-mail written when it was staged (`mail`).
 */
export type OutboxEntryType = NotificationType | 'report';

/** Every {@link NotificationType}, in a stable order (filters, preference grids). */
export const NOTIFICATION_TYPES: readonly NotificationType[] = [
  'assigned',
  'queued',
  'approvalRequested',
  'urged',
  'slaWarning',
  'slaBreached',
  'mentioned',
  'statusChanged',
  'resolved',
  'notice',
];

/** Where a notification goes: the in-app inbox, an e-mail now, an e-mail digest, webhooks. */
export type NotificationChannel = 'inbox' | 'email' | 'digest' | 'webhook';

/** Delivery state of an outbox entry: `dead` after the last retry failed (admins see it). */
export type DeliveryState = 'pending' | 'delivered' | 'dead';

/**
 * One entry of the transactional outbox, committed in the same commit as the command that caused
 * it. With a `recipient` it is that user's notification (their inbox item, and their e-mail or
 * digest line); without one it is the desk-wide copy for outbound webhooks (`targets`).
 */
export interface NotificationRecord {
  /** Stable: `<history event id>:<type>:<recipient or "*">`, so a retried command adds none. */
  id: string;
  type: OutboxEntryType;
  recipient?: string;
  /** Channels this entry is delivered to, decided by preferences when it was committed. */
  channels: NotificationChannel[];
  /** Desk-wide entries: the users told (webhook payloads name them). */
  recipients?: string[];
  /** Webhook endpoint ids whose filter matched (desk-wide entries only). */
  targets?: string[];
  ticketId: string;
  ticketNumber: string;
  /** The ticket's title, when the recipient may see it. */
  title?: string;
  /** Who caused it (absent for the system: timers, SLA). */
  actor?: string;
  at: string;
  /** The history event it comes from. */
  eventId: string;
  /**
   * What the recipient may see of it: `{ from, to }` for a status change, `{ policy, target,
   * threshold, dueAt }` for SLA, `{ node }` for work, `{ comment }` for a mention on a public comment,
   * `{ survey: true }` when a resolution asks for satisfaction (with `surveyForm: true` when the
   * workflow's survey is a form of its own rather than the 1–5 rating), `{ message }` for a notice.
   */
  detail?: Record<string, string | number | boolean>;
  /**
   * The e-mail as written when the entry was staged (a report snapshot, figures as of its run):
   * sent as is, to the recipient's address, in place of the ticket template.
   */
  mail?: NotificationMail;
  /** When the recipient read it in the inbox. */
  readAt?: string;
  delivery: NotificationDelivery;
  /** Opaque position in the storage's outbox (newest last): the inbox pages by it. */
  position?: string;
}

/** A file attached to an e-mail; its bytes in base64, so an outbox entry keeps it as JSON. */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** The file's bytes, base64-encoded. */
  content: string;
}

/** An e-mail written when its outbox entry was staged: an `EmailMessage` without its `to`. */
export interface NotificationMail {
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  attachments?: EmailAttachment[];
}

/** Where an outbox entry stands in its delivery. */
export interface NotificationDelivery {
  state: DeliveryState;
  /** Failed attempts so far. */
  attempts: number;
  /** Not claimed before this instant (backoff, digest windows). */
  nextAttemptAt: string;
  /** Channel targets delivered so far (`email`, `webhook:<endpoint>`): a retry skips them. */
  done?: string[];
  lastError?: string;
  deliveredAt?: string;
}

/** A claimed outbox entry: settle it with the same owner before `leaseUntil`. */
export interface NotificationLease {
  notification: NotificationRecord;
  owner: string;
  leaseUntil: string;
}

/** Reads of the outbox: one user's inbox, or (admins) entries in a delivery state. */
export interface NotificationQuery {
  recipient?: string;
  /** Only entries the recipient keeps in the inbox channel. */
  inbox?: boolean;
  unread?: boolean;
  state?: DeliveryState[];
  /** Entries older than this position (newest first paging). */
  before?: string;
  /** Default 50, at most 500. */
  limit?: number;
}

/** One page of notifications, newest first. */
export interface NotificationPage {
  notifications: NotificationRecord[];
  /** Pass as `before` for the next (older) page; absent on the last page. */
  next?: string;
}

/** A notification as its recipient reads it in the inbox (no delivery internals). */
export type InboxNotification = Omit<
  NotificationRecord,
  'delivery' | 'targets' | 'channels' | 'recipients' | 'mail' | 'type'
> & {
  /** Report snapshots are e-mail only: the inbox holds the notifications of tickets. */
  type: NotificationType;
};

/** A page of the inbox, newest first. */
export interface InboxPage {
  notifications: InboxNotification[];
  /** Unread notifications in the whole inbox. */
  unread: number;
  /** Pass as `before` for older ones; absent on the last page. */
  next?: string;
}

/** What `DeskClient.notifications` reads. */
export interface InboxQuery {
  unread?: boolean;
  before?: string;
  /** Default 50, at most 500. */
  limit?: number;
}

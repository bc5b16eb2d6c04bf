import type { ActionName, SlaTarget, TicketStatus } from '../definition/definition.types';

/** A running clock of an SLA policy or a node's OLA, as stored on the ticket. */
export interface SlaClock {
  policy: string;
  target: SlaTarget | 'ola';
  /** For OLA clocks: the node the clock belongs to. */
  nodeId?: string;
  /**
   * `cancelled`: stopped by the policy's cancel condition, the ticket's cancellation or (OLA) the
   * cancellation of the step's parallel branch; it stays on the ticket with `cancelledAt`.
   */
  state: 'running' | 'paused' | 'met' | 'breached' | 'cancelled';
  dueAt: string;
  /** When a `cancelled` clock was cancelled. */
  cancelledAt?: string;
  /** Working milliseconds elapsed and remaining (negative past breach). */
  elapsedMs?: number;
  remainingMs?: number;
  /** Elapsed share of the target, in percent. */
  percent?: number;
  /** Highest warning threshold passed, in percent. */
  warned?: number;
}

/** How two tickets are related; each type has a back-link type on the other ticket. */
export type LinkType =
  | 'relates'
  | 'duplicates'
  | 'duplicatedBy'
  | 'causedBy'
  | 'causes'
  | 'blocks'
  | 'blockedBy'
  | 'parent'
  | 'child';

/** A typed link to another ticket (its back-link is on the other ticket). */
export interface TicketLink {
  type: LinkType;
  ticketId: string;
  number?: string;
}

/** A requester's answer to a satisfaction survey. */
export interface Satisfaction {
  /** 1–5, when the survey has a `rating` field. */
  rating?: number;
  comment?: string;
  /** The answers of a survey with a form of its own. */
  answers?: Record<string, unknown>;
  at: string;
  /** Whoever held the last work before resolution (for reports by agent). */
  agent?: string;
  group?: string;
}

/**
 * Facts about how a ticket was handled, kept by the engine as the ticket changes so that reports
 * (`aggregate` measures) read them without replaying history. Durations are milliseconds from
 * creation: wall time, and working time on the calendar of the ticket's SLA policy (wall time when
 * no policy names a calendar).
 */
export interface TicketStats {
  /** The workflow's service catalog path, its levels joined with " / ". */
  catalog?: string;
  /** The requester's department when the ticket was created. */
  department?: string;
  /** The calendar working times are measured on (absent: 24x7). */
  calendar?: string;
  /** The first action by someone other than the requester (as the SLA response clock counts it). */
  respondedAt?: string;
  responseMs?: number;
  responseWorkMs?: number;
  /** When the ticket reached `resolved` (or `closed` without resolving first); cleared by a reopen. */
  resolvedAt?: string;
  resolveMs?: number;
  resolveWorkMs?: number;
  /** When the ticket left the backlog (resolved, closed, rejected or cancelled); cleared by a reopen. */
  endedAt?: string;
  /** The first and the latest agent who worked a step (approvals, comments and follows aside). */
  firstAgent?: string;
  agent?: string;
  /** The work changed hands: reassigned, delegated, or worked by a second agent. */
  handedOff?: boolean;
  /** Resolved by its first agent, never handed off nor reopened (set at resolution). */
  firstContact?: boolean;
  /** A satisfaction survey was offered: the ticket was resolved on a workflow with a survey. */
  surveyed?: boolean;
}

/** Per approval node: who has decided so far. */
export interface ApprovalState {
  approvers: string[];
  decisions: Array<{
    user: string;
    decision: 'approved' | 'rejected';
    at: string;
    comment?: string;
  }>;
  /** `sequential`: index of the approver whose turn it is. */
  turn?: number;
  /** Approvers added with `addApprover`: each must approve as well (countersign). */
  countersigners?: string[];
}

/** A path of execution through the graph (parallel branches have one token each). */
export interface Token {
  id: string;
  nodeId: string;
  enteredAt: string;
  /** Tokens from the same split share this id; joins wait for every branch of it. */
  branch?: string;
  /** The edge this token arrived by (joins count arrivals per incoming edge). */
  via?: string;
  /** Someone other than the requester has acted at this step since it was entered (ends `recall`). */
  acted?: boolean;
}

export interface Ticket {
  id: string;
  /** `CHG-20261123-0001` */
  number: string;
  workflow: { key: string; version: number };
  title?: string;
  status: TicketStatus;
  data: Record<string, unknown>;
  /** Node ids in progress. */
  active: string[];
  /** Optimistic concurrency version, +1 per committed command. */
  version: number;
  requester: string;
  priority?: string;
  createdAt: string;
  updatedAt: string;
  resolvedAt?: string;
  closedAt?: string;
  parent?: { ticketId: string; nodeId: string };
  children: string[];
  sla: SlaClock[];
  /** Execution state: one token per active path. */
  tokens: Token[];
  approvals: Record<string, ApprovalState>;
  /** Users currently assigned to open work items (denormalised for search). */
  assignees: string[];
  /** Node ids visited in order (for rollback to "previous"). */
  trail: string[];
  /** The group the current work is assigned to, when the assignment names one (for dashboards). */
  group?: string;
  /** Typed links to other tickets (relates, duplicates, causedBy, blocks, parent/child, ...). */
  links?: TicketLink[];
  /** How a closed ticket ended when not by its workflow: `merged` into another. */
  resolution?: string;
  /** How often the requester reopened it. */
  reopenCount?: number;
  /** The requester's answer to the workflow's survey. */
  satisfaction?: Satisfaction;
  /** Handling facts for reports (see {@link TicketStats}). */
  stats?: TicketStats;
  /** `seq` of the ticket's last history event; the next event gets `historySeq + 1`. */
  historySeq?: number;
  /** Users who follow the ticket (CC at start, `watch` / `unwatch`): they see it, not its work notes. */
  watchers?: string[];
  /**
   * Everyone the ticket is visible to by their part in it, kept by the engine for scoped queries:
   * the requester, watchers, and whoever holds, held or was a candidate for its work or approves it.
   */
  participants?: string[];
}

export interface WorkItem {
  id: string;
  ticketId: string;
  nodeId: string;
  /** The user who holds it; absent while it waits in a shared queue to be claimed. */
  assignee?: string;
  /** Users who may claim or act on it. */
  candidates?: string[];
  state: 'open' | 'done' | 'cancelled';
  kind: 'task' | 'approval';
  createdAt: string;
  ticketNumber?: string;
  workflowKey?: string;
  /** The step's name, in the definition's default locale. */
  nodeName?: string;
  /**
   * Every variant of a step name written per locale, kept so that `runtime.client(actor)` can
   * answer `nodeName` in the reader's locale (it never answers this field itself).
   */
  nodeNames?: Record<string, string>;
  /** Denormalised for queues: the ticket's title and priority. */
  title?: string;
  priority?: string;
  /** When the assignee was delegated to by out-of-office rules, the original user. */
  delegatedFrom?: string;
  /** A shared queue (`claim` strategy): a candidate must claim it before acting on it. */
  queue?: boolean;
  /** The token (path of execution) this item belongs to. */
  tokenId?: string;
  /** When the item was last urged (rate limit of `urge`). */
  urgedAt?: string;
  /** When the item was completed or cancelled. */
  closedAt?: string;
  /** The action that completed it (`submit`, `approve`, ...). */
  outcome?: string;
}

export type HistoryEventType =
  | 'created'
  | 'entered'
  | 'left'
  | 'assigned'
  | 'action'
  | 'statusChanged'
  | 'fieldsChanged'
  | 'slaWarning'
  | 'slaBreached'
  | 'slaMet'
  | 'timerFired'
  | 'automation'
  | 'childStarted'
  | 'childFinished'
  | 'notified'
  /** A form rule failed while a command evaluated it: its field was hidden and read-only. */
  | 'ruleFailed'
  | 'linked'
  | 'unlinked'
  /** An admin moved the ticket to another version of its workflow (`runtime.migrateTickets`). */
  | 'migrated';

/**
 * A file attached to a comment: the metadata the host's upload returned (the file itself lives in
 * the host's store). It shows wherever its comment shows: a work note's attachments are the desk's.
 */
export interface CommentAttachment {
  id: string;
  name: string;
  size?: number;
  type?: string;
  url?: string;
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface HistoryEvent {
  id: string;
  ticketId: string;
  /** Position in the ticket's history, from 1. */
  seq: number;
  at: string;
  type: HistoryEventType;
  actor?: string;
  nodeId?: string;
  action?: ActionName;
  outcome?: string;
  changes?: FieldChange[];
  comment?: string;
  /** The reason given with an action (`hold`, `reject`, `reopen`, ...). */
  reason?: string;
  /** Files attached to the comment. */
  attachments?: CommentAttachment[];
  /** A work note (`comment` with `internal: true`): seen by the desk side only, never by the requester or watchers. */
  internal?: boolean;
  /** Event-specific details (assignees, previous status, SLA policy, ...). */
  detail?: Record<string, unknown>;
  /** The idempotency key of the command that appended this event. */
  requestId?: string;
}

export type TimerKind =
  | 'timerNode'
  | 'slaWarning'
  | 'slaBreach'
  | 'urge'
  | 'autoClose'
  | 'schedule'
  | 'automation'
  | (string & {});

/** Due work persisted through the storage adapter and fired by `runtime.tick`. */
export interface Timer {
  id: string;
  kind: TimerKind;
  dueAt: string;
  ticketId?: string;
  payload: Record<string, unknown>;
}

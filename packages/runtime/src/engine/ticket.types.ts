import type { ActionName, SlaTarget, TicketStatus } from '../definition/definition.types';

/** A running clock of an SLA policy or a node's OLA, as stored on the ticket. */
export interface SlaClock {
  policy: string;
  target: SlaTarget | 'ola';
  /** For OLA clocks: the node the clock belongs to. */
  nodeId?: string;
  state: 'running' | 'paused' | 'met' | 'breached';
  dueAt: string;
  /** Working milliseconds elapsed and remaining (negative past breach). */
  elapsedMs?: number;
  remainingMs?: number;
  /** Elapsed share of the target, in percent. */
  percent?: number;
  /** Highest warning threshold passed, in percent. */
  warned?: number;
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
}

/** A path of execution through the graph (parallel branches have one token each). */
export interface Token {
  id: string;
  nodeId: string;
  enteredAt: string;
  /** Tokens from the same split share this id; joins wait for every branch of it. */
  branch?: string;
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
  nodeName?: string;
  /** Denormalised for queues: the ticket's title and priority. */
  title?: string;
  priority?: string;
  /** When the assignee was delegated to by out-of-office rules, the original user. */
  delegatedFrom?: string;
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
  | 'notified';

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
  /** Event-specific details (assignees, previous status, SLA policy, ...). */
  detail?: Record<string, unknown>;
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

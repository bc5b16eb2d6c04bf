import type { TicketStatus } from '../definition/definition.types';
import type { FieldChange, HistoryEvent } from '../model/ticket.types';
import { asRecord } from '../definition/issues';
import { parseIso } from './iso';
import type { SlaSnapshot } from './sla.types';

const STATUSES = new Set<TicketStatus>([
  'open',
  'pending',
  'resolved',
  'closed',
  'rejected',
  'cancelled',
]);
/** Automation actions whose `priority` change is the ticket's priority, not a form field. */
const PRIORITY_ACTIONS = new Set(['setPriority', 'raisePriority']);

/** History sorted by `seq` (the input is returned as is when already sorted). */
export function orderedHistory(history: readonly HistoryEvent[]): readonly HistoryEvent[] {
  for (let i = 1; i < history.length; i++) {
    if (history[i]!.seq < history[i - 1]!.seq) return [...history].sort((a, b) => a.seq - b.seq);
  }
  return history;
}

/** Options of {@link replaySnapshots}. */
export interface ReplayOptions {
  /** The requester; the `created` event's actor (or `detail.requester`) by default. */
  requester?: string;
  /**
   * The ticket's data now. Values the history does not carry (a template's pre-filled fields) are
   * recovered by undoing the recorded changes from here back to creation.
   */
  data?: Record<string, unknown>;
  /** The ticket's priority now (recovered the same way). */
  priority?: string;
}

const isPriorityChange = (event: HistoryEvent) =>
  event.type === 'fieldsChanged' && PRIORITY_ACTIONS.has(String(event.detail?.type));

function undo(target: Record<string, unknown>, changes: readonly FieldChange[]): void {
  for (let i = changes.length - 1; i >= 0; i--) {
    const { field, from } = changes[i]!;
    if (from === null || from === undefined) delete target[field];
    else target[field] = from;
  }
}

/** The data and priority at creation, recovered from the values now and the recorded changes. */
function initialState(events: readonly HistoryEvent[], options: ReplayOptions) {
  const data = { ...options.data };
  let priority = options.priority;
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (!event.changes?.length) continue;
    if (isPriorityChange(event)) {
      for (const c of event.changes)
        if (c.field === 'priority') priority = (c.from ?? undefined) as string | undefined;
    } else {
      undo(data, event.changes);
    }
  }
  return { data, priority };
}

/**
 * Rebuilds the ticket's status, data, priority and active steps after each history event, from the
 * history alone (plus, optionally, the ticket's values now), so SLA conditions can be replayed.
 * Reads `created` (`detail.data`, `changes`), `fieldsChanged` (and any event's `changes`; those of
 * `setPriority`/`raisePriority` automations set the priority), `statusChanged` (`detail.to`) and
 * `entered`/`left` (`nodeId`).
 *
 * @example
 * ```ts
 * const snapshots = replaySnapshots(await runtime.history(ticket.id), { data: ticket.data });
 * snapshots.at(-1)?.status; // 'pending'
 * ```
 */
export function replaySnapshots(
  history: readonly HistoryEvent[],
  options: ReplayOptions = {},
): SlaSnapshot[] {
  const events = orderedHistory(history);
  const out: SlaSnapshot[] = new Array(events.length);
  let status: TicketStatus = 'open';
  let { data, priority } =
    options.data || options.priority !== undefined
      ? initialState(events, options)
      : { data: {} as Record<string, unknown>, priority: undefined as string | undefined };
  let active: string[] = [];
  let who = options.requester;
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    const detail = event.detail;
    if (event.type === 'created') {
      if (who === undefined)
        who = typeof detail?.requester === 'string' ? detail.requester : event.actor;
      data = { ...data, ...asRecord(detail?.data) };
    }
    if (event.changes && event.changes.length > 0) {
      if (isPriorityChange(event)) {
        for (const c of event.changes)
          if (c.field === 'priority') priority = (c.to ?? undefined) as string | undefined;
      } else {
        data = { ...data };
        for (const change of event.changes) {
          if (change.to === null || change.to === undefined) delete data[change.field];
          else data[change.field] = change.to;
        }
      }
    }
    if (event.type === 'statusChanged') {
      const to = detail?.to;
      if (typeof to === 'string' && STATUSES.has(to as TicketStatus)) status = to as TicketStatus;
    } else if (event.type === 'entered' && event.nodeId && !active.includes(event.nodeId)) {
      active = [...active, event.nodeId];
    } else if (event.type === 'left' && event.nodeId) {
      const left = event.nodeId;
      const next: string[] = [];
      for (const id of active) if (id !== left) next.push(id);
      active = next;
    }
    const snapshot: SlaSnapshot = {
      index,
      event,
      at: parseIso(event.at),
      status,
      data,
      // Always present, so every snapshot has the same shape (faster property access).
      priority,
      requester: who,
      active,
    };
    out[index] = snapshot;
  }
  return out;
}

import type { TicketStatus } from '../definition/definition.types';
import type { HistoryEvent } from '../engine/ticket.types';
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** History sorted by `seq` (the input is returned as is when already sorted). */
export function orderedHistory(history: readonly HistoryEvent[]): readonly HistoryEvent[] {
  for (let i = 1; i < history.length; i++) {
    if (history[i]!.seq < history[i - 1]!.seq) return [...history].sort((a, b) => a.seq - b.seq);
  }
  return history;
}

/**
 * Rebuilds the ticket's status, data and active steps after each history event, from the history
 * alone, so SLA conditions can be replayed. Reads `created` (`detail.data`, `detail.status`,
 * `changes`), `fieldsChanged` (and any event's `changes`), `statusChanged` (`detail.to`) and
 * `entered`/`left` (`nodeId`).
 *
 * @example
 * ```ts
 * const snapshots = replaySnapshots(await runtime.history(ticket.id));
 * snapshots.at(-1)?.status; // 'pending'
 * ```
 */
export function replaySnapshots(
  history: readonly HistoryEvent[],
  requester?: string,
): SlaSnapshot[] {
  const events = orderedHistory(history);
  const out: SlaSnapshot[] = new Array(events.length);
  let status: TicketStatus = 'open';
  let data: Record<string, unknown> = {};
  let active: string[] = [];
  let who = requester;
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    const detail = event.detail;
    if (event.type === 'created') {
      if (who === undefined)
        who = typeof detail?.requester === 'string' ? detail.requester : event.actor;
      if (isRecord(detail?.data)) data = { ...detail.data };
      if (typeof detail?.status === 'string' && STATUSES.has(detail.status as TicketStatus)) {
        status = detail.status as TicketStatus;
      }
    }
    if (event.changes && event.changes.length > 0) {
      data = { ...data };
      for (const change of event.changes) data[change.field] = change.to;
    }
    if (event.type === 'statusChanged') {
      const to = detail?.to;
      if (typeof to === 'string' && STATUSES.has(to as TicketStatus)) status = to as TicketStatus;
    } else if (event.type === 'entered' && event.nodeId && !active.includes(event.nodeId)) {
      active = [...active, event.nodeId];
    } else if (event.type === 'left' && event.nodeId) {
      active = active.filter((id) => id !== event.nodeId);
    }
    out[index] = { index, event, at: parseIso(event.at), status, data, requester: who, active };
  }
  return out;
}

import type { HistoryEvent } from '../model/ticket.types';

/** Builds a ticket history for tests: each call appends one event at an ISO time. */
export function historyOf(ticketId = 't1') {
  const events: HistoryEvent[] = [];
  const push = (at: string, event: Omit<HistoryEvent, 'id' | 'ticketId' | 'seq' | 'at'>) => {
    const seq = events.length + 1;
    events.push({
      id: `${ticketId}-${seq}`,
      ticketId,
      seq,
      at: new Date(at).toISOString(),
      ...event,
    });
    return api;
  };
  const api = {
    events,
    created: (at: string, requester = 'ann', data: Record<string, unknown> = {}) =>
      push(at, { type: 'created', actor: requester, detail: { data } }),
    action: (at: string, actor: string, action: HistoryEvent['action'] = 'comment') =>
      push(at, { type: 'action', actor, action }),
    status: (at: string, from: string, to: string) =>
      push(at, { type: 'statusChanged', detail: { from, to } }),
    fields: (at: string, changes: Record<string, unknown>) =>
      push(at, {
        type: 'fieldsChanged',
        changes: Object.entries(changes).map(([field, to]) => ({ field, from: undefined, to })),
      }),
    entered: (at: string, nodeId: string) => push(at, { type: 'entered', nodeId }),
    left: (at: string, nodeId: string) => push(at, { type: 'left', nodeId }),
  };
  return api;
}

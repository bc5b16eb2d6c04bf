import type { WorkflowDefinition } from '../definition/definition.types';
import type { HistoryEvent, Ticket, Timer, WorkItem } from '../model/ticket.types';
import type { DefinitionRecord } from '../storage/storage.types';

let n = 0;
/** A unique id for fixtures (adapters under test may share one database between tests). */
export function uid(prefix: string): string {
  n += 1;
  return `${prefix}-${Date.now().toString(36)}-${n}-${Math.random().toString(36).slice(2, 8)}`;
}

export function definitionRecord(key: string, version: number): DefinitionRecord {
  const definition: WorkflowDefinition = {
    schemaVersion: 1,
    key,
    name: `Workflow ${key}`,
    form: { schema: { type: 'object', properties: { title: { type: 'string' } } } },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'end', type: 'end' },
    ],
    edges: [{ id: 'e1', from: 'start', to: 'end' }],
  };
  return { key, version, definition, publishedAt: new Date().toISOString(), publishedBy: 'admin' };
}

export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  const id = overrides.id ?? uid('t');
  const now = '2026-11-23T10:00:00.000Z';
  return {
    id,
    number: `TST-20261123-${id.slice(-6)}`,
    workflow: { key: 'conformance', version: 1 },
    status: 'open',
    data: {},
    active: ['review'],
    version: 1,
    requester: 'ann',
    createdAt: now,
    updatedAt: now,
    children: [],
    sla: [],
    tokens: [],
    approvals: {},
    assignees: [],
    trail: ['start', 'review'],
    ...overrides,
  };
}

export function event(
  ticketId: string,
  seq: number,
  overrides: Partial<HistoryEvent> = {},
): HistoryEvent {
  return {
    id: uid('ev'),
    ticketId,
    seq,
    at: '2026-11-23T10:00:00.000Z',
    type: 'entered',
    nodeId: 'review',
    ...overrides,
  };
}

export function workItem(ticketId: string, overrides: Partial<WorkItem> = {}): WorkItem {
  return {
    id: uid('wi'),
    ticketId,
    nodeId: 'review',
    state: 'open',
    kind: 'task',
    createdAt: '2026-11-23T10:00:00.000Z',
    ...overrides,
  };
}

export function timer(dueAt: string, overrides: Partial<Timer> = {}): Timer {
  return { id: uid('tm'), kind: 'timerNode', dueAt, payload: {}, ...overrides };
}

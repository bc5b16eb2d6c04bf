import type { LocalizedText } from '../definition/definition.types';
import type {
  ActionName,
  NodeDefinition,
  NodeType,
  TicketStatus,
} from '../definition/definition.types';
import { ActionNotAllowedError, PermissionError } from '../errors/errors';
import type { StagedTicket } from './engine.types';
import type { Token, WorkItem } from '../model/ticket.types';

/**
 * Actions allowed at a step when its `actions` list is absent. A node that lists `actions` allows
 * exactly those.
 */
export const DEFAULT_NODE_ACTIONS: Readonly<Record<NodeType, readonly ActionName[]>> = {
  start: ['submit', 'update', 'comment', 'cancel'],
  task: [
    'submit',
    'update',
    'comment',
    'reassign',
    'delegate',
    'claim',
    'release',
    'rollback',
    'hold',
    'resume',
    'urge',
    'recall',
    'cancel',
  ],
  approval: [
    'approve',
    'reject',
    'comment',
    'reassign',
    'delegate',
    'claim',
    'release',
    'rollback',
    'addApprover',
    'hold',
    'resume',
    'urge',
    'recall',
    'cancel',
  ],
  subworkflow: ['comment', 'cancel'],
  timer: ['comment', 'cancel'],
  automation: [],
  exclusive: [],
  parallel: [],
  end: [],
};

/** What may happen to a ticket that no longer waits at any step. */
export const FINISHED_ACTIONS: Readonly<Partial<Record<TicketStatus, readonly ActionName[]>>> = {
  resolved: ['close', 'comment', 'reopen', 'rate'],
  closed: ['comment', 'rate'],
  rejected: ['comment'],
  cancelled: ['comment'],
};

/** Actions still possible while a ticket is on hold (`pending`). */
export const ON_HOLD_ACTIONS: ReadonlySet<ActionName> = new Set([
  'resume',
  'comment',
  'urge',
  'cancel',
]);

/** Following a ticket: open to whoever sees it, in any state, whatever its steps list. */
export const WATCH_ACTIONS: ReadonlySet<ActionName> = new Set(['watch', 'unwatch']);

/** Actions that carry form data. */
export const DATA_ACTIONS: ReadonlySet<ActionName> = new Set([
  'submit',
  'approve',
  'reject',
  'update',
  'rate',
]);

export function nodeActions(node: NodeDefinition<LocalizedText>): readonly ActionName[] {
  return node.actions ?? DEFAULT_NODE_ACTIONS[node.type];
}

/** The nodes with a token right now (a join's waiting tokens included). */
export function activeNodes(s: StagedTicket): NodeDefinition<LocalizedText>[] {
  const seen = new Set<string>();
  const out: NodeDefinition<LocalizedText>[] = [];
  for (const t of s.ticket.tokens) {
    if (seen.has(t.nodeId)) continue;
    seen.add(t.nodeId);
    const n = s.wf.nodes.get(t.nodeId);
    if (n) out.push(n);
  }
  return out;
}

/** Whether any active step of the ticket allows an action (or, finished, the ticket does). */
export function allowedOnTicket(s: StagedTicket, action: ActionName): boolean {
  if (!s.ticket.tokens.length) return !!FINISHED_ACTIONS[s.ticket.status]?.includes(action);
  return activeNodes(s).some((n) => nodeActions(n).includes(action));
}

export function stepNames(s: StagedTicket): string {
  const names = activeNodes(s).map((n) => s.wf.label(n.id));
  return names.length
    ? `step${names.length > 1 ? 's' : ''} ${names.join(', ')}`
    : `status "${s.ticket.status}"`;
}

export function notAvailable(
  s: StagedTicket,
  action: ActionName,
  why?: string,
): ActionNotAllowedError {
  return new ActionNotAllowedError(
    `"${action}" is not available on ticket ${s.ticket.number} at ${stepNames(s)}${why ? `: ${why}` : ''}.`,
  );
}

/** Refuses an action no active step allows. */
export function requireAllowed(s: StagedTicket, action: ActionName): void {
  if (!allowedOnTicket(s, action)) throw notAvailable(s, action);
}

/**
 * Finds the open work item an action applies to: the one named by `workItemId`, else the first
 * item at a step allowing the action that `qualifies` for the actor. Refuses with
 * ActionNotAllowedError when no active step allows the action, PermissionError when the actor is
 * not the one who may take it.
 */
export function pickItem(
  s: StagedTicket,
  open: WorkItem[],
  action: ActionName,
  actor: string,
  qualifies: (w: WorkItem) => boolean,
  workItemId?: string,
): { item: WorkItem; token: Token; node: NodeDefinition<LocalizedText> } {
  const allowed = (w: WorkItem) => {
    const n = s.wf.nodes.get(w.nodeId);
    return !!n && nodeActions(n).includes(action);
  };
  let item: WorkItem | undefined;
  if (workItemId !== undefined) {
    item = open.find((w) => w.id === workItemId);
    if (!item) throw notAvailable(s, action, `work item "${workItemId}" is not open on it`);
    if (!allowed(item))
      throw notAvailable(s, action, `step ${s.wf.label(item.nodeId)} does not allow it`);
    if (!qualifies(item)) throw denied(s, action, actor, [item]);
  } else {
    const candidates = open.filter(allowed);
    if (!candidates.length) throw notAvailable(s, action);
    item = candidates.find(qualifies);
    if (!item) throw denied(s, action, actor, candidates);
  }
  const token =
    s.ticket.tokens.find((t) => t.id === item.tokenId) ??
    s.ticket.tokens.find((t) => t.nodeId === item.nodeId);
  if (!token)
    throw notAvailable(s, action, `work item "${item.id}" no longer belongs to an active step`);
  return { item, token, node: s.wf.node(item.nodeId) };
}

function holders(w: WorkItem): string {
  if (w.assignee !== undefined) return w.assignee;
  const c = w.candidates ?? [];
  return `${w.queue ? 'the queue of ' : ''}${c.slice(0, 5).join(', ')}${c.length > 5 ? ', …' : ''}`;
}

export function denied(
  s: StagedTicket,
  action: ActionName,
  actor: string,
  items: WorkItem[],
): PermissionError {
  const first = items[0];
  const where = first ? ` at step ${s.wf.label(first.nodeId)}` : '';
  const who = items.map(holders).join('; ');
  return new PermissionError(
    `${actor} may not ${action} ticket ${s.ticket.number}${where}${who ? `: the work is with ${who}` : ''}.`,
  );
}

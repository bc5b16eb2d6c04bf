import type { LocalizedText } from '../definition/definition.types';
import type { NodeDefinition } from '../definition/definition.types';
import type { AssignmentResult } from './assignment';
import type { CommandContext, StagedTicket } from './engine.types';
import { newId } from './ids';
import type { Token, WorkItem } from '../model/ticket.types';
import type { CompiledWorkflow } from './workflow';

/** A work item's denormalised step name: the default variant, and every variant when localized. */
export function nodeNamesOf(
  wf: CompiledWorkflow,
  node: NodeDefinition<LocalizedText>,
): Pick<WorkItem, 'nodeName' | 'nodeNames'> {
  if (node.name === undefined) return {};
  const nodeName = wf.text(node.name);
  return typeof node.name === 'string' ? { nodeName } : { nodeName, nodeNames: { ...node.name } };
}

/** Creates an open work item at a node for a token and records who got it. */
export function openItem(
  ctx: CommandContext,
  s: StagedTicket,
  node: NodeDefinition<LocalizedText>,
  token: Token,
  kind: WorkItem['kind'],
  who: AssignmentResult,
): WorkItem {
  const item: WorkItem = {
    id: newId(),
    ticketId: s.ticket.id,
    nodeId: node.id,
    state: 'open',
    kind,
    createdAt: ctx.at,
    candidates: who.candidates,
    ticketNumber: s.ticket.number,
    workflowKey: s.wf.key,
    tokenId: token.id,
  };
  if (who.assignee !== undefined) item.assignee = who.assignee;
  if (who.queue) item.queue = true;
  if (who.delegatedFrom !== undefined) item.delegatedFrom = who.delegatedFrom;
  Object.assign(item, nodeNamesOf(s.wf, node));
  if (s.ticket.title !== undefined) item.title = s.ticket.title;
  if (s.ticket.priority !== undefined) item.priority = s.ticket.priority;
  if (who.group !== undefined) s.ticket.group = who.group;
  ctx.putItem(s, item);
  const detail: Record<string, unknown> = { workItem: item.id, candidates: who.candidates };
  if (who.assignee !== undefined) detail.assignee = who.assignee;
  if (who.delegatedFrom !== undefined) detail.delegatedFrom = who.delegatedFrom;
  if (who.delegations !== undefined) detail.delegations = who.delegations;
  if (who.queue) detail.queue = true;
  ctx.emit(s, { type: 'assigned', nodeId: node.id, detail });
  return item;
}

/** Marks an item done (with the action that completed it) or cancelled. */
export function closeItem(
  ctx: CommandContext,
  s: StagedTicket,
  item: WorkItem,
  state: 'done' | 'cancelled',
  outcome?: string,
): void {
  const closed: WorkItem = { ...item, state, closedAt: ctx.at };
  if (outcome !== undefined) closed.outcome = outcome;
  ctx.putItem(s, closed);
}

/** Cancels every open item of a token (the path left the step). */
export async function cancelTokenItems(
  ctx: CommandContext,
  s: StagedTicket,
  tokenId: string,
): Promise<void> {
  for (const w of await ctx.openItems(s))
    if (w.tokenId === tokenId) closeItem(ctx, s, w, 'cancelled');
}

/**
 * Whether a user may act on an item now: its assignee, or, when nobody holds it and it is not a
 * claim queue, any of its candidates.
 */
export function canWork(item: WorkItem, user: string): boolean {
  if (item.state !== 'open') return false;
  if (item.assignee !== undefined) return item.assignee === user;
  return !item.queue && !!item.candidates?.includes(user);
}

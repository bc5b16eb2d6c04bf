import { ticketContext } from './requester';
import type {
  EdgeDefinition,
  LocalizedText,
  NodeDefinition,
  TicketStatus,
} from '../definition/definition.types';
import { ActionNotAllowedError, DefinitionError } from '../errors/errors';
import { evaluateCondition } from '../expressions/evaluate';
import { enterApproval } from './approval';
import { resolveAssignment } from './assignment';
import type { CommandContext, StagedTicket } from './engine.types';
import { newId } from './ids';
import { cancelTokenItems, closeItem, openItem } from './items';
import type { Token } from '../model/ticket.types';
import { enterTimer, timerNodeId } from './timerNode';

/** Node entries one command may make before the engine assumes the graph loops without waiting. */
const MAX_STEPS = 1000;
const steps = new WeakMap<CommandContext, number>();

/** Ticket statuses after which nothing moves any more. */
export const FINAL_STATUSES: ReadonlySet<TicketStatus> = new Set([
  'resolved',
  'closed',
  'rejected',
  'cancelled',
]);

/** Steps where a token waits for people: work items live here. */
export function isUserStep(node: NodeDefinition<LocalizedText>): boolean {
  return node.type === 'task' || node.type === 'approval' || node.type === 'start';
}

export { expressionContext } from './requester';

async function firstMatching(
  ctx: CommandContext,
  s: StagedTicket,
  edges: EdgeDefinition<LocalizedText>[],
): Promise<EdgeDefinition<LocalizedText> | undefined> {
  for (const e of edges) {
    if (e.default || e.when === undefined) continue;
    if (
      await evaluateCondition(e.when, await ticketContext(ctx, s, e.when), {
        limits: ctx.core.limits,
      })
    )
      return e;
  }
  return edges.find((e) => e.default) ?? edges.find((e) => e.when === undefined);
}

/**
 * The edges a token leaving a node follows: every outgoing edge of a parallel gateway; otherwise
 * one edge — among edges whose `outcome` fits (approvals, subworkflows), the first whose `when`
 * holds in edge order, else the `default` edge, else an edge without a condition.
 */
export async function route(
  ctx: CommandContext,
  s: StagedTicket,
  node: NodeDefinition<LocalizedText>,
  outcome?: 'approved' | 'rejected',
): Promise<EdgeDefinition<LocalizedText>[]> {
  const out = s.wf.outgoing.get(node.id) ?? [];
  if (node.type === 'parallel') return out;
  let edges = out;
  if (outcome === 'rejected') edges = out.filter((e) => e.outcome === 'rejected');
  else edges = out.filter((e) => e.outcome !== 'rejected');
  if (edges.length === 1 && edges[0] && edges[0].when === undefined) return [edges[0]];
  const edge = await firstMatching(ctx, s, edges);
  if (!edge) {
    throw new DefinitionError(
      `Ticket ${s.ticket.number} cannot leave step ${s.wf.label(node.id)}: ${
        edges.length
          ? 'no condition of its outgoing edges holds and none is the default'
          : 'it has no outgoing edge'
      }. Add a default edge to workflow "${s.wf.key}".`,
      [
        {
          path: s.wf.pointer(node.id),
          code: 'NO_ROUTE',
          severity: 'error',
          message: 'No outgoing edge applies.',
          nodeId: node.id,
        },
      ],
    );
  }
  return [edge];
}

/** Leaves a node: its open items are cancelled, a pending timer is dropped, `left` is recorded. */
export async function leave(
  ctx: CommandContext,
  s: StagedTicket,
  token: Token,
  outcome?: string,
  detail?: Record<string, unknown>,
): Promise<void> {
  const node = s.wf.nodes.get(token.nodeId);
  await cancelTokenItems(ctx, s, token.id);
  if (node?.type === 'timer') ctx.cancelTimer(timerNodeId(s.ticket.id, token.id));
  ctx.emit(s, {
    type: 'left',
    nodeId: token.nodeId,
    ...(outcome !== undefined ? { outcome } : {}),
    detail,
  });
}

/**
 * A token moving from inside parallel branches to a node outside them (a rollback, a rejection,
 * an edge back before the split) ends its sibling branches: each sibling token leaves its step
 * with outcome `cancelled` (open items cancelled, timer dropped, OLA cancelled, the child ticket of
 * a sub-workflow step cancelled), tokens waiting at the join are dropped with them, so the join
 * never fires with stale arrivals and the split starts fresh branches when it is entered again.
 * A move into a sibling branch is refused: that branch's join would wait forever.
 */
async function exitBranches(
  ctx: CommandContext,
  s: StagedTicket,
  token: Token,
  to: string,
  cause?: string,
): Promise<void> {
  const from = token.nodeId;
  if (s.wf.crosses(from, to)) {
    throw new ActionNotAllowedError(
      `Ticket ${s.ticket.number} cannot go from step ${s.wf.label(from)} to ${s.wf.label(to)}: it lies in another parallel branch.`,
    );
  }
  for (const r of s.wf.regions) {
    if (!r.inside.has(from) || r.inside.has(to) || to === r.join) continue;
    delete token.branch;
    for (const t of s.ticket.tokens.filter(
      (t) => t !== token && (r.inside.has(t.nodeId) || t.nodeId === r.join),
    )) {
      s.ticket.tokens = s.ticket.tokens.filter((x) => x !== t);
      await leave(ctx, s, t, 'cancelled', { cancelledBy: cause, from, to });
      if (s.wf.nodes.get(t.nodeId)?.type === 'subworkflow')
        await ctx.core.subworkflows.cancelChildren(ctx, s, undefined, t.nodeId);
    }
  }
}

/** Moves a token along edges (one edge: the same token; several: one new token per branch). */
export async function follow(
  ctx: CommandContext,
  s: StagedTicket,
  token: Token,
  edges: EdgeDefinition<LocalizedText>[],
  cause?: string,
): Promise<void> {
  const [only] = edges;
  if (edges.length === 1 && only) {
    await exitBranches(ctx, s, token, only.to, cause);
    token.nodeId = only.to;
    token.via = only.id;
    token.enteredAt = ctx.at;
    delete token.acted;
    await arrive(ctx, s, token);
    return;
  }
  s.ticket.tokens = s.ticket.tokens.filter((t) => t.id !== token.id);
  const branch = newId();
  const created = edges.map((e) => {
    const t: Token = { id: newId(), nodeId: e.to, enteredAt: ctx.at, branch, via: e.id };
    s.ticket.tokens.push(t);
    return t;
  });
  for (const t of created) {
    // A branch may have finished the ticket (an end node) before the next one starts.
    if (FINAL_STATUSES.has(s.ticket.status) || !s.ticket.tokens.includes(t)) continue;
    await arrive(ctx, s, t);
  }
}

/** Leaves the token's node with an outcome and moves on along the routed edges. */
export async function proceed(
  ctx: CommandContext,
  s: StagedTicket,
  token: Token,
  outcome?: string,
): Promise<void> {
  const node = s.wf.node(token.nodeId);
  await leave(ctx, s, token, outcome);
  const edges = await route(
    ctx,
    s,
    node,
    outcome === 'rejected' ? 'rejected' : outcome === 'approved' ? 'approved' : undefined,
  );
  await follow(ctx, s, token, edges, outcome);
}

/** Sends a token back to an earlier step (rollback, rejection, recall). */
export async function jump(
  ctx: CommandContext,
  s: StagedTicket,
  token: Token,
  target: string,
  outcome: string,
): Promise<void> {
  s.wf.node(target);
  await exitBranches(ctx, s, token, target, outcome);
  await leave(ctx, s, token, outcome);
  token.nodeId = target;
  token.enteredAt = ctx.at;
  delete token.via;
  delete token.acted;
  await arrive(ctx, s, token, { rework: true });
}

/** Runs what a node does when a token arrives, and keeps going through automatic nodes. */
export async function arrive(
  ctx: CommandContext,
  s: StagedTicket,
  token: Token,
  opts: { rework?: boolean } = {},
): Promise<void> {
  const count = (steps.get(ctx) ?? 0) + 1;
  steps.set(ctx, count);
  const node = s.wf.node(token.nodeId);
  if (count > MAX_STEPS) {
    throw new DefinitionError(
      `Ticket ${s.ticket.number} passed ${MAX_STEPS} steps in one command around step ${s.wf.label(node.id)}: workflow "${s.wf.key}" loops without a step that waits. Add a task, approval or timer to the loop.`,
      [
        {
          path: s.wf.pointer(node.id),
          code: 'ENDLESS_LOOP',
          severity: 'error',
          message: 'Loop without a waiting step.',
          nodeId: node.id,
        },
      ],
    );
  }
  ctx.emit(s, {
    type: 'entered',
    nodeId: node.id,
    ...(token.via ? { detail: { edge: token.via } } : {}),
  });
  s.ticket.trail.push(node.id);
  switch (node.type) {
    case 'start':
      if (opts.rework) {
        // Back with the requester: they edit and submit again (or cancel).
        openItem(ctx, s, node, token, 'task', {
          assignee: s.ticket.requester,
          candidates: [s.ticket.requester],
          queue: false,
        });
        return;
      }
      return proceed(ctx, s, token, 'submitted');
    case 'end':
      return finish(ctx, s, node.status ?? 'resolved', node.id);
    case 'task':
      openItem(ctx, s, node, token, 'task', await resolveAssignment(ctx, s, node));
      return;
    case 'approval':
      return enterApproval(ctx, s, node, token);
    case 'exclusive':
      return proceed(ctx, s, token);
    case 'parallel':
      return arriveParallel(ctx, s, token);
    case 'automation':
      await ctx.runAutomation(s, node.automation.actions, node.id);
      return proceed(ctx, s, token, 'done');
    case 'timer':
      return enterTimer(ctx, s, node, token);
    case 'subworkflow':
      return ctx.core.subworkflows.enter(ctx, s, node, token);
    default:
      return proceed(ctx, s, token);
  }
}

/** A join waits until a token has arrived by every incoming edge, then continues as one. */
async function arriveParallel(ctx: CommandContext, s: StagedTicket, token: Token): Promise<void> {
  const incoming = s.wf.incoming.get(token.nodeId) ?? [];
  if (incoming.length > 1) {
    const here = s.ticket.tokens.filter((t) => t.nodeId === token.nodeId);
    const arrived = new Set(here.map((t) => t.via));
    if (!incoming.every((e) => arrived.has(e.id))) return;
    const merged = new Set(incoming.map((e) => e.id));
    const consumed = new Set<string>();
    for (const t of here) {
      if (t.via !== undefined && merged.has(t.via) && t.id !== token.id && !consumed.has(t.via)) {
        consumed.add(t.via);
        s.ticket.tokens = s.ticket.tokens.filter((x) => x.id !== t.id);
      }
    }
    delete token.branch;
  }
  return proceed(ctx, s, token);
}

/**
 * Ends a ticket with a status: every path stops, open work is cancelled, and a parent waiting on
 * this ticket as a subworkflow moves on.
 */
export async function finish(
  ctx: CommandContext,
  s: StagedTicket,
  status: TicketStatus,
  nodeId?: string,
): Promise<void> {
  for (const t of s.ticket.tokens) {
    const n = s.wf.nodes.get(t.nodeId);
    if (n?.type === 'timer') ctx.cancelTimer(timerNodeId(s.ticket.id, t.id));
  }
  for (const w of await ctx.openItems(s)) closeItem(ctx, s, w, 'cancelled');
  if (nodeId !== undefined) ctx.emit(s, { type: 'left', nodeId, outcome: status });
  s.ticket.tokens = [];
  setStatus(ctx, s, status);
  await ctx.core.subworkflows.onChildFinished(ctx, s);
}

/** Changes the ticket's status and records it (no event when it does not change). */
export function setStatus(
  ctx: CommandContext,
  s: StagedTicket,
  status: TicketStatus,
  detail?: Record<string, unknown>,
): void {
  const from = s.ticket.status;
  if (from === status) return;
  s.ticket.status = status;
  if (status === 'resolved') s.ticket.resolvedAt = ctx.at;
  if (status === 'closed' || status === 'rejected' || status === 'cancelled')
    s.ticket.closedAt = ctx.at;
  ctx.emit(s, { type: 'statusChanged', detail: { from, to: status, ...detail } });
}

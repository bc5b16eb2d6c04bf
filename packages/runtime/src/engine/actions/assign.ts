import { accessTo } from '../../client/visibility';
import { canWork } from '../items';
import { pickItem } from '../permissions';
import type { ActionHandler } from './action.types';
import { markActed, recordAction, targetUser, updateItem, workedItem } from './common';

function assignedEvent(
  ctx: Parameters<ActionHandler>[0],
  s: Parameters<ActionHandler>[1],
  nodeId: string,
  detail: Record<string, unknown>,
): void {
  ctx.emit(s, { type: 'assigned', nodeId, detail });
}

/**
 * `reassign`: the holder hands the work to another user (who now holds it alone). A dispatcher
 * (the workflow's `permissions.assign`) may reassign any open work, held by anyone or queued.
 */
export const reassign: ActionHandler = async (ctx, s, input) => {
  const open = await ctx.openItems(s);
  const dispatch =
    !!s.wf.def.permissions?.assign?.length &&
    (await accessTo(ctx.core, s, input.actor, open)).dispatch;
  const { item, token, node } = pickItem(
    s,
    open,
    'reassign',
    input.actor,
    (w) => dispatch || canWork(w, input.actor),
    input.workItem,
  );
  const to = await targetUser(ctx, s, input, node);
  const next = updateItem(ctx, s, item, { assignee: to, candidates: [to] }, [
    'delegatedFrom',
    'queue',
  ]);
  markActed(s, token, input.actor);
  recordAction(ctx, s, input, { nodeId: node.id, detail: { from: item.assignee ?? null, to } });
  assignedEvent(ctx, s, node.id, {
    workItem: next.id,
    assignee: to,
    candidates: [to],
    reassignedBy: input.actor,
  });
};

/** `delegate`: the holder asks another user to act for them (`delegatedFrom` remembers who). */
export const delegate: ActionHandler = async (ctx, s, input) => {
  const { item, token, node } = await workedItem(ctx, s, input);
  const to = await targetUser(ctx, s, input, node);
  const next = updateItem(
    ctx,
    s,
    item,
    { assignee: to, candidates: [to], delegatedFrom: input.actor },
    ['queue'],
  );
  markActed(s, token, input.actor);
  recordAction(ctx, s, input, { nodeId: node.id, detail: { to } });
  assignedEvent(ctx, s, node.id, {
    workItem: next.id,
    assignee: to,
    candidates: [to],
    delegatedFrom: input.actor,
  });
};

/** `claim`: a candidate takes a queued item. */
export const claim: ActionHandler = async (ctx, s, input) => {
  const open = await ctx.openItems(s);
  const { item, token, node } = pickItem(
    s,
    open.filter((w) => w.queue),
    'claim',
    input.actor,
    (w) => w.assignee === undefined && !!w.candidates?.includes(input.actor),
    input.workItem,
  );
  const next = updateItem(ctx, s, item, { assignee: input.actor });
  markActed(s, token, input.actor);
  recordAction(ctx, s, input, { nodeId: node.id });
  assignedEvent(ctx, s, node.id, { workItem: next.id, assignee: input.actor, claimed: true });
};

/** `release`: the holder of a claimed item puts it back in the queue. */
export const release: ActionHandler = async (ctx, s, input) => {
  const open = await ctx.openItems(s);
  const { item, node } = pickItem(
    s,
    open.filter((w) => w.queue),
    'release',
    input.actor,
    (w) => w.assignee === input.actor,
    input.workItem,
  );
  const next = updateItem(ctx, s, item, {}, ['assignee']);
  recordAction(ctx, s, input, { nodeId: node.id });
  assignedEvent(ctx, s, node.id, {
    workItem: next.id,
    candidates: next.candidates ?? [],
    queue: true,
    released: true,
  });
};

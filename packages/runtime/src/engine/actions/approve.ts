import type { LocalizedText } from '../../definition/definition.types';
import type { ApprovalNode } from '../../definition/definition.types';
import { ActionNotAllowedError } from '../../errors/errors';
import { addCountersigner, decide } from '../approval';
import type { CommandContext, StagedTicket } from '../engine.types';
import { writeFields } from '../fields';
import type { Token } from '../../model/ticket.types';
import { finish, jump, leave, proceed } from '../walk';
import type { ActionHandler } from './action.types';
import { badTarget, markActed, recordAction, targetUser, workedItem } from './common';
import { previousUserStep } from './work';

function approvalNode(
  s: StagedTicket,
  node: { id: string; type: string },
  action: string,
): ApprovalNode<LocalizedText> {
  if (node.type !== 'approval') {
    throw new ActionNotAllowedError(
      `"${action}" needs an approval step; step ${s.wf.label(node.id)} of ticket ${s.ticket.number} is a ${node.type}.`,
    );
  }
  return node as ApprovalNode<LocalizedText>;
}

/**
 * What a rejected approval does: follow its `outcome: "rejected"` edge when it has one; otherwise
 * `onReject`: `end` (default) finishes the ticket as rejected, `requester` sends it back to the
 * requester at the start step, `previous` to the step before, `node` to `rejectTo`.
 */
export async function onRejected(
  ctx: CommandContext,
  s: StagedTicket,
  node: ApprovalNode<LocalizedText>,
  token: Token,
): Promise<void> {
  if ((s.wf.outgoing.get(node.id) ?? []).some((e) => e.outcome === 'rejected')) {
    await proceed(ctx, s, token, 'rejected');
    return;
  }
  switch (node.approval.onReject ?? 'end') {
    case 'requester':
      return jump(ctx, s, token, s.wf.start.id, 'rejected');
    case 'previous':
      return jump(ctx, s, token, previousUserStep(s, node.id) ?? s.wf.start.id, 'rejected');
    case 'node':
      return jump(ctx, s, token, node.approval.rejectTo ?? s.wf.start.id, 'rejected');
    default:
      await leave(ctx, s, token, 'rejected');
      await finish(ctx, s, 'rejected');
  }
}

function decision(kind: 'approved' | 'rejected'): ActionHandler {
  return async (ctx, s, input) => {
    const { item, token, node } = await workedItem(ctx, s, input);
    const approval = approvalNode(s, node, input.action);
    const what = `${kind === 'approved' ? 'Approving' : 'Rejecting'} at step ${s.wf.label(node.id)}`;
    const changes = await writeFields(
      ctx,
      s,
      node.id,
      input.data,
      kind === 'approved' ? 'submit' : 'save',
      what,
    );
    markActed(s, token, input.actor);
    const outcome = await decide(ctx, s, approval, token, item, input.actor, kind, input.comment);
    recordAction(ctx, s, input, {
      nodeId: node.id,
      changes,
      outcome: kind,
      detail: { step: outcome },
    });
    if (outcome === 'pending' && !(await ctx.openItems(s)).some((w) => w.tokenId === token.id)) {
      throw new ActionNotAllowedError(
        `${what} of ticket ${s.ticket.number} would leave the step with neither open work nor a decision; nothing was changed.`,
      );
    }
    if (outcome === 'approved') await proceed(ctx, s, token, 'approved');
    else if (outcome === 'rejected') await onRejected(ctx, s, approval, token);
  };
}

export const approve = decision('approved');
export const reject = decision('rejected');

/** `addApprover`: a countersigner joins the step; they must approve as well. */
export const addApprover: ActionHandler = async (ctx, s, input) => {
  const { token, node } = await workedItem(ctx, s, input);
  const approval = approvalNode(s, node, input.action);
  const user = await targetUser(ctx, s, input, node);
  const state = s.ticket.approvals[node.id];
  // Someone who already decides here (an approver, a candidate, a countersigner, the actor) would
  // decide twice, or leave the step waiting for a decision nobody can give.
  const open = (await ctx.openItems(s)).filter((w) => w.tokenId === token.id);
  if (
    user === input.actor ||
    state?.approvers.includes(user) ||
    state?.countersigners?.includes(user) ||
    open.some((w) => w.assignee === user || w.candidates?.includes(user))
  ) {
    throw badTarget(
      'ALREADY_APPROVER',
      `${user} already decides at step ${s.wf.label(node.id)} of ticket ${s.ticket.number}; add someone else.`,
    );
  }
  markActed(s, token, input.actor);
  recordAction(ctx, s, input, { nodeId: node.id, detail: { approver: user } });
  addCountersigner(ctx, s, approval, token, user);
};

import { ActionNotAllowedError } from '../../errors/errors';
import { writeFields } from '../fields';
import { closeItem } from '../items';
import { isUserStep, jump, proceed } from '../walk';
import type { ActionHandler } from './action.types';
import { markActed, recordAction, workedItem } from './common';
import type { StagedTicket } from '../engine.types';

/** `submit`: saves the step's fields (all checks, required included) and moves on. */
export const submit: ActionHandler = async (ctx, s, input) => {
  const { item, token, node } = await workedItem(ctx, s, input);
  const changes = await writeFields(
    ctx,
    s,
    node.id,
    input.data,
    'submit',
    `Submitting step ${s.wf.label(node.id)}`,
  );
  closeItem(ctx, s, item, 'done', 'submit');
  markActed(s, token, input.actor);
  recordAction(ctx, s, input, { nodeId: node.id, changes, outcome: 'submitted' });
  await proceed(ctx, s, token, 'submitted');
};

/** `update`: saves editable fields without moving on (required fields may stay empty). */
export const update: ActionHandler = async (ctx, s, input) => {
  const { token, node } = await workedItem(ctx, s, input);
  const changes = await writeFields(
    ctx,
    s,
    node.id,
    input.data,
    'save',
    `Saving step ${s.wf.label(node.id)}`,
  );
  markActed(s, token, input.actor);
  recordAction(ctx, s, input, { nodeId: node.id, changes });
};

/** The last user step visited before `nodeId` (the start step counts: the requester). */
export function previousUserStep(s: StagedTicket, nodeId: string): string | undefined {
  const trail = s.ticket.trail;
  for (let i = trail.lastIndexOf(nodeId) - 1; i >= 0; i--) {
    const id = trail[i];
    if (id === undefined || id === nodeId || s.wf.crosses(nodeId, id)) continue;
    const n = s.wf.nodes.get(id);
    if (n && isUserStep(n)) return id;
  }
  return undefined;
}

/** `rollback`: back to the previous user step, or to `to`, an earlier visited user step. */
export const rollback: ActionHandler = async (ctx, s, input) => {
  const { token, node } = await workedItem(ctx, s, input);
  const target = input.to ?? previousUserStep(s, node.id);
  const targetNode = target !== undefined ? s.wf.nodes.get(target) : undefined;
  if (!target || !targetNode) {
    throw new ActionNotAllowedError(
      `Ticket ${s.ticket.number} cannot roll back from step ${s.wf.label(node.id)}${target ? `: workflow "${s.wf.key}" has no step "${target}"` : ': no earlier step'}.`,
    );
  }
  const visitedBefore = s.ticket.trail
    .slice(0, s.ticket.trail.lastIndexOf(node.id))
    .includes(target);
  if (!isUserStep(targetNode) || !visitedBefore || target === node.id) {
    throw new ActionNotAllowedError(
      `Ticket ${s.ticket.number} cannot roll back from step ${s.wf.label(node.id)} to ${s.wf.label(target)}: only an earlier task, approval or the start step it passed through can be chosen.`,
    );
  }
  markActed(s, token, input.actor);
  recordAction(ctx, s, input, { nodeId: node.id, outcome: 'rolledBack', detail: { to: target } });
  await jump(ctx, s, token, target, 'rolledBack');
};

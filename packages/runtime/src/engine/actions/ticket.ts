import { checkAttachments } from './attachments';
import { mentionedUsers } from '../../notify/mentions';
import { PermissionError, RateLimitedError, ValidationError } from '../../errors/errors';
import type { CommandContext, StagedTicket } from '../engine.types';

import { activeNodes, nodeActions, notAvailable, requireAllowed } from '../permissions';
import type { Token } from '../../model/ticket.types';
import { arrive, finish, leave, setStatus } from '../walk';
import type { ActionHandler } from './action.types';
import { markActed, recordAction, targetUser, updateItem, workedItem } from './common';
import { accessTo } from '../../client/visibility';
import type { ActInput } from '../runtime.types';
import { newId } from '../ids';

function requester(s: StagedTicket, actor: string, action: string): void {
  if (actor !== s.ticket.requester) {
    throw new PermissionError(
      `Only the requester (${s.ticket.requester}) may ${action} ticket ${s.ticket.number}; ${actor} is not.`,
    );
  }
}

/** `hold`: the holder puts the ticket on hold (status `pending`). */
export const hold: ActionHandler = async (ctx, s, input) => {
  const { token, node } = await workedItem(ctx, s, input);
  if (s.ticket.status === 'pending') throw notAvailable(s, 'hold', 'it is already on hold');
  markActed(s, token, input.actor);
  recordAction(ctx, s, input, { nodeId: node.id });
  setStatus(ctx, s, 'pending');
};

/** `resume`: the holder takes the ticket off hold (status `open`). */
export const resume: ActionHandler = async (ctx, s, input) => {
  if (s.ticket.status !== 'pending') throw notAvailable(s, 'resume', 'it is not on hold');
  const { node } = await workedItem(ctx, s, input);
  recordAction(ctx, s, input, { nodeId: node.id });
  setStatus(ctx, s, 'open');
};

/** `urge`: the requester reminds whoever holds the work; once per item per `urgeIntervalMs`. */
export const urge: ActionHandler = async (ctx, s, input) => {
  requester(s, input.actor, 'urge');
  const open = (await ctx.openItems(s)).filter((w) => {
    const n = s.wf.nodes.get(w.nodeId);
    return !!n && nodeActions(n).includes('urge');
  });
  if (!open.length) throw notAvailable(s, 'urge', 'nobody has work on it that can be urged');
  const interval = ctx.core.options.urgeIntervalMs ?? 3_600_000;
  for (const w of open) {
    if (!w.urgedAt) continue;
    const wait = Date.parse(w.urgedAt) + interval - ctx.now.getTime();
    if (wait > 0) {
      throw new RateLimitedError(
        `Ticket ${s.ticket.number} was urged at ${w.urgedAt}; it can be urged again in ${Math.ceil(wait / 60_000)} minute(s).`,
        wait,
      );
    }
  }
  const to = new Set<string>();
  for (const w of open) {
    updateItem(ctx, s, w, { urgedAt: ctx.at });
    for (const u of w.assignee !== undefined ? [w.assignee] : (w.candidates ?? [])) to.add(u);
  }
  recordAction(ctx, s, input, { detail: { to: [...to], workItems: open.map((w) => w.id) } });
};

/** `recall`: the requester withdraws the ticket to the start step while nobody has acted on it. */
export const recall: ActionHandler = async (ctx, s, input) => {
  requester(s, input.actor, 'recall');
  const nodes = activeNodes(s);
  if (nodes.some((n) => n.type === 'start'))
    throw notAvailable(s, 'recall', 'it is already back with the requester');
  requireAllowed(s, 'recall');
  const touched =
    s.ticket.tokens.some((t) => t.acted) ||
    nodes.some((n) => (s.ticket.approvals[n.id]?.decisions.length ?? 0) > 0);
  if (touched) throw notAvailable(s, 'recall', 'someone has already acted on the current step');
  recordAction(ctx, s, input, { detail: { from: nodes.map((n) => n.id) } });
  for (const t of [...s.ticket.tokens]) await leave(ctx, s, t, 'recalled');
  const token: Token = { id: newId(), nodeId: s.wf.start.id, enteredAt: ctx.at };
  s.ticket.tokens = [token];
  await arrive(ctx, s, token, { rework: true });
};

/**
 * `comment`: anyone who sees the ticket adds a comment; `internal: true` makes it a work note,
 * which only the desk side writes and sees.
 */
export const comment: ActionHandler = async (ctx, s, input) => {
  requireAllowed(s, 'comment');
  const attachments = checkAttachments(input.attachments);
  if (!input.comment?.trim() && !attachments.length) {
    throw new ValidationError(`A comment on ticket ${s.ticket.number} needs text.`, [
      { path: '/comment', code: 'REQUIRED', severity: 'error', message: 'Write a comment.' },
    ]);
  }
  const access = await accessOf(ctx, s, input.actor);
  if (!access.see || (input.internal && !access.desk)) {
    throw new PermissionError(
      `${input.actor} may not ${input.internal ? 'write work notes' : 'comment'} on ticket ${s.ticket.number}: ${input.internal ? 'work notes are for the people working on it' : 'they are neither its requester nor working on it'}.`,
    );
  }
  // `@id` of users the directory knows (others stay plain text), for notifications to deliver:
  // they reach only those who may see the ticket (and, for a work note, its work notes).
  const mentions = await mentionedUsers(input.comment ?? '', ctx.core.directory);
  recordAction(ctx, s, input, {
    ...(input.internal ? { internal: true } : {}),
    ...(attachments.length ? { attachments } : {}),
    ...(mentions.length ? { detail: { mentions } } : {}),
  });
};

/** How the actor stands to the ticket, with this command's own work items counted. */
async function accessOf(ctx: CommandContext, s: StagedTicket, user: string) {
  const items = await ctx.core.storage.listWorkItems({ ticketId: s.ticket.id });
  return accessTo(ctx.core, s, user, [...items, ...(await ctx.openItems(s))]);
}

/**
 * `watch` / `unwatch`: follow a ticket or stop (`to`: someone else, which only the requester and
 * the desk side may do). Watchers see the ticket and its comments, not its work notes.
 */
async function setWatching(ctx: CommandContext, s: StagedTicket, input: ActInput, on: boolean) {
  const user = input.to ?? input.actor;
  const access = await accessOf(ctx, s, input.actor);
  if (!access.see || (user !== input.actor && !access.desk && input.actor !== s.ticket.requester))
    throw new PermissionError(
      `${input.actor} may not ${input.action} ticket ${s.ticket.number}${user !== input.actor ? ` for ${user}` : ''}.`,
    );
  if (user !== input.actor) await targetUser(ctx, s, input);
  const list = s.ticket.watchers ?? [];
  if (list.includes(user) === on || user === s.ticket.requester)
    throw notAvailable(
      s,
      input.action,
      user === s.ticket.requester
        ? `${user} is its requester`
        : `${user} ${on ? 'already watches' : 'does not watch'} it`,
    );
  s.ticket.watchers = on ? [...list, user] : list.filter((u) => u !== user);
  recordAction(ctx, s, input, { detail: { user } });
}
export const watch: ActionHandler = (ctx, s, input) => setWatching(ctx, s, input, true);
export const unwatch: ActionHandler = (ctx, s, input) => setWatching(ctx, s, input, false);

/** `close`: the requester closes a resolved ticket, or the holder of a step listing `close` ends it. */
export const close: ActionHandler = async (ctx, s, input) => {
  if (s.ticket.status === 'resolved') {
    requester(s, input.actor, 'close');
    recordAction(ctx, s, input);
    setStatus(ctx, s, 'closed');
    return;
  }
  const { token, node } = await workedItem(ctx, s, input);
  markActed(s, token, input.actor);
  recordAction(ctx, s, input, { nodeId: node.id });
  await finish(ctx, s, 'closed');
};

/** `cancel`: the requester cancels an open ticket; open child tickets are cancelled with it. */
export const cancel: ActionHandler = async (ctx, s, input) => {
  requester(s, input.actor, 'cancel');
  requireAllowed(s, 'cancel');
  recordAction(ctx, s, input);
  await finish(ctx, s, 'cancelled');
  await ctx.core.subworkflows.cancelChildren(ctx, s, input.actor);
};

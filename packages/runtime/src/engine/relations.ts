import { ActionNotAllowedError, NotFoundError, ValidationError } from '../errors/errors';
import { accessTo } from '../client/visibility';
import type { LinkType } from '../model/ticket.types';
import type { CommandContext, StagedTicket } from './engine.types';
import type { RelateInput } from './runtime.types';
import { startTicketCommand } from './start';
import { FINAL_STATUSES, finish } from './walk';

/** Each link type and the type of its back-link on the other ticket. */
export const LINK_TYPES: Readonly<Record<LinkType, LinkType>> = {
  relates: 'relates',
  duplicates: 'duplicatedBy',
  duplicatedBy: 'duplicates',
  causedBy: 'causes',
  causes: 'causedBy',
  blocks: 'blockedBy',
  blockedBy: 'blocks',
  parent: 'child',
  child: 'parent',
};

/** Loads a ticket the actor may see (`desk`: may work on); NotFoundError otherwise, as if missing. */
async function visible(ctx: CommandContext, id: string, actor: string, desk?: boolean) {
  const s = await ctx.load(id).catch(() => null);
  const a = s && (await accessTo(ctx.core, s, actor));
  if (!s || !a?.see) throw new NotFoundError(`Ticket "${id}" does not exist.`);
  if (desk && !a.desk && !a.auditor)
    throw new ActionNotAllowedError(`${actor} does not work on ticket ${s.ticket.number}.`);
  return s;
}

/** Writes (or, `unlink`, removes) a typed link and its back-link, one event on each ticket. */
function setLink(
  ctx: CommandContext,
  a: StagedTicket,
  b: StagedTicket,
  type: LinkType,
  off?: boolean,
) {
  for (const [from, to, t] of [
    [a, b, type],
    [b, a, LINK_TYPES[type]],
  ] as const) {
    const links = (from.ticket.links ?? []).filter(
      (l) => !(l.ticketId === to.ticket.id && l.type === t),
    );
    if (!off) links.push({ type: t, ticketId: to.ticket.id, number: to.ticket.number });
    from.ticket.links = links;
    ctx.emit(from, {
      type: off ? 'unlinked' : 'linked',
      detail: { type: t, ticketId: to.ticket.id, number: to.ticket.number },
    });
  }
}

/**
 * `runtime.relate`: links, unlinks, merges or spawns tickets in one command, both tickets
 * committed atomically with their version checks. Every ticket involved must be visible to the
 * actor (else NotFoundError); merge needs the desk side of both.
 */
export async function relateCommand(
  ctx: CommandContext,
  input: RelateInput,
): Promise<StagedTicket> {
  const { actor } = input;
  const s = await visible(ctx, input.ticket, actor, input.op === 'merge');
  if (input.op === 'spawn') {
    // The new ticket inherits the fields its own form has.
    const wf = await ctx.core.workflow(input.workflow ?? s.wf.key);
    const data: Record<string, unknown> = {};
    for (const f of input.fields ?? Object.keys(s.ticket.data)) {
      if (f in s.ticket.data && wf.def.form.schema.properties?.[f]) data[f] = s.ticket.data[f];
    }
    const created = await startTicketCommand(ctx, {
      workflow: wf.key,
      actor,
      data: { ...data, ...input.data },
    });
    setLink(ctx, created, s, input.type ?? 'relates');
    return created;
  }
  if (typeof input.to !== 'string' || input.to === input.ticket)
    throw new ValidationError(`"${input.op}" needs "to": another ticket's id.`, [
      { path: '/to', code: 'REQUIRED', severity: 'error', message: 'Name the other ticket.' },
    ]);
  const other = await visible(ctx, input.to, actor, input.op === 'merge');
  if (input.op !== 'merge') {
    const type = input.type ?? 'relates';
    if (!(type in LINK_TYPES))
      throw new ValidationError(`"${type}" is not a link type.`, [
        {
          path: '/type',
          code: 'INVALID_VALUE',
          severity: 'error',
          message: Object.keys(LINK_TYPES).join(', '),
        },
      ]);
    setLink(ctx, s, other, type, input.op === 'unlink');
    return s;
  }
  // Merge: `ticket` is the duplicate, `to` the primary.
  if (FINAL_STATUSES.has(s.ticket.status) || FINAL_STATUSES.has(other.ticket.status))
    throw new ActionNotAllowedError(
      `Ticket ${s.ticket.number} cannot be merged into ${other.ticket.number}: both must be open.`,
    );
  setLink(ctx, s, other, 'duplicates');
  for (const e of await ctx.core.storage.history(s.ticket.id)) {
    if (e.action !== 'comment') continue;
    ctx.emit(other, {
      type: 'action',
      action: 'comment',
      actor: e.actor,
      at: e.at,
      comment: e.comment,
      ...(e.internal ? { internal: true } : {}),
      detail: { mergedFrom: s.ticket.number },
    });
  }
  const watchers = new Set(other.ticket.watchers);
  for (const w of [s.ticket.requester, ...(s.ticket.watchers ?? [])])
    if (w !== other.ticket.requester) watchers.add(w);
  if (watchers.size) other.ticket.watchers = [...watchers];
  s.ticket.resolution = 'merged';
  ctx.emit(s, {
    type: 'action',
    action: 'close',
    actor,
    ...(input.comment ? { comment: input.comment } : {}),
    detail: { mergedInto: other.ticket.number },
  });
  await finish(ctx, s, 'closed');
  return other;
}

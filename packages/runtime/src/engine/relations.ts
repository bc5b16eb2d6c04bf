import { ActionNotAllowedError, NotFoundError, ValidationError } from '../errors/errors';
import { accessTo, fieldView } from '../client/visibility';
import type { FieldChange } from '../model/ticket.types';
import { own, setOwn } from '../model/own';
import { cloneJson } from '../storage/clone';
import type { LinkType } from '../model/ticket.types';
import type { CommandContext, StagedTicket } from './engine.types';
import type { RelateInput } from './runtime.types';
import { startTicketCommand } from './start';
import { FINAL_STATUSES, finish } from './walk';
import { LINK_TYPES } from './link-types';

/** Loads a ticket the actor may see (`desk`: may work on); NotFoundError otherwise, as if missing. */
async function visible(ctx: CommandContext, id: string, actor: string, desk?: boolean) {
  const s = await ctx.load(id).catch(() => null);
  const a = s && (await accessTo(ctx.core, s, actor));
  if (!s || !a?.see) throw new NotFoundError(`Ticket "${id}" does not exist.`);
  if (desk && !a.desk && !a.auditor)
    throw new ActionNotAllowedError(`${actor} does not work on ticket ${s.ticket.number}.`);
  return s;
}

/** The form fields of a ticket the actor sees now (a copy never carries a value hidden from them). */
async function seenFields(
  ctx: CommandContext,
  s: StagedTicket,
  actor: string,
): Promise<Set<string>> {
  const a = await accessTo(ctx.core, s, actor);
  const { evaluation } = await fieldView(ctx.core, s, actor, undefined, a.auditor);
  return new Set(Object.keys(s.ticket.data).filter((f) => evaluation.fields[f]?.visible !== false));
}

function checkFieldList(value: unknown, where: 'inherit' | 'backfill' | 'fields'): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((f) => typeof f !== 'string' || !f))
    throw new ValidationError(`"${where}" must be a list of form field names.`, [
      { path: `/${where}`, code: 'INVALID_VALUE', severity: 'error', message: 'field names' },
    ]);
  return value as string[];
}

/**
 * Copies fields from one ticket to another on linking (`inherit`: into `ticket` from `to`;
 * `backfill`: into `to` from `ticket`): only fields the target's form has and that the actor sees
 * on the source; one `fieldsChanged` event on the target naming the source.
 */
async function copyFields(
  ctx: CommandContext,
  from: StagedTicket,
  into: StagedTicket,
  fields: string[],
  actor: string,
  where: 'inherit' | 'backfill',
): Promise<void> {
  if (!fields.length) return;
  const seen = await seenFields(ctx, from, actor);
  const props = into.wf.def.form.schema.properties ?? {};
  const changes: FieldChange[] = [];
  for (const f of fields) {
    if (!(f in props))
      throw new ValidationError(
        `"${where}": ticket ${into.ticket.number}'s form has no field "${f}".`,
        [{ path: `/${where}`, code: 'UNKNOWN_FIELD', severity: 'error', message: f }],
      );
    if (!seen.has(f)) continue;
    const value = cloneJson(own(from.ticket.data, f));
    const before = own(into.ticket.data, f);
    if (value === undefined || JSON.stringify(before) === JSON.stringify(value)) continue;
    into.ticket.data = { ...into.ticket.data };
    setOwn(into.ticket.data, f, value);
    changes.push({ field: f, from: before ?? null, to: value });
  }
  if (changes.length)
    ctx.emit(into, {
      type: 'fieldsChanged',
      actor,
      changes,
      detail: { [where === 'inherit' ? 'inheritedFrom' : 'backfilledFrom']: from.ticket.number },
    });
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
    // The new ticket inherits the fields its own form has, of those the actor sees on the source.
    const wf = await ctx.core.workflow(input.workflow ?? s.wf.key);
    const seen = await seenFields(ctx, s, actor);
    const data: Record<string, unknown> = {};
    const wanted =
      input.fields === undefined
        ? Object.keys(s.ticket.data)
        : checkFieldList(input.fields, 'fields');
    for (const f of wanted) {
      if (seen.has(f) && wf.def.form.schema.properties?.[f]) data[f] = cloneJson(s.ticket.data[f]);
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
    if (input.op === 'link') {
      const inherit = checkFieldList(input.inherit, 'inherit');
      const backfill = checkFieldList(input.backfill, 'backfill');
      if (inherit.length || backfill.length) {
        // Copying writes fields: the desk side of both tickets only.
        await visible(ctx, input.ticket, actor, true);
        await visible(ctx, input.to, actor, true);
      }
      await copyFields(ctx, other, s, inherit, actor, 'inherit');
      await copyFields(ctx, s, other, backfill, actor, 'backfill');
    }
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
      ...(e.attachments ? { attachments: e.attachments } : {}),
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

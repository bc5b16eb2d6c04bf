import type { ActionName } from '../../definition/definition.types';
import { NotFoundError, ValidationError } from '../../errors/errors';
import type { CommandContext, StagedTicket } from '../engine.types';
import { canWork } from '../items';
import { pickItem } from '../permissions';
import type { ActInput } from '../runtime.types';
import type { FieldChange, Token, WorkItem } from '../../model/ticket.types';

/** The item the actor works on for this action (assignee, or a candidate of a non-queue item). */
export async function workedItem(
  ctx: CommandContext,
  s: StagedTicket,
  input: ActInput,
  action: ActionName = input.action,
) {
  const open = await ctx.openItems(s);
  return pickItem(s, open, action, input.actor, (w) => canWork(w, input.actor), input.workItem);
}

/** Records the action in the history. */
export function recordAction(
  ctx: CommandContext,
  s: StagedTicket,
  input: ActInput,
  extra: {
    nodeId?: string;
    outcome?: string;
    changes?: FieldChange[];
    detail?: Record<string, unknown>;
  } = {},
): void {
  ctx.emit(s, {
    type: 'action',
    action: input.action,
    actor: input.actor,
    ...(extra.nodeId !== undefined ? { nodeId: extra.nodeId } : {}),
    ...(extra.outcome !== undefined ? { outcome: extra.outcome } : {}),
    ...(extra.changes?.length ? { changes: extra.changes } : {}),
    ...(input.comment !== undefined && input.comment !== '' ? { comment: input.comment } : {}),
    ...(extra.detail ? { detail: extra.detail } : {}),
  });
}

/** Marks that someone acted at a step (the requester can no longer recall it). */
export function markActed(s: StagedTicket, token: Token, actor: string): void {
  if (actor !== s.ticket.requester) token.acted = true;
}

/** The user an action targets (`to`), checked against the directory. */
export async function targetUser(
  ctx: CommandContext,
  s: StagedTicket,
  input: ActInput,
): Promise<string> {
  const to = input.to;
  if (typeof to !== 'string' || to === '') {
    throw new ValidationError(
      `"${input.action}" on ticket ${s.ticket.number} needs "to": the user to hand the work to.`,
      [{ path: '/to', code: 'REQUIRED', severity: 'error', message: 'Name a user in "to".' }],
    );
  }
  if (!(await ctx.core.directory.getUser(to))) {
    throw new NotFoundError(
      `"${input.action}" on ticket ${s.ticket.number}: user "${to}" is not in the directory.`,
    );
  }
  return to;
}

/** Replaces a work item in the command. */
export function updateItem(
  ctx: CommandContext,
  s: StagedTicket,
  item: WorkItem,
  patch: Partial<WorkItem>,
  drop: Array<keyof WorkItem> = [],
): WorkItem {
  const next: WorkItem = { ...item, ...patch };
  for (const k of drop) delete next[k];
  ctx.putItem(s, next);
  return next;
}

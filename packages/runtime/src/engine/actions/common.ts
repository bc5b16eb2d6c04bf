import type { LocalizedText } from '../../definition/definition.types';
import type { ActionName, NodeDefinition } from '../../definition/definition.types';
import { separates } from '../assignment';
import { NotFoundError, ValidationError } from '../../errors/errors';
import type { CommandContext, StagedTicket } from '../engine.types';
import { canWork } from '../items';
import { activeNodes, pickItem } from '../permissions';
import type { ActInput } from '../runtime.types';
import type { CommentAttachment, FieldChange, Token, WorkItem } from '../../model/ticket.types';

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

/** Actions that need a reason at a step without `requireReason`. */
export const DEFAULT_REASONS: readonly ActionName[] = ['reject', 'hold'];

/**
 * The trimmed reason of an action (the comment when a required reason is absent); a
 * ValidationError naming `reason` when it is `required` and both are missing.
 */
export function reasonOf(s: StagedTicket, input: ActInput, required: boolean): string | undefined {
  // A comment stands in for a required reason, so callers that explained themselves in the
  // comment (before reasons existed) keep working.
  const reason = input.reason?.trim() || (required ? input.comment?.trim() : '') || undefined;
  if (required && !reason)
    throw new ValidationError(`"${input.action}" on ticket ${s.ticket.number} needs a reason.`, [
      { path: '/reason', code: 'REQUIRED', severity: 'error', message: 'Give a reason.' },
    ]);
  return reason;
}

/**
 * Records the action in the history, with its reason: required when the step it is taken at (or,
 * without one, any active step) lists the action in `requireReason`.
 */
export function recordAction(
  ctx: CommandContext,
  s: StagedTicket,
  input: ActInput,
  extra: {
    nodeId?: string;
    outcome?: string;
    changes?: FieldChange[];
    detail?: Record<string, unknown>;
    /** Overrides the steps' `requireReason` (actions without a step: `reopen`). */
    reason?: boolean;
    internal?: boolean;
    attachments?: CommentAttachment[];
  } = {},
): void {
  const nodes = extra.nodeId !== undefined ? [s.wf.node(extra.nodeId)] : activeNodes(s);
  const reason = reasonOf(
    s,
    input,
    extra.reason ?? nodes.some((n) => (n.requireReason ?? DEFAULT_REASONS).includes(input.action)),
  );
  ctx.emit(s, {
    type: 'action',
    action: input.action,
    actor: input.actor,
    ...(extra.nodeId !== undefined ? { nodeId: extra.nodeId } : {}),
    ...(extra.outcome !== undefined ? { outcome: extra.outcome } : {}),
    ...(extra.changes?.length ? { changes: extra.changes } : {}),
    ...(input.comment !== undefined && input.comment !== '' ? { comment: input.comment } : {}),
    reason,
    ...(extra.detail ? { detail: extra.detail } : {}),
    ...(extra.attachments?.length ? { attachments: extra.attachments } : {}),
    ...(extra.internal ? { internal: true } : {}),
  });
}

/** Marks that someone acted at a step (the requester can no longer recall it). */
export function markActed(s: StagedTicket, token: Token, actor: string): void {
  if (actor !== s.ticket.requester) token.acted = true;
}

/** A refused `to`: a ValidationError on `/to` with a code. */
export function badTarget(code: string, message: string): ValidationError {
  return new ValidationError(message, [{ path: '/to', code, severity: 'error', message }]);
}

/**
 * The user an action targets (`to`), checked against the directory; at a step that separates
 * duties (`node`), never the requester.
 */
export async function targetUser(
  ctx: CommandContext,
  s: StagedTicket,
  input: ActInput,
  node?: NodeDefinition<LocalizedText>,
): Promise<string> {
  const to = input.to;
  if (typeof to !== 'string' || to === '') {
    throw badTarget(
      'REQUIRED',
      `"${input.action}" on ticket ${s.ticket.number} needs "to": the user to hand the work to.`,
    );
  }
  if (node && separates(node) && to === s.ticket.requester) {
    throw badTarget(
      'REQUESTER_CANNOT_APPROVE',
      `"${input.action}" on ticket ${s.ticket.number}: ${to} requested it and may not approve it at step ${s.wf.label(node.id)}.`,
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

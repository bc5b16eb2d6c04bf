import type { LocalizedText } from '../definition/definition.types';
import type { SubworkflowNode } from '../definition/definition.types';
import { ValidationError } from '../errors/errors';
import { jsonEqual } from '../form/writable';
import type { CommandContext, StagedTicket, SubworkflowBehaviour } from './engine.types';
import { writeFields } from './fields';
import { createTicket, startWalk } from './start';
import type { FieldChange, Token } from '../model/ticket.types';
import { FINAL_STATUSES, finish, proceed } from './walk';
import { own, setOwn } from '../model/own';

/**
 * A token arriving at a subworkflow node starts a child ticket of the target workflow (pinned
 * version or latest) in the same commit: mapped `inputs` (child field ← parent field) are copied
 * into it, parent and child are linked both ways, and the parent waits until the child ends. The
 * mapped data is validated against the child's form at its start step (JSON Schema, rules'
 * computed values; not `required`, which the child's own steps may still fill): data the child
 * workflow does not accept is a `ValidationError` whose issues name the subworkflow node.
 */
export async function enterSubworkflow(
  ctx: CommandContext,
  s: StagedTicket,
  node: SubworkflowNode<LocalizedText>,
  _token: Token,
): Promise<void> {
  const cfg = node.subworkflow;
  const wf = await ctx.core.workflow(cfg.key, cfg.version);
  const data: Record<string, unknown> = {};
  for (const [childField, parentField] of Object.entries(cfg.inputs ?? {})) {
    const v = own(s.ticket.data, parentField);
    if (v !== undefined) setOwn(data, childField, structuredClone(v));
  }
  const child = await createTicket(ctx, wf, {
    data,
    requester: s.ticket.requester,
    parent: { ticketId: s.ticket.id, nodeId: node.id },
  });
  try {
    const changes = await writeFields(
      ctx,
      child,
      wf.start.id,
      undefined,
      'save',
      `Step ${s.wf.label(node.id)} of ticket ${s.ticket.number} starts a "${wf.text(wf.def.name)}" (${wf.key}) ticket with mapped data it does not accept`,
    );
    const created = ctx.eventsOf(child.ticket.id)[0];
    if (changes.length && created) created.changes = changes;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.message,
      error.issues.map((issue) => ({ ...issue, nodeId: node.id })),
    );
  }
  s.ticket.children.push(child.ticket.id);
  ctx.emit(s, {
    type: 'childStarted',
    nodeId: node.id,
    detail: {
      child: child.ticket.id,
      number: child.ticket.number,
      workflow: wf.key,
      version: wf.version,
    },
  });
  await startWalk(ctx, child);
}

/**
 * When a child ticket ends, its parent (waiting at the subworkflow node) gets the mapped `outputs`
 * (parent field ← child field) and moves on; a rejected or cancelled child follows the node's
 * `outcome: "rejected"` edge when there is one.
 */
export async function onChildFinished(ctx: CommandContext, child: StagedTicket): Promise<void> {
  const link = child.ticket.parent;
  if (!link) return;
  const parent = await ctx.load(link.ticketId);
  if (FINAL_STATUSES.has(parent.ticket.status)) return;
  const token = parent.ticket.tokens.find((t) => t.nodeId === link.nodeId);
  const node = parent.wf.nodes.get(link.nodeId);
  if (!token || node?.type !== 'subworkflow') return;
  const changes: FieldChange[] = [];
  for (const [parentField, childField] of Object.entries(node.subworkflow.outputs ?? {})) {
    const to = own(child.ticket.data, childField);
    const from = own(parent.ticket.data, parentField);
    if (jsonEqual(from, to)) continue;
    if (to === undefined) delete parent.ticket.data[parentField];
    else setOwn(parent.ticket.data, parentField, structuredClone(to));
    changes.push({ field: parentField, from: from ?? null, to: to ?? null });
  }
  ctx.emit(parent, {
    type: 'childFinished',
    nodeId: node.id,
    outcome: child.ticket.status,
    detail: { child: child.ticket.id, number: child.ticket.number, status: child.ticket.status },
    ...(changes.length ? { changes } : {}),
  });
  const failed = child.ticket.status === 'rejected' || child.ticket.status === 'cancelled';
  const hasRejectEdge = (parent.wf.outgoing.get(node.id) ?? []).some(
    (e) => e.outcome === 'rejected',
  );
  await proceed(ctx, parent, token, failed && hasRejectEdge ? 'rejected' : child.ticket.status);
}

/**
 * Cancels a ticket's open child tickets — all of them, or those started by one sub-workflow step
 * (its branch was cancelled) — each recording an `action: "cancel"` event naming the parent.
 */
export async function cancelChildren(
  ctx: CommandContext,
  s: StagedTicket,
  actor?: string,
  nodeId?: string,
): Promise<void> {
  for (const id of s.ticket.children) {
    const child = await ctx.load(id);
    if (
      FINAL_STATUSES.has(child.ticket.status) ||
      (nodeId && child.ticket.parent?.nodeId !== nodeId)
    )
      continue;
    ctx.emit(child, {
      type: 'action',
      action: 'cancel',
      actor,
      detail: { cascadedFrom: s.ticket.id },
    });
    await finish(ctx, child, 'cancelled');
  }
}

/** The subworkflow node as the walk calls it (through `EngineCore.subworkflows`). */
export const subworkflowBehaviour: SubworkflowBehaviour = {
  enter: enterSubworkflow,
  onChildFinished,
  cancelChildren,
};

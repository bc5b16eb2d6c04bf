import type { FieldPermission } from '../definition/definition.types';
import { PermissionError, ValidationError } from '../errors/errors';
import { evaluate } from '../expressions/evaluate';
import { createFormEvaluator } from '../form/evaluator';
import type { FormEvaluation, FormEvaluator } from '../form/form.types';
import { fieldPermissionsAt } from '../form/permissions';
import { labelFor, validateFormData } from '../form/validate';
import { loadPatternEngine } from '../form/validators';
import { checkWritableFields, jsonEqual } from '../form/writable';
import type { CommandContext, EngineCore, StagedTicket } from './engine.types';
import type { FieldChange, Ticket } from '../model/ticket.types';
import type { CompiledWorkflow } from './workflow';

const permissionCache = new WeakMap<
  CompiledWorkflow,
  Map<string, Record<string, FieldPermission>>
>();

/** Field permissions at a node, computed once per workflow version and node. */
export function permissionsAt(
  wf: CompiledWorkflow,
  nodeId: string,
): Record<string, FieldPermission> {
  let map = permissionCache.get(wf);
  if (!map) permissionCache.set(wf, (map = new Map()));
  let p = map.get(nodeId);
  if (!p) map.set(nodeId, (p = fieldPermissionsAt(wf.def, nodeId)));
  return p;
}

/** Every visible field read-only: how a viewer who does not work on the step sees the form. */
export function readOnlyPermissions(
  perms: Record<string, FieldPermission>,
): Record<string, FieldPermission> {
  const out: Record<string, FieldPermission> = {};
  for (const [k, v] of Object.entries(perms)) out[k] = v === 'hidden' ? 'hidden' : 'read';
  return out;
}

/**
 * Evaluates the form's rules for one actor at one node. The evaluator is built once per workflow
 * version and node unless rules read `$ticket`, `$actor` or `$now` (then per call, with them bound).
 */
export function evaluateAt(
  core: EngineCore,
  wf: CompiledWorkflow,
  nodeId: string,
  data: Record<string, unknown>,
  bindings: { ticket?: Ticket; actor?: string; now: Date },
  permissions?: Record<string, FieldPermission>,
  /** Caches the evaluator of `permissions` under this key (per workflow version). */
  cacheKey?: string,
): Promise<FormEvaluation> {
  const perms = permissions ?? permissionsAt(wf, nodeId);
  const key = permissions ? cacheKey : nodeId;
  if (!wf.rulesUseBindings && key !== undefined) {
    let ev: FormEvaluator | undefined = wf.evaluators.get(key);
    if (!ev) {
      ev = createFormEvaluator(wf.def.form, { permissions: perms, limits: core.limits });
      wf.evaluators.set(key, ev);
    }
    return ev.evaluate(data);
  }
  return createFormEvaluator(wf.def.form, {
    permissions: perms,
    limits: core.limits,
    bindings: {
      ticket: bindings.ticket,
      actor: bindings.actor !== undefined ? { id: bindings.actor } : undefined,
      now: bindings.now,
    },
  }).evaluate(data);
}

/** The field changes between two data objects, in key order. */
export function diffData(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!jsonEqual(before[key], after[key]))
      changes.push({ field: key, from: before[key] ?? null, to: after[key] ?? null });
  }
  return changes;
}

/**
 * Applies an actor's field writes at a node: refuses fields they may not write there
 * (PermissionError naming them), computes rule values, validates the result against the form
 * (ValidationError with paths; `save` skips the required check so work can be saved half done),
 * and stores it. Returns the changes.
 */
export async function writeFields(
  ctx: CommandContext,
  s: StagedTicket,
  nodeId: string,
  input: Record<string, unknown> | undefined,
  mode: 'submit' | 'save',
  what: string,
): Promise<FieldChange[]> {
  const before = s.ticket.data;
  const after = input ? { ...before, ...input } : before;
  const evaluation = await evaluateAt(ctx.core, s.wf, nodeId, after, {
    ticket: s.ticket,
    actor: ctx.actor,
    now: ctx.now,
  });
  if (input) {
    const denied = checkWritableFields(before, after, evaluation);
    if (denied.length) {
      const label = labelFor(s.wf.def.form);
      const names = denied.map((f) =>
        f in evaluation.fields ? `"${label(`/${f}`)}" (${f})` : `"${f}" (not a field of this form)`,
      );
      throw new PermissionError(
        `${what}: ${ctx.actor ?? 'the system'} may not change ${names.join(', ')} at step ${s.wf.label(nodeId)} of ticket ${s.ticket.number}.`,
        denied,
      );
    }
  }
  const values = evaluation.values;
  // User input meets the form's patterns: they match in linear time.
  await loadPatternEngine(s.wf.def.form.schema);
  let issues = validateFormData(s.wf.def.form, values, evaluation, {
    ...(ctx.core.options.validator ? { validator: ctx.core.options.validator } : {}),
  });
  if (mode === 'save') issues = issues.filter((i) => i.code !== 'REQUIRED');
  if (issues.length) {
    throw new ValidationError(
      `${what}: the form of ticket ${s.ticket.number || 'being created'} has ${issues.length} problem${issues.length > 1 ? 's' : ''}: ${issues.map((i) => i.message).join(' ')}`,
      issues,
    );
  }
  const changes = diffData(before, values);
  if (changes.length) {
    s.ticket.data = values === before ? { ...values } : values;
    await refreshTitle(ctx, s);
  }
  return changes;
}

/** Recomputes the ticket's title from the workflow's `title` expression. */
export async function refreshTitle(ctx: CommandContext, s: StagedTicket): Promise<void> {
  const expr = s.wf.def.title;
  if (!expr) return;
  const v = await evaluate(
    expr,
    { data: s.ticket.data, ticket: s.ticket, now: ctx.now },
    { limits: ctx.core.limits },
  );
  if (v === undefined || v === null) delete s.ticket.title;
  else s.ticket.title = String(v);
}

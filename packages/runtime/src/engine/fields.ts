import type { FieldPermission } from '../definition/definition.types';
import { PermissionError, ValidationError } from '../errors/errors';
import { evaluate } from '../expressions/evaluate';
import { createFormEvaluator } from '../form/evaluator';
import type { FormEvaluation, FormEvaluator } from '../form/form.types';
import { fieldPermissionsAt } from '../form/permissions';
import { labelFor, validateFormData } from '../form/validate';
import { loadPatternEngine } from '../form/validators';
import { jsonEqual, writableFn } from '../form/writable';
import type { CommandContext, EngineCore, StagedTicket } from './engine.types';
import type { FieldChange, Ticket } from '../model/ticket.types';
import type { CompiledWorkflow } from './workflow';
import { requesterProfile, type RequesterProfile } from './requester';
import { own, setOwn } from '../model/own';

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
  for (const [k, v] of Object.entries(perms)) setOwn(out, k, v === 'hidden' ? 'hidden' : 'read');
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
  bindings: { ticket?: Ticket; actor?: string; now: Date; requester?: RequesterProfile },
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
      ...(bindings.requester ? { requester: bindings.requester } : {}),
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
    const from = own(before, key);
    const to = own(after, key);
    if (!jsonEqual(from, to)) changes.push({ field: key, from: from ?? null, to: to ?? null });
  }
  return changes;
}

/**
 * Applies an actor's field writes at a node and returns the changes. Every key of `input` must be
 * writable there, whatever its value (equal to the stored one, different, or `undefined`), so a
 * refusal never tells whether a guess was right; writability is judged on the stored data as well
 * as on the submitted data, so a write cannot unlock itself (a field that only the same write makes
 * writable is accepted when the fields that unlock it were writable before). Then rule values are
 * computed and the result validated (ValidationError with paths; `save` skips the required check
 * so work can be saved half done). Rules that fail close their field and are recorded in the
 * history (`ruleFailed`).
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
  const bind = {
    ticket: s.ticket,
    actor: ctx.actor,
    now: ctx.now,
    ...(s.wf.rulesReadRequester
      ? { requester: await requesterProfile(ctx, s.ticket.requester) }
      : {}),
  };
  const at = (data: Record<string, unknown>) => evaluateAt(ctx.core, s.wf, nodeId, data, bind);
  const evaluation = await at(after);
  const keys = input ? Object.keys(input) : [];
  if (keys.length) {
    const now = writableFn(evaluation);
    let stored = now;
    let unlocked = now;
    if (s.wf.def.form.rules?.length) {
      stored = writableFn(await at(before));
      const legit = keys.filter((f) => now(f) && stored(f));
      if (legit.length < keys.length) {
        const step: Record<string, unknown> = { ...before };
        for (const f of legit) setOwn(step, f, own(input, f));
        unlocked = writableFn(await at(step));
      }
    }
    const denied = keys.filter((f) => !now(f) || !(stored(f) || unlocked(f)));
    if (denied.length) {
      const label = labelFor(s.wf.def.form);
      const names = denied.map((f) =>
        own(evaluation.fields, f)
          ? `"${label(`/${f}`)}" (${f})`
          : `"${f}" (not a field of this form)`,
      );
      const failed = evaluation.errors?.length
        ? ` (${evaluation.errors.map((e) => e.message).join(' ')})`
        : '';
      throw new PermissionError(
        `${what}: ${ctx.actor ?? 'the system'} may not change ${names.join(', ')} at step ${s.wf.label(nodeId)} of ticket ${s.ticket.number}${failed}.`,
        denied,
      );
    }
  }
  if (evaluation.errors?.length) {
    ctx.emit(s, {
      type: 'ruleFailed',
      nodeId,
      detail: {
        issues: evaluation.errors.map(({ path, code, message }) => ({ path, code, message })),
      },
    });
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

import type { LocalizedText } from '../definition/definition.types';
import type { FieldPermission, FormDefinition, FormRule } from '../definition/definition.types';
import type { Issue } from '../errors/errors';
import { compileExpression } from '../expressions/compile';
import { evaluate, toBoolean } from '../expressions/evaluate';
import type { ExpressionContext } from '../expressions/expression.types';
import { expressionFields } from '../expressions/references';
import type { FieldState, FormEvaluation, FormEvaluator, FormEvaluatorOptions } from './form.types';
import { formFieldNames } from './permissions';
import { own, setOwn } from '../model/own';

type RuleProperty = 'visible' | 'required' | 'readonly' | 'value';

interface CompiledRule {
  field: string;
  property: RuleProperty;
  expr: string;
  path: string;
}

/** The state a field has before rules: what its permission alone says. */
export function baseFieldState(permission: FieldPermission, schemaRequired: boolean): FieldState {
  const visible = permission !== 'hidden';
  return {
    visible,
    required: visible && (permission === 'required' || schemaRequired),
    readonly: permission === 'read',
    permission,
  };
}

function ruleFailure(rule: CompiledRule, err: unknown): Issue {
  return {
    path: rule.path,
    code: 'RULE_FAILED',
    severity: 'error',
    message: `The ${rule.property} rule of field "${rule.field}" failed: ${
      err instanceof Error ? err.message : String(err)
    }`,
  };
}

/** Computed values in dependency order (a value rule reading another computed field runs after it). */
function orderValueRules(rules: CompiledRule[]): CompiledRule[] {
  const byField = new Map(rules.map((r) => [r.field, r]));
  const ordered: CompiledRule[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (rule: CompiledRule): void => {
    if (state.get(rule.field)) return; // done, or a cycle: keep declaration order
    state.set(rule.field, 'visiting');
    let deps: string[] = [];
    try {
      deps = expressionFields(rule.expr);
    } catch {
      deps = [];
    }
    for (const dep of deps) {
      const other = byField.get(dep);
      if (other && other !== rule) visit(other);
    }
    state.set(rule.field, 'done');
    ordered.push(rule);
  };
  rules.forEach(visit);
  return ordered;
}

function splitBindings(bindings: Record<string, unknown> = {}): Omit<ExpressionContext, 'data'> {
  const { ticket, actor, now, ...rest } = bindings;
  return {
    ticket,
    actor,
    now:
      now instanceof Date || typeof now === 'string' || typeof now === 'number' ? now : undefined,
    bindings: rest,
  };
}

/**
 * Compiles a form's rules once and returns an evaluator to call on every change of the data. Only
 * fields that have rules cost anything per call: the state of other fields is computed once, the
 * same state objects are returned every time, and the `fields` record itself is the same object as
 * last time when no rule changed a state (so UI layers can skip re-rendering).
 *
 * Merge semantics: permission `hidden` or a `visible` rule that is false → not visible; a field
 * that is not visible is never required. `required` = visible and (permission `required`, or a
 * `required` rule, or listed in the schema's `required`). `readonly` = permission `read` or a
 * `readonly` rule. Several rules on one field combine: visible when all say so, required or
 * read-only when any says so, the last `value` wins.
 *
 * @example
 * ```ts
 * const evaluator = createFormEvaluator(definition.form, {
 *   permissions: fieldPermissionsAt(definition, 'review'),
 *   bindings: { actor: { id: 'ann' } },
 * });
 * const { fields, values } = await evaluator.evaluate(ticket.data);
 * if (!fields.cabNotes.visible) ...
 * ```
 */
export function createFormEvaluator(
  form: FormDefinition<LocalizedText>,
  options: FormEvaluatorOptions = {},
): FormEvaluator {
  const names = formFieldNames(form.schema);
  const nameSet = new Set(names);
  const schemaRequired = new Set(Array.isArray(form.schema.required) ? form.schema.required : []);
  const base: Record<string, FieldState> = {};
  for (const name of names) {
    setOwn(
      base,
      name,
      Object.freeze(
        baseFieldState(own(options.permissions, name) ?? 'edit', schemaRequired.has(name)),
      ),
    );
  }

  const compileErrors: Issue[] = [];
  const compileFailed: string[] = [];
  const stateRules = new Map<string, CompiledRule[]>();
  const valueRules: CompiledRule[] = [];
  (form.rules ?? []).forEach((rule: FormRule, index) => {
    if (!nameSet.has(rule.field)) return; // validateDefinition reports unknown fields
    for (const property of ['visible', 'required', 'readonly', 'value'] as const) {
      const expr = rule[property];
      if (typeof expr !== 'string') continue;
      const compiled: CompiledRule = {
        field: rule.field,
        property,
        expr,
        path: `/form/rules/${index}/${property}`,
      };
      try {
        compileExpression(expr, options.limits);
      } catch (err) {
        compileErrors.push(ruleFailure(compiled, err));
        compileFailed.push(rule.field);
        continue;
      }
      if (property === 'value') valueRules.push(compiled);
      else stateRules.set(rule.field, [...(stateRules.get(rule.field) ?? []), compiled]);
    }
  });
  const orderedValueRules = orderValueRules(valueRules);
  const context = splitBindings(options.bindings);
  const evalOptions = { limits: options.limits };
  Object.freeze(base);
  let previous: Record<string, FieldState> = base;

  return {
    async evaluate(data) {
      const errors = [...compileErrors];
      // A rule that throws fails closed: its field is hidden and read-only for this evaluation.
      const failed = new Set(compileFailed);
      let values = data;
      if (orderedValueRules.length > 0) {
        values = { ...data };
        for (const rule of orderedValueRules) {
          try {
            const value = await evaluate(rule.expr, { ...context, data: values }, evalOptions);
            if (value === undefined) delete values[rule.field];
            else setOwn(values, rule.field, value);
          } catch (err) {
            errors.push(ruleFailure(rule, err));
            failed.add(rule.field);
          }
        }
      }

      const updates = await Promise.all(
        [...stateRules].map(async ([field, rules]): Promise<[string, FieldState]> => {
          const start = base[field] as FieldState;
          let visibleByRule = true;
          let requiredByRule = false;
          let readonlyByRule = false;
          const results = await Promise.all(
            rules.map(async (rule) => {
              try {
                return toBoolean(
                  await evaluate(rule.expr, { ...context, data: values }, evalOptions),
                );
              } catch (err) {
                errors.push(ruleFailure(rule, err));
                failed.add(field);
                return undefined;
              }
            }),
          );
          rules.forEach((rule, i) => {
            const result = results[i];
            if (result === undefined) return;
            if (rule.property === 'visible') visibleByRule &&= result;
            else if (rule.property === 'required') requiredByRule ||= result;
            else readonlyByRule ||= result;
          });
          const visible = start.visible && visibleByRule;
          const required = visible && (start.required || requiredByRule);
          const readonly = start.readonly || readonlyByRule;
          const before = previous[field];
          return [
            field,
            before &&
            before.visible === visible &&
            before.required === required &&
            before.readonly === readonly
              ? before
              : Object.freeze({ visible, required, readonly, permission: start.permission }),
          ];
        }),
      );
      const all = updates.filter(([field]) => !failed.has(field));
      for (const field of failed) {
        const { permission } = base[field] as FieldState;
        all.push([field, { visible: false, required: false, readonly: true, permission }]);
      }
      // Only fields with rules can change: keep the previous record (and its identity) unless one did.
      const changed = all.filter(([field, state]) => {
        const before = previous[field];
        return (
          before !== state &&
          !(
            before &&
            before.visible === state.visible &&
            before.readonly === state.readonly &&
            before.required === state.required
          )
        );
      });
      const fields =
        changed.length === 0
          ? previous
          : Object.freeze({
              ...previous,
              ...Object.fromEntries(changed.map(([f, st]) => [f, Object.freeze(st)])),
            });
      previous = fields;
      return errors.length > 0 ? { fields, values, errors } : { fields, values };
    },
  };
}

/**
 * Evaluates a form's rules once; prefer {@link createFormEvaluator} when evaluating repeatedly.
 *
 * @example
 * ```ts
 * const { fields } = await evaluateForm(form, { category: 'hardware' });
 * fields.serialNumber.visible; // true when a rule shows it for hardware
 * ```
 */
export function evaluateForm(
  form: FormDefinition<LocalizedText>,
  data: Record<string, unknown>,
  options?: FormEvaluatorOptions,
): Promise<FormEvaluation> {
  return createFormEvaluator(form, options).evaluate(data);
}

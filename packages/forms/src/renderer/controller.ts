import type {
  FieldPermission,
  FieldState,
  FormDefinition,
  FormEvaluation,
  FormEvaluator,
  FormValidator,
  Issue,
} from '@deskkit/runtime';
import {
  baseFieldState,
  formFieldNames,
  jsonEqual,
  pruneHidden,
  validateFormData,
} from '@deskkit/runtime';
import type { FieldPathList } from '@rjsf/utils';
import type { TranslateFn } from '../i18n/messages';
import type { FormValues, SubmitContext } from './FormRenderer.types';
import { FormStore } from './store';

/** The top-level field an issue path (`/data/items/0/qty`) is about, if any. */
export function issueField(path: string, prefix = '/data'): string | undefined {
  if (!path.startsWith(`${prefix}/`)) return undefined;
  const segment = path.slice(prefix.length + 1).split('/')[0];
  return segment === undefined ? undefined : segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function setIn(target: unknown, path: FieldPathList, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as Array<string | number>;
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(target)
    ? [...target]
    : { ...(target && typeof target === 'object' ? (target as Record<string, unknown>) : {}) };
  const key = head as string | number;
  const next = setIn((container as Record<string | number, unknown>)[key], rest, value);
  (container as Record<string | number, unknown>)[key] = next;
  return container;
}

/** Field states before rules run: what the permissions and the schema's `required` say. */
export function baseStates(
  form: FormDefinition,
  permissions: Record<string, FieldPermission> | undefined,
): Record<string, FieldState> {
  const required = new Set(Array.isArray(form.schema.required) ? form.schema.required : []);
  const states: Record<string, FieldState> = {};
  for (const name of formFieldNames(form.schema)) {
    states[name] = baseFieldState(permissions?.[name] ?? 'edit', required.has(name));
  }
  return states;
}

/** Top-level `default`s of the schema for fields without a value. */
export function withDefaults(form: FormDefinition, values: FormValues): FormValues {
  let result = values;
  for (const [name, schema] of Object.entries(form.schema.properties ?? {})) {
    if (schema.default !== undefined && values[name] === undefined) {
      if (result === values) result = { ...values };
      result[name] = structuredClone(schema.default);
    }
  }
  return result;
}

/** Settings the React component refreshes on every render. */
export interface ControllerConfig {
  form: FormDefinition;
  evaluator: FormEvaluator;
  validator?: FormValidator;
  t: TranslateFn;
  onChange?: (values: FormValues, change: { field?: string }) => void;
  onSubmit?: (values: FormValues, context: SubmitContext) => void | Promise<void>;
  onEvaluate?: (evaluation: FormEvaluation) => void;
  onIssues?: (issues: Issue[]) => void;
}

/**
 * The renderer's logic outside React: edits, rule evaluation through the runtime's evaluator,
 * validation through the runtime's `validateFormData`, server errors and submit. React only reads
 * the store it owns.
 */
export class FormController {
  readonly store: FormStore;
  private config: ControllerConfig;
  private seq = 0;
  private validating = false;
  private clientErrors: Record<string, string[]> = {};
  private serverErrors: Record<string, string[]> = {};
  private latest: FormEvaluation | undefined;
  /** The data the form opened with: what read-only fields keep. */
  private stored: FormValues;

  constructor(
    config: ControllerConfig,
    values: FormValues,
    permissions?: Record<string, FieldPermission>,
  ) {
    this.config = config;
    this.stored = values;
    this.store = new FormStore(values);
    this.store.setStates(baseStates(config.form, permissions));
  }

  configure(config: ControllerConfig): void {
    const changed = config.evaluator !== this.config.evaluator;
    this.config = config;
    if (changed) void this.evaluate();
  }

  private translateIssue(issue: Issue): string {
    return this.config.t(`issue.${issue.code}`, undefined, issue.message);
  }

  private publishErrors(): void {
    const merged: Record<string, string[]> = {};
    for (const source of [this.serverErrors, this.clientErrors]) {
      for (const [field, messages] of Object.entries(source)) {
        merged[field] = [
          ...(merged[field] ?? []),
          ...messages.filter((m) => !merged[field]?.includes(m)),
        ];
      }
    }
    this.store.setErrors(merged);
  }

  private group(issues: Issue[]): { byField: Record<string, string[]>; other: Issue[] } {
    const byField: Record<string, string[]> = {};
    const other: Issue[] = [];
    const names = new Set(formFieldNames(this.config.form.schema));
    for (const issue of issues) {
      const field = issueField(issue.path);
      if (field && names.has(field)) (byField[field] ??= []).push(this.translateIssue(issue));
      else other.push(issue);
    }
    return { byField, other };
  }

  /** Server issues from the host (`errors` prop); returns the ones not about a field. */
  setServerErrors(issues: Issue[] | undefined): Issue[] {
    const { byField, other } = this.group(issues ?? []);
    this.serverErrors = byField;
    this.publishErrors();
    return other;
  }

  /** Replaces the data (controlled `value`, templates); only changed fields re-render. */
  setValues(values: FormValues, stored = false): void {
    if (stored) this.stored = values;
    if (this.store.setValues(values).length > 0) void this.evaluate();
  }

  /** A field's widget changed its value (at `path` inside the data). */
  change = (name: string, value: unknown, path: FieldPathList): void => {
    const next = path.length > 1 ? setIn(this.store.getValue(name), path.slice(1), value) : value;
    if (!this.store.setValue(name, next)) return;
    if (this.serverErrors[name]) {
      const { [name]: _gone, ...rest } = this.serverErrors;
      this.serverErrors = rest;
      this.publishErrors();
    }
    this.config.onChange?.(this.store.getValues(), { field: name });
    void this.evaluate();
  };

  /** Applies a template's values to the fields the actor may edit. */
  applyTemplate(values: FormValues): void {
    const states = this.store.getStates();
    const next = { ...this.store.getValues() };
    for (const [key, value] of Object.entries(values)) {
      const state = states[key];
      if (state && state.visible && !state.readonly) next[key] = structuredClone(value);
    }
    this.setValues(next);
    this.config.onChange?.(this.store.getValues(), {});
  }

  /** The current values without hidden fields (what a template saves). */
  visibleValues(): FormValues {
    return pruneHidden(this.store.getValues(), this.store.getStates());
  }

  /** Runs the form's rules; applies states and computed values when no newer run started. */
  async evaluate(): Promise<FormEvaluation | undefined> {
    const run = ++this.seq;
    const values = this.store.getValues();
    const evaluation = await this.config.evaluator.evaluate(values);
    if (run !== this.seq) return undefined;
    this.latest = evaluation;
    let computed = false;
    if (evaluation.values !== values) {
      for (const [key, value] of Object.entries(evaluation.values)) {
        if (!jsonEqual(this.store.getValue(key), value)) {
          this.store.setValue(key, value);
          computed = true;
        }
      }
    }
    this.store.setStates(evaluation.fields);
    if (computed) this.config.onChange?.(this.store.getValues(), {});
    this.config.onEvaluate?.(evaluation);
    if (this.validating) this.validate(evaluation);
    return evaluation;
  }

  private validate(evaluation: FormEvaluation): Issue[] {
    const issues = validateFormData(this.config.form, this.store.getValues(), evaluation, {
      ...(this.config.validator ? { validator: this.config.validator } : {}),
    });
    const { byField } = this.group(issues);
    this.clientErrors = byField;
    this.publishErrors();
    return issues;
  }

  /**
   * Validates and, when valid, calls `onSubmit` with the data the runtime accepts: hidden fields
   * left out, read-only fields with their stored value. Returns the issues found.
   */
  async submit(): Promise<Issue[]> {
    const evaluation = (await this.evaluate()) ?? this.latest;
    if (!evaluation) return [];
    this.validating = true;
    const issues = this.validate(evaluation);
    if (issues.length > 0) {
      this.config.onIssues?.(issues);
      return issues;
    }
    const data: FormValues = pruneHidden(this.store.getValues(), evaluation);
    for (const [name, state] of Object.entries(evaluation.fields)) {
      if (!state.visible || !state.readonly) continue;
      if (this.stored[name] === undefined) delete data[name];
      else data[name] = this.stored[name];
    }
    try {
      await this.config.onSubmit?.(data, { evaluation });
    } catch (err) {
      const thrown = (err as { issues?: unknown }).issues;
      if (!Array.isArray(thrown)) throw err;
      const other = this.setServerErrors(thrown as Issue[]);
      this.config.onIssues?.(thrown as Issue[]);
      void other;
      return thrown as Issue[];
    }
    return [];
  }
}

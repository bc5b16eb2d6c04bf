import type { FieldPermission, JsonSchema } from '../definition/definition.types';
import type { Issue } from '../errors/errors';
import type { ExpressionLimits } from '../expressions/expression.types';

/**
 * The effective state of one field for one actor at one step: its permission there merged with the
 * form's rules.
 */
export interface FieldState {
  visible: boolean;
  required: boolean;
  readonly: boolean;
  /** The permission the step grants (`edit` when none was given). */
  permission: FieldPermission;
}

/** The result of evaluating a form's rules against data. */
export interface FormEvaluation {
  /** Every top-level field of the form schema. */
  fields: Record<string, FieldState>;
  /** The data with computed `value` rules applied (the same object when no value rule exists). */
  values: Record<string, unknown>;
  /**
   * Rules that failed to parse or evaluate (code `RULE_FAILED`, path `/form/rules/<i>/<property>`).
   * A failed rule fails closed: its field is hidden, not required and read-only for this evaluation
   * (its value unchanged), so a broken rule never opens a field. Present
   * only when something failed.
   */
  errors?: Issue[];
}

/** Options of {@link createFormEvaluator}. */
export interface FormEvaluatorOptions {
  /** Permission of each field at the current step (see `fieldPermissionsAt`); unlisted fields are `edit`. */
  permissions?: Record<string, FieldPermission>;
  /**
   * Variables for rule expressions: `ticket` → `$ticket`, `actor` → `$actor`, `now` (Date, ISO
   * string or epoch ms) → the time `$now()` returns; any other key `k` → `$k`.
   */
  bindings?: Record<string, unknown>;
  /** Limits for each rule expression. */
  limits?: ExpressionLimits;
}

/** Evaluates one form's rules; create it once per form and permissions, call `evaluate` per change. */
export interface FormEvaluator {
  evaluate(data: Record<string, unknown>): Promise<FormEvaluation>;
}

/** Options a {@link FormValidator} receives. */
export interface FormValidatorOptions {
  /** The label to show for the value at a JSON pointer inside the data (`/risk` → `Risk level`). */
  label?: (pointer: string) => string;
  /**
   * The whole phrase a message starts with for the value at a pointer, used as is (`"approval.mode"
   * of node "review"`); takes precedence over `label`, which is quoted.
   */
  subject?: (pointer: string) => string;
}

/**
 * Validates data against a JSON Schema. Issues' `path` is a JSON pointer into the data (`/risk`,
 * `/items/0/qty`, `` for the root); `validateFormData` prefixes it with `/data`.
 */
export interface FormValidator {
  validate(schema: JsonSchema, data: unknown, options?: FormValidatorOptions): Issue[];
}

/** Options of `validateFormData`. */
export interface ValidateFormDataOptions {
  /**
   * The JSON Schema validator; `safeFormValidator` (eval-free, prepared once per schema object) when
   * absent. `ajvFormValidator` from `@deskkit/runtime/ajv` is the ajv alternative.
   */
  validator?: FormValidator;
  /** Prefix of every issue's path (default `/data`). */
  pathPrefix?: string;
}

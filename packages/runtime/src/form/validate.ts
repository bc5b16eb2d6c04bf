import type { LocalizedText } from '../definition/definition.types';
import type { FormDefinition, JsonSchema } from '../definition/definition.types';
import type { Issue } from '../errors/errors';
import type { FormEvaluation, FormValidator, ValidateFormDataOptions } from './form.types';
import { escapePointer, pointerLabel } from './messages';
import { pruneHidden } from './schema';
import { safeFormValidator } from './validators';
import { own } from '../model/own';
import { localizeSchema, textPicker } from '../definition/localize';

/** Titles written per locale are texts to the validator: its metaschema wants strings. */
const plain = textPicker([]);

/** `undefined`, `null`, a blank string and an empty list count as "not filled in". */
export function isEmptyValue(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

// Required fields are checked against the evaluation (rules and permissions decide them), so the
// schema handed to the validator drops its top-level `required` (and has one variant of each text
// written per locale); derived once per schema object.
const withoutRequired = new WeakMap<JsonSchema<LocalizedText>, JsonSchema>();
function validationSchema(schema: JsonSchema<LocalizedText>): JsonSchema {
  let derived = withoutRequired.get(schema);
  if (!derived) {
    const { required: _required, ...rest } = localizeSchema(schema, plain);
    derived = rest;
    withoutRequired.set(schema, derived);
  }
  return derived;
}

/** The label of the value at a pointer: the field's UI label or schema title, then the sub-path. */
export function labelFor(form: FormDefinition<LocalizedText>): (pointer: string) => string {
  return (pointer) => {
    const segments = pointer
      .split('/')
      .slice(1)
      .map((s) => pointerLabel(`/${s}`));
    const [top, ...rest] = segments;
    if (top === undefined) return 'The form';
    const property = own(form.schema.properties, top);
    const text = own(form.ui?.fields, top)?.label ?? property?.title;
    const name = text === undefined ? top : plain(text);
    const tail = rest.map((s) => (/^\d+$/.test(s) ? String(Number(s) + 1) : s));
    return [name, ...tail].join(' › ');
  };
}

/**
 * Validates data against a form: the JSON Schema (`safeFormValidator` by default, prepared once per
 * schema object; pass `validator: ajvFormValidator` from `@deskkit/runtime/ajv` for ajv),
 * then every visible field the evaluation marks required must be filled in. Fields that are not
 * visible are removed from the data first, and an empty value (`undefined`, `null`, blank text,
 * empty list) of a top-level field counts as not filled in, so it is only checked for `required`.
 * Returns every issue, with paths like `/data/cabNotes`; an empty list means the data is valid.
 * Throws `DefinitionError` (code `FORM_SCHEMA_INVALID`) when the schema itself does not compile.
 *
 * @example
 * ```ts
 * const evaluation = await evaluateForm(form, data, { permissions });
 * const issues = validateFormData(form, data, evaluation);
 * if (issues.length) throw new ValidationError('Please correct the form.', issues);
 * ```
 */
export function validateFormData(
  form: FormDefinition<LocalizedText>,
  data: Record<string, unknown>,
  evaluation: FormEvaluation,
  options: ValidateFormDataOptions = {},
): Issue[] {
  const validator = options.validator ?? safeFormValidator;
  const prefix = options.pathPrefix ?? '/data';
  const label = labelFor(form);
  const visible = pruneHidden(data, evaluation.fields);
  const filled = Object.fromEntries(
    Object.entries(visible).filter(
      ([key, value]) => !Object.hasOwn(evaluation.fields, key) || !isEmptyValue(value),
    ),
  );

  const issues: Issue[] = [];
  for (const [name, state] of Object.entries(evaluation.fields)) {
    if (state.visible && state.required && isEmptyValue(own(visible, name))) {
      issues.push({
        path: `${prefix}/${escapePointer(name)}`,
        code: 'REQUIRED',
        severity: 'error',
        message: `"${label(`/${escapePointer(name)}`)}" is required.`,
      });
    }
  }
  for (const issue of validator.validate(validationSchema(form.schema), filled, { label })) {
    issues.push({ ...issue, path: `${prefix}${issue.path}` });
  }
  return issues;
}

/**
 * Compiles a form schema with the default validator and returns why it does not compile, or
 * undefined when it does (the compiled validator is cached for later `validateFormData` calls).
 */
export function checkFormSchema(
  schema: JsonSchema<LocalizedText>,
  validator: FormValidator = safeFormValidator,
): string | undefined {
  try {
    validator.validate(validationSchema(schema), {});
    // Whether each pattern can match in linear time is not asked here: that needs the lazily
    // loaded engine, and this answer must not depend on whether it has arrived (publish asks).
    return undefined;
  } catch (err) {
    const issue = (err as { issues?: Issue[] }).issues?.[0];
    return issue?.message ?? (err instanceof Error ? err.message : String(err));
  }
}

import type { LocalizedText } from '../definition/definition.types';
import type { JsonSchema } from '../definition/definition.types';
import type { FieldState, FormEvaluation } from './form.types';
import { own, setOwn } from '../model/own';

type FieldStates = Record<string, FieldState>;

const statesOf = (source: FormEvaluation | FieldStates): FieldStates =>
  'fields' in source && 'values' in source && typeof source.fields === 'object'
    ? (source as FormEvaluation).fields
    : (source as FieldStates);

/**
 * The data without the fields that are not visible: what a viewer may receive and what a submit
 * may carry. Keys that are not form fields are kept.
 *
 * @example
 * ```ts
 * pruneHidden({ title: 'VPN', internal: 'x' }, evaluation); // { title: 'VPN' } when internal is hidden
 * ```
 */
export function pruneHidden(
  data: Record<string, unknown>,
  evaluation: FormEvaluation | FieldStates,
): Record<string, unknown> {
  const fields = statesOf(evaluation);
  // fromEntries defines own properties: a field named `__proto__` stays a field.
  return Object.fromEntries(
    Object.entries(data).filter(
      ([key]) => !Object.hasOwn(fields, key) || fields[key]?.visible !== false,
    ),
  );
}

/**
 * The form schema as one actor sees it: properties that are not visible removed, read-only ones
 * marked `readOnly: true`, and `required` replaced by the fields required now. This is the schema
 * `viewTicket` returns and the form renderer draws.
 *
 * @example
 * ```ts
 * const { fields } = await evaluateForm(form, data, { permissions });
 * const schema = applyPermissionsToSchema(form.schema, fields);
 * ```
 */
export function applyPermissionsToSchema(
  schema: JsonSchema<LocalizedText>,
  fields: FieldStates,
): JsonSchema<LocalizedText> {
  const properties: Record<string, JsonSchema<LocalizedText>> = {};
  const schemaRequired = new Set(Array.isArray(schema.required) ? schema.required : []);
  const required: string[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const state = own(fields, name);
    if (state && !state.visible) continue;
    setOwn(properties, name, state?.readonly ? { ...property, readOnly: true } : property);
    if (state ? state.required : schemaRequired.has(name)) required.push(name);
  }
  const { required: _old, ...rest } = schema;
  return required.length > 0 ? { ...rest, properties, required } : { ...rest, properties };
}

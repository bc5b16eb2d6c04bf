import type { JsonSchema } from '../definition/definition.types';
import { DefinitionError } from '../errors/errors';
import type { FormValidatorOptions } from './form.types';
import { pointerLabel } from './messages';

/** The label function of a validation: the caller's, else the pointer's last segment. */
export const labelOf = (options?: FormValidatorOptions): ((pointer: string) => string) =>
  options?.label ?? pointerLabel;

/** A schema's own `$schema`/`$id` would clash between forms sharing one validator instance. */
export function standalone(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/** The typed error of a form schema that does not compile. */
export function schemaError(err: unknown): DefinitionError {
  const message = err instanceof Error ? err.message : String(err);
  return new DefinitionError(`The form schema is not a valid JSON Schema: ${message}`, [
    { path: '/form/schema', code: 'FORM_SCHEMA_INVALID', severity: 'error', message },
  ]);
}

import type { FormValidator, JsonSchema } from '@deskkit/runtime';
import type {
  ErrorSchema,
  RJSFSchema,
  RJSFValidationError,
  ValidationData,
  ValidatorType,
} from '@rjsf/utils';
import { toErrorSchema } from '@rjsf/utils';

function pointerToProperty(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => `.${s.replace(/~1/g, '/').replace(/~0/g, '~')}`)
    .join('');
}

function withDefinitions(schema: RJSFSchema, rootSchema: RJSFSchema | undefined): JsonSchema {
  if (!rootSchema || schema === rootSchema) return schema as JsonSchema;
  const extra: Record<string, unknown> = {};
  if (rootSchema.definitions && !schema.definitions) extra.definitions = rootSchema.definitions;
  if (rootSchema.$defs && !schema.$defs) extra.$defs = rootSchema.$defs;
  return { ...schema, ...extra } as JsonSchema;
}

/**
 * Adapts a runtime {@link FormValidator} (ajv, or the eval-free one for strict CSP hosts) to the
 * validator interface rjsf's schema utilities call (for `oneOf`/`anyOf` selection and defaults),
 * so the renderer uses one validator everywhere and never needs `new Function` when given the
 * eval-free one.
 *
 * @example
 * ```ts
 * import { safeFormValidator } from '@deskkit/runtime';
 * const rjsfValidator = toRjsfValidator(safeFormValidator);
 * ```
 */
export function toRjsfValidator(validator: FormValidator): ValidatorType {
  const run = (schema: RJSFSchema, data: unknown): RJSFValidationError[] =>
    validator.validate(schema as JsonSchema, data).map((issue) => {
      const property = pointerToProperty(issue.path);
      return {
        name: issue.code,
        property,
        message: issue.message,
        stack: `${property || '.'} ${issue.message}`.trim(),
        schemaPath: '',
      };
    });
  return {
    validateFormData(formData: unknown, schema: RJSFSchema): ValidationData<unknown> {
      const errors = run(schema, formData);
      return { errors, errorSchema: toErrorSchema(errors) as ErrorSchema<unknown> };
    },
    isValid(schema: RJSFSchema, formData: unknown, rootSchema: RJSFSchema): boolean {
      try {
        return run(withDefinitions(schema, rootSchema) as RJSFSchema, formData).length === 0;
      } catch {
        return false;
      }
    },
    rawValidation<Result>(schema: RJSFSchema, formData?: unknown) {
      try {
        return { errors: run(schema, formData) as unknown as Result[] };
      } catch (err) {
        return { validationError: err instanceof Error ? err : new Error(String(err)) };
      }
    },
  };
}

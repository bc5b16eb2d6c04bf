import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from './ajv';
import type { FormValidator } from './form.types';
import { escapePointer, violationIssue } from './messages';
import type { Violation } from './messages';
import { labelOf, schemaError, standalone } from './validator.utils';

let sharedAjv: ReturnType<typeof createAjv> | undefined;
let compiles = 0;
const AJV_RENEW_EVERY = 200;
const ajvCache = new WeakMap<object, ValidateFunction>();

function fromAjv(e: ErrorObject): Violation | undefined {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'if' || e.keyword === 'then' || e.keyword === 'else') return undefined;
  let pointer = e.instancePath;
  if (e.keyword === 'required') pointer += `/${escapePointer(String(params.missingProperty))}`;
  if (e.keyword === 'additionalProperties') {
    pointer += `/${escapePointer(String(params.additionalProperty))}`;
  }
  return { keyword: e.keyword, pointer, params, fallback: e.message ?? e.keyword };
}

/**
 * A {@link FormValidator} on ajv with the standard formats (`@deskkit/runtime/ajv`), each schema
 * object compiled once and cached. ajv generates code with `new Function`, so it needs a
 * Content-Security-Policy that allows `unsafe-eval`; the runtime's default, `safeFormValidator`,
 * never generates code. Pass this one where ajv's speed on large forms or its exact keyword
 * coverage matters more than ~40 kB (min+gzip) of bundle.
 *
 * @example
 * ```ts
 * import { createRuntime } from '@deskkit/runtime';
 * import { ajvFormValidator } from '@deskkit/runtime/ajv';
 * const runtime = createRuntime({ validator: ajvFormValidator });
 * ```
 */
export const ajvFormValidator: FormValidator = {
  validate(schema, data, options) {
    let validate = ajvCache.get(schema);
    if (!validate) {
      sharedAjv ??= createAjv();
      // ajv keeps what it compiles for the life of the instance; a fresh instance now and then lets
      // the schemas of forms being edited (a new object per edit) be collected.
      if (++compiles % AJV_RENEW_EVERY === 0) sharedAjv = createAjv();
      try {
        validate = sharedAjv.compile(standalone(schema));
      } catch (err) {
        throw schemaError(err);
      }
      ajvCache.set(schema, validate);
    }
    if (validate(data)) return [];
    const label = labelOf(options);
    return (validate.errors ?? [])
      .map(fromAjv)
      .filter((v): v is Violation => v !== undefined)
      .map((v) => violationIssue(v, label, options?.subject));
  },
};

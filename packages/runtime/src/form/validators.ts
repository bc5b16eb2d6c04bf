import { Validator } from '@cfworker/json-schema';
import type { Schema } from '@cfworker/json-schema';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { JsonSchema } from '../definition/definition.types';
import { DefinitionError } from '../errors/errors';
import type { Issue } from '../errors/errors';
import { createAjv } from './ajv';
import type { FormValidator, FormValidatorOptions } from './form.types';
import { escapePointer, pointerLabel, violationIssue } from './messages';
import type { Violation } from './messages';

const labelOf = (options?: FormValidatorOptions): ((pointer: string) => string) =>
  options?.label ?? pointerLabel;

let sharedAjv: ReturnType<typeof createAjv> | undefined;
let compiles = 0;
const AJV_RENEW_EVERY = 200;
const ajvCache = new WeakMap<object, ValidateFunction>();

/** A schema's own `$schema`/`$id` would clash between forms sharing one validator instance. */
function standalone(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

function schemaError(err: unknown): DefinitionError {
  const message = err instanceof Error ? err.message : String(err);
  return new DefinitionError(`The form schema is not a valid JSON Schema: ${message}`, [
    { path: '/form/schema', code: 'FORM_SCHEMA_INVALID', severity: 'error', message },
  ]);
}

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
 * The default {@link FormValidator}: ajv with the standard formats, each schema object compiled
 * once and cached. ajv generates code with `new Function`; use {@link safeFormValidator} where a
 * Content-Security-Policy forbids that.
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

const cfCache = new WeakMap<object, { validator: Validator; schema: Schema }>();
/** Keywords cfworker reports as a summary of deeper errors, which are reported on their own. */
const SUMMARIES = new Set([
  'properties',
  'items',
  'prefixItems',
  'additionalItems',
  'allOf',
  '$ref',
  '$recursiveRef',
  'false',
  'if',
  'then',
  'else',
  'patternProperties',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
]);

function resolvePointer(root: unknown, location: string, depth = 0): unknown {
  const segments = location.replace(/^#\/?/, '').split('/').filter(Boolean);
  let node = root;
  for (const raw of segments) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object') return undefined;
    const next = (node as Record<string, unknown>)[key];
    // cfworker reports locations through references (`.../$ref/type`): follow local ones.
    node =
      key === '$ref' && typeof next === 'string' && next.startsWith('#') && depth < 20
        ? resolvePointer(root, next, depth + 1)
        : next;
  }
  return node;
}

const QUOTED = /"([^"]*)"/;

function fromCfworker(
  unit: { keyword: string; keywordLocation: string; instanceLocation: string; error: string },
  schema: Schema,
): Violation | undefined {
  if (SUMMARIES.has(unit.keyword)) return undefined;
  let pointer = unit.instanceLocation.replace(/^#/, '');
  const value = resolvePointer(schema, unit.keywordLocation);
  const params: Record<string, unknown> = {};
  switch (unit.keyword) {
    case 'required':
    case 'additionalProperties': {
      const name = QUOTED.exec(unit.error)?.[1];
      if (name === undefined) break;
      pointer += `/${escapePointer(name)}`;
      break;
    }
    case 'type':
      params.type = value;
      break;
    case 'enum':
      params.allowedValues = value;
      break;
    case 'const':
      params.allowedValue = value;
      break;
    case 'format':
      params.format = value;
      break;
    case 'pattern': {
      params.pattern = value;
      const parent = resolvePointer(schema, unit.keywordLocation.replace(/\/[^/]*$/, ''));
      const description = (parent as { description?: unknown } | undefined)?.description;
      if (typeof description === 'string') params.description = description;
      break;
    }
    case 'multipleOf':
      params.multipleOf = value;
      break;
    default:
      params.limit = value;
  }
  if (value === undefined && !['required', 'additionalProperties'].includes(unit.keyword)) {
    // The location is behind a $ref we cannot follow: keep the library's own sentence.
    return { keyword: 'unknown', pointer, params, fallback: unit.error };
  }
  return { keyword: unit.keyword, pointer, params, fallback: unit.error };
}

/**
 * A {@link FormValidator} that never generates code (no `eval`, no `new Function`), for hosts with
 * a strict Content-Security-Policy. Built on `@cfworker/json-schema` (drafts 4, 7, 2019-09 and
 * 2020-12; used here as draft-07, like ajv); each schema object is prepared once and cached.
 *
 * @example
 * ```ts
 * const issues = validateFormData(form, data, evaluation, { validator: safeFormValidator });
 * ```
 */
export const safeFormValidator: FormValidator = {
  validate(schema, data, options) {
    let entry = cfCache.get(schema);
    if (!entry) {
      // cfworker annotates the schema it is given; keep the caller's object untouched.
      const copy = structuredClone(standalone(schema)) as Schema;
      try {
        entry = { validator: new Validator(copy, '7', false), schema: copy };
      } catch (err) {
        throw schemaError(err);
      }
      cfCache.set(schema, entry);
    }
    const result = entry.validator.validate(data);
    if (result.valid) return [];
    const label = labelOf(options);
    const seen = new Set<string>();
    const issues: Issue[] = [];
    for (const unit of result.errors) {
      const violation = fromCfworker(unit, entry.schema);
      if (!violation) continue;
      const issue = violationIssue(violation, label, options?.subject);
      const key = `${issue.path}|${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push(issue);
    }
    return issues;
  },
};

import { Validator } from '@cfworker/json-schema';
import type { Schema } from '@cfworker/json-schema';
import type { JsonSchema } from '../definition/definition.types';
import type { Issue } from '../errors/errors';
import type { FormValidator } from './form.types';
import { DRAFT_07_META_SCHEMA } from './metaSchema';
import { escapePointer, violationIssue } from './messages';
import type { Violation } from './messages';
import { labelOf, schemaError, standalone } from './validator.utils';

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
      params[unit.keyword === 'required' ? 'missingProperty' : 'additionalProperty'] = name;
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
    case 'pattern': {
      params[unit.keyword] = value;
      // A rule's `description` says in words what the pattern or format wants.
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
 * The runtime's default {@link FormValidator}: it never generates code (no `eval`, no
 * `new Function`), so it runs under a strict Content-Security-Policy, and it keeps ajv out of the
 * main entry. Built on `@cfworker/json-schema` (drafts 4, 7, 2019-09 and
 * 2020-12; used here as draft-07, like ajv); each schema object is prepared once and cached.
 *
 * @example
 * ```ts
 * const issues = validateFormData(form, data, evaluation, { validator: safeFormValidator });
 * ```
 */
export const safeFormValidator: FormValidator = {
  validate(schema, data, options) {
    const violations = safeViolations(schema, data);
    if (violations.length === 0) return [];
    const label = labelOf(options);
    const seen = new Set<string>();
    const issues: Issue[] = [];
    for (const violation of violations) {
      const issue = violationIssue(violation, label, options?.subject);
      const key = `${issue.path}|${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push(issue);
    }
    return issues;
  },
};

/**
 * The violations of `data` against `schema` found by `@cfworker/json-schema`, before they become
 * issues (the definition check words them its own way). Throws `DefinitionError` when the schema
 * does not compile.
 */
export function safeViolations(schema: JsonSchema, data: unknown): Violation[] {
  let entry = cfCache.get(schema);
  if (!entry) {
    const problem = metaSchemaProblem(schema);
    if (problem) throw schemaError(new Error(problem));
    // cfworker annotates the schema it is given; keep the caller's object untouched.
    const copy = structuredClone(standalone(schema)) as Schema;
    try {
      entry = { validator: new Validator(copy, '7', false), schema: copy };
    } catch (err) {
      throw schemaError(err);
    }
    cfCache.set(schema, entry);
  }
  let result: ReturnType<Validator['validate']>;
  try {
    result = entry.validator.validate(data);
  } catch (err) {
    // cfworker refuses `undefined` (not a JSON value); read it as JSON would, like ajv does.
    if (!hasUndefined(data)) throw schemaError(err);
    result = entry.validator.validate(asJson(data));
  }
  if (result.valid) return [];
  const out: Violation[] = [];
  for (const unit of result.errors) {
    const violation = fromCfworker(unit, entry.schema);
    if (violation) out.push(violation);
  }
  return out;
}

let metaValidator: Validator | undefined;

/** Why a schema is not valid JSON Schema (draft-07), or undefined when it is. */
function metaSchemaProblem(schema: JsonSchema): string | undefined {
  metaValidator ??= new Validator(
    structuredClone(DRAFT_07_META_SCHEMA) as unknown as Schema,
    '7',
    false,
  );
  const result = metaValidator.validate(asJson(schema));
  if (result.valid) return unresolvedRef(schema, schema, '');
  const meta = DRAFT_07_META_SCHEMA as unknown as Schema;
  const violations = result.errors
    .map((unit) => fromCfworker(unit, meta))
    .filter((v): v is Violation => v !== undefined && v.keyword !== 'anyOf');
  // The deepest violation names the keyword at fault; the others summarise it.
  const first = violations.sort((a, b) => b.pointer.length - a.pointer.length)[0];
  if (!first) return result.errors[0]?.error ?? 'not valid';
  return violationIssue(first, (pointer) => `schema${pointer}`).message;
}

/** The first `$ref` that is not a local pointer into the schema (ajv refuses those at compile). */
function unresolvedRef(root: unknown, node: unknown, at: string): string | undefined {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) {
      const found = unresolvedRef(root, item, `${at}/${i}`);
      if (found) return found;
    }
    return undefined;
  }
  if (!node || typeof node !== 'object') return undefined;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const local = value === '#' || value.startsWith('#/');
      if (!local || resolvePointer(root, value) === undefined) {
        return `"schema${at}/$ref" points at ${JSON.stringify(value)}, which is not a part of this schema.`;
      }
    } else if (key !== 'enum' && key !== 'const' && key !== 'default' && key !== 'examples') {
      const found = unresolvedRef(root, value, `${at}/${escapePointer(key)}`);
      if (found) return found;
    }
  }
  return undefined;
}

function hasUndefined(value: unknown): boolean {
  if (value === undefined) return true;
  // Spread: a hole in a sparse array reads as undefined (`some`/`map` would skip it).
  if (Array.isArray(value)) return [...value].some(hasUndefined);
  if (value && typeof value === 'object') return Object.values(value).some(hasUndefined);
  return false;
}

/** The value as JSON would carry it: `undefined` properties dropped, `undefined` items null. */
function asJson(value: unknown): unknown {
  if (Array.isArray(value)) return [...value].map((v) => (v === undefined ? null : asJson(v)));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = asJson(v);
    return out;
  }
  return value;
}

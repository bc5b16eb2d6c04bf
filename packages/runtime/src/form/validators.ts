import type { LocalizedText } from '../definition/definition.types';
import { Validator } from '@cfworker/json-schema';
import type { Schema } from '@cfworker/json-schema';
import type { JsonSchema } from '../definition/definition.types';
import type { Issue } from '../errors/errors';
import type { FormValidator } from './form.types';
import { DRAFT_07_META_SCHEMA } from './metaSchema';
import { escapePointer, violationIssue } from './messages';
import type { Violation } from './messages';
import { labelOf, schemaError } from './validator.utils';
import { loadRegexEngine, regexEngine } from '../expressions/regex';

const cfCache = new WeakMap<object, Prepared>();
/** Keywords cfworker reports as a summary of deeper errors, which are reported on their own. */
const SUMMARIES = new Set([
  'properties',
  'items',
  'prefixItems',
  'additionalItems',
  'allOf',
  '$ref',
  '$recursiveRef',
  'if',
  'then',
  'else',
  'patternProperties',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
]);

/** cfworker's map of every (sub)schema by absolute URI (typed private, public at run time). */
const lookupOf = (validator: Validator): Record<string, unknown> =>
  (validator as unknown as { lookup: Record<string, unknown> }).lookup;

/** The schema node at a cfworker keyword location, following references through `lookup`. */
function resolvePointer(prepared: Prepared, location: string): unknown {
  let node: unknown = prepared.schema;
  for (const raw of location.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object') return undefined;
    // cfworker reports locations through references (`.../$ref/type`).
    node =
      key === '$ref'
        ? lookupOf(prepared.validator)[
            (node as { __absolute_ref__?: string }).__absolute_ref__ ?? ''
          ]
        : (node as Record<string, unknown>)[key];
  }
  return node;
}

const QUOTED = /"([^"]*)"/;

function fromCfworker(
  unit: { keyword: string; keywordLocation: string; instanceLocation: string; error: string },
  prepared: Prepared,
): Violation | undefined {
  if (SUMMARIES.has(unit.keyword)) return undefined;
  let pointer = unit.instanceLocation.replace(/^#/, '');
  // A `false` subschema allows no value (cfworker's location of it is not reliable).
  if (unit.keyword === 'false') return { keyword: 'false', pointer, params: {}, fallback: '' };
  const value = resolvePointer(prepared, unit.keywordLocation);
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
      const parent = resolvePointer(prepared, unit.keywordLocation.replace(/\/[^/]*$/, ''));
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

/** The prepared schema of a form: cfworker's validator and the annotated copy it validates with. */
interface Prepared {
  validator: Validator;
  schema: Schema;
}

const META_07 = 'http://json-schema.org/draft-07/schema';

function prepare(schema: JsonSchema): Prepared {
  const problem = metaSchemaProblem(schema);
  if (problem) throw schemaError(new Error(problem));
  // cfworker annotates the schema it is given; keep the caller's object untouched. Each schema has
  // its own validator, so its `$id` stays: references relative to it resolve as the spec says.
  const copy = asJson(schema) as Schema;
  let validator: Validator;
  try {
    validator = new Validator(copy, '7', false);
    // A form may point at the draft-07 meta-schema (`"$ref": "http://json-schema.org/draft-07/schema#"`).
    if (JSON.stringify(copy).includes(META_07)) validator.addSchema(metaSchema(), META_07);
  } catch (err) {
    throw schemaError(err);
  }
  const unresolved = schemaProblem(copy, lookupOf(validator), '');
  if (unresolved) throw schemaError(new Error(unresolved));
  return { validator, schema: copy };
}

/**
 * The violations of `data` against `schema` found by `@cfworker/json-schema`, before they become
 * issues (the definition check words them its own way). Throws `DefinitionError` when the schema
 * does not compile.
 */
export function safeViolations(schema: JsonSchema, data: unknown): Violation[] {
  // Boolean schemas (`true` allows everything, `false` nothing) are valid JSON Schema too.
  if ((schema as unknown) === true) return [];
  if ((schema as unknown) === false) {
    return [{ keyword: 'false', pointer: '', params: {}, fallback: 'False boolean schema.' }];
  }
  let entry = cfCache.get(schema);
  if (!entry) {
    entry = prepare(schema);
    cfCache.set(schema, entry);
  }
  let result: ReturnType<Validator['validate']>;
  try {
    result = linearly(() => entry.validator.validate(data));
  } catch (err) {
    // cfworker refuses `undefined` (not a JSON value); read it as JSON would, like ajv does.
    try {
      result = linearly(() => entry.validator.validate(asJson(data)));
    } catch {
      throw schemaError(err);
    }
  }
  if (result.valid) return [];
  const out: Violation[] = [];
  for (const unit of result.errors) {
    const violation = fromCfworker(unit, entry);
    if (violation) out.push(violation);
  }
  // `additionalProperties: false` is also reported as a `false` subschema: say it once.
  const named = new Set(out.filter((v) => v.keyword !== 'false').map((v) => v.pointer));
  const kept = out.filter((v) => v.keyword !== 'false' || !named.has(v.pointer));
  // Never call invalid data valid, even when cfworker only summarised what was wrong.
  return kept.length > 0 ? kept : [{ keyword: 'false', pointer: '', params: {}, fallback: '' }];
}

let meta: Prepared | undefined;

/** Why a schema is not valid JSON Schema (draft-07), or undefined when it is. */
function metaSchemaProblem(schema: JsonSchema): string | undefined {
  meta ??= { validator: new Validator(metaSchema(), '7', false), schema: metaSchema() };
  const result = meta.validator.validate(asJson(schema));
  if (result.valid) return undefined;
  const violations = result.errors
    .map((unit) => fromCfworker(unit, meta as Prepared))
    .filter((v): v is Violation => v !== undefined && v.keyword !== 'anyOf');
  // The deepest violation names the keyword at fault; the others summarise it.
  const first = violations.sort((a, b) => b.pointer.length - a.pointer.length)[0];
  if (!first) return result.errors[0]?.error ?? 'not valid';
  return violationIssue(first, (pointer) => `schema${pointer}`).message;
}

let metaCopy: Schema | undefined;
const metaSchema = (): Schema =>
  (metaCopy ??= structuredClone(DRAFT_07_META_SCHEMA) as unknown as Schema);

/**
 * The first problem of a schema that the meta-schema does not see: a `$ref` that resolves to no
 * part of it (ajv refuses those at compile; checked with cfworker's `lookup`), or, without
 * `lookup` and once the linear-time engine is loaded, a `pattern` or `patternProperties` key that
 * RE2 cannot run (lookaround, backreferences).
 */
function schemaProblem(
  node: unknown,
  lookup: Record<string, unknown> | undefined,
  at: string,
): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const { $ref, pattern, patternProperties } = node as Record<string, unknown>;
  const absolute = (node as { __absolute_ref__?: string }).__absolute_ref__;
  if (lookup && typeof $ref === 'string' && lookup[absolute ?? $ref] === undefined) {
    return `"schema${at}/$ref" points at ${JSON.stringify($ref)}, which is not a part of this schema.`;
  }
  const engine = lookup ? undefined : regexEngine();
  const patterns: Array<[string, unknown]> = [['/pattern', pattern]];
  if (patternProperties && typeof patternProperties === 'object') {
    for (const key of Object.keys(patternProperties)) {
      patterns.push([`/patternProperties/${escapePointer(key)}`, key]);
    }
  }
  for (const [where, source] of patterns) {
    const why = engine && typeof source === 'string' ? engine.linearProblem(source) : undefined;
    if (why) {
      return `"schema${at}${where}" (${JSON.stringify(source)}) uses lookaround or a backreference, which cannot match in linear time: ${why}`;
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples') continue;
    const found = schemaProblem(value, lookup, `${at}/${escapePointer(key)}`);
    if (found) return found;
  }
  return undefined;
}

/**
 * The first `pattern` (or `patternProperties` key) of a form schema that cannot match in linear
 * time, once the engine is loaded (`publish` loads it): such a form is refused.
 */
export const patternProblem = (schema: JsonSchema<LocalizedText>): string | undefined =>
  schemaProblem(schema, undefined, '');

/**
 * Runs `validate` with `RegExp` standing for the linear-time engine once it is loaded:
 * `@cfworker/json-schema` builds every `pattern` and `patternProperties` key with
 * `new RegExp(...)`, so a catastrophic pattern cannot backtrack on hostile input. Synchronous, so
 * no other code runs while the global is replaced.
 */
function linearly<T>(validate: () => T): T {
  const engine = regexEngine();
  if (!engine) return validate();
  const native = globalThis.RegExp;
  globalThis.RegExp = engine.LinearRegExp as unknown as RegExpConstructor;
  try {
    return validate();
  } finally {
    globalThis.RegExp = native;
  }
}

/**
 * Loads the linear-time engine JSON Schema patterns match on (RE2JS, a lazily loaded chunk) when
 * `schema` has a `pattern` (or always, without a schema). The runtime does this before it validates
 * ticket data and before it publishes; a host that calls `validateFormData` on untrusted input
 * with its own schemas awaits it once first.
 *
 * @example
 * ```ts
 * await loadPatternEngine(form.schema);
 * const issues = validateFormData(form, data, evaluation);
 * ```
 */
export async function loadPatternEngine(schema?: unknown): Promise<void> {
  if (regexEngine()) return;
  if (schema && typeof schema === 'object') {
    let has = patterned.get(schema);
    if (has === undefined)
      patterned.set(schema, (has = JSON.stringify(schema).includes('"pattern')));
    if (!has) return;
  }
  await loadRegexEngine();
}

const patterned = new WeakMap<object, boolean>();

/** The value as JSON would carry it: `undefined` properties dropped, `undefined` items null. */
function asJson(value: unknown): unknown {
  if (Array.isArray(value)) return [...value].map((v) => (v === undefined ? null : asJson(v)));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // defineProperty: a field named `__proto__` is data, not the object's prototype.
      if (v !== undefined)
        Object.defineProperty(out, k, {
          value: asJson(v),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return out;
  }
  return value;
}

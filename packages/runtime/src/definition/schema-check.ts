import type { Issue } from '../errors/errors';
import type { FormValidator } from '../form/form.types';
import type { Violation } from '../form/messages';
import { safeViolations } from '../form/validators';
import type { JsonSchema } from './definition.types';
import { capitalize, describePath, issueFactory } from './issues';
import { definitionSchema } from './schema';

const CODES: Record<string, string> = {
  required: 'SCHEMA_REQUIRED',
  additionalProperties: 'SCHEMA_UNKNOWN_PROPERTY',
  type: 'SCHEMA_INVALID_TYPE',
  enum: 'SCHEMA_INVALID_VALUE',
  const: 'SCHEMA_INVALID_VALUE',
  pattern: 'SCHEMA_INVALID_FORMAT',
  format: 'SCHEMA_INVALID_FORMAT',
  minimum: 'SCHEMA_OUT_OF_RANGE',
  maximum: 'SCHEMA_OUT_OF_RANGE',
  exclusiveMinimum: 'SCHEMA_OUT_OF_RANGE',
  exclusiveMaximum: 'SCHEMA_OUT_OF_RANGE',
  minLength: 'SCHEMA_INVALID_LENGTH',
  maxLength: 'SCHEMA_INVALID_LENGTH',
  minItems: 'SCHEMA_INVALID_LENGTH',
  maxItems: 'SCHEMA_INVALID_LENGTH',
  minProperties: 'SCHEMA_INVALID_LENGTH',
  maxProperties: 'SCHEMA_INVALID_LENGTH',
  uniqueItems: 'SCHEMA_DUPLICATE_ITEMS',
};

const TYPES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function predicate(v: Violation): string {
  const p = v.params;
  const description = typeof p.description === 'string' ? p.description : undefined;
  switch (v.keyword) {
    case 'type':
      return `must be ${(Array.isArray(p.type) ? (p.type as string[]) : String(p.type).split(','))
        .map((t) => TYPES[t] ?? t)
        .join(' or ')}`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'pattern':
    case 'format':
      return description ? `must be ${description}` : `is not in the expected format`;
    case 'minLength':
      return p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters`;
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters`;
    case 'minItems':
      return `must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `must have at most ${String(p.limit)} items`;
    case 'minProperties':
      return p.limit === 1 ? 'must not be empty' : `must have at least ${String(p.limit)} entries`;
    case 'maxProperties':
      return description
        ? `must be ${description}`
        : `must have at most ${String(p.limit)} entries`;
    case 'minimum':
      return `must be at least ${String(p.limit)}`;
    case 'maximum':
      return `must be at most ${String(p.limit)}`;
    case 'exclusiveMinimum':
      return `must be greater than ${String(p.limit)}`;
    case 'exclusiveMaximum':
      return `must be less than ${String(p.limit)}`;
    case 'uniqueItems':
      return 'must not list the same item twice';
    default:
      return v.fallback.replace(/\.$/, '') || 'is not valid';
  }
}

const FROM_FORM_CODES: Record<string, string> = {
  REQUIRED: 'SCHEMA_REQUIRED',
  UNKNOWN_FIELD: 'SCHEMA_UNKNOWN_PROPERTY',
  INVALID_TYPE: 'SCHEMA_INVALID_TYPE',
  INVALID_VALUE: 'SCHEMA_INVALID_VALUE',
  INVALID_FORMAT: 'SCHEMA_INVALID_FORMAT',
  INVALID_PATTERN: 'SCHEMA_INVALID_FORMAT',
  INVALID_LENGTH: 'SCHEMA_INVALID_LENGTH',
  INVALID_ITEMS: 'SCHEMA_INVALID_LENGTH',
  OUT_OF_RANGE: 'SCHEMA_OUT_OF_RANGE',
};

/** The same check through another {@link FormValidator} (e.g. the eval-free one). */
function schemaIssuesWith(def: unknown, formValidator: FormValidator): Issue[] {
  const make = issueFactory(def, 'error');
  const subject = (path: string): string =>
    path === '' ? 'The workflow' : capitalize(describePath(def, path));
  return formValidator
    .validate(definitionSchema as unknown as JsonSchema, def, { subject })
    .map((issue) => {
      const message =
        issue.code === 'UNKNOWN_FIELD'
          ? `${subject(issue.path)} is not a known property; remove it or correct its spelling.`
          : issue.message;
      return make(issue.path, FROM_FORM_CODES[issue.code] ?? 'SCHEMA_INVALID', message);
    });
}

/**
 * Checks a definition against {@link definitionSchema}; every violation becomes one issue. Uses the
 * eval-free `@cfworker/json-schema` (no ajv in the main entry) unless another validator is given.
 */
export function schemaIssues(def: unknown, formValidator?: FormValidator): Issue[] {
  if (formValidator) return schemaIssuesWith(def, formValidator);
  const violations = safeViolations(definitionSchema as unknown as JsonSchema, def);
  if (violations.length === 0) return [];
  const make = issueFactory(def, 'error');
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const v of violations) {
    const path = v.pointer;
    // required / additionalProperties point at the property; the sentence is about its parent.
    const parent = path.replace(/\/[^/]*$/, '');
    let message: string;
    if (v.keyword === 'required') {
      const name = String(v.params.missingProperty);
      message =
        parent === ''
          ? `The workflow is missing "${name}".`
          : `${capitalize(describePath(def, parent))} is missing "${name}".`;
    } else if (v.keyword === 'additionalProperties') {
      const name = String(v.params.additionalProperty);
      message =
        parent === ''
          ? `The workflow has an unknown property "${name}"; remove it or correct its spelling.`
          : `${capitalize(describePath(def, parent))} has an unknown property "${name}"; remove it or correct its spelling.`;
    } else {
      message = `${capitalize(describePath(def, path))} ${predicate(v)}.`;
    }
    const key = `${path}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(make(path, CODES[v.keyword] ?? 'SCHEMA_INVALID', message));
  }
  return issues;
}

import type { Issue } from '../errors/errors';
import type { FormValidator } from '../form/form.types';
import { CODES, describe, violationParams, type Violation } from '../form/messages';
import { safeViolations } from '../form/validators';
import type { JsonSchema } from './definition.types';
import { capitalize, describePath, issueFactory, whereParams } from './issues';
import { definitionSchema } from './schema';

/** Definition wording where it differs from the form's ({@link describe}). */
function predicate(v: Violation): string {
  const p = v.params;
  const description = typeof p.description === 'string' ? p.description : undefined;
  switch (v.keyword) {
    case 'pattern':
    case 'format':
      return description ? `must be ${description}` : `is not in the expected format`;
    case 'minLength':
      return p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters`;
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters`;
    case 'minProperties':
      return p.limit === 1 ? 'must not be empty' : `must have at least ${String(p.limit)} entries`;
    case 'maxProperties':
      return description
        ? `must be ${description}`
        : `must have at most ${String(p.limit)} entries`;
    case 'uniqueItems':
      return 'must not list the same item twice';
    default:
      return describe(v) || 'is not valid';
  }
}

/** The definition code of a form issue code: `SCHEMA_` + its name (three renamed); others `SCHEMA_INVALID`. */
const RENAMED: Record<string, string> = {
  UNKNOWN_FIELD: 'UNKNOWN_PROPERTY',
  INVALID_PATTERN: 'INVALID_FORMAT',
  INVALID_ITEMS: 'INVALID_LENGTH',
};
const schemaCode = (code = ''): string =>
  Object.values(CODES).includes(code) ? `SCHEMA_${RENAMED[code] ?? code}` : 'SCHEMA_INVALID';
const OWN_CODES: Record<string, string> = {
  uniqueItems: 'SCHEMA_DUPLICATE_ITEMS',
  minProperties: 'SCHEMA_INVALID_LENGTH',
  maxProperties: 'SCHEMA_INVALID_LENGTH',
};

/** The finding code (`SCHEMA_*`) of a form validator's issue, by its code and keyword. */
export function schemaCodeOf(issue: Issue): string {
  return OWN_CODES[String(issue.params?.keyword)] ?? schemaCode(issue.code);
}

/**
 * Every code {@link schemaIssues} can give a finding (from the form's codes, renamed, and its
 * own), so a catalog can be checked against them.
 */
export function schemaFindingCodes(): string[] {
  return [
    ...new Set([
      ...Object.values(CODES).map(schemaCode),
      ...Object.values(OWN_CODES),
      schemaCode(),
      'SCHEMA_INVALID_TYPE',
    ]),
  ].sort();
}

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
      // ajv's keyword and params, so the finding reads in the reader's language too.
      const keyword = issue.params?.keyword;
      const parent = keyword === 'required' || keyword === 'additionalProperties';
      const where = whereParams(def, parent ? issue.path.replace(/\/[^/]*$/, '') : issue.path);
      return make(issue.path, schemaCodeOf(issue), message, {
        params: { ...where, ...issue.params },
      });
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
    const code = OWN_CODES[v.keyword] ?? schemaCode(CODES[v.keyword]);
    const where = whereParams(
      def,
      v.keyword === 'required' || v.keyword === 'additionalProperties' ? parent : path,
    );
    issues.push(make(path, code, message, { params: { ...where, ...violationParams(v) } }));
  }
  return issues;
}

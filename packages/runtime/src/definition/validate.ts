import type { LocalizedText } from './definition.types';
import { DefinitionError } from '../errors/errors';
import type { Issue } from '../errors/errors';
import type { FormValidator } from '../form/form.types';
import type { WorkflowDefinition } from './definition.types';
import { buildGraph, graphIssues } from './graph';
import { asList, asRecord, issueFactory } from './issues';
import { loadPatternEngine, patternProblem } from '../form/validators';
import { actionLists } from './walk';
import { nodeSettingIssues, requiredHiddenIssues, ruleCycleIssues } from './nodes';
import { duplicateIdIssues, formSchemaIssues, referenceIssues } from './references';
import { schemaIssues } from './schema-check';

/** Options of {@link validateDefinition}. */
export interface ValidateDefinitionOptions {
  /**
   * The JSON Schema validator for the definition and its form schema; `safeFormValidator` (eval-free,
   * on `@cfworker/json-schema`) when absent. Pass `ajvFormValidator` from `@deskkit/runtime/ajv` to
   * check with ajv instead; the issues have the same paths and codes.
   */
  validator?: FormValidator;
}

/** The result of {@link validateDefinition}. */
export interface DefinitionValidation {
  ok: boolean;
  issues: Issue[];
}

/**
 * Checks a workflow definition and returns every problem at once. Each issue has a JSON-pointer
 * `path`, a stable `code`, `severity: 'error'`, the `nodeId`/`edgeId` it is about when there is
 * one, and a message saying what to change.
 *
 * Besides the JSON Schema ({@link definitionSchema}) it checks: unique node, edge and other ids;
 * edges between existing nodes; exactly one start and at least one end; every node reachable from
 * the start and able to reach an end; parallel splits matched by joins; a default edge (or
 * `exhaustive`) on every exclusive gateway; every jsonata expression parses; every field named by
 * rules, permissions, conditions, mappings, assignments, timers and templates exists in the form;
 * the form schema compiles; a schema-required field is not hidden at the start; approval
 * `rejectTo` targets exist; quorums say how many approvals are enough; timers say how long to wait.
 * Subworkflow targets are checked when publishing (see {@link subworkflowKeys}), and so are form
 * patterns that cannot match in linear time (see {@link patternIssues}): the answer is the same
 * whenever it is asked.
 *
 * @example
 * ```ts
 * const { ok, issues } = validateDefinition(JSON.parse(text));
 * // with ajv (import { ajvFormValidator } from '@deskkit/runtime/ajv'):
 * validateDefinition(def, { validator: ajvFormValidator });
 * for (const issue of issues) console.log(issue.path, issue.code, issue.message);
 * ```
 */
export function validateDefinition(
  def: unknown,
  options: ValidateDefinitionOptions = {},
): DefinitionValidation {
  if (!asRecord(def)) {
    const issue: Issue = {
      path: '',
      code: 'SCHEMA_INVALID_TYPE',
      severity: 'error',
      message: 'A workflow definition must be a JSON object.',
      params: { ownerKind: 'workflow', owner: '', property: '', expected: 'object' },
    };
    return { ok: false, issues: [issue] };
  }
  const graph = buildGraph(def);
  const issues = [
    ...schemaIssues(def, options.validator),
    ...graphIssues(def, graph),
    ...nodeSettingIssues(def, graph),
    ...duplicateIdIssues(def),
    ...formSchemaIssues(def, options.validator),
    ...referenceIssues(def),
    ...ruleCycleIssues(def),
    ...requiredHiddenIssues(def, graph),
  ];
  return { ok: issues.length === 0, issues };
}

/**
 * The form schema's `pattern`s (and `patternProperties` keys) that cannot match in linear time
 * (lookaround, backreferences), as `FORM_SCHEMA_INVALID` at `/form/schema`. Asynchronous because it
 * loads the linear-time engine first: {@link validateDefinition} leaves this out, so its answer
 * never depends on whether that lazily loaded engine has arrived; `publish` asks both.
 */
export async function patternIssues(def: unknown): Promise<Issue[]> {
  const schema = asRecord(asRecord(asRecord(def)?.form)?.schema);
  if (!schema) return [];
  await loadPatternEngine(schema); // loads nothing when the schema has no pattern
  const problem = patternProblem(schema);
  if (!problem) return [];
  return [
    issueFactory(def, 'error')(
      '/form/schema',
      'FORM_SCHEMA_INVALID',
      `The form schema is not a valid JSON Schema: ${problem}`,
      { params: { detail: problem } },
    ),
  ];
}

/**
 * Throws a {@link DefinitionError} listing every issue when the definition is not valid; narrows
 * its type otherwise.
 *
 * @example
 * ```ts
 * assertValidDefinition(def); // throws DefinitionError with .issues
 * await runtime.publish(def, { actor: 'admin' });
 * ```
 */
export function assertValidDefinition(
  def: unknown,
): asserts def is WorkflowDefinition<LocalizedText> {
  const { ok, issues } = validateDefinition(def);
  if (ok) return;
  const first = issues[0]?.message ?? '';
  const more =
    issues.length > 1
      ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})`
      : '';
  throw new DefinitionError(`The workflow definition is not valid: ${first}${more}`, issues);
}

/**
 * The keys of the workflows a definition starts as subworkflows, without duplicates: the engine
 * checks at publish time that each is published.
 *
 * @example
 * ```ts
 * for (const key of subworkflowKeys(def)) if (!(await storage.getDefinition(key))) ...
 * ```
 */
export function subworkflowKeys(def: WorkflowDefinition<LocalizedText>): string[] {
  const keys = new Set<string>();
  for (const node of asList(asRecord(def)?.nodes)) {
    const n = asRecord(node);
    const key = asRecord(n?.subworkflow)?.key;
    if (n?.type === 'subworkflow' && typeof key === 'string') keys.add(key);
  }
  return [...keys];
}

/** Names a definition refers to that only the runtime's configuration can resolve. */
export interface ExternalReferences {
  /** Workflow keys started as subworkflows. */
  subworkflows: string[];
  /** Calendar names used by SLA policies, OLAs and timers (keys of the runtime's `calendars`). */
  calendars: string[];
  /** Host handlers called by `call` actions (keys of the runtime's `handlers`). */
  handlers: string[];
  /** On-call rotas used by `onCall` assignments (resolved by the directory). */
  rotas: string[];
}

/**
 * Everything a definition names that lives outside it, each list without duplicates, so `publish`
 * can refuse a definition whose subworkflows are not published or whose calendars and handlers
 * are not configured.
 *
 * @example
 * ```ts
 * const missing = externalReferences(def).calendars.filter((c) => !(c in calendars));
 * ```
 */
export function externalReferences(def: WorkflowDefinition<LocalizedText>): ExternalReferences {
  const calendars = new Set<string>();
  const handlers = new Set<string>();
  const rotas = new Set<string>();
  const add = (set: Set<string>, value: unknown): void => {
    if (typeof value === 'string') set.add(value);
  };
  for (const policy of asList(asRecord(def)?.sla)) add(calendars, asRecord(policy)?.calendar);
  for (const entry of asList(asRecord(def)?.nodes)) {
    const node = asRecord(entry);
    add(calendars, asRecord(node?.ola)?.calendar);
    add(calendars, asRecord(node?.timer)?.calendar);
    const assign = asRecord(node?.assign);
    if (assign?.strategy === 'onCall') add(rotas, assign.rota);
  }
  for (const list of actionLists(def)) {
    for (const action of list.actions) if (action.type === 'call') add(handlers, action.handler);
  }
  return {
    subworkflows: subworkflowKeys(def),
    calendars: [...calendars],
    handlers: [...handlers],
    rotas: [...rotas],
  };
}

import { Validator } from '@cfworker/json-schema';
import type { Schema } from '@cfworker/json-schema';
import { RequestError } from '@deskkit/runtime';
import type { Issue } from '@deskkit/runtime';
import { apiSchemas } from './schemas.generated';

/** The request bodies checked against the schemas generated from the runtime's types. */
export type BodyName =
  | 'StartTicketBody'
  | 'ActBody'
  | 'RelateBody'
  | 'BulkBody'
  | 'TicketSearch'
  | 'AggregateBody'
  | 'MarkReadBody'
  | 'NotificationPreferences'
  | 'ViewBody'
  | 'ExportBody'
  | 'DraftBody'
  | 'RollbackBody'
  | 'MigrationBody'
  | 'CollisionBody'
  | 'ReportSubscriptionBody';

// Keywords that only say "a subschema failed": the failing subschema reports the useful error.
const WRAPPERS = new Set([
  '$ref',
  'properties',
  'additionalProperties',
  'items',
  'allOf',
  'if',
  'then',
  'else',
]);

const validators = new Map<BodyName, Validator>();

function validatorFor(name: BodyName): Validator {
  let validator = validators.get(name);
  if (!validator) {
    // Draft-07, as generated; no code generation, so it runs on edge hosts without `eval` too.
    const schema = { $ref: `#/definitions/${name}`, definitions: apiSchemas } as unknown as Schema;
    validator = new Validator(schema, '7', false);
    validators.set(name, validator);
  }
  return validator;
}

/** Throws `RequestError` (400) naming every path where `value` is not a `name`. */
export function assertBody(name: BodyName, value: unknown): void {
  const result = validatorFor(name).validate(value);
  if (result.valid) return;
  const issues: Issue[] = result.errors
    .filter((e) => !WRAPPERS.has(e.keyword))
    .map((e) => {
      const path = e.instanceLocation.replace(/^#/, '');
      const unknown = e.keyword === 'false';
      return {
        path: path === '' ? '/' : path,
        code: unknown ? 'unknownProperty' : e.keyword,
        severity: 'error' as const,
        message: unknown
          ? `Unknown property "${decodeURIComponent(path.split('/').pop() ?? '')}".`
          : e.error,
      };
    });
  throw new RequestError(
    'BAD_REQUEST',
    `The request body is not a valid ${name}: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    issues,
  );
}

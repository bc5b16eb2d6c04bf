import { DeskkitError } from '../errors/errors';

/**
 * How a query `field` maps to SQL. Only the names listed here become column references; any other
 * field is read from the ticket's JSON by a parameterised path (`data.x.y` from the indexed
 * `data` column, the rest from `doc`), so no field name ever reaches the SQL text.
 */
export type FieldRef =
  | { kind: 'text'; sql: string; nullable: boolean }
  | { kind: 'array'; sql: string }
  | { kind: 'instant'; sql: string; json: string }
  | { kind: 'int'; sql: string; json: string }
  | { kind: 'json'; base: 'data' | 'doc'; path: string[] };

const TEXT: Record<string, { sql: string; nullable: boolean }> = {
  id: { sql: 't.id', nullable: false },
  number: { sql: 't.number', nullable: false },
  status: { sql: 't.status', nullable: false },
  priority: { sql: 't.priority', nullable: true },
  requester: { sql: 't.requester', nullable: false },
  title: { sql: 't.title', nullable: true },
  group: { sql: 't.grp', nullable: true },
  workflow: { sql: 't.workflow_key', nullable: false },
  'workflow.key': { sql: 't.workflow_key', nullable: false },
  'parent.ticketId': { sql: 't.parent_id', nullable: true },
};

const SEGMENT = /^[^.]+$/;

/** Resolves a query field, or throws a typed error naming the field and where it was used. */
export function fieldRef(field: unknown, where: string): FieldRef {
  if (typeof field !== 'string' || !field || !field.split('.').every((s) => SEGMENT.test(s))) {
    throw new DeskkitError(
      'VALIDATION_FAILED',
      `${where}: field ${JSON.stringify(field)} is not a ticket field; use a column such as "status" or "data.<name>".`,
    );
  }
  const text = TEXT[field];
  if (text) return { kind: 'text', ...text };
  if (field === 'assignees') return { kind: 'array', sql: 't.assignees' };
  if (field === 'createdAt') return { kind: 'instant', sql: 't.created_at', json: 'createdAt' };
  if (field === 'updatedAt') return { kind: 'instant', sql: 't.updated_at', json: 'updatedAt' };
  if (field === 'version') return { kind: 'int', sql: 't.version', json: 'version' };
  if (field === 'workflowVersion' || field === 'workflow.version')
    return { kind: 'int', sql: 't.workflow_version', json: 'workflow.version' };
  if (field === 'data') return { kind: 'json', base: 'data', path: [] };
  if (field.startsWith('data.'))
    return { kind: 'json', base: 'data', path: field.slice(5).split('.') };
  return { kind: 'json', base: 'doc', path: field.split('.') };
}

/** Values a condition compares with: what `String(value)` gives in JavaScript. */
export type Scalar = string | number | boolean;

export function isScalar(v: unknown): v is Scalar {
  return (
    typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))
  );
}

/**
 * JSON values equal to `v` under the loose equality of the reference semantics (`String(a) ===
 * String(b)`): `"5"` also matches the number 5, `true` also matches the string `"true"`.
 */
export function jsonCandidates(v: Scalar): Scalar[] {
  const out: Scalar[] = [v];
  if (typeof v === 'string') {
    const n = Number(v);
    if (v.trim() !== '' && Number.isFinite(n) && String(n) === v) out.push(n);
    if (v === 'true' || v === 'false') out.push(v === 'true');
  } else {
    out.push(String(v));
  }
  return out;
}

/** `{"a":{"b": leaf}}` for the path `['a','b']`: a containment probe for `@>`. */
export function wrapPath(path: string[], leaf: unknown): unknown {
  let out = leaf;
  for (let i = path.length - 1; i >= 0; i--) out = { [path[i] as string]: out };
  return out;
}

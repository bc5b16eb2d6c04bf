import { DeskkitError } from '../errors/errors';
import type {
  SearchSplit,
  SlaCondition,
  TicketCondition,
  TicketQuery,
  TicketScope,
} from '../query/query.types';
import { fieldRef, isScalar, jsonCandidates, wrapPath, type FieldRef, type Scalar } from './fields';
import { searchTerms, tsQueryOf } from '../query/search';
import type { Params } from './sql';

const OPS = new Set(['eq', 'neq', 'in', 'nin', 'lt', 'lte', 'gt', 'gte', 'contains', 'exists']);
const CMP = { lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

function invalid(where: string, message: string): never {
  throw new DeskkitError('VALIDATION_FAILED', `${where}: ${message}`);
}

function scalar(v: unknown, where: string): Scalar {
  if (!isScalar(v))
    invalid(where, `value ${JSON.stringify(v)} must be a string, a finite number or a boolean.`);
  return v;
}

function scalars(v: unknown, where: string): Scalar[] {
  if (!Array.isArray(v)) invalid(where, `value must be an array of strings, numbers or booleans.`);
  return v.map((x, i) => scalar(x, `${where} value[${i}]`));
}

/** `ILIKE` pattern matching `s` anywhere, with its own wildcards escaped. */
export function containsPattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function instant(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** SQL of the JSON value a field reads (`NULL` when missing). */
function jsonExpr(ref: Extract<FieldRef, { kind: 'json' }>, p: Params): string {
  const base = ref.base === 'data' ? 't.data' : 't.doc';
  return ref.path.length ? `(${base} #> ${p.add(ref.path)}::text[])` : base;
}

/** Loose equality on a JSON field through containment probes, which the GIN index on `data` serves. */
function jsonEquals(ref: Extract<FieldRef, { kind: 'json' }>, values: Scalar[], p: Params): string {
  const base = ref.base === 'data' ? 't.data' : 't.doc';
  if (!ref.path.length) return 'false';
  const probes: string[] = [];
  for (const v of values) {
    for (const c of jsonCandidates(v)) {
      probes.push(`${base} @> ${p.add(JSON.stringify(wrapPath(ref.path, c)))}::jsonb`);
      probes.push(`${base} @> ${p.add(JSON.stringify(wrapPath(ref.path, [c])))}::jsonb`);
    }
  }
  return probes.length ? `(${probes.join(' OR ')})` : 'false';
}

function jsonCondition(
  ref: Extract<FieldRef, { kind: 'json' }>,
  c: TicketCondition,
  p: Params,
  where: string,
): string {
  // Built on first use: a parameter that the statement does not reference has no type.
  let expr: string | undefined;
  const value = (): string => (expr ??= jsonExpr(ref, p));
  const present = (): string => `(${value()} IS NOT NULL AND jsonb_typeof(${value()}) <> 'null')`;
  switch (c.op) {
    case 'eq':
      return c.value === undefined
        ? `NOT ${present()}`
        : jsonEquals(ref, [scalar(c.value, where)], p);
    case 'neq':
      return c.value === undefined
        ? present()
        : `NOT ${jsonEquals(ref, [scalar(c.value, where)], p)}`;
    case 'in':
      return jsonEquals(ref, scalars(c.value, where), p);
    case 'nin':
      return `NOT ${jsonEquals(ref, scalars(c.value, where), p)}`;
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      const x = scalar(c.value, where);
      const op = CMP[c.op];
      const v = value();
      const asText = `(${v} #>> '{}') COLLATE "C" ${op} ${p.add(String(x))}`;
      // Numbers compare numerically with numbers, everything else as strings (like JavaScript).
      const cmp =
        typeof x === 'number'
          ? `CASE WHEN jsonb_typeof(${v}) = 'number' THEN (${v})::numeric ${op} ${p.add(x)}::numeric ELSE ${asText} END`
          : asText;
      return `(${present()} AND ${cmp})`;
    }
    case 'contains': {
      const x = scalar(c.value, where);
      const v = value();
      const probes = jsonCandidates(x).map((k) => `${v} @> ${p.add(JSON.stringify([k]))}::jsonb`);
      return `(CASE jsonb_typeof(${v})
        WHEN 'array' THEN (${probes.join(' OR ')})
        WHEN 'string' THEN (${v} #>> '{}') ILIKE ${p.add(containsPattern(String(x)))}
        ELSE false END)`;
    }
    case 'exists':
      return c.value === false ? `NOT ${present()}` : present();
  }
  return invalid(where, `unknown operator ${JSON.stringify(c.op)}.`);
}

function textCondition(
  sql: string,
  nullable: boolean,
  c: TicketCondition,
  p: Params,
  where: string,
): string {
  switch (c.op) {
    case 'eq':
      if (c.value === undefined) return nullable ? `${sql} IS NULL` : 'false';
      return `${sql} = ${p.add(String(scalar(c.value, where)))}`;
    case 'neq':
      if (c.value === undefined) return `${sql} IS NOT NULL`;
      return `${sql} IS DISTINCT FROM ${p.add(String(scalar(c.value, where)))}`;
    case 'in':
      return `${sql} = ANY(${p.add(scalars(c.value, where).map(String))}::text[])`;
    case 'nin':
      return `(${sql} IS NULL OR NOT ${sql} = ANY(${p.add(scalars(c.value, where).map(String))}::text[]))`;
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return `${sql} ${CMP[c.op]} ${p.add(String(scalar(c.value, where)))}`;
    case 'contains':
      return `${sql} ILIKE ${p.add(containsPattern(String(scalar(c.value, where))))}`;
    case 'exists':
      return c.value === false ? `${sql} IS NULL` : `${sql} IS NOT NULL`;
  }
  return invalid(where, `unknown operator ${JSON.stringify(c.op)}.`);
}

function arrayCondition(sql: string, c: TicketCondition, p: Params, where: string): string {
  switch (c.op) {
    case 'eq':
    case 'contains':
      return `${sql} @> ARRAY[${p.add(String(scalar(c.value, where)))}::text]`;
    case 'neq':
      return `NOT ${sql} @> ARRAY[${p.add(String(scalar(c.value, where)))}::text]`;
    case 'in':
      return `${sql} && ${p.add(scalars(c.value, where).map(String))}::text[]`;
    case 'nin':
      return `NOT ${sql} && ${p.add(scalars(c.value, where).map(String))}::text[]`;
    case 'exists':
      return c.value === false ? 'false' : 'true';
    default:
      return invalid(
        where,
        `"${c.op}" does not apply to a list of users; use eq, neq, in, nin or contains.`,
      );
  }
}

/** One `where` condition as SQL; every value is a parameter. */
export function conditionSql(c: TicketCondition, p: Params, where: string): string {
  if (!c || typeof c !== 'object' || !OPS.has(c.op)) {
    invalid(where, `operator ${JSON.stringify(c?.op)} is not one of ${[...OPS].join(', ')}.`);
  }
  const ref = fieldRef(c.field, where);
  if (ref.kind === 'text') return textCondition(ref.sql, ref.nullable, c, p, where);
  if (ref.kind === 'array') return arrayCondition(ref.sql, c, p, where);
  if (ref.kind === 'instant' && c.op in CMP) {
    // Indexed range on the timestamp column when the value is a date (same order as ISO strings).
    const at = instant(c.value);
    if (at) return `${ref.sql} ${CMP[c.op as keyof typeof CMP]} ${p.add(at)}::timestamptz`;
  }
  const path =
    ref.kind === 'json'
      ? ref
      : { kind: 'json' as const, base: 'doc' as const, path: ref.json.split('.') };
  return jsonCondition(path, c, p, where);
}

const SLA_STATES = new Set(['running', 'paused', 'met', 'breached', 'cancelled', 'warning']);

/** `query.sla`: one clock of `doc->'sla'` meets every part (same rules as `clockMatches`). */
function slaSql(c: SlaCondition, p: Params, list: (v: unknown, name: string) => string[]): string {
  if (!c || typeof c !== 'object') invalid('query.sla', 'must be an object.');
  const parts: string[] = [];
  if (c.state !== undefined) {
    const states = list(c.state, 'sla.state');
    const bad = states.find((s) => !SLA_STATES.has(s));
    if (bad !== undefined)
      invalid(
        'query.sla.state',
        `${JSON.stringify(bad)} is not one of ${[...SLA_STATES].join(', ')}.`,
      );
    // Plain states only: the sla_states column answers without opening the document.
    const statesOnly =
      !c.state.includes('warning') &&
      c.target === undefined &&
      c.policy === undefined &&
      c.dueBefore === undefined;
    if (statesOnly) return `t.sla_states && ${p.add(states)}::text[]`;
    const plain = states.filter((s) => s !== 'warning');
    const any: string[] = [];
    if (plain.length) any.push(`c->>'state' = ANY(${p.add(plain)}::text[])`);
    if (states.includes('warning')) {
      any.push(
        `(c->>'state' IN ('running', 'paused') AND jsonb_typeof(c->'warned') = 'number' AND (c->>'warned')::numeric > 0)`,
      );
    }
    parts.push(`(${any.join(' OR ')})`);
  }
  // Cancelled clocks match only when asked for by state.
  if (!c.state?.includes('cancelled')) parts.push(`c->>'state' <> 'cancelled'`);
  if (c.target !== undefined)
    parts.push(`c->>'target' = ANY(${p.add(list(c.target, 'sla.target'))}::text[])`);
  if (c.policy !== undefined)
    parts.push(`c->>'policy' = ANY(${p.add(list(c.policy, 'sla.policy'))}::text[])`);
  if (c.dueBefore !== undefined) {
    const at = instant(c.dueBefore);
    if (!at)
      invalid('query.sla.dueBefore', `${JSON.stringify(c.dueBefore)} is not an ISO date-time.`);
    parts.push(`(c->>'dueAt')::timestamptz < ${p.add(at)}::timestamptz`);
  }
  const clocks = `CASE WHEN jsonb_typeof(t.doc->'sla') = 'array' THEN t.doc->'sla' ELSE '[]'::jsonb END`;
  return `EXISTS (SELECT 1 FROM jsonb_array_elements(${clocks}) c WHERE jsonb_typeof(c) = 'object'${parts.map((x) => ` AND ${x}`).join('')})`;
}

/** The `WHERE` clause of a ticket search or aggregate (`true` when nothing filters). */
export function filterSql(
  q: Omit<TicketQuery, 'sort' | 'limit' | 'after'>,
  p: Params,
  scope?: TicketScope,
  split?: SearchSplit,
): string {
  const out: string[] = [];
  if (scope) {
    // One GIN-indexed array holds requester, watchers and participants (migration 5).
    const keys = p.add(scope.workflows.map((w) => w.key));
    const versions = p.add(scope.workflows.map((w) => w.version));
    out.push(
      `(t.viewers @> ARRAY[${p.add(scope.user)}::text] OR (t.workflow_key, t.workflow_version) IN (SELECT * FROM unnest(${keys}::text[], ${versions}::int[])))`,
    );
  }
  const list = (v: unknown, name: string): string[] => {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      invalid(`query.${name}`, 'must be an array of strings.');
    return v as string[];
  };
  if (q.status !== undefined)
    out.push(`t.status = ANY(${p.add(list(q.status, 'status'))}::text[])`);
  if (q.workflow !== undefined)
    out.push(`t.workflow_key = ANY(${p.add(list(q.workflow, 'workflow'))}::text[])`);
  if (q.priority !== undefined)
    out.push(`t.priority = ANY(${p.add(list(q.priority, 'priority'))}::text[])`);
  if (q.requester !== undefined) out.push(`t.requester = ${p.add(String(q.requester))}`);
  if (q.assignee !== undefined)
    out.push(`t.assignees @> ARRAY[${p.add(String(q.assignee))}::text]`);
  if (q.parent !== undefined) out.push(`t.parent_id = ${p.add(String(q.parent))}`);
  for (const [key, op] of [
    ['createdFrom', '>='],
    ['createdTo', '<'],
  ] as const) {
    const v = q[key];
    if (v === undefined) continue;
    const at = instant(v);
    if (!at) invalid(`query.${key}`, `${JSON.stringify(v)} is not an ISO date-time.`);
    out.push(`t.created_at ${op} ${p.add(at)}::timestamptz`);
  }
  if (q.text) {
    const pattern = p.add(containsPattern(String(q.text)));
    out.push(`(t.number ILIKE ${pattern} OR t.title ILIKE ${pattern})`);
  }
  const terms = searchTerms(q.search);
  if (terms.length) {
    // The expression of tickets_search_idx (GIN): prefix matches of every word.
    const tsq = p.add(tsQueryOf(terms));
    out.push(`(t.search_fields || t.search_notes) @@ to_tsquery('simple', ${tsq})`);
    if (split) {
      const keys = p.add(split.versions.map((w) => w.key));
      const versions = p.add(split.versions.map((w) => w.version));
      // The matches that the number, title and form data alone decide, on the listed versions.
      const byFields = `((t.workflow_key, t.workflow_version) IN (SELECT * FROM unnest(${keys}::text[], ${versions}::int[]))
        AND t.search_fields @@ to_tsquery('simple', ${tsq}))`;
      out.push(split.take === 'fields' ? byFields : `NOT ${byFields}`);
    }
  }
  if (q.sla !== undefined) out.push(slaSql(q.sla, p, list));
  if (q.where !== undefined) {
    if (!Array.isArray(q.where)) invalid('query.where', 'must be an array of conditions.');
    q.where.forEach((c, i) => out.push(conditionSql(c, p, `query.where[${i}]`)));
  }
  return out.length ? out.join(' AND ') : 'true';
}

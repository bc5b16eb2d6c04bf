import { DeskkitError } from '../errors/errors';
import type { AggregateQuery, AggregateResult, TicketScope } from '../query/query.types';
import { filterSql } from './filters';
import type { SqlExecutor } from './postgres.types';
import type { Tables } from './rows';
import { Params } from './sql';

const COLUMN_DIMS: Record<string, string> = {
  status: 't.status',
  priority: 't.priority',
  workflow: 't.workflow_key',
  requester: 't.requester',
  group: 't.grp',
  agent: `t.doc #>> '{satisfaction,agent}'`,
  // The UTC calendar day of creation (ISO timestamps' first ten characters).
  day: `to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
};

const RATING = `(t.doc #>> '{satisfaction,rating}')::numeric`;
/** Each metric's value, and what counts for a group to be answered (csat: rated tickets). */
const METRICS: Record<string, [string, string?]> = {
  count: ['count(*)'],
  slaMet: [`count(*) FILTER (WHERE 'met' = ANY(t.sla_states))`],
  slaBreached: [`count(*) FILTER (WHERE 'breached' = ANY(t.sla_states))`],
  csat: [`round(avg(${RATING}), 2)`, `count(${RATING})`],
};

/**
 * A dimension as SQL. Multi-valued dimensions join a lateral list: a ticket with several
 * assignees (or an array form field) counts once in each of their groups, an empty one under null.
 */
function dimension(dim: unknown, i: number, p: Params): { value: string; join?: string } {
  if (typeof dim === 'string' && COLUMN_DIMS[dim]) return { value: COLUMN_DIMS[dim] };
  if (dim === 'assignee') {
    return {
      value: `d${i}.v`,
      join: `CROSS JOIN LATERAL (SELECT DISTINCT x FROM unnest(CASE WHEN cardinality(t.assignees) > 0
        THEN t.assignees ELSE ARRAY[NULL]::text[] END) x) d${i}(v)`,
    };
  }
  if (typeof dim === 'string' && /^data\.[^.]+(\.[^.]+)*$/.test(dim)) {
    const v = `(t.data #> ${p.add(dim.slice(5).split('.'))}::text[])`;
    return {
      value: `d${i}.v`,
      join: `CROSS JOIN LATERAL (SELECT CASE WHEN jsonb_typeof(e) = 'null' THEN NULL ELSE e #>> '{}' END
        FROM jsonb_array_elements(CASE WHEN jsonb_typeof(${v}) <> 'array' OR ${v} IS NULL
          THEN jsonb_build_array(${v}) WHEN jsonb_array_length(${v}) > 0 THEN ${v}
          ELSE '[null]'::jsonb END) e) d${i}(v)`,
    };
  }
  throw new DeskkitError(
    'VALIDATION_FAILED',
    `query.groupBy[${i}]: ${JSON.stringify(dim)} is not a dimension; use status, priority, workflow, requester, assignee, group, agent, day or data.<field>.`,
  );
}

function compareKeys(dims: string[]) {
  return (a: AggregateResult['groups'][number], b: AggregateResult['groups'][number]): number => {
    for (const d of dims) {
      const x = a.key[d] ?? null;
      const y = b.key[d] ?? null;
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    }
    return 0;
  };
}

/** Group counts (or SLA outcome counts) computed by PostgreSQL; groups sorted by key, null last. */
export async function aggregateTickets(
  db: SqlExecutor,
  tb: Tables,
  query: AggregateQuery,
  scope?: TicketScope,
): Promise<AggregateResult> {
  const dims = query?.groupBy;
  if (!Array.isArray(dims)) {
    throw new DeskkitError(
      'VALIDATION_FAILED',
      'query.groupBy must be an array of dimensions, e.g. ["status"].',
    );
  }
  const metric = METRICS[query.metric ?? 'count'];
  if (!metric) {
    throw new DeskkitError(
      'VALIDATION_FAILED',
      `query.metric ${JSON.stringify(query.metric)} is not count, slaMet, slaBreached or csat.`,
    );
  }
  const p = new Params();
  const parts = dims.map((d, i) => dimension(d, i, p));
  const where = filterSql(query, p, scope);
  const select = parts.map((d, i) => `${d.value} AS g${i}`);
  const group = parts.length ? `GROUP BY ${parts.map((_, i) => `g${i}`).join(', ')}` : '';
  const sql = `SELECT ${[...select, `${metric[0]}::float8 AS value`, `${metric[1] ?? 'count(*)'}::int AS n`].join(', ')}
    FROM ${tb.tickets} t ${parts.map((d) => d.join ?? '').join(' ')}
    WHERE ${where} ${group}`;
  const res = await db.query<Record<string, unknown>>(sql, p.values);
  const groups = res.rows
    // Without dimensions SQL returns one row even when nothing matched: no tickets, no group.
    .filter((r) => Number(r.n) > 0)
    .map((r) => ({
      key: Object.fromEntries(dims.map((d, i) => [d, (r[`g${i}`] ?? null) as string | null])),
      value: Number(r.value),
    }));
  groups.sort(compareKeys(dims));
  return { groups };
}

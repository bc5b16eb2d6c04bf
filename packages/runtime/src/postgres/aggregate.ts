import { DeskkitError } from '../errors/errors';
import type { AggregateQuery, AggregateResult, TicketScope } from '../query/query.types';
import { bucketsByResolution } from '../query/aggregate';
import { checkMeasureOptions } from '../query/measures';
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
  agent: 't.agent',
  catalog: 't.catalog',
  department: 't.department',
  // float8 prints as JavaScript's String(n) does for ratings (5, 4.5).
  rating: 't.rating::text',
};

const TIME_DIMS = { day: 'YYYY-MM-DD', week: 'YYYY-MM-DD', month: 'YYYY-MM' } as const;

/** A share of the population: tickets meeting `condition` over all (IEEE division, as JavaScript's). */
const share = (condition: string) =>
  `sum(CASE WHEN ${condition} THEN 1 ELSE 0 END)::float8 / count(*)`;

/**
 * Each metric's figure and its population (tickets outside it count in no group), as
 * `query/measures.ts` defines them for the memory adapter.
 */
function metricSql(q: AggregateQuery, p: Params): { value: string; population?: string } {
  const working = q.time === 'working';
  const duration = (wall: string, work: string) => {
    const col = working ? work : wall;
    const value =
      q.statistic === 'median' || q.statistic === 'p90'
        ? `percentile_disc(${q.statistic === 'median' ? '0.5' : '0.9'}) WITHIN GROUP (ORDER BY ${col})`
        : `sum(${col}) / count(${col})`;
    return { value, population: `${col} IS NOT NULL` };
  };
  switch (q.metric ?? 'count') {
    case 'count':
    case 'created':
      return { value: 'count(*)' };
    case 'resolved':
      return { value: 'count(*)', population: 't.resolved_at IS NOT NULL' };
    case 'slaMet':
      return { value: `count(*) FILTER (WHERE 'met' = ANY(t.sla_states))` };
    case 'slaBreached':
      return { value: `count(*) FILTER (WHERE 'breached' = ANY(t.sla_states))` };
    case 'slaMetRate':
      return {
        value: share(`NOT 'breached' = ANY(t.sla_states)`),
        population: `t.sla_states && ARRAY['met', 'breached']::text[]`,
      };
    case 'responseTime':
      return duration('t.response_ms', 't.response_work_ms');
    case 'resolveTime':
      return duration('t.resolve_ms', 't.resolve_work_ms');
    case 'reopenRate':
      return {
        value: share('t.reopen_count > 0'),
        population: '(t.resolved_at IS NOT NULL OR t.reopen_count > 0)',
      };
    case 'firstContactRate':
      return { value: share('t.first_contact'), population: 't.resolved_at IS NOT NULL' };
    case 'csat':
      return { value: 'round(avg(t.rating::numeric), 2)', population: 't.rating IS NOT NULL' };
    case 'csatResponseRate':
      return { value: share('t.satisfied'), population: 't.surveyed' };
    case 'backlog': {
      const at = p.add(q.at ?? new Date().toISOString());
      return {
        value: 'count(*)',
        // Open at `at` (never ended, or ended after): one range on tickets_report_open_idx.
        population: `COALESCE(t.ended_at, 'infinity'::timestamptz) > ${at}::timestamptz AND t.created_at <= ${at}::timestamptz`,
      };
    }
  }
}

/**
 * A dimension as SQL. Multi-valued dimensions join a lateral list: a ticket with several
 * assignees (or an array form field) counts once in each of their groups, an empty one under null.
 */
function dimension(
  dim: unknown,
  i: number,
  p: Params,
  q: AggregateQuery,
): { value: string; join?: string } {
  if (typeof dim === 'string' && COLUMN_DIMS[dim]) return { value: COLUMN_DIMS[dim] };
  if (dim === 'day' || dim === 'week' || dim === 'month') {
    const at = bucketsByResolution(q) ? 't.resolved_at' : 't.created_at';
    const zone = p.add(q.timeZone ?? 'UTC');
    return {
      value: `to_char(date_trunc('${dim}', ${at} AT TIME ZONE ${zone}), '${TIME_DIMS[dim]}')`,
    };
  }
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
    `query.groupBy[${i}]: ${JSON.stringify(dim)} is not a dimension; use status, priority, workflow, requester, assignee, group, agent, catalog, department, rating, day, week, month or data.<field>.`,
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

/** Report measures computed by PostgreSQL (see `AggregateMetric`); groups sorted by key, null last. */
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
  checkMeasureOptions(query);
  const p = new Params();
  const parts = dims.map((d, i) => dimension(d, i, p, query));
  const metric = metricSql(query, p);
  const conditions = [filterSql(query, p, scope)];
  if (metric.population) conditions.push(metric.population);
  for (const [key, op] of [
    ['resolvedFrom', '>='],
    ['resolvedTo', '<'],
  ] as const) {
    const v = query[key];
    if (v !== undefined) conditions.push(`t.resolved_at ${op} ${p.add(v)}::timestamptz`);
  }
  const select = parts.map((d, i) => `${d.value} AS g${i}`);
  const group = parts.length ? `GROUP BY ${parts.map((_, i) => `g${i}`).join(', ')}` : '';
  const sql = `SELECT ${[...select, `(${metric.value})::float8 AS value`, `count(*)::int AS n`].join(', ')}
    FROM ${tb.tickets} t ${parts.map((d) => d.join ?? '').join(' ')}
    WHERE ${conditions.join(' AND ')} ${group}`;
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

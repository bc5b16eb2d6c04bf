import type { AggregateQuery, AggregateResult, Table } from '../query/query.types';

/**
 * A report (an `aggregate` answer) as a table to export: a column per dimension of
 * `query.groupBy`, then the figure in a column named after the metric (`count` by default).
 * Empty keys (`null` groups) are empty cells.
 *
 * @example
 * ```ts
 * const query = { groupBy: ['group'], metric: 'slaMetRate' } as const;
 * toCsv(reportTable(await desk.aggregate(query), query)); // "group,slaMetRate\r\ndesk,0.92…"
 * ```
 */
export function reportTable(
  result: AggregateResult,
  query: Pick<AggregateQuery, 'groupBy' | 'metric'>,
): Table {
  const dims = query.groupBy;
  return {
    columns: [...dims, query.metric ?? 'count'],
    rows: result.groups.map((g) => [...dims.map((d) => g.key[d] ?? null), g.value]),
  };
}

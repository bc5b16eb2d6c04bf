import type { AggregateDimension, AggregateResult } from '@deskkit/runtime';

/** One category of a chart with a value per series (`value` when there is no series dimension). */
export type ChartRow = { name: string; key: string | null } & Record<
  string,
  number | string | null
>;

/** Pivots aggregate groups into chart rows: one per dimension value, one column per series value. */
export function toChartRows(
  result: AggregateResult,
  dimension: AggregateDimension,
  series: AggregateDimension | undefined,
  label: (dim: AggregateDimension, value: string | null) => string,
): { rows: ChartRow[]; seriesKeys: string[]; seriesValues: Array<string | null> } {
  const rows = new Map<string, ChartRow>();
  const seriesKeys: string[] = [];
  const seriesValues: Array<string | null> = [];
  for (const g of result.groups) {
    const key = g.key[dimension] ?? null;
    const id = key ?? '\u0000';
    let row = rows.get(id);
    if (!row) {
      row = { name: label(dimension, key), key } as ChartRow;
      rows.set(id, row);
    }
    const column = series ? label(series, g.key[series] ?? null) : 'value';
    if (!seriesKeys.includes(column)) {
      seriesKeys.push(column);
      seriesValues.push(series ? (g.key[series] ?? null) : null);
    }
    row[column] = ((row[column] as number | undefined) ?? 0) + g.value;
  }
  for (const row of rows.values()) for (const k of seriesKeys) row[k] ??= 0;
  return { rows: [...rows.values()], seriesKeys, seriesValues };
}

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

/**
 * Rows of a day dimension in date order, with the days nobody raised a ticket as zeros (an
 * aggregate has no group for them), from `from` (or the first day with data) to `to`.
 */
export function fillDays(
  rows: ChartRow[],
  seriesKeys: string[],
  label: (day: string) => string,
  from: string | undefined,
  to: string,
): ChartRow[] {
  const byDay = new Map(rows.filter((r) => r.key !== null).map((r) => [r.key as string, r]));
  const days = [...byDay.keys()].sort();
  const first = from ?? days[0];
  const last = days.length && days[days.length - 1]! > to ? days[days.length - 1]! : to;
  if (!first) return rows;
  const out: ChartRow[] = [];
  const day = new Date(`${first}T00:00:00Z`);
  // A year of days at most: a wider range is read as it came.
  for (let n = 0; n < 366; n++) {
    const key = day.toISOString().slice(0, 10);
    if (key > last) break;
    const row = byDay.get(key);
    if (row) out.push(row);
    else
      out.push(
        Object.assign({ name: label(key), key }, Object.fromEntries(seriesKeys.map((k) => [k, 0]))),
      );
    day.setUTCDate(day.getUTCDate() + 1);
  }
  if (out.length === 366)
    return [...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)));
  return [...out, ...rows.filter((r) => r.key === null)];
}

import type { DeskClient } from '../engine/runtime.types';
import { DeskkitError } from '../errors/errors';
import { reportTable } from '../export/reportTable';
import type { AggregateMetric, AggregateQuery, Table } from '../query/query.types';
import type { SnapshotReport } from './subscription.types';

const DAY_MS = 86_400_000;
const RATES = new Set<AggregateMetric>([
  'slaMetRate',
  'reopenRate',
  'firstContactRate',
  'csatResponseRate',
]);
const TIMES = new Set<AggregateMetric>(['responseTime', 'resolveTime']);

/** How a measure's figure is written: a share, milliseconds, an average rating, or a count. */
export type MeasureKind = 'rate' | 'time' | 'rating' | 'count';

export const measureKind = (metric: AggregateMetric): MeasureKind =>
  RATES.has(metric) ? 'rate' : TIMES.has(metric) ? 'time' : metric === 'csat' ? 'rating' : 'count';

/** One report of a snapshot: its figures as `aggregate` answered them for the recipient. */
export interface SnapshotSection {
  report: SnapshotReport;
  metric: AggregateMetric;
  /** The query as run (with its rolling period resolved). */
  query: AggregateQuery;
  /** A column per dimension, then the figure, as `aggregate` answered (raw values). */
  table?: Table;
  /** The report was refused for this recipient (a field they may not see, ...): its code. */
  refused?: string;
}

/**
 * A report's query at one run: its rolling `days` ending at `run` (resolutions by when they
 * happened, the backlog at the run, everything else by creation), as the report widgets do.
 */
export function queryAt(report: SnapshotReport, run: Date): AggregateQuery {
  const query = structuredClone(report.query);
  const metric = query.metric ?? 'count';
  if (metric === 'backlog') {
    query.at ??= run.toISOString();
    return query;
  }
  if (report.days === undefined) return query;
  const from = new Date(run.getTime() - report.days * DAY_MS).toISOString();
  const to = run.toISOString();
  const byResolution =
    metric === 'resolved' || metric === 'resolveTime' || query.timeBy === 'resolved';
  if (byResolution) Object.assign(query, { resolvedFrom: from, resolvedTo: to });
  else Object.assign(query, { createdFrom: from, createdTo: to });
  return query;
}

/**
 * The figures of every report for one recipient, through their own client: `aggregate` answers
 * with only the tickets and fields they may see. A report they may not run (it names a field
 * hidden from them) is marked refused; the others still go out.
 */
export async function computeSnapshot(
  client: Pick<DeskClient, 'aggregate'>,
  reports: SnapshotReport[],
  run: Date,
): Promise<SnapshotSection[]> {
  const out: SnapshotSection[] = [];
  for (const report of reports) {
    const query = queryAt(report, run);
    const metric = query.metric ?? 'count';
    try {
      out.push({ report, metric, query, table: reportTable(await client.aggregate(query), query) });
    } catch (error) {
      if (!(error instanceof DeskkitError)) throw error;
      out.push({ report, metric, query, refused: error.code });
    }
  }
  return out;
}

import type { AggregateMetric, AggregateQuery, JsonSchema, TicketQuery } from '@deskkit/runtime';
import type { MessageKey, T } from '../../i18n/messages';
import { formatDuration } from '../shared/format';

/** The measures report widgets offer, in picker order. */
export const REPORT_METRICS: readonly AggregateMetric[] = [
  'created',
  'resolved',
  'backlog',
  'slaMetRate',
  'responseTime',
  'resolveTime',
  'firstContactRate',
  'reopenRate',
  'csat',
  'csatResponseRate',
];

/** How a measure is worked out, beyond the metric: statistic and clock of the time measures. */
export interface MeasureOptions {
  metric: AggregateMetric;
  statistic?: AggregateQuery['statistic'];
  time?: AggregateQuery['time'];
}

const RATES = new Set<AggregateMetric>([
  'slaMetRate',
  'reopenRate',
  'firstContactRate',
  'csatResponseRate',
]);
const TIMES = new Set<AggregateMetric>(['responseTime', 'resolveTime']);
/** Measures that are better when they go down. */
const LOWER_IS_BETTER = new Set<AggregateMetric>([
  'responseTime',
  'resolveTime',
  'reopenRate',
  'backlog',
  'slaBreached',
]);

export const isRate = (metric: AggregateMetric) => RATES.has(metric);
export const isTime = (metric: AggregateMetric) => TIMES.has(metric);
export const lowerIsBetter = (metric: AggregateMetric) => LOWER_IS_BETTER.has(metric);

/** A measure's value as people read it: "92.5%", "3 h", "4.33", "128". */
export function formatMeasure(metric: AggregateMetric, value: number, t: T): string {
  if (isRate(metric)) return t('report.percent', { value: Math.round(value * 1000) / 10 });
  if (isTime(metric)) {
    // One decimal past an hour: report averages differ by less than a whole hour.
    if (value < 3_600_000) return formatDuration(value, t);
    const hours = value / 3_600_000;
    if (hours < 48) return t('time.hours', { n: Math.round(hours * 10) / 10 });
    return t('time.days', { n: Math.round((hours / 24) * 10) / 10 });
  }
  if (metric === 'csat') return value.toFixed(2);
  return Math.round(value).toLocaleString();
}

/**
 * A measure's value in an exported table: rates in percent and times in hours (one and two
 * decimals), so that a spreadsheet sums and charts them as numbers; counts and CSAT as they are.
 */
export function exportValue(metric: AggregateMetric, value: number | undefined): number | null {
  if (value === undefined || !Number.isFinite(value)) return null;
  if (isRate(metric)) return Math.round(value * 1000) / 10;
  if (isTime(metric)) return Math.round((value / 3_600_000) * 100) / 100;
  if (metric === 'csat') return Math.round(value * 100) / 100;
  return value;
}

/** The header of a measure's column in an exported table, with its unit ("Time to resolve (h)"). */
export function exportHeader(
  metric: AggregateMetric,
  t: T,
  label = metricLabel(metric, t),
): string {
  if (isRate(metric)) return t('export.percent', { label });
  if (isTime(metric)) return t('export.hours', { label });
  return label;
}

/** The measure's name ("Time to resolve"). */
export const metricLabel = (metric: AggregateMetric, t: T) => t(`metric.${metric}` as MessageKey);

/**
 * The query of a measure over a period `[from, to)`: resolutions by when they happened, the
 * backlog at the period's end, everything else by creation.
 */
export function periodQuery(
  base: TicketQuery,
  m: MeasureOptions,
  from: Date,
  to: Date,
): Omit<AggregateQuery, 'groupBy'> {
  const { sort: _s, limit: _l, after: _a, ...filters } = base;
  const measure = {
    metric: m.metric,
    ...(m.statistic ? { statistic: m.statistic } : {}),
    ...(m.time ? { time: m.time } : {}),
  };
  if (m.metric === 'backlog') return { ...filters, ...measure, at: to.toISOString() };
  if (m.metric === 'resolved' || m.metric === 'resolveTime')
    return {
      ...filters,
      ...measure,
      resolvedFrom: from.toISOString(),
      resolvedTo: to.toISOString(),
    };
  return { ...filters, ...measure, createdFrom: from.toISOString(), createdTo: to.toISOString() };
}

/** JSON Schema properties of a measure in a report widget's configuration. */
export const measureProperties: Record<string, JsonSchema> = {
  metric: { type: 'string', title: 'Measure', enum: [...REPORT_METRICS] },
  statistic: { type: 'string', title: 'Statistic (times)', enum: ['avg', 'median', 'p90'] },
  time: { type: 'string', title: 'Clock (times)', enum: ['wall', 'working'] },
};

export const DAY_MS = 86_400_000;

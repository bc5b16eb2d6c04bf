import type { AggregateResult } from '@deskkit/runtime';
import { LineChart } from '../../charts/LineChart';
import { filtersToQuery } from '../../data/filters';
import { defineWidget } from '../../registry/registry';
import type { WidgetQueryContext } from '../../registry/widget.types';
import { formatDay } from '../shared/format';
import { filterProperties, fixedFilters, type FilteredConfig } from '../shared/schema';
import { DAY_MS, metricLabel, periodQuery } from './measure';

/** Configuration of the created-vs-resolved line. */
export interface CreatedResolvedConfig extends FilteredConfig {
  /** The last so many days. */
  days: number;
  bucket: 'day' | 'week';
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** The Monday of a day's ISO week, as a calendar date. */
function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * Every bucket key from `from` to `to` (days, or the Mondays of ISO weeks) as the runtime keys its
 * buckets: calendar days in the desk's time zone (UTC by default).
 */
export function bucketKeys(
  from: Date,
  to: Date,
  bucket: 'day' | 'week',
  timeZone = 'UTC',
): string[] {
  const keys = new Set<string>();
  // Six-hour steps land on every calendar day, short (23 h) and long (25 h) ones included.
  for (let ms = from.getTime(); ms <= to.getTime() + 1 && keys.size < 400; ms += 6 * 3_600_000) {
    const day = dayIn(new Date(Math.min(ms, to.getTime())), timeZone);
    keys.add(bucket === 'week' ? mondayOf(day) : day);
  }
  const last = dayIn(to, timeZone);
  keys.add(bucket === 'week' ? mondayOf(last) : last);
  return [...keys];
}

const byKey = (result: AggregateResult, dim: string) =>
  new Map(result.groups.map((g) => [g.key[dim] ?? '', g.value]));

/** Both lines over every bucket of the period, empty buckets as zero. */
function series(
  data: { created: AggregateResult; resolved: AggregateResult },
  config: CreatedResolvedConfig,
  context: WidgetQueryContext,
) {
  const from = new Date(context.now.getTime() - config.days * DAY_MS);
  return {
    keys: bucketKeys(from, context.now, config.bucket, context.timeZone),
    created: byKey(data.created, config.bucket),
    resolved: byKey(data.resolved, config.bucket),
  };
}

/** Tickets raised and tickets resolved per day or week, as two lines. */
export const createdResolvedWidget = defineWidget({
  type: 'createdResolved',
  label: (t) => t('type.createdResolved'),
  description: (t) => t('type.createdResolved.description'),
  config: {
    schema: {
      type: 'object',
      required: ['days', 'bucket'],
      properties: {
        days: { type: 'integer', title: 'Last days', minimum: 1, maximum: 366 },
        bucket: { type: 'string', title: 'Per', enum: ['day', 'week'] },
        ...filterProperties,
      },
    },
  },
  defaultConfig: { days: 30, bucket: 'day' } as CreatedResolvedConfig,
  defaultSize: { w: 6, h: 6, minW: 3, minH: 4 },
  initialState: () => null,
  query: (config: CreatedResolvedConfig, _state, ctx) => {
    const base = filtersToQuery(fixedFilters(config));
    const from = new Date(ctx.now.getTime() - config.days * DAY_MS);
    const groupBy = [config.bucket];
    const zone = ctx.timeZone ? { timeZone: ctx.timeZone } : {};
    return {
      created: {
        kind: 'aggregate' as const,
        query: { ...periodQuery(base, { metric: 'created' }, from, ctx.now), ...zone, groupBy },
      },
      resolved: {
        kind: 'aggregate' as const,
        query: { ...periodQuery(base, { metric: 'resolved' }, from, ctx.now), ...zone, groupBy },
      },
    };
  },
  isEmpty: (data) => !data.created.groups.length && !data.resolved.groups.length,
  emptyMessage: (t) => t('report.empty'),
  table: (data, config, context) => {
    const { t } = context;
    const { keys, created, resolved } = series(data, config, context);
    return {
      columns: [
        t(config.bucket === 'day' ? 'dimension.day' : 'dimension.week'),
        metricLabel('created', t),
        metricLabel('resolved', t),
      ],
      rows: keys.map((k) => [k, created.get(k) ?? 0, resolved.get(k) ?? 0]),
    };
  },
  Component: ({ data, config, context }) => {
    const { t } = context;
    const { keys, created, resolved } = series(data, config, context);
    return (
      <LineChart
        label={t('type.createdResolved')}
        categoryLabel={t(config.bucket === 'day' ? 'dimension.day' : 'dimension.week')}
        t={t}
        data={{
          categories: keys.map((k) => formatDay(k, context.i18n)),
          series: [
            {
              name: metricLabel('created', t),
              values: keys.map((k) => created.get(k) ?? 0),
              color: 'var(--dk-chart-1, #4f6bed)',
            },
            {
              name: metricLabel('resolved', t),
              values: keys.map((k) => resolved.get(k) ?? 0),
              color: 'var(--dk-chart-2, #14b8a6)',
            },
          ],
        }}
      />
    );
  },
});

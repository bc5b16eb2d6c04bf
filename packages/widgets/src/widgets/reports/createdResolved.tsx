import type { AggregateResult } from '@deskkit/runtime';
import { LineChart } from '../../charts/LineChart';
import { filtersToQuery } from '../../data/filters';
import { defineWidget } from '../../registry/registry';
import { formatDay } from '../shared/format';
import { filterProperties, fixedFilters, type FilteredConfig } from '../shared/schema';
import { DAY_MS, metricLabel, periodQuery } from './measure';

/** Configuration of the created-vs-resolved line. */
export interface CreatedResolvedConfig extends FilteredConfig {
  /** The last so many days. */
  days: number;
  bucket: 'day' | 'week';
}

/** Every bucket key from `from` to `to` (days, or the Mondays of ISO weeks), UTC. */
export function bucketKeys(from: Date, to: Date, bucket: 'day' | 'week'): string[] {
  const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  if (bucket === 'week') start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  const keys: string[] = [];
  for (let d = start; d <= to && keys.length < 400;) {
    keys.push(d.toISOString().slice(0, 10));
    d = new Date(d.getTime() + (bucket === 'week' ? 7 : 1) * DAY_MS);
  }
  return keys;
}

const byKey = (result: AggregateResult, dim: string) =>
  new Map(result.groups.map((g) => [g.key[dim] ?? '', g.value]));

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
    return {
      created: {
        kind: 'aggregate' as const,
        query: { ...periodQuery(base, { metric: 'created' }, from, ctx.now), groupBy },
      },
      resolved: {
        kind: 'aggregate' as const,
        query: { ...periodQuery(base, { metric: 'resolved' }, from, ctx.now), groupBy },
      },
    };
  },
  isEmpty: (data) => !data.created.groups.length && !data.resolved.groups.length,
  emptyMessage: (t) => t('report.empty'),
  Component: ({ data, config, context }) => {
    const { t } = context;
    const from = new Date(context.now.getTime() - config.days * DAY_MS);
    const keys = bucketKeys(from, context.now, config.bucket);
    const created = byKey(data.created, config.bucket);
    const resolved = byKey(data.resolved, config.bucket);
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

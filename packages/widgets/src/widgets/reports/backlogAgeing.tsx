import type { AggregateResult } from '@deskkit/runtime';
import { BarChart } from '../../charts/BarChart';
import { filtersToQuery } from '../../data/filters';
import type { T } from '../../i18n/messages';
import { defineWidget } from '../../registry/registry';
import { filterProperties, fixedFilters, type FilteredConfig } from '../shared/schema';
import { DAY_MS } from './measure';

/** Configuration of the backlog ageing widget. */
export interface BacklogAgeingConfig extends FilteredConfig {
  /** Age limits in days, ascending: `[1, 3, 7]` gives under 1 d, 1–3 d, 3–7 d, over 7 d. */
  limits: number[];
}

/** The age buckets of the limits: `[from, to)` in days, the last open-ended. */
export function ageBuckets(limits: readonly number[]): Array<[number, number | undefined]> {
  const sorted = [...new Set(limits)].filter((d) => d > 0).sort((a, b) => a - b);
  const edges = [0, ...sorted];
  return edges.map((from, i) => [from, sorted[i]]);
}

/** The buckets' names and their counts of open tickets. */
function ageing(
  data: Record<string, AggregateResult | undefined>,
  config: BacklogAgeingConfig,
  t: T,
) {
  const buckets = ageBuckets(config.limits);
  return {
    names: buckets.map(([from, to]) =>
      from === 0
        ? t('ageing.under', { days: to ?? 0 })
        : to === undefined
          ? t('ageing.over', { days: from })
          : t('ageing.between', { from, to }),
    ),
    values: buckets.map((_, i) => data[`b${i}`]?.groups[0]?.value ?? 0),
  };
}

/** Open tickets now, by how long they have waited since they were raised. */
export const backlogAgeingWidget = defineWidget({
  type: 'backlogAgeing',
  label: (t) => t('type.backlogAgeing'),
  description: (t) => t('type.backlogAgeing.description'),
  config: {
    schema: {
      type: 'object',
      required: ['limits'],
      properties: {
        limits: {
          type: 'array',
          title: 'Age limits (days)',
          items: { type: 'integer', minimum: 1 },
          minItems: 1,
          maxItems: 8,
        },
        ...filterProperties,
      },
    },
  },
  defaultConfig: { limits: [1, 3, 7, 14] } as BacklogAgeingConfig,
  defaultSize: { w: 6, h: 5, minW: 3, minH: 4 },
  initialState: () => null,
  query: (config: BacklogAgeingConfig, _state, ctx) => {
    const base = filtersToQuery(fixedFilters(config));
    const now = ctx.now.getTime();
    const at = (days: number) => new Date(now - days * DAY_MS).toISOString();
    return Object.fromEntries(
      ageBuckets(config.limits).map(([from, to], i) => [
        `b${i}`,
        {
          kind: 'aggregate' as const,
          query: {
            ...base,
            metric: 'backlog' as const,
            at: ctx.now.toISOString(),
            groupBy: [],
            // Younger than `from` days: created after now − from; older than `to` days: before.
            ...(from > 0 ? { createdTo: at(from) } : {}),
            ...(to !== undefined ? { createdFrom: at(to) } : {}),
          },
        },
      ]),
    );
  },
  table: (data, config, { t }) => {
    const { names, values } = ageing(data, config, t);
    return {
      columns: [t('ageing.age'), t('metric.backlog')],
      rows: names.map((name, i) => [name, values[i] ?? 0]),
    };
  },
  Component: ({ data, config, context }) => {
    const { t } = context;
    const buckets = ageBuckets(config.limits);
    const { names, values } = ageing(data, config, t);
    return (
      <BarChart
        label={t('ageing.label')}
        categoryLabel={t('ageing.age')}
        t={t}
        emptyMessage={t('report.empty')}
        data={{
          categories: names,
          series: [{ name: t('metric.backlog'), values }],
          categoryColors: buckets.map((_, i) =>
            i === buckets.length - 1 ? 'var(--dk-dash-danger)' : undefined,
          ),
        }}
      />
    );
  },
});

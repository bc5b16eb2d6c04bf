import type { AggregateDimension, AggregateResult } from '@deskkit/runtime';
import { BarChart } from '../../charts/BarChart';
import { LineChart } from '../../charts/LineChart';
import { filtersToQuery } from '../../data/filters';
import type { MessageKey } from '../../i18n/messages';
import { defineWidget } from '../../registry/registry';
import type { WidgetContext } from '../../registry/widget.types';
import { statusLabel } from '../shared/Badges';
import { formatDay, formatMonth } from '../shared/format';
import { filterProperties, fixedFilters, type FilteredConfig } from '../shared/schema';
import {
  DAY_MS,
  exportHeader,
  exportValue,
  formatMeasure,
  measureProperties,
  metricLabel,
  periodQuery,
  type MeasureOptions,
} from './measure';

/** The breakdowns a report chart offers. */
export const REPORT_DIMENSIONS = [
  'group',
  'priority',
  'agent',
  'workflow',
  'catalog',
  'department',
  'rating',
  'status',
  'day',
  'week',
  'month',
] as const satisfies readonly AggregateDimension[];

/** Configuration of the report chart. */
export interface ReportChartConfig extends FilteredConfig, MeasureOptions {
  dimension: (typeof REPORT_DIMENSIONS)[number];
  kind: 'bar' | 'line';
  /** The last so many days (resolutions by when they happened, the rest by creation). */
  days: number;
  horizontal?: boolean;
}

const PRIORITY_ORDER = ['P1', 'P2', 'P3', 'P4'];

function valueLabel(dim: ReportChartConfig['dimension'], value: string | null, c: WidgetContext) {
  if (value === null) return c.t('none');
  if (dim === 'agent') return c.userName(value);
  if (dim === 'group') return c.groupName(value);
  if (dim === 'workflow') return c.workflowName(value);
  if (dim === 'department') return c.departmentName(value);
  if (dim === 'status') return statusLabel(value, c.t);
  if (dim === 'day' || dim === 'week') return formatDay(value, c.i18n);
  if (dim === 'month') return formatMonth(value, c.i18n);
  if (dim === 'rating') return '★'.repeat(Math.round(Number(value))) || value;
  return value;
}

const TIME_DIMENSIONS = new Set<string>(['day', 'week', 'month']);

/** The groups the chart shows, in its order: ratings without the unrated, priorities P1 first. */
function shownGroups(result: AggregateResult, config: ReportChartConfig) {
  // A distribution of ratings leaves the unrated tickets out.
  const groups = result.groups.filter((g) => config.dimension !== 'rating' || g.key.rating != null);
  if (config.dimension !== 'priority') return groups;
  const rank = (p: string | null) => (p === null ? 99 : PRIORITY_ORDER.indexOf(p) + 1 || 50);
  return [...groups].sort((a, b) => rank(a.key.priority ?? null) - rank(b.key.priority ?? null));
}

/**
 * A measure broken down by one dimension: SLA compliance by group, time to resolve by priority, a
 * CSAT distribution (`created` by `rating`), backlog by catalog path, and so on.
 */
export const reportChartWidget = defineWidget({
  type: 'reportChart',
  label: (t) => t('type.reportChart'),
  description: (t) => t('type.reportChart.description'),
  config: {
    schema: {
      type: 'object',
      required: ['metric', 'dimension', 'kind', 'days'],
      properties: {
        ...measureProperties,
        dimension: { type: 'string', title: 'By', enum: [...REPORT_DIMENSIONS] },
        kind: { type: 'string', title: 'Chart', enum: ['bar', 'line'] },
        days: { type: 'integer', title: 'Last days', minimum: 1, maximum: 366 },
        horizontal: { type: 'boolean', title: 'Horizontal bars' },
        ...filterProperties,
      },
    },
  },
  defaultConfig: {
    metric: 'slaMetRate',
    dimension: 'group',
    kind: 'bar',
    days: 30,
  } as ReportChartConfig,
  defaultSize: { w: 6, h: 6, minW: 3, minH: 4 },
  initialState: () => null,
  query: (config: ReportChartConfig, _state, ctx) => {
    const from = new Date(ctx.now.getTime() - config.days * DAY_MS);
    const base = filtersToQuery(fixedFilters(config));
    return {
      result: {
        kind: 'aggregate' as const,
        query: {
          ...periodQuery(base, config, from, ctx.now),
          ...(ctx.timeZone && TIME_DIMENSIONS.has(config.dimension)
            ? { timeZone: ctx.timeZone }
            : {}),
          groupBy: [config.dimension],
        },
      },
    };
  },
  isEmpty: (data) => !data.result.groups.length,
  emptyMessage: (t) => t('report.empty'),
  table: (data, config, context) => {
    const { t } = context;
    const dim = config.dimension;
    return {
      columns: [t(`dimension.${dim}` as MessageKey), exportHeader(config.metric, t)],
      rows: shownGroups(data.result, config).map((g) => {
        const key = g.key[dim] ?? null;
        // Dates stay ISO dates in a spreadsheet (it sorts and formats them itself).
        return [
          TIME_DIMENSIONS.has(dim) ? key : valueLabel(dim, key, context),
          exportValue(config.metric, g.value),
        ];
      }),
    };
  },
  Component: ({ data, config, context }) => {
    const { t } = context;
    const groups = shownGroups(data.result, config);
    const metric = metricLabel(config.metric, t);
    const dimension = t(`dimension.${config.dimension}` as MessageKey);
    const common = {
      label: t('chart.summary', { metric, dimension }),
      categoryLabel: dimension,
      t,
      formatValue: (v: number) => formatMeasure(config.metric, v, t),
      data: {
        categories: groups.map((g) =>
          valueLabel(config.dimension, g.key[config.dimension] ?? null, context),
        ),
        series: [{ name: metric, values: groups.map((g) => g.value) }],
      },
    };
    if (config.kind === 'line') return <LineChart {...common} />;
    return <BarChart {...common} horizontal={config.horizontal === true} />;
  },
});

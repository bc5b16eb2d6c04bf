import type { AggregateDimension, AggregateQuery, TicketQuery } from '@deskkit/runtime';
import { filtersToQuery, type WidgetFilters } from '../../data/filters';
import type { MessageKey, T } from '../../i18n/messages';
import { defineWidget } from '../../registry/registry';
import type { WidgetContext } from '../../registry/widget.types';
import { statusLabel } from '../shared/Badges';
import { FilterBar, type FilterKind } from '../shared/FilterBar';
import { formatDay, formatMonth } from '../shared/format';
import { filterProperties, fixedFilters, type FilteredConfig } from '../shared/schema';
import { BarChart } from '../../charts/BarChart';
import type { ChartData } from '../../charts/chart.types';
import { LineChart } from '../../charts/LineChart';
import { PieChart } from '../../charts/PieChart';
import { fillDays, toChartRows, type ChartRow } from './chartData';
import { dimensionColor } from './colors';

/** Chart kinds. */
export type ChartKind = 'bar' | 'stackedBar' | 'line' | 'area' | 'pie' | 'donut';

/** Configuration of the chart widget. */
export interface ChartConfig extends FilteredConfig {
  kind: ChartKind;
  metric: NonNullable<AggregateQuery['metric']>;
  /** Categories along the axis (slices of a pie). */
  dimension: AggregateDimension;
  /** Splits each category into series (stacked bars, one line per value). */
  series?: AggregateDimension;
  /** Only tickets created in the last so many days (0: all). */
  days: number;
  /** Bars drawn horizontally. */
  horizontal?: boolean;
  /** Filters offered to the person looking at the chart (all but the dimension by default). */
  userFilters?: FilterKind[];
}

const DIMENSIONS = ['status', 'priority', 'workflow', 'assignee', 'group', 'day', 'requester'];

function dimensionLabel(t: T, context: WidgetContext) {
  return (dim: AggregateDimension, value: string | null): string => {
    if (value === null) return dim === 'assignee' ? t('unassigned') : t('none');
    if (dim === 'status') return statusLabel(value, t);
    if (dim === 'assignee' || dim === 'requester') return context.userName(value);
    if (dim === 'group') return context.groupName(value);
    if (dim === 'workflow') return context.workflowName(value);
    if (dim === 'department') return context.departmentName(value);
    if (dim === 'day' || dim === 'week') return formatDay(value, context.i18n);
    if (dim === 'month') return formatMonth(value, context.i18n);
    return value;
  };
}

function dimensionName(dim: AggregateDimension, t: T): string {
  return DIMENSIONS.includes(dim)
    ? t(`dimension.${dim}` as MessageKey)
    : dim.replace(/^data\./, '');
}

const STATUS_ORDER = ['open', 'pending', 'resolved', 'closed', 'rejected', 'cancelled'];

/** Orders series (and status or priority categories): statuses in their life-cycle order, others alphabetically, none last. */
function seriesRank(
  dim: AggregateDimension | undefined,
  a: string | null,
  b: string | null,
): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (dim === 'status') return STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b);
  return a.localeCompare(b, undefined, { numeric: true });
}

/** The ticket list behind one category of a chart. */
function drill(config: ChartConfig, state: WidgetFilters, now: Date, row: ChartRow): TicketQuery {
  const base = query(config, state, now);
  const { groupBy: _g, metric: _m, ...filters } = base;
  const key = row.key;
  const dim = config.dimension;
  if (dim === 'status' && key) return { ...filters, status: [key as never] };
  if (dim === 'priority' && key) return { ...filters, priority: [key] };
  if (dim === 'workflow' && key) return { ...filters, workflow: [key] };
  if (dim === 'assignee' && key) return { ...filters, assignee: key };
  if (dim === 'day' && key) {
    const next = new Date(`${key}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return { ...filters, createdFrom: key, createdTo: next.toISOString().slice(0, 10) };
  }
  const field = dim === 'group' ? 'group' : dim;
  return {
    ...filters,
    where: [
      ...(filters.where ?? []),
      key === null ? { field, op: 'exists', value: false } : { field, op: 'eq', value: key },
    ],
  };
}

function query(config: ChartConfig, state: WidgetFilters, now: Date): AggregateQuery {
  const since =
    config.days > 0
      ? new Date(now.getTime() - config.days * 86_400_000).toISOString().slice(0, 10)
      : undefined;
  const groupBy =
    config.series && config.series !== config.dimension
      ? [config.dimension, config.series]
      : [config.dimension];
  return {
    ...filtersToQuery(fixedFilters(config), since ? { createdFrom: since } : undefined, state),
    groupBy,
    metric: config.metric,
  };
}

/** Bar, stacked bar, line, area, pie or donut chart of ticket aggregates (Deskkit's SVG charts). */
export const chartWidget = defineWidget({
  type: 'chart',
  label: (t) => t('type.chart'),
  description: (t) => t('type.chart.description'),
  config: {
    schema: {
      type: 'object',
      required: ['kind', 'metric', 'dimension'],
      properties: {
        kind: {
          type: 'string',
          title: 'Chart',
          enum: ['bar', 'stackedBar', 'line', 'area', 'pie', 'donut'],
        },
        metric: { type: 'string', title: 'Metric', enum: ['count', 'slaMet', 'slaBreached'] },
        dimension: { type: 'string', title: 'Dimension' },
        series: { type: 'string', title: 'Series (split by)' },
        days: { type: 'integer', title: 'Created in the last days (0 = all)', minimum: 0 },
        horizontal: { type: 'boolean', title: 'Horizontal bars' },
        userFilters: {
          type: 'array',
          title: 'Filters people can set',
          items: { type: 'string', enum: ['status', 'priority', 'group', 'dates'] },
          uniqueItems: true,
        },
        ...filterProperties,
      },
    },
    ui: {
      fields: {
        kind: {
          widget: 'select',
          options: [
            { value: 'bar', label: 'Bar' },
            { value: 'stackedBar', label: 'Stacked bar' },
            { value: 'line', label: 'Line' },
            { value: 'area', label: 'Area' },
            { value: 'pie', label: 'Pie' },
            { value: 'donut', label: 'Donut' },
          ],
        },
        metric: {
          widget: 'select',
          options: [
            { value: 'count', label: 'Tickets' },
            { value: 'slaMet', label: 'SLA met' },
            { value: 'slaBreached', label: 'SLA breached' },
          ],
        },
        dimension: {
          widget: 'select',
          help: 'A ticket field, or data.<field> for a form field.',
          options: DIMENSIONS.map((d) => ({ value: d, label: d })),
        },
      },
    },
  },
  defaultConfig: { kind: 'bar', metric: 'count', dimension: 'status', days: 30 } as ChartConfig,
  defaultSize: { w: 6, h: 6, minW: 3, minH: 4 },
  initialState: (): WidgetFilters => ({}),
  query: (config: ChartConfig, state: WidgetFilters, ctx) => ({
    result: { kind: 'aggregate' as const, query: query(config, state, ctx.now) },
  }),
  Toolbar: ({ state, setState, context, id, config }) => {
    // Filtering by the dimension the chart splits by would leave one bar: not offered.
    const show = (config.userFilters ?? ['status', 'priority', 'group', 'dates']).filter(
      (k) => k !== config.dimension,
    );
    if (!show.length) return null;
    return <FilterBar id={id} context={context} show={show} value={state} onChange={setState} />;
  },
  isEmpty: (data) => data.result.groups.every((g) => g.value === 0),
  emptyMessage: (t) => t('chart.empty'),
  Component: ({ data, config, state, context }) => {
    const { t } = context;
    const label = dimensionLabel(t, context);
    const pivot = toChartRows(data.result, config.dimension, config.series, label);
    // Series in the order of their values (statuses as a ticket moves, P1 before P2).
    const order = pivot.seriesKeys
      .map((key, i) => ({ key, value: pivot.seriesValues[i] ?? null }))
      .sort((a, b) => seriesRank(config.series, a.value, b.value));
    const seriesKeys = order.map((s) => s.key);
    const seriesValues = order.map((s) => s.value);
    let rows = pivot.rows;
    if (config.dimension === 'status' || config.dimension === 'priority') {
      rows = [...rows].sort((a, b) => seriesRank(config.dimension, a.key, b.key));
    }
    if (config.dimension === 'day') {
      const today = context.now.toISOString().slice(0, 10);
      const since =
        config.days > 0
          ? new Date(context.now.getTime() - config.days * 86_400_000).toISOString().slice(0, 10)
          : undefined;
      rows = fillDays(rows, seriesKeys, (day) => label('day', day), since, today);
    }
    const metric = t(`metric.${config.metric}` as MessageKey);
    const chartData: ChartData = {
      categories: rows.map((row) => row.name),
      series: seriesKeys.map((k, i) => ({
        name: k === 'value' ? metric : k,
        values: rows.map((row) => Number(row[k] ?? 0)),
        color: dimensionColor(config.series, seriesValues[i]),
      })),
      categoryColors: rows.map((row) => dimensionColor(config.dimension, row.key)),
    };
    const open = (row: ChartRow | undefined) => {
      if (row) context.openTicketList(drill(config, state, context.now, row), `${row.name}`);
    };
    const common = {
      data: chartData,
      label: t('chart.summary', { metric, dimension: dimensionName(config.dimension, t) }),
      categoryLabel: dimensionName(config.dimension, t),
      onSelect: (i: number) => open(rows[i]),
      emptyMessage: t('chart.empty'),
      t,
    };
    if (config.kind === 'pie' || config.kind === 'donut') {
      // A pie has one ring: a series split is summed back into each slice.
      const totals = chartData.categories.map((_, i) =>
        chartData.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0),
      );
      const pie = { ...chartData, series: [{ name: metric, values: totals }] };
      return <PieChart {...common} data={pie} donut={config.kind === 'donut'} />;
    }
    if (config.kind === 'line' || config.kind === 'area') {
      return <LineChart {...common} area={config.kind === 'area'} />;
    }
    return (
      <BarChart
        {...common}
        stacked={config.kind === 'stackedBar'}
        horizontal={config.horizontal === true}
      />
    );
  },
});

import type { AggregateDimension, AggregateQuery, TicketQuery } from '@deskkit/runtime';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { filtersToQuery, type WidgetFilters } from '../../data/filters';
import type { MessageKey, T } from '../../i18n/messages';
import { defineWidget } from '../../registry/registry';
import type { WidgetContext } from '../../registry/widget.types';
import { statusLabel } from '../shared/Badges';
import { FilterBar, type FilterKind } from '../shared/FilterBar';
import { formatDate } from '../shared/format';
import { filterProperties, fixedFilters, type FilteredConfig } from '../shared/schema';
import { toChartRows, type ChartRow } from './chartData';
import { usePalette } from './palette';
import { useSize } from '../../dashboard/useWidth';

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
    if (dim === 'day') return formatDate(`${value}T12:00:00Z`);
    return value;
  };
}

function dimensionName(dim: AggregateDimension, t: T): string {
  return DIMENSIONS.includes(dim)
    ? t(`dimension.${dim}` as MessageKey)
    : dim.replace(/^data\./, '');
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

/** Bar, stacked bar, line, area, pie or donut chart of ticket aggregates (recharts). */
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
    const { ref, palette } = usePalette();
    const canvas = useSize<HTMLDivElement>({ width: 480, height: 240 });
    const dims = { width: canvas.width, height: canvas.height };
    const { rows, seriesKeys, seriesValues } = toChartRows(
      data.result,
      config.dimension,
      config.series,
      dimensionLabel(t, context),
    );
    if (config.dimension === 'day') rows.sort((a, b) => String(a.key).localeCompare(String(b.key)));
    const metric = t(`metric.${config.metric}` as MessageKey);
    const byValue = (
      dim: AggregateDimension | undefined,
      value: string | null,
      i: number,
    ): string => {
      const fallback = palette.series[i % palette.series.length] ?? '#4f6bed';
      if (value === null) return fallback;
      if (dim === 'status') return palette.status[value] ?? fallback;
      if (dim === 'priority') return palette.priority[value] ?? fallback;
      return fallback;
    };
    const colorOf = (row: ChartRow, i: number) => byValue(config.dimension, row.key, i);
    const seriesColor = (i: number) => byValue(config.series, seriesValues[i] ?? null, i);
    const open = (row: ChartRow) =>
      context.openTicketList(drill(config, state, context.now, row), `${row.name}`);
    const seriesName = (k: string) => (k === 'value' ? metric : k);
    const axis = { stroke: 'currentColor', fontSize: 12, tickLine: false };
    let chart;
    if (config.kind === 'pie' || config.kind === 'donut') {
      chart = (
        <PieChart {...dims}>
          <Pie
            data={rows}
            dataKey={seriesKeys[0] ?? 'value'}
            nameKey="name"
            innerRadius={config.kind === 'donut' ? '55%' : 0}
            outerRadius="80%"
            paddingAngle={config.kind === 'donut' ? 2 : 0}
            isAnimationActive={false}
            onClick={(_, i) => {
              const row = rows[i];
              if (row) open(row);
            }}
          >
            {rows.map((row, i) => (
              <Cell key={row.name} fill={colorOf(row, i)} stroke="var(--dk-dash-surface, #fff)" />
            ))}
          </Pie>
          <Tooltip />
          <Legend verticalAlign="bottom" iconType="circle" />
        </PieChart>
      );
    } else if (config.kind === 'line' || config.kind === 'area') {
      const Chart = config.kind === 'line' ? LineChart : AreaChart;
      chart = (
        <Chart {...dims} data={rows} margin={{ top: 8, right: 20, bottom: 0, left: -12 }}>
          <CartesianGrid
            strokeDasharray="3 3"
            vertical={false}
            stroke="var(--dk-dash-border, #e5e7eb)"
          />
          <XAxis dataKey="name" {...axis} />
          <YAxis allowDecimals={false} {...axis} />
          <Tooltip />
          {seriesKeys.length > 1 && <Legend iconType="circle" />}
          {seriesKeys.map((k, i) =>
            config.kind === 'line' ? (
              <Line
                key={k}
                type="monotone"
                dataKey={k}
                name={seriesName(k)}
                stroke={seriesColor(i)}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ) : (
              <Area
                key={k}
                type="monotone"
                dataKey={k}
                name={seriesName(k)}
                stackId="a"
                stroke={seriesColor(i)}
                fill={seriesColor(i)}
                fillOpacity={0.25}
                isAnimationActive={false}
              />
            ),
          )}
        </Chart>
      );
    } else {
      const stacked = config.kind === 'stackedBar';
      const layout = config.horizontal ? 'vertical' : 'horizontal';
      chart = (
        <BarChart
          {...dims}
          data={rows}
          layout={layout}
          margin={{ top: 8, right: 12, bottom: 0, left: config.horizontal ? 8 : -12 }}
        >
          <CartesianGrid
            strokeDasharray="3 3"
            vertical={!!config.horizontal}
            horizontal={!config.horizontal}
            stroke="var(--dk-dash-border, #e5e7eb)"
          />
          {config.horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} {...axis} />
              <YAxis type="category" dataKey="name" width={110} {...axis} />
            </>
          ) : (
            <>
              <XAxis dataKey="name" {...axis} />
              <YAxis allowDecimals={false} {...axis} />
            </>
          )}
          <Tooltip cursor={{ fill: 'var(--dk-hover, rgba(100,116,139,.08))' }} />
          {seriesKeys.length > 1 && <Legend iconType="circle" />}
          {seriesKeys.map((k, i) => (
            <Bar
              key={k}
              dataKey={k}
              name={seriesName(k)}
              stackId={stacked ? 'a' : undefined}
              fill={seriesColor(i)}
              radius={stacked ? 0 : 4}
              maxBarSize={48}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(_, index) => {
                const row = rows[index];
                if (row) open(row);
              }}
            >
              {seriesKeys.length === 1 &&
                rows.map((row, j) => <Cell key={row.name} fill={colorOf(row, j)} />)}
            </Bar>
          ))}
        </BarChart>
      );
    }
    const summary = t('chart.summary', { metric, dimension: dimensionName(config.dimension, t) });
    return (
      <figure className="dk-chart" ref={ref}>
        <div className="dk-chart__canvas" ref={canvas.ref} role="img" aria-label={summary}>
          {chart}
        </div>
        {/* The same figures as text, for screen readers. */}
        <figcaption className="dk-visually-hidden">
          {summary}
          <ul>
            {rows.map((row) => (
              <li key={row.name}>
                {row.name}: {seriesKeys.map((k) => `${seriesName(k)} ${row[k]}`).join(', ')}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
    );
  },
});

import { filtersToQuery } from '../../data/filters';
import { defineWidget } from '../../registry/registry';
import { filterProperties, fixedFilters, type FilteredConfig } from '../shared/schema';
import {
  DAY_MS,
  exportHeader,
  exportValue,
  formatMeasure,
  lowerIsBetter,
  measureProperties,
  metricLabel,
  periodQuery,
  type MeasureOptions,
} from './measure';

/** Configuration of the KPI tile. */
export interface KpiConfig extends FilteredConfig, MeasureOptions {
  /** The period: the last so many days, compared with the same number of days before. */
  days: number;
}

/** The trend of a KPI against its previous period. */
export function kpiTrend(
  current: number | undefined,
  previous: number | undefined,
): { direction: 'up' | 'down' | 'flat' | 'new'; percent: number } {
  if (current === undefined || previous === undefined || previous === 0)
    return { direction: current === previous ? 'flat' : 'new', percent: 0 };
  const percent = Math.round(((current - previous) / Math.abs(previous)) * 100);
  return {
    direction: percent > 0 ? 'up' : percent < 0 ? 'down' : 'flat',
    percent: Math.abs(percent),
  };
}

/** A count with no group is zero; a rate or time with no group has nothing to measure. */
function kpiValue(
  metric: KpiConfig['metric'],
  groups: ReadonlyArray<{ value: number }>,
): number | undefined {
  const counts = metric === 'created' || metric === 'resolved' || metric === 'backlog';
  return groups[0]?.value ?? (counts ? 0 : undefined);
}

/** One measure over the last days, with its trend against the days before (better or worse). */
export const kpiWidget = defineWidget({
  type: 'kpi',
  label: (t) => t('type.kpi'),
  description: (t) => t('type.kpi.description'),
  config: {
    schema: {
      type: 'object',
      required: ['metric', 'days'],
      properties: {
        ...measureProperties,
        days: { type: 'integer', title: 'Period (days)', minimum: 1, maximum: 366 },
        ...filterProperties,
      },
    },
  },
  defaultConfig: { metric: 'resolved', days: 7 } as KpiConfig,
  defaultSize: { w: 3, h: 3, minW: 2, minH: 2 },
  initialState: () => null,
  query: (config: KpiConfig, _state, ctx) => {
    const base = filtersToQuery(fixedFilters(config));
    const to = ctx.now;
    const from = new Date(to.getTime() - config.days * DAY_MS);
    const before = new Date(from.getTime() - config.days * DAY_MS);
    return {
      current: {
        kind: 'aggregate' as const,
        query: { ...periodQuery(base, config, from, to), groupBy: [] },
      },
      previous: {
        kind: 'aggregate' as const,
        query: { ...periodQuery(base, config, before, from), groupBy: [] },
      },
    };
  },
  table: (data, config, context) => {
    const { t } = context;
    const to = context.now.getTime();
    const day = (ms: number) => new Date(ms).toISOString();
    const days = config.days * DAY_MS;
    return {
      columns: [
        t('export.period'),
        t('export.from'),
        t('export.to'),
        exportHeader(config.metric, t),
      ],
      rows: [
        [
          t('kpi.period', { days: config.days }),
          day(to - days),
          day(to),
          exportValue(config.metric, kpiValue(config.metric, data.current.groups)),
        ],
        [
          t('kpi.previousPeriod', { days: config.days }),
          day(to - 2 * days),
          day(to - days),
          exportValue(config.metric, kpiValue(config.metric, data.previous.groups)),
        ],
      ],
    };
  },
  Component: ({ data, config, context }) => {
    const { t } = context;
    const current = kpiValue(config.metric, data.current.groups);
    const previous = kpiValue(config.metric, data.previous.groups);
    const trend = kpiTrend(current, previous);
    const good =
      trend.direction === 'up' || trend.direction === 'down'
        ? (trend.direction === 'down') === lowerIsBetter(config.metric)
        : undefined;
    const vars = { percent: trend.percent, days: config.days };
    const trendText =
      trend.direction === 'up'
        ? t('kpi.trendUp', vars)
        : trend.direction === 'down'
          ? t('kpi.trendDown', vars)
          : trend.direction === 'flat'
            ? t('kpi.trendFlat', vars)
            : t('kpi.trendNew', vars);
    return (
      <figure className="dk-report-kpi">
        <figcaption className="dk-report-kpi__label">
          {metricLabel(config.metric, t)}
          <span className="dk-report-kpi__period">{t('kpi.period', { days: config.days })}</span>
        </figcaption>
        <p className="dk-report-kpi__value" data-value={current ?? ''}>
          {current === undefined ? t('kpi.none') : formatMeasure(config.metric, current, t)}
        </p>
        <p
          className={`dk-report-kpi__trend dk-report-kpi__trend--${trend.direction}${
            good === undefined
              ? ''
              : good
                ? ' dk-report-kpi__trend--good'
                : ' dk-report-kpi__trend--bad'
          }`}
        >
          <span aria-hidden="true">
            {trend.direction === 'up' ? '▲' : trend.direction === 'down' ? '▼' : '•'}
          </span>{' '}
          {trendText}
        </p>
        <p className="dk-report-kpi__previous">
          {t('kpi.previous', {
            days: config.days,
            value:
              previous === undefined ? t('kpi.none') : formatMeasure(config.metric, previous, t),
          })}
        </p>
      </figure>
    );
  },
});

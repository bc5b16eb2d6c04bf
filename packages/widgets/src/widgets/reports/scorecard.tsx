import type { AggregateResult } from '@deskkit/runtime';
import { filtersToQuery } from '../../data/filters';
import { defineWidget } from '../../registry/registry';
import { filterProperties, fixedFilters, type FilteredConfig } from '../shared/schema';
import { DAY_MS, exportHeader, exportValue, formatMeasure, periodQuery } from './measure';

/** Configuration of the agent scorecard. */
export interface AgentScorecardConfig extends FilteredConfig {
  /** Tickets resolved in the last so many days. */
  days: number;
  /** Rows shown, most resolved first. */
  top: number;
}

const COLUMNS = ['resolved', 'resolveTime', 'firstContactRate', 'csat'] as const;

type Column = (typeof COLUMNS)[number];

/** Each column's value per agent, and the agents shown: most resolved first. */
function scores(data: Record<Column, AggregateResult>, config: AgentScorecardConfig) {
  const column = (name: Column) =>
    new Map(data[name].groups.map((g) => [g.key.agent ?? null, g.value]));
  const values = Object.fromEntries(COLUMNS.map((c) => [c, column(c)])) as Record<
    Column,
    Map<string | null, number>
  >;
  const agents = data.resolved.groups
    .filter((g) => g.key.agent)
    .sort((a, b) => b.value - a.value)
    .slice(0, config.top)
    .map((g) => g.key.agent as string);
  return { values, agents };
}

/** Per agent, over the tickets they resolved in the period: count, time to resolve, first contact, CSAT. */
export const agentScorecardWidget = defineWidget({
  type: 'agentScorecard',
  label: (t) => t('type.agentScorecard'),
  description: (t) => t('type.agentScorecard.description'),
  config: {
    schema: {
      type: 'object',
      required: ['days'],
      properties: {
        days: { type: 'integer', title: 'Resolved in the last days', minimum: 1, maximum: 366 },
        top: { type: 'integer', title: 'Rows shown', minimum: 1, maximum: 100 },
        ...filterProperties,
      },
    },
  },
  defaultConfig: { days: 30, top: 10 } as AgentScorecardConfig,
  defaultSize: { w: 6, h: 6, minW: 4, minH: 4 },
  initialState: () => null,
  query: (config: AgentScorecardConfig, _state, ctx) => {
    const from = new Date(ctx.now.getTime() - config.days * DAY_MS);
    const base = filtersToQuery(fixedFilters(config));
    // Every column over the same tickets: those resolved in the period.
    const q = (metric: (typeof COLUMNS)[number]) => ({
      kind: 'aggregate' as const,
      query: {
        ...periodQuery(base, { metric: 'resolved' }, from, ctx.now),
        metric,
        groupBy: ['agent' as const],
      },
    });
    return {
      resolved: q('resolved'),
      resolveTime: q('resolveTime'),
      firstContactRate: q('firstContactRate'),
      csat: q('csat'),
    };
  },
  isEmpty: (data) => !data.resolved.groups.some((g) => g.key.agent),
  emptyMessage: (t) => t('scorecard.empty'),
  table: (data, config, context) => {
    const { t } = context;
    const { values, agents } = scores(data, config);
    return {
      columns: [
        t('scorecard.agent'),
        t('scorecard.resolved'),
        exportHeader('resolveTime', t, t('scorecard.resolveTime')),
        exportHeader('firstContactRate', t, t('scorecard.firstContact')),
        t('scorecard.csat'),
      ],
      rows: agents.map((agent) => [
        context.userName(agent),
        ...COLUMNS.map((c) => exportValue(c, values[c].get(agent))),
      ]),
    };
  },
  Component: ({ data, config, context }) => {
    const { t } = context;
    const { values, agents } = scores(data, config);
    const cell = (metric: (typeof COLUMNS)[number], agent: string) => {
      const v = values[metric].get(agent);
      return v === undefined ? '–' : formatMeasure(metric, v, t);
    };
    return (
      <div className="dk-table-scroll">
        <table className="dk-table dk-scorecard">
          <thead>
            <tr>
              <th scope="col">{t('scorecard.agent')}</th>
              <th scope="col">{t('scorecard.resolved')}</th>
              <th scope="col">{t('scorecard.resolveTime')}</th>
              <th scope="col">{t('scorecard.firstContact')}</th>
              <th scope="col">{t('scorecard.csat')}</th>
            </tr>
          </thead>
          <tbody>
            {agents.map((agent) => (
              <tr key={agent}>
                <th scope="row">{context.userName(agent)}</th>
                {COLUMNS.map((c) => (
                  <td key={c} className="dk-scorecard__value">
                    {cell(c, agent)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  },
});

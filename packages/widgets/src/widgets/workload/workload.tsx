import type { TicketQuery } from '@deskkit/runtime';
import { filtersToQuery, type WidgetFilters } from '../../data/filters';
import { defineWidget } from '../../registry/registry';
import { FilterBar } from '../shared/FilterBar';
import { ListLink } from '../shared/ListLink';
import { filterProperties, fixedFilters, type FilteredConfig } from '../shared/schema';

/** Configuration of the workload widget. */
export interface WorkloadConfig extends FilteredConfig {
  by: 'assignee' | 'group';
  /** Rows shown, busiest first. */
  top: number;
  /** Split each row by priority (stacked meter). */
  byPriority: boolean;
}

const PRIORITY_ORDER = ['P1', 'P2', 'P3', 'P4'];
const rank = (p: string) =>
  PRIORITY_ORDER.includes(p) ? PRIORITY_ORDER.indexOf(p) : PRIORITY_ORDER.length;

/** Open tickets per agent or group, busiest first; each row links to that person's or group's list. */
export const workloadWidget = defineWidget({
  type: 'workload',
  label: (t) => t('type.workload'),
  description: (t) => t('type.workload.description'),
  config: {
    schema: {
      type: 'object',
      required: ['by'],
      properties: {
        by: { type: 'string', title: 'Per', enum: ['assignee', 'group'] },
        top: { type: 'integer', title: 'Rows shown', minimum: 1, maximum: 50 },
        byPriority: { type: 'boolean', title: 'Split by priority' },
        ...filterProperties,
      },
    },
    ui: {
      fields: {
        by: {
          widget: 'radio',
          options: [
            { value: 'assignee', label: 'Agent' },
            { value: 'group', label: 'Group' },
          ],
        },
      },
    },
  },
  defaultConfig: {
    by: 'assignee',
    top: 8,
    byPriority: true,
    status: ['open', 'pending'],
  } as WorkloadConfig,
  defaultSize: { w: 4, h: 6, minW: 3, minH: 3 },
  initialState: (): WidgetFilters => ({}),
  query: (config: WorkloadConfig, state: WidgetFilters) => ({
    load: {
      kind: 'aggregate' as const,
      query: {
        ...filtersToQuery(fixedFilters(config), state),
        groupBy: config.byPriority ? [config.by, 'priority' as const] : [config.by],
      },
    },
  }),
  Toolbar: ({ state, setState, context, id, config }) => (
    <FilterBar
      id={id}
      context={context}
      show={config.by === 'group' ? ['priority'] : ['priority', 'group']}
      value={state}
      onChange={setState}
    />
  ),
  isEmpty: (data) => data.load.groups.length === 0,
  emptyMessage: (t) => t('workload.empty'),
  Component: ({ data, config, state, context }) => {
    const { t } = context;
    const rows = new Map<string | null, { total: number; parts: Map<string, number> }>();
    for (const g of data.load.groups) {
      const key = g.key[config.by] ?? null;
      const row = rows.get(key) ?? { total: 0, parts: new Map<string, number>() };
      row.total += g.value;
      const p = g.key.priority ?? '—';
      row.parts.set(p, (row.parts.get(p) ?? 0) + g.value);
      rows.set(key, row);
    }
    const sorted = [...rows.entries()].sort((a, b) => b[1].total - a[1].total).slice(0, config.top);
    const max = Math.max(1, ...sorted.map(([, r]) => r.total));
    const base = filtersToQuery(fixedFilters(config), state);
    const drill = (key: string | null): TicketQuery => {
      if (config.by === 'assignee' && key) return { ...base, assignee: key };
      const where = base.where?.filter((c) => !(c.field === config.by)) ?? [];
      return {
        ...base,
        where: [
          ...where,
          key === null
            ? { field: config.by, op: 'exists', value: false }
            : { field: config.by, op: 'eq', value: key },
        ],
      };
    };
    return (
      <ol className="dk-workload">
        {sorted.map(([key, row]) => {
          const name =
            key === null
              ? t('unassigned')
              : config.by === 'assignee'
                ? context.userName(key)
                : context.groupName(key);
          const parts = [...row.parts.entries()].sort((a, b) => rank(a[0]) - rank(b[0]));
          return (
            <li key={key ?? '∅'}>
              <ListLink
                className="dk-workload__row"
                query={drill(key)}
                label={t('workload.open', { count: row.total, name })}
                context={context}
              >
                <span className="dk-workload__name">{name}</span>
                <span className="dk-meter" aria-hidden="true">
                  <span className="dk-meter__fill" style={{ width: `${(row.total / max) * 100}%` }}>
                    {parts.map(([p, n]) => (
                      <span
                        key={p}
                        className={`dk-meter__part dk-priority-${p.toLowerCase()}`}
                        style={{ flexGrow: n }}
                        title={`${p}: ${n}`}
                      />
                    ))}
                  </span>
                </span>
                <span className="dk-workload__count">{row.total}</span>
              </ListLink>
            </li>
          );
        })}
      </ol>
    );
  },
});

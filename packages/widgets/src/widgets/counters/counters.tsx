import type { TicketQuery } from '@deskkit/runtime';
import { filtersToQuery } from '../../data/filters';
import type { T } from '../../i18n/messages';
import { defineWidget } from '../../registry/registry';
import { statusLabel } from '../shared/Badges';
import { ListLink } from '../shared/ListLink';
import { filterProperties, fixedFilters, type FilteredConfig } from '../shared/schema';

/** Configuration of the counters widget. */
export interface CountersConfig extends FilteredConfig {
  /** What each counter counts by. */
  by: 'status' | 'priority' | 'workflow';
  /** Values always shown, in this order (also when 0); the others follow. */
  values?: string[];
  /** Shows a total tile first. */
  showTotal?: boolean;
}

function label(by: CountersConfig['by'], value: string | null, t: T): string {
  if (value === null) return t('none');
  return by === 'status' ? statusLabel(value, t) : value;
}

function drill(config: CountersConfig, value: string | null): TicketQuery {
  const base = filtersToQuery(fixedFilters(config));
  if (value === null) {
    const field = config.by === 'workflow' ? 'workflow' : config.by;
    return { ...base, where: [...(base.where ?? []), { field, op: 'exists', value: false }] };
  }
  return filtersToQuery(fixedFilters(config), { [config.by]: [value] });
}

/** Ticket counts by status, priority or workflow; each counter links to the filtered ticket list. */
export const countersWidget = defineWidget({
  type: 'counters',
  label: (t) => t('type.counters'),
  description: (t) => t('type.counters.description'),
  config: {
    schema: {
      type: 'object',
      required: ['by'],
      properties: {
        by: {
          type: 'string',
          title: 'Count by',
          enum: ['status', 'priority', 'workflow'],
          default: 'status',
        },
        values: {
          type: 'array',
          title: 'Always show these values',
          items: { type: 'string' },
        },
        showTotal: { type: 'boolean', title: 'Show a total', default: true },
        ...filterProperties,
      },
    },
    ui: {
      fields: {
        by: {
          widget: 'radio',
          options: [
            { value: 'status', label: 'Status' },
            { value: 'priority', label: 'Priority' },
            { value: 'workflow', label: 'Workflow' },
          ],
        },
      },
    },
  },
  defaultConfig: {
    by: 'status',
    values: ['open', 'pending', 'resolved', 'closed'],
    showTotal: true,
  } as CountersConfig,
  defaultSize: { w: 6, h: 3, minW: 3, minH: 2 },
  initialState: () => null,
  query: (config: CountersConfig) => ({
    counts: {
      kind: 'aggregate' as const,
      query: { ...filtersToQuery(fixedFilters(config)), groupBy: [config.by] },
    },
  }),
  Component: ({ data, config, context }) => {
    const { t } = context;
    const counts = new Map<string | null, number>();
    for (const g of data.counts.groups) counts.set(g.key[config.by] ?? null, g.value);
    const order: Array<string | null> = [...(config.values ?? [])];
    for (const k of counts.keys()) if (!order.includes(k)) order.push(k);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const tiles = order.map((value) => ({ value, count: counts.get(value) ?? 0 }));
    return (
      <ul className="dk-counters">
        {config.showTotal && (
          <li>
            <ListLink
              className="dk-counter dk-counter--total"
              query={filtersToQuery(fixedFilters(config))}
              label={t('counters.open', { count: total, label: t('counters.total') })}
              context={context}
            >
              <span className="dk-counter__value">{total}</span>
              <span className="dk-counter__label">{t('counters.total')}</span>
            </ListLink>
          </li>
        )}
        {tiles.map(({ value, count }) => {
          const text = label(config.by, value, t);
          return (
            <li key={value ?? '∅'}>
              <ListLink
                className={`dk-counter dk-counter--${config.by}-${(value ?? 'none').toLowerCase()}`}
                query={drill(config, value)}
                label={t('counters.open', { count, label: text })}
                context={context}
              >
                <span className="dk-counter__value">{count}</span>
                <span className="dk-counter__label">{text}</span>
              </ListLink>
            </li>
          );
        })}
      </ul>
    );
  },
});

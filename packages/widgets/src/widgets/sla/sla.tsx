import type { SlaClock, Ticket } from '@deskkit/runtime';
import { filtersToQuery, type WidgetFilters } from '../../data/filters';
import { defineWidget } from '../../registry/registry';
import type { WidgetContext } from '../../registry/widget.types';
import { PriorityBadge } from '../shared/Badges';
import { FilterBar } from '../shared/FilterBar';
import { formatDuration } from '../shared/format';
import { filterProperties, fixedFilters, type FilteredConfig } from '../shared/schema';
import { TicketLink } from '../shared/TicketLink';

/** Configuration of the SLA board. */
export interface SlaBoardConfig extends FilteredConfig {
  /** Share of the target (percent) from which a running clock counts as near breach. */
  warnAt: number;
  /** Share (percent) from which a near-breach clock is shown as critical. */
  criticalAt: number;
  /** Open tickets examined (the ones created first come first). */
  scan: number;
}

/** One ticket's most urgent clock on the board. */
export interface SlaEntry {
  ticket: Ticket;
  clock: SlaClock;
  percent: number;
  remainingMs: number;
  tone: 'breached' | 'critical' | 'warning';
}

function percentOf(clock: SlaClock, ticket: Ticket, now: number): number {
  if (clock.percent !== undefined) return clock.percent;
  // Without the runtime's working-time figure, estimate on calendar time from creation.
  const start = Date.parse(ticket.createdAt);
  const due = Date.parse(clock.dueAt);
  return due > start ? ((now - start) / (due - start)) * 100 : 100;
}

/** Sorts running and breached clocks of open tickets into the board's entries, most urgent first. */
export function slaEntries(tickets: Ticket[], config: SlaBoardConfig, now: Date): SlaEntry[] {
  const out: SlaEntry[] = [];
  for (const ticket of tickets) {
    let best: SlaEntry | null = null;
    for (const clock of ticket.sla) {
      if (clock.state === 'met' || clock.state === 'paused') continue;
      const percent = percentOf(clock, ticket, now.getTime());
      const remainingMs = clock.remainingMs ?? Date.parse(clock.dueAt) - now.getTime();
      const breached = clock.state === 'breached' || remainingMs < 0 || percent >= 100;
      const warned = clock.warned !== undefined && clock.warned >= config.warnAt;
      if (!breached && percent < config.warnAt && !warned) continue;
      const tone = breached ? 'breached' : percent >= config.criticalAt ? 'critical' : 'warning';
      const entry = { ticket, clock, percent, remainingMs, tone } as const;
      if (!best || entry.remainingMs < best.remainingMs) best = entry;
    }
    if (best) out.push(best);
  }
  return out.sort((a, b) => a.remainingMs - b.remainingMs);
}

function Row({ entry, context }: { entry: SlaEntry; context: WidgetContext }) {
  const { t } = context;
  const { ticket, clock, percent, remainingMs, tone } = entry;
  const when =
    remainingMs < 0
      ? t('sla.overdue', { time: formatDuration(remainingMs, t) })
      : t('sla.dueIn', { time: formatDuration(remainingMs, t) });
  const target = clock.target === 'ola' ? t('sla.target.ola') : t(`sla.target.${clock.target}`);
  return (
    <li className={`dk-sla__row dk-sla--${tone}`}>
      <span className="dk-sla__bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, Math.round(percent))}%` }} />
      </span>
      <span className="dk-sla__main">
        <TicketLink
          ticket={{ id: ticket.id, number: ticket.number }}
          context={context}
          className="dk-sla__number"
        >
          {ticket.number}
        </TicketLink>
        <span className="dk-sla__title">{ticket.title}</span>
      </span>
      <span className="dk-sla__side">
        <PriorityBadge priority={ticket.priority} />
        <span className="dk-sla__target">{target}</span>
        <span className="dk-sla__when" title={t('sla.percent', { percent: Math.round(percent) })}>
          {when}
        </span>
      </span>
    </li>
  );
}

/** Tickets near their SLA target and past it, coloured at the warning thresholds. */
export const slaBoardWidget = defineWidget({
  type: 'slaBoard',
  label: (t) => t('type.slaBoard'),
  description: (t) => t('type.slaBoard.description'),
  config: {
    schema: {
      type: 'object',
      required: ['warnAt', 'criticalAt'],
      properties: {
        warnAt: {
          type: 'number',
          title: 'Near breach from (% of target)',
          minimum: 1,
          maximum: 100,
        },
        criticalAt: {
          type: 'number',
          title: 'Critical from (% of target)',
          minimum: 1,
          maximum: 100,
        },
        scan: { type: 'integer', title: 'Open tickets examined', minimum: 10, maximum: 1000 },
        ...filterProperties,
      },
    },
  },
  defaultConfig: { warnAt: 75, criticalAt: 90, scan: 200 } as SlaBoardConfig,
  defaultSize: { w: 6, h: 7, minW: 4, minH: 3 },
  initialState: (): WidgetFilters => ({}),
  // The query language has no SLA condition, so the board asks for open, on-hold tickets (with the
  // configured and chosen filters) oldest first and sorts their clocks; see the README.
  query: (config: SlaBoardConfig, filters: WidgetFilters) => ({
    open: {
      kind: 'tickets' as const,
      query: {
        ...filtersToQuery({ status: ['open', 'pending'] }, fixedFilters(config), filters),
        sort: { field: 'createdAt', direction: 'asc' as const },
        limit: Math.min(config.scan, 200),
      },
      pages: Math.ceil(config.scan / 200),
    },
  }),
  Toolbar: ({ state, setState, context, id }) => (
    <FilterBar
      id={id}
      context={context}
      show={['priority', 'group']}
      value={state}
      onChange={setState}
    />
  ),
  isEmpty: (data, config, ctx) => slaEntries(data.open.tickets, config, ctx.now).length === 0,
  emptyMessage: (t) => t('sla.empty'),
  Component: ({ data, config, context }) => {
    const entries = slaEntries(data.open.tickets, config, context.now);
    const breached = entries.filter((e) => e.tone === 'breached');
    const near = entries.filter((e) => e.tone !== 'breached');
    const { t } = context;
    return (
      <div className="dk-sla">
        <div className="dk-sla__summary">
          <span className="dk-sla__stat dk-sla--breached">
            <span className="dk-kpi">{breached.length}</span> {t('sla.breached')}
          </span>
          <span className="dk-sla__stat dk-sla--warning">
            <span className="dk-kpi">{near.length}</span> {t('sla.nearBreach')}
          </span>
        </div>
        {breached.length > 0 && (
          <section aria-label={t('sla.breached')}>
            <h4 className="dk-sla__heading">{t('sla.breached')}</h4>
            <ul className="dk-sla__list">
              {breached.map((e) => (
                <Row key={e.ticket.id} entry={e} context={context} />
              ))}
            </ul>
          </section>
        )}
        {near.length > 0 && (
          <section aria-label={t('sla.nearBreach')}>
            <h4 className="dk-sla__heading">{t('sla.nearBreach')}</h4>
            <ul className="dk-sla__list">
              {near.map((e) => (
                <Row key={e.ticket.id} entry={e} context={context} />
              ))}
            </ul>
          </section>
        )}
      </div>
    );
  },
});

import type { AggregateResult, SlaClock, SlaCondition, Ticket } from '@deskkit/runtime';
import { filtersToQuery, type WidgetFilters } from '../../data/filters';
import { defineWidget } from '../../registry/registry';
import type { WidgetContext } from '../../registry/widget.types';
import { PriorityBadge } from '../shared/Badges';
import { FilterBar } from '../shared/FilterBar';
import { Pager } from '../shared/Pager';
import { formatDuration } from '../shared/format';
import { filterProperties, fixedFilters, type FilteredConfig } from '../shared/schema';
import { TicketLink } from '../shared/TicketLink';

/** Configuration of the SLA board. */
export interface SlaBoardConfig extends FilteredConfig {
  /** Share (percent) of the target from which an at-risk clock is shown as critical. */
  criticalAt: number;
  /** Tickets per page (default 20). */
  pageSize?: number;
  /**
   * Also count running clocks past this share (percent) of their target as near breach. Without
   * it (the default), near breach means what the SLA policy says: one of its `warnAt` thresholds
   * passed, which is what the runtime query selects on.
   *
   * @deprecated The board asks the runtime for warned and breached tickets; clocks this option
   * would add beyond the policy's thresholds are not fetched. Set `warnAt` on the SLA policy.
   */
  warnAt?: number;
  /** @deprecated Ignored: the board pages through every at-risk ticket. */
  scan?: number;
}

/** Interactive state of the SLA board: the person's filters and the page cursors. */
export interface SlaBoardState {
  filters: WidgetFilters;
  /** `after` cursors of the pages before the current one. */
  cursors: string[];
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

/**
 * Sorts the at-risk clocks of tickets into the board's entries, most urgent first: breached (or
 * past due), and running or paused clocks whose policy warning threshold passed (`warned`), the
 * same clocks the runtime's `sla: { state: ['warning', 'breached'] }` query selects.
 */
export function slaEntries(
  tickets: Ticket[],
  config: Pick<SlaBoardConfig, 'criticalAt' | 'warnAt'>,
  now: Date,
): SlaEntry[] {
  const out: SlaEntry[] = [];
  for (const ticket of tickets) {
    let best: SlaEntry | null = null;
    for (const clock of ticket.sla) {
      // A met or cancelled clock is never at risk (cancelled: @deskkit/runtime keeps it on the ticket).
      if (clock.state === 'met' || clock.state === 'cancelled') continue;
      const percent = percentOf(clock, ticket, now.getTime());
      const remainingMs = clock.remainingMs ?? Date.parse(clock.dueAt) - now.getTime();
      const paused = clock.state === 'paused';
      const breached =
        clock.state === 'breached' || (!paused && (remainingMs < 0 || percent >= 100));
      const warned =
        (clock.warned ?? 0) > 0 ||
        (!paused && config.warnAt !== undefined && percent >= config.warnAt);
      if (!breached && !warned) continue;
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
  const name = clock.target === 'ola' ? t('sla.target.ola') : t(`sla.target.${clock.target}`);
  const target = clock.state === 'paused' ? t('sla.paused', { target: name }) : name;
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

const AT_RISK = { state: ['warning', 'breached'] } satisfies SlaCondition;

function baseQuery(config: SlaBoardConfig, filters: WidgetFilters) {
  return filtersToQuery({ status: ['open', 'pending'] }, fixedFilters(config), filters);
}

function count(result: AggregateResult): number {
  return result.groups.reduce((sum, g) => sum + g.value, 0);
}

/**
 * Tickets near their SLA target and past it, coloured at the warning thresholds: every at-risk
 * ticket (the runtime selects them by their clocks' state), a page at a time.
 */
export const slaBoardWidget = defineWidget({
  type: 'slaBoard',
  label: (t) => t('type.slaBoard'),
  description: (t) => t('type.slaBoard.description'),
  config: {
    schema: {
      type: 'object',
      required: ['criticalAt'],
      properties: {
        criticalAt: {
          type: 'number',
          title: 'Critical from (% of target)',
          minimum: 1,
          maximum: 100,
        },
        pageSize: { type: 'integer', title: 'Tickets per page', minimum: 1, maximum: 100 },
        ...filterProperties,
      },
    },
  },
  defaultConfig: { criticalAt: 90, pageSize: 20 } as SlaBoardConfig,
  defaultSize: { w: 6, h: 7, minW: 4, minH: 3 },
  initialState: (): SlaBoardState => ({ filters: {}, cursors: [] }),
  // The page of at-risk tickets, oldest first, and the counts of the summary over all pages.
  query: (config: SlaBoardConfig, state: SlaBoardState) => {
    const base = baseQuery(config, state.filters);
    const after = state.cursors[state.cursors.length - 1];
    return {
      page: {
        kind: 'tickets' as const,
        query: {
          ...base,
          sla: AT_RISK,
          sort: { field: 'createdAt', direction: 'asc' as const },
          limit: config.pageSize ?? 20,
          ...(after ? { after } : {}),
        },
      },
      atRisk: {
        kind: 'aggregate' as const,
        query: { ...base, sla: AT_RISK, groupBy: [] },
      },
      breached: {
        kind: 'aggregate' as const,
        query: { ...base, sla: { state: ['breached'] } satisfies SlaCondition, groupBy: [] },
      },
    };
  },
  Toolbar: ({ state, setState, context, id }) => (
    <FilterBar
      id={id}
      context={context}
      show={['priority', 'group']}
      value={state.filters}
      onChange={(filters) => setState({ filters, cursors: [] })}
    />
  ),
  isEmpty: (data) => data.page.tickets.length === 0 && count(data.atRisk) === 0,
  emptyMessage: (t) => t('sla.empty'),
  Component: ({ data, config, state, setState, context }) => {
    const entries = slaEntries(data.page.tickets, config, context.now);
    const breached = entries.filter((e) => e.tone === 'breached');
    const near = entries.filter((e) => e.tone !== 'breached');
    const { t } = context;
    const total = count(data.atRisk);
    const breachedTotal = count(data.breached);
    const page = state.cursors.length + 1;
    return (
      <div className="dk-sla">
        <div className="dk-sla__summary">
          <span className="dk-sla__stat dk-sla--breached">
            <span className="dk-kpi">{breachedTotal}</span> {t('sla.breached')}
          </span>
          <span className="dk-sla__stat dk-sla--warning">
            <span className="dk-kpi">{Math.max(0, total - breachedTotal)}</span>{' '}
            {t('sla.nearBreach')}
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
        {(state.cursors.length > 0 || data.page.next) && (
          <Pager
            t={t}
            cursors={state.cursors}
            next={data.page.next}
            info={
              <>
                {t('sla.total', { total })} · {t('table.page', { page })}
              </>
            }
            onChange={(cursors) => setState({ ...state, cursors })}
          />
        )}
      </div>
    );
  },
});

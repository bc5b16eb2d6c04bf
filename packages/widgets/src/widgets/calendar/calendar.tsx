import type { ChangeCollision, Ticket, TicketStatus } from '@deskkit/runtime';
import { filtersToQuery } from '../../data/filters';
import { defineWidget } from '../../registry/registry';
import type { WidgetContext } from '../../registry/widget.types';
import { statusLabel } from '../shared/Badges';
import { filterProperties, fixedFilters, type FilteredConfig } from '../shared/schema';
import { TicketLink } from '../shared/TicketLink';
import {
  addDays,
  dayOf,
  isoDay,
  parseDay,
  queryRange,
  shiftAnchor,
  visibleDays,
} from './calendarRange';

/** Configuration of the change calendar. */
export interface ChangeCalendarConfig extends FilteredConfig {
  /** Workflow keys of change tickets. */
  workflows: string[];
  /** Form fields (ISO date-times) of the planned window. */
  startField: string;
  endField: string;
  view: 'month' | 'week';
  /** 0 Sunday, 1 Monday. */
  weekStartsOn: number;
  /** Statuses a person can filter by. */
  statuses: TicketStatus[];
  /** Entries shown in one month cell before "+n more". */
  perDay: number;
  /**
   * The form field naming the CI or service a change touches: open changes on the same one in
   * overlapping windows are flagged as collisions, as the data source's `changeCollisions` (the
   * runtime) answers. Absent: no collision check.
   */
  targetField?: string;
}

/** Interactive state: view, the day the view is anchored on, the chosen status. */
export interface ChangeCalendarState {
  view: 'month' | 'week';
  anchor: string | null;
  status: TicketStatus | '';
}

function windowOf(ticket: Ticket, config: ChangeCalendarConfig): [Date, Date] | null {
  const s = ticket.data[config.startField];
  const e = ticket.data[config.endField] ?? s;
  if (typeof s !== 'string' || typeof e !== 'string') return null;
  const start = new Date(s);
  const end = new Date(e);
  return Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) ? null : [start, end];
}

/** Days are the desk's (the provider's time zone, which the dashboard passes as `timeZone`). */
const zoneOf = (ctx: { timeZone?: string }) => ctx.timeZone ?? 'UTC';
/** A day `Date` (UTC midnight) is formatted as itself, whatever the browser's zone. */
const AS_DAY = { timeZone: 'UTC' } as const;

function Entry({
  ticket,
  config,
  context,
  compact,
  collides,
}: {
  ticket: Ticket;
  config: ChangeCalendarConfig;
  context: WidgetContext;
  compact: boolean;
  collides?: ChangeCollision[];
}) {
  const warning = collides?.length
    ? context.t('calendar.collision', { numbers: collides.map((c) => c.number).join(', ') })
    : '';
  const w = windowOf(ticket, config);
  // Instants: in the desk's time zone, like every other time the kit shows.
  const clock = { hour: 'numeric', minute: '2-digit' } as const;
  const time = w ? context.i18n.formatDateTime(w[0], clock) : '';
  const end = w ? context.i18n.formatDateTime(w[1], clock) : '';
  return (
    <TicketLink
      ticket={{ id: ticket.id, number: ticket.number }}
      context={context}
      className={`dk-cal__entry dk-status-${ticket.status}${warning ? ' dk-cal__entry--collision' : ''}`}
      label={`${ticket.number} ${ticket.title ?? ''}, ${time}–${end}, ${statusLabel(ticket.status, context.t)}${warning ? `. ${warning}` : ''}`}
    >
      {warning && (
        <span className="dk-cal__warning" aria-hidden="true" title={warning}>
          ⚠
        </span>
      )}
      <span className="dk-cal__time">{time}</span>
      <span className="dk-cal__text">
        {compact ? (ticket.title ?? ticket.number) : `${ticket.number} · ${ticket.title ?? ''}`}
      </span>
    </TicketLink>
  );
}

/** Change tickets by planned window, month and week views, coloured by status, filterable by status. */
export const changeCalendarWidget = defineWidget({
  type: 'changeCalendar',
  label: (t) => t('type.changeCalendar'),
  description: (t) => t('type.changeCalendar.description'),
  config: {
    schema: {
      type: 'object',
      required: ['workflows', 'startField', 'endField'],
      properties: {
        workflows: {
          type: 'array',
          title: 'Change workflows',
          items: { type: 'string' },
          minItems: 1,
        },
        startField: { type: 'string', title: 'Planned start field' },
        endField: { type: 'string', title: 'Planned end field' },
        targetField: { type: 'string', title: 'CI or service field (collision warnings)' },
        view: { type: 'string', title: 'Default view', enum: ['month', 'week'] },
        weekStartsOn: {
          type: 'integer',
          title: 'First day of the week (0 Sunday, 1 Monday)',
          minimum: 0,
          maximum: 6,
        },
        statuses: { type: 'array', title: 'Statuses to filter by', items: { type: 'string' } },
        perDay: {
          type: 'integer',
          title: 'Entries per day before "more"',
          minimum: 1,
          maximum: 10,
        },
        ...filterProperties,
      },
    },
  },
  defaultConfig: {
    workflows: ['change-request'],
    startField: 'plannedStart',
    endField: 'plannedEnd',
    view: 'month',
    weekStartsOn: 1,
    statuses: ['open', 'pending', 'resolved', 'rejected'],
    perDay: 3,
  } as ChangeCalendarConfig,
  defaultSize: { w: 8, h: 9, minW: 5, minH: 6 },
  initialState: (config: ChangeCalendarConfig): ChangeCalendarState => ({
    view: config.view,
    anchor: null,
    status: '',
  }),
  query: (config: ChangeCalendarConfig, state: ChangeCalendarState, ctx) => {
    const anchor = state.anchor ?? dayOf(ctx.now, zoneOf(ctx));
    const [from, to] = queryRange(visibleDays(anchor, state.view, config.weekStartsOn));
    const base = filtersToQuery(
      fixedFilters(config),
      { workflow: config.workflows },
      state.status ? { status: [state.status] } : undefined,
    );
    return {
      changes: {
        kind: 'changes' as const,
        query: {
          ...base,
          where: [
            ...(base.where ?? []),
            { field: `data.${config.startField}`, op: 'lt' as const, value: to.toISOString() },
            { field: `data.${config.endField}`, op: 'gte' as const, value: from.toISOString() },
          ],
          sort: { field: `data.${config.startField}`, direction: 'asc' as const },
          limit: 200,
        },
        pages: 3,
        ...(config.targetField
          ? {
              collisions: {
                workflows: config.workflows,
                fields: {
                  start: config.startField,
                  end: config.endField,
                  target: config.targetField,
                },
              },
            }
          : {}),
      },
    };
  },
  Toolbar: ({ config, state, setState, context, id }) => {
    const { t } = context;
    const anchor = state.anchor ?? dayOf(context.now, zoneOf(context));
    const title = parseDay(anchor).toLocaleDateString(context.i18n.locale, {
      ...AS_DAY,
      month: 'long',
      year: 'numeric',
    });
    return (
      <div className="dk-cal__toolbar">
        <div className="dk-segmented" role="group" aria-label={t('calendar.view')}>
          {(['month', 'week'] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={state.view === v}
              onClick={() => setState({ ...state, view: v })}
            >
              {t(`calendar.${v}`)}
            </button>
          ))}
        </div>
        <div className="dk-cal__nav">
          <button
            type="button"
            className="dk-icon-button"
            aria-label={t('calendar.previous')}
            onClick={() => setState({ ...state, anchor: shiftAnchor(anchor, state.view, -1) })}
          >
            ‹
          </button>
          <button
            type="button"
            className="dk-button dk-button--small"
            onClick={() => setState({ ...state, anchor: null })}
          >
            {t('calendar.today')}
          </button>
          <button
            type="button"
            className="dk-icon-button"
            aria-label={t('calendar.next')}
            onClick={() => setState({ ...state, anchor: shiftAnchor(anchor, state.view, 1) })}
          >
            ›
          </button>
          <span className="dk-cal__period" aria-live="polite">
            {title}
          </span>
        </div>
        <select
          id={`${id}-status`}
          className={state.status ? 'dk-select dk-select--active' : 'dk-select'}
          aria-label={t('filter.status')}
          value={state.status}
          onChange={(e) => setState({ ...state, status: e.target.value as TicketStatus | '' })}
        >
          <option value="">{t('filter.allStatuses')}</option>
          {config.statuses.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s, t)}
            </option>
          ))}
        </select>
      </div>
    );
  },
  Component: ({ data, config, state, context }) => {
    const zone = zoneOf(context);
    const anchor = state.anchor ?? dayOf(context.now, zone);
    const days = visibleDays(anchor, state.view, config.weekStartsOn);
    const month = parseDay(anchor).getUTCMonth();
    const today = dayOf(context.now, zone);
    const byDay = new Map<string, Ticket[]>();
    for (const ticket of data.changes.tickets) {
      const w = windowOf(ticket, config);
      if (!w) continue;
      // A window spanning midnight (the desk's) shows on each day it covers; an end at midnight
      // stays on the day before.
      const lastDay = parseDay(dayOf(new Date(Math.max(w[0].getTime(), w[1].getTime() - 1)), zone));
      for (let d = parseDay(dayOf(w[0], zone)); d <= lastDay; d = addDays(d, 1)) {
        const list = byDay.get(isoDay(d)) ?? [];
        list.push(ticket);
        byDay.set(isoDay(d), list);
      }
    }
    // The runtime's answer (`changeCollisions`): one rule for the calendar and the change form.
    const collisions = data.changes.collisions;
    const flagged = Object.keys(collisions).length;
    const weekdays = days
      .slice(0, 7)
      .map((d) => d.toLocaleDateString(context.i18n.locale, { ...AS_DAY, weekday: 'short' }));
    return (
      <div className={`dk-cal dk-cal--${state.view}`}>
        {flagged > 0 && (
          <p className="dk-cal__collisions" role="status">
            {context.t('calendar.collisions', { count: flagged })}
          </p>
        )}
        <div className="dk-cal__weekdays" aria-hidden="true">
          {weekdays.map((w) => (
            <span key={w}>{w}</span>
          ))}
        </div>
        <ol className="dk-cal__grid">
          {days.map((d) => {
            const key = isoDay(d);
            const entries = byDay.get(key) ?? [];
            const shown = state.view === 'month' ? entries.slice(0, config.perDay) : entries;
            const outside = state.view === 'month' && d.getUTCMonth() !== month;
            return (
              <li
                key={key}
                className={[
                  'dk-cal__day',
                  outside ? 'dk-cal__day--outside' : '',
                  key === today ? 'dk-cal__day--today' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                aria-label={d.toLocaleDateString(context.i18n.locale, {
                  ...AS_DAY,
                  weekday: 'long',
                  month: 'long',
                  day: 'numeric',
                })}
              >
                <span className="dk-cal__date" aria-hidden="true">
                  {state.view === 'week'
                    ? d.toLocaleDateString(context.i18n.locale, {
                        ...AS_DAY,
                        weekday: 'short',
                        day: 'numeric',
                      })
                    : d.getUTCDate()}
                </span>
                {shown.map((ticket) => (
                  <Entry
                    key={ticket.id}
                    ticket={ticket}
                    config={config}
                    context={context}
                    compact={state.view === 'month'}
                    collides={collisions[ticket.id]}
                  />
                ))}
                {entries.length > shown.length && (
                  <span className="dk-cal__more">
                    {context.t('calendar.more', { count: entries.length - shown.length })}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
        {data.changes.tickets.length === 0 && (
          <p className="dk-cal__empty">{context.t('calendar.empty')}</p>
        )}
      </div>
    );
  },
});

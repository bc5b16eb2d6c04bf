import { defineWidget } from '../../registry/registry';
import type { WidgetContext } from '../../registry/widget.types';
import type { OnCallSchedule, OnCallShift } from '../../data/dataSource.types';

/** Configuration of the on-call widget. */
export interface OnCallConfig {
  /** Rotas shown, by directory rota id, with an optional label. */
  rotas: Array<{ id: string; label?: string }>;
  /** Days of rota shown from the start of today. */
  days: number;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((p) => p[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

function Person({ id, context, until }: { id: string; context: WidgetContext; until?: string }) {
  const name = context.userName(id);
  return (
    <span className="dk-person">
      <span className="dk-avatar" aria-hidden="true">
        {initials(name)}
      </span>
      <span className="dk-person__name">{name}</span>
      {until && (
        <span className="dk-person__until">{context.t('oncall.until', { time: until })}</span>
      )}
    </span>
  );
}

function fmt(iso: string, context: WidgetContext): string {
  return context.i18n.formatDateTime(iso, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
}

function Rota({
  label,
  schedule,
  context,
}: {
  label: string;
  schedule: OnCallSchedule;
  context: WidgetContext;
}) {
  const { t } = context;
  const now = context.now.getTime();
  const current = schedule.shifts.find((s) => Date.parse(s.from) <= now && now < Date.parse(s.to));
  const upcoming: OnCallShift[] = schedule.shifts.filter((s) => Date.parse(s.to) > now);
  return (
    <section className="dk-oncall__rota" aria-label={label}>
      <h3 className="dk-oncall__name">{label}</h3>
      <div className="dk-oncall__now">
        <span className="dk-oncall__label">{t('oncall.now')}</span>
        {schedule.now.length === 0 ? (
          <span className="dk-oncall__nobody">{t('oncall.nobody')}</span>
        ) : (
          schedule.now.map((u) => (
            <Person
              key={u}
              id={u}
              context={context}
              until={current ? fmt(current.to, context) : undefined}
            />
          ))
        )}
      </div>
      <h4 className="dk-oncall__label">{t('oncall.week')}</h4>
      <ol className="dk-oncall__shifts">
        {upcoming.map((s) => (
          <li
            key={s.from}
            className={
              s === current ? 'dk-oncall__shift dk-oncall__shift--current' : 'dk-oncall__shift'
            }
          >
            <time dateTime={s.from}>{fmt(s.from, context)}</time>
            <span aria-hidden="true">→</span>
            <time dateTime={s.to}>{fmt(s.to, context)}</time>
            <span className="dk-oncall__who">
              {s.user
                .split(', ')
                .map((u) => context.userName(u))
                .join(', ')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Who is on call now on each configured rota, and the rota for the coming days. */
export const onCallWidget = defineWidget({
  type: 'onCall',
  label: (t) => t('type.onCall'),
  description: (t) => t('type.onCall.description'),
  config: {
    schema: {
      type: 'object',
      required: ['rotas'],
      properties: {
        rotas: {
          type: 'array',
          title: 'Rotas',
          minItems: 1,
          items: {
            type: 'object',
            required: ['id'],
            properties: {
              id: { type: 'string', title: 'Rota id' },
              label: { type: 'string', title: 'Label' },
            },
          },
        },
        days: { type: 'integer', title: 'Days shown', minimum: 1, maximum: 14 },
      },
    },
  },
  defaultConfig: { rotas: [], days: 7 } as OnCallConfig,
  defaultSize: { w: 4, h: 7, minW: 3, minH: 4 },
  initialState: () => null,
  query: (config: OnCallConfig, _state, ctx) => {
    const from = new Date(ctx.now.getFullYear(), ctx.now.getMonth(), ctx.now.getDate());
    const to = new Date(from.getFullYear(), from.getMonth(), from.getDate() + config.days);
    return Object.fromEntries(
      config.rotas.map((r) => [
        r.id,
        { kind: 'onCall' as const, rota: r.id, from: from.toISOString(), to: to.toISOString() },
      ]),
    );
  },
  Component: ({ data, config, context }) => (
    <div className="dk-oncall">
      {config.rotas.map((r) => {
        const schedule = data[r.id];
        return schedule ? (
          <Rota key={r.id} label={r.label ?? r.id} schedule={schedule} context={context} />
        ) : null;
      })}
    </div>
  ),
});

import type { TicketSchedule } from '@deskkit/runtime';
import { useI18n } from '@deskkit/forms';
import type * as SchedulesModule from '@deskkit/runtime/schedules';
import { useEffect, useId, useMemo, useState } from 'react';

type Schedules = typeof SchedulesModule;
/** `@deskkit/runtime/schedules` (with rrule) loads with the first schedule editor, not with the designer. */
let schedules: Schedules | undefined;
let loadingSchedules: Promise<Schedules> | undefined;
function loadSchedules(): Promise<Schedules> {
  loadingSchedules ??= import('@deskkit/runtime/schedules').then(
    (m) => (schedules = m),
    (error: unknown) => {
      loadingSchedules = undefined; // a later editor tries again (e.g. a chunk that failed)
      throw error;
    },
  );
  return loadingSchedules;
}
import type { Translator } from '../i18n/messages';
import { NumberField, SelectField, TextField } from '../inspector/controls';
import {
  type MonthPosition,
  type RecurrenceForm,
  readRecurrence,
  WEEKDAYS,
  writeRecurrence,
} from './recurrence';

export interface ScheduleEditorProps {
  /** The schedule; the editor changes its start, time zone and recurrence and keeps the rest. */
  value: TicketSchedule;
  onChange(next: TicketSchedule): void;
  t: Translator;
  /** Runs are previewed after this instant (default: now). */
  now?: Date;
  /** How many runs the preview lists (default 5). */
  previewCount?: number;
  /** Formats a run (default: the browser locale, in the schedule's time zone). */
  formatRun?: (run: Date, timeZone: string) => string;
  /**
   * `recurrence`: only how it repeats, when it ends and the next runs, for a host whose own form
   * holds the first run and the time zone (default `all`).
   */
  parts?: 'all' | 'recurrence';
  /**
   * Writes every recurrence as an RFC 5545 `rrule`, for a store that keeps only a rule and a
   * start (report subscriptions); "once" and an end date are not offered then.
   */
  rruleOnly?: boolean;
  /** Lists the next runs (default true); a host that previews the whole schedule itself says false. */
  preview?: boolean;
  /** Used outside a `WorkflowDesigner` (an admin page): it carries the designer's look itself. */
  standalone?: boolean;
}

const YEAR_MS = 366 * 86_400_000;
const POSITIONS: readonly MonthPosition[] = [1, 2, 3, 4, -1];

function defaultFormat(run: Date, timeZone: string, locale?: string): string {
  try {
    // A schedule runs in its own time zone, so its runs are shown in it (named), in the desk's locale.
    return new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    }).format(run);
  } catch {
    return run.toISOString();
  }
}

/**
 * When a scheduled ticket is raised: first run and time zone, then repeats (once, every N days,
 * weeks on chosen weekdays, months on a day or on "the second Tuesday"), and when it ends (never,
 * on a date, after N runs). It previews the next runs with the runtime's own `nextRuns` and shows
 * `validateSchedule`'s error when the runtime would refuse the schedule. A rule the builder cannot
 * show is edited as RFC 5545 text.
 */
export function ScheduleEditor(props: ScheduleEditorProps) {
  const { locale } = useI18n();
  const { value, onChange, t, previewCount = 5 } = props;
  const formatRun =
    props.formatRun ?? ((run: Date, zone: string) => defaultFormat(run, zone, locale));
  const id = useId();
  const [now] = useState(() => props.now ?? new Date());
  const reading = readRecurrence(value);
  const form = reading.ok ? reading.form : null;
  const rruleOnly = props.rruleOnly === true;
  const set = (patch: Partial<RecurrenceForm>) =>
    form && onChange(writeRecurrence(value, { ...form, ...patch }, { rruleOnly }));

  const [lib, setLib] = useState(() => schedules);
  useEffect(() => {
    if (lib) return;
    let live = true;
    loadSchedules().then(
      (m) => live && setLib(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lib]);

  const preview = useMemo(() => {
    if (!lib) return { runs: [] as Date[], loading: true };
    try {
      lib.validateSchedule(value);
      return {
        runs: lib.nextRuns(value, now, new Date(now.getTime() + 5 * YEAR_MS), previewCount),
      };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [lib, value, now, previewCount]);

  const unitKey =
    form?.freq === 'weekly'
      ? 'schedule.unit.weeks'
      : form?.freq === 'monthly'
        ? 'schedule.unit.months'
        : 'schedule.unit.days';
  return (
    <div className={props.standalone ? 'dk-designer dk-designer--part dk-schedule' : 'dk-schedule'}>
      {props.parts !== 'recurrence' && (
        <div className="dk-flex-row">
          <TextField
            label={t('schedule.start')}
            value={value.start}
            placeholder="2026-01-05T09:00"
            code
            onChange={(v) => onChange({ ...value, start: v })}
          />
          <TextField
            label={t('schedule.timeZone')}
            value={value.timeZone}
            placeholder="Europe/Paris"
            onChange={(v) => onChange({ ...value, timeZone: v })}
          />
        </div>
      )}
      {!form ? (
        <>
          <p className="dk-hint dk-expr__why" role="note">
            {t('schedule.advanced', { part: reading.ok ? '' : reading.part })}
          </p>
          <TextField
            label={t('schedule.rrule')}
            value={value.rrule ?? ''}
            code
            onChange={(v) => onChange({ ...value, frequency: 'rrule', rrule: v })}
          />
        </>
      ) : (
        <>
          <div className="dk-flex-row">
            <SelectField<RecurrenceForm['freq']>
              label={t('schedule.repeat')}
              value={form.freq}
              options={(rruleOnly
                ? (['daily', 'weekly', 'monthly'] as const)
                : (['once', 'daily', 'weekly', 'monthly'] as const)
              ).map((f) => ({
                value: f,
                label: t(`schedule.freq.${f}`),
              }))}
              onChange={(v) => v && set({ freq: v })}
            />
            {form.freq !== 'once' && (
              <div className="dk-prop-field dk-schedule__interval">
                <label className="dk-label" htmlFor={`${id}-every`}>
                  {t('schedule.interval', { unit: t(unitKey) })}
                </label>
                <input
                  id={`${id}-every`}
                  type="number"
                  min={1}
                  className="dk-input"
                  value={form.interval}
                  onChange={(e) => set({ interval: Number(e.target.value) || 1 })}
                />
              </div>
            )}
          </div>
          {form.freq === 'weekly' && (
            <fieldset className="dk-fieldset dk-schedule__days">
              <legend className="dk-label">{t('schedule.weekdays')}</legend>
              {WEEKDAYS.map((d) => {
                const on = form.weekdays.includes(d);
                return (
                  <button
                    key={d}
                    type="button"
                    className="dk-schedule__day"
                    aria-pressed={on}
                    onClick={() => {
                      const days = on
                        ? form.weekdays.filter((x) => x !== d)
                        : [...form.weekdays, d];
                      // A weekly schedule runs on at least one day.
                      if (days.length) set({ weekdays: days });
                    }}
                  >
                    {/* Shown short, read in full: the name is the day's full name alone. */}
                    <span aria-hidden="true">{t(`weekday.${d}`)}</span>
                    <span className="dk-sr-only">{t(`weekday.long.${d}`)}</span>
                  </button>
                );
              })}
            </fieldset>
          )}
          {form.freq === 'monthly' && (
            <fieldset className="dk-fieldset dk-schedule__monthly">
              <legend className="dk-label">{t('schedule.monthlyOn')}</legend>
              <label className="dk-check">
                <input
                  type="radio"
                  name={`${id}-monthly`}
                  checked={form.monthly === 'day'}
                  onChange={() => set({ monthly: 'day' })}
                />
                <span>{t('schedule.monthly.day')}</span>
              </label>
              <select
                className="dk-select"
                aria-label={t('schedule.monthDay')}
                value={form.monthDay}
                disabled={form.monthly !== 'day'}
                onChange={(e) => set({ monthDay: Number(e.target.value) })}
              >
                {Array.from({ length: 31 }, (_, i) => i + 1).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
                <option value={-1}>{t('schedule.monthDay.last')}</option>
              </select>
              <label className="dk-check">
                <input
                  type="radio"
                  name={`${id}-monthly`}
                  checked={form.monthly === 'position'}
                  onChange={() => set({ monthly: 'position' })}
                />
                <span>{t('schedule.monthly.position')}</span>
              </label>
              <select
                className="dk-select"
                aria-label={t('schedule.position')}
                value={form.position}
                disabled={form.monthly !== 'position'}
                onChange={(e) => set({ position: Number(e.target.value) as MonthPosition })}
              >
                {POSITIONS.map((p) => (
                  <option key={p} value={p}>
                    {t(`schedule.position.${p === -1 ? 'last' : p}`)}
                  </option>
                ))}
              </select>
              <select
                className="dk-select"
                aria-label={t('schedule.positionDay')}
                value={form.positionDay}
                disabled={form.monthly !== 'position'}
                onChange={(e) =>
                  set({ positionDay: e.target.value as RecurrenceForm['positionDay'] })
                }
              >
                {WEEKDAYS.map((d) => (
                  <option key={d} value={d}>
                    {t(`weekday.long.${d}`)}
                  </option>
                ))}
              </select>
            </fieldset>
          )}
          {form.freq !== 'once' && (
            <div className="dk-flex-row">
              <SelectField<RecurrenceForm['ends']>
                label={t('schedule.ends')}
                value={form.ends}
                // A store that keeps only a rule and a start has no end date: a number of runs.
                options={(rruleOnly
                  ? (['never', 'count'] as const)
                  : (['never', 'until', 'count'] as const)
                ).map((e) => ({
                  value: e,
                  label: t(`schedule.ends.${e}`),
                }))}
                onChange={(v) => v && set({ ends: v })}
              />
              {form.ends === 'until' && (
                <div className="dk-prop-field">
                  <label className="dk-label" htmlFor={`${id}-until`}>
                    {t('schedule.until')}
                  </label>
                  <input
                    id={`${id}-until`}
                    type="date"
                    className="dk-input"
                    value={form.until}
                    onChange={(e) => set({ until: e.target.value })}
                  />
                </div>
              )}
              {form.ends === 'count' && (
                <NumberField
                  label={t('schedule.count')}
                  value={form.count}
                  min={1}
                  onChange={(n) => set({ count: n ?? 1 })}
                />
              )}
            </div>
          )}
        </>
      )}
      {props.preview !== false && (
        <section className="dk-schedule__preview" aria-labelledby={`${id}-preview`}>
          <h4 id={`${id}-preview`} className="dk-label">
            {t('schedule.preview')}
          </h4>
          {'error' in preview ? (
            <p className="dk-error" role="alert">
              {t('schedule.invalid', { error: preview.error ?? '' })}
            </p>
          ) : 'loading' in preview ? (
            <p className="dk-hint" aria-busy="true">
              …
            </p>
          ) : preview.runs.length === 0 ? (
            <p className="dk-hint">{t('schedule.previewNone')}</p>
          ) : (
            <ol>
              {preview.runs.map((run) => (
                <li key={run.toISOString()}>
                  <time dateTime={run.toISOString()}>{formatRun(run, value.timeZone)}</time>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </div>
  );
}

import { type CalendarSpec, workingDay } from '@deskkit/runtime';
import { useId, useState } from 'react';
import type { DesignerMessageKey, Translator } from '../i18n/messages';
import {
  type DurationUnit,
  hoursIso,
  readDuration,
  showDuration,
  totalMinutes,
  writeDuration,
} from './duration';

export interface DurationInputProps {
  label: string;
  /** ISO 8601 duration; `''` when not set. */
  value: string;
  /** `undefined`: the amount was emptied (not set). */
  onChange(next: string | undefined): void;
  t: Translator;
  /** The calendar the duration counts on: working time. Calendar (24x7) time when absent. */
  calendar?: string;
  /** That calendar's spec, for working days (its working day's hours). */
  calendarSpec?: CalendarSpec;
}

const UNIT_KEYS: Record<
  'working' | 'calendar',
  Partial<Record<DurationUnit, DesignerMessageKey>>
> = {
  working: {
    minutes: 'duration.unit.workingMinutes',
    hours: 'duration.unit.workingHours',
    days: 'duration.unit.workingDays',
  },
  calendar: {
    minutes: 'duration.unit.minutes',
    hours: 'duration.unit.hours',
    days: 'duration.unit.days',
    weeks: 'duration.unit.weeks',
  },
};

const ONE: Partial<Record<DesignerMessageKey, DesignerMessageKey>> = {
  'duration.unit.workingMinutes': 'duration.unit.workingMinute',
  'duration.unit.workingHours': 'duration.unit.workingHour',
  'duration.unit.workingDays': 'duration.unit.workingDay',
  'duration.unit.minutes': 'duration.unit.minute',
  'duration.unit.hours': 'duration.unit.hour',
  'duration.unit.days': 'duration.unit.day',
  'duration.unit.weeks': 'duration.unit.week',
};

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A duration as an amount and a unit, in working time when it counts on a calendar ("2 working
 * days (16 working hours on the Business calendar)") or in calendar time ("2 calendar days"),
 * written as ISO 8601. A `P2D` on a calendar — 48 working hours, not 2 working days — is shown
 * as such with a one-click fix. Durations it cannot split (seconds, months) are edited as text.
 */
export function DurationInput(props: DurationInputProps) {
  const { label, value, onChange, t, calendar, calendarSpec } = props;
  const id = useId();
  const working = !!calendar;
  const day = calendarSpec ? workingDay(calendarSpec) : undefined;
  const dayHours = working ? day?.hours : undefined;
  const parts = value ? readDuration(value) : null;
  const shown = parts ? showDuration(parts, working, dayHours) : null;
  const kind = working ? 'working' : 'calendar';
  const units = (Object.keys(UNIT_KEYS[kind]) as DurationUnit[]).filter(
    (u) => !(working && u === 'days' && !dayHours),
  );
  // The amount is kept as typed ("1." survives) until the value changes from outside.
  const [typed, setTyped] = useState({ text: '', unit: units[1] ?? 'hours', for: '\u0000' });
  const fromValue = typed.for === value;
  const unit: DurationUnit = fromValue ? typed.unit : (shown?.unit ?? typed.unit);
  const text = fromValue ? typed.text : shown ? String(round(shown.amount)) : '';
  const emit = (nextText: string, nextUnit: DurationUnit) => {
    const n = Number(nextText);
    const next =
      nextText.trim() === '' || !Number.isFinite(n) || n < 0
        ? undefined
        : writeDuration(n, nextUnit, working ? dayHours : undefined);
    setTyped({ text: nextText, unit: nextUnit, for: next ?? '' });
    if (next !== (value || undefined)) onChange(next);
  };
  const unitLabel = (u: DurationUnit, amount?: number) => {
    const key = UNIT_KEYS[kind][u] ?? 'duration.unit.hours';
    return t(amount === 1 ? (ONE[key] ?? key) : key);
  };
  // Once edited as text it stays text while typing (an emptied field must not jump to the amount).
  const [rawEdit, setRawEdit] = useState(false);
  const raw = (value !== '' && !parts) || rawEdit;

  let summary: string | null = null;
  if (shown && !shown.ambiguous) {
    const amount = round(shown.amount);
    if (working && shown.unit === 'days') {
      summary = t('duration.summary.workingDays', {
        amount,
        unit: unitLabel('days', amount),
        hours: round((totalMinutes(parts!) / 60) as number),
        calendar: calendar!,
      });
    } else if (working) {
      summary = t('duration.summary.working', {
        amount,
        unit: unitLabel(shown.unit, amount),
        calendar: calendar!,
      });
    } else {
      summary = t('duration.summary.calendar', { amount, unit: unitLabel(shown.unit, amount) });
    }
  }
  const ambiguity =
    shown?.ambiguous && parts
      ? {
          days: parts.weeks * 7 + parts.days,
          hours: round(totalMinutes(parts) / 60),
        }
      : null;
  return (
    <div className="dk-prop-field dk-duration">
      <span className="dk-label" id={`${id}-label`}>
        {label}
      </span>
      {raw ? (
        <>
          <input
            id={`${id}-raw`}
            aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-hint`}
            className="dk-input dk-input--code"
            value={value}
            onChange={(e) => {
              setRawEdit(true);
              onChange(e.target.value || undefined);
            }}
          />
          <p id={`${id}-hint`} className="dk-hint">
            {t('duration.raw')}
          </p>
        </>
      ) : (
        <div className="dk-duration__row" role="group" aria-labelledby={`${id}-label`}>
          <label className="dk-sr-only" htmlFor={`${id}-n`}>
            {t('duration.amount', { label })}
          </label>
          <input
            id={`${id}-n`}
            type="number"
            min={0}
            step="any"
            inputMode="decimal"
            className="dk-input dk-duration__amount"
            value={text}
            placeholder={t('duration.notSet')}
            aria-describedby={`${id}-summary`}
            onChange={(e) => emit(e.target.value, unit)}
          />
          <label className="dk-sr-only" htmlFor={`${id}-u`}>
            {t('duration.unit', { label })}
          </label>
          <select
            id={`${id}-u`}
            className="dk-select dk-duration__unit"
            value={units.includes(unit) ? unit : 'hours'}
            onChange={(e) => emit(text, e.target.value as DurationUnit)}
          >
            {(units.includes(unit) ? units : [...units, unit]).map((u) => (
              <option key={u} value={u}>
                {unitLabel(u)}
              </option>
            ))}
          </select>
          {value && <code className="dk-duration__iso">{value}</code>}
        </div>
      )}
      <p id={`${id}-summary`} className="dk-hint dk-duration__summary">
        {summary ??
          (!value && !raw
            ? t(working ? 'duration.kind.working' : 'duration.kind.calendar', {
                calendar: calendar ?? '',
              })
            : null)}
      </p>
      {ambiguity && (
        <div className="dk-duration__warn" role="note">
          <p>
            {t('duration.ambiguous', {
              iso: value,
              calendar: calendar!,
              hours: ambiguity.hours,
              days: ambiguity.days,
            })}
          </p>
          <div className="dk-flex-row">
            {dayHours && (
              <button
                type="button"
                className="dk-btn dk-btn--small"
                onClick={() =>
                  onChange(hoursIso(ambiguity.days * dayHours * 60 + (totalMinutes(parts!) % 1440)))
                }
              >
                {t('duration.fixWorkingDays', {
                  days: ambiguity.days,
                  iso: hoursIso(ambiguity.days * dayHours * 60 + (totalMinutes(parts!) % 1440)),
                })}
              </button>
            )}
            <button
              type="button"
              className="dk-btn dk-btn--small dk-btn--ghost"
              onClick={() => onChange(hoursIso(totalMinutes(parts!)))}
            >
              {t('duration.keepHours', {
                hours: ambiguity.hours,
                iso: hoursIso(totalMinutes(parts!)),
              })}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * Durations as the designer shows them: an amount in one unit, in working time (on a calendar) or
 * in calendar time, written as ISO 8601. On a calendar the runtime counts every part of a
 * duration in working time with 24-hour days, so working days are written as hours.
 */

/** A unit the duration input offers. Working time has no weeks (a working week is ambiguous). */
export type DurationUnit = 'minutes' | 'hours' | 'days' | 'weeks';

/** A duration split into the parts the input understands. */
export interface DurationParts {
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
}

const ISO =
  /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?)?$/;

/** Reads `P1W`, `P2D`, `PT4H30M`; `null` for anything else (seconds, months, years, text). */
export function readDuration(text: string): DurationParts | null {
  const m = ISO.exec(text.trim());
  if (!m || text.trim() === 'P' || text.trim().endsWith('T')) return null;
  const [weeks, days, hours, minutes] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  return { weeks, days, hours, minutes };
}

const MINUTES: Record<DurationUnit, number> = { minutes: 1, hours: 60, days: 1440, weeks: 10080 };

/** Minutes as the runtime counts them (a day is 24 hours, on a calendar 24 working hours). */
export const totalMinutes = (p: DurationParts): number =>
  p.weeks * 10080 + p.days * 1440 + p.hours * 60 + p.minutes;

/** `PT16H`, `PT7H30M`, `PT45M` — hours and minutes only. */
export function hoursIso(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  return minutes <= 0 ? 'PT0M' : `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
}

/**
 * The ISO duration of `amount` `unit`. In working time (`dayHours` given: the calendar's working
 * day) days become hours, because `P1D` on a calendar is 24 working hours.
 */
export function writeDuration(amount: number, unit: DurationUnit, dayHours?: number): string {
  if (dayHours !== undefined) {
    if (unit === 'days') return hoursIso(amount * dayHours * 60);
    return hoursIso(amount * MINUTES[unit]);
  }
  if (unit === 'weeks') return `P${amount}W`;
  if (unit === 'days') return `P${amount}D`;
  return unit === 'hours' ? `PT${amount}H` : `PT${amount}M`;
}

/**
 * How to show a duration: the largest unit it is a whole number of. In working time days count
 * as the calendar's working day (`dayHours`); a duration written with `D`/`W` on a calendar is
 * `ambiguous` (it means 24-hour working days).
 */
export function showDuration(
  parts: DurationParts,
  working: boolean,
  dayHours?: number,
): { amount: number; unit: DurationUnit; ambiguous: boolean } {
  const total = totalMinutes(parts);
  const ambiguous = working && (parts.weeks > 0 || parts.days > 0);
  const units: DurationUnit[] = working
    ? dayHours && !ambiguous
      ? ['days', 'hours', 'minutes']
      : ['hours', 'minutes']
    : ['weeks', 'days', 'hours', 'minutes'];
  for (const unit of units) {
    const size = unit === 'days' && working ? dayHours! * 60 : MINUTES[unit];
    if (total > 0 && Number.isInteger(Math.round((total / size) * 1000) / 1000)) {
      return { amount: total / size, unit, ambiguous };
    }
  }
  return { amount: total, unit: 'minutes', ambiguous };
}

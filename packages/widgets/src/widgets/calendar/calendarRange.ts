/**
 * Calendar-day arithmetic for the change calendar, in the desk's time zone. A day is a
 * `YYYY-MM-DD` string of that zone; a `Date` standing for a day is its UTC midnight, so adding
 * days and reading weekdays never depend on the browser's zone (format it with `timeZone: 'UTC'`).
 */
import { dayIn } from '../reports/createdResolved';

const DAY = 86_400_000;

/** The `Date` (UTC midnight) standing for a `YYYY-MM-DD` day. */
export function parseDay(s: string): Date {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** `YYYY-MM-DD` of a day `Date` (UTC midnight). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(d: Date, n: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n));
}

/** The first day of the week containing `d` (`weekStartsOn`: 0 Sunday … 1 Monday). */
export function startOfWeek(d: Date, weekStartsOn: number): Date {
  return addDays(d, -((d.getUTCDay() - weekStartsOn + 7) % 7));
}

/** The day (`YYYY-MM-DD`) an instant falls on in the desk's time zone. */
export function dayOf(instant: Date, timeZone: string): string {
  return dayIn(instant, timeZone);
}

/** The days a view shows: six whole weeks around a month, or one week. */
export function visibleDays(anchor: string, view: 'month' | 'week', weekStartsOn: number): Date[] {
  const a = parseDay(anchor);
  const first =
    view === 'month'
      ? startOfWeek(new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth(), 1)), weekStartsOn)
      : startOfWeek(a, weekStartsOn);
  const count = view === 'month' ? 42 : 7;
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

/**
 * The instants to ask for: from the first shown day to the end of the last, a day wider on each
 * side, since a zone's midnight is up to 14 hours off UTC's (entries are placed by their day in
 * the zone; those outside the view are not shown).
 */
export function queryRange(days: readonly Date[]): [Date, Date] {
  const first = days[0] ?? new Date(0);
  const last = days[days.length - 1] ?? first;
  return [new Date(first.getTime() - DAY), new Date(last.getTime() + 2 * DAY)];
}

/** Moves the anchor by one view. */
export function shiftAnchor(anchor: string, view: 'month' | 'week', by: number): string {
  const a = parseDay(anchor);
  return isoDay(
    view === 'month'
      ? new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + by, 1))
      : addDays(a, 7 * by),
  );
}

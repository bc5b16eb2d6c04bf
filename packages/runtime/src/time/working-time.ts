import type { CalendarSpec } from './calendar.types';
import { compileCalendar, type WorkingCalendar } from './calendar';
import { timeInputError } from './time.errors';

/** How far ahead a due date is searched before a calendar is declared to have no working time. */
const HORIZON_DAYS = 366 * 10;

/** A compiled calendar, or a spec compiled on first use (and cached per spec object). */
export type CalendarInput = WorkingCalendar | CalendarSpec;

const compiled = new WeakMap<CalendarSpec, WorkingCalendar>();

function resolve(calendar: CalendarInput): WorkingCalendar {
  if ('dayOf' in calendar) return calendar;
  let hit = compiled.get(calendar);
  if (!hit) {
    hit = compileCalendar(calendar);
    compiled.set(calendar, hit);
  }
  return hit;
}

function toMs(value: Date | number, path: string): number {
  const ms = typeof value === 'number' ? value : value instanceof Date ? value.getTime() : NaN;
  if (!Number.isFinite(ms))
    throw timeInputError(path, 'time.instant', `Expected a valid date, got ${String(value)}`);
  return ms;
}

/**
 * The instant at which `ms` of working time have passed after `start`, in epoch milliseconds.
 * Works on numbers so hot loops (SLA recomputation) allocate nothing.
 *
 * @internal use {@link addWorkingTime} in application code
 */
export function addWorkingMs(calendar: WorkingCalendar, start: number, ms: number): number {
  if (calendar.natural || ms === 0) return start + ms;
  let remaining = ms;
  let index = calendar.dayOf(start);
  for (let n = 0; n < HORIZON_DAYS; n++, index++) {
    const day = calendar.day(index);
    if (start <= day.start && remaining > day.total) {
      remaining -= day.total;
      continue;
    }
    const { segments } = day;
    for (let i = 0; i < segments.length; i += 2) {
      const to = segments[i + 1]!;
      if (to <= start) continue;
      const from = Math.max(segments[i]!, start);
      if (remaining <= to - from) return from + remaining;
      remaining -= to - from;
    }
  }
  throw timeInputError(
    `/calendars/${calendar.name}`,
    'calendar.noWorkingTime',
    `Calendar "${calendar.name}" has no working time left within 10 years after ${new Date(start).toISOString()}`,
  );
}

/**
 * Working milliseconds between two instants given as epoch milliseconds (0 when `to <= from`).
 *
 * @internal use {@link workingTimeBetween} in application code
 */
export function workingMsBetween(calendar: WorkingCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  if (calendar.natural) return to - from;
  let total = 0;
  const last = calendar.dayOf(to);
  for (let index = calendar.dayOf(from); index <= last; index++) {
    const day = calendar.day(index);
    if (from <= day.start && to >= day.end) {
      total += day.total;
      continue;
    }
    const { segments } = day;
    for (let i = 0; i < segments.length; i += 2) {
      const a = Math.max(segments[i]!, from);
      const b = Math.min(segments[i + 1]!, to);
      if (b > a) total += b - a;
    }
  }
  return total;
}

/**
 * The due date: the instant when `ms` milliseconds of working time have passed after `start`.
 * It jumps interval by interval (never minute by minute), and counts real elapsed time inside each
 * interval, so a shift across a daylight-saving change lasts what the clock on the wall says.
 * Outside working hours the count starts at the next working interval.
 *
 * @param calendar - a compiled calendar ({@link compileCalendar}) or a spec (compiled and cached)
 * @param start - when the clock starts
 * @param ms - working milliseconds to add, ≥ 0
 * @throws ValidationError when `ms` is negative or not finite, or the calendar has no working time left
 *
 * @example
 * ```ts
 * const office = compileCalendar({ timeZone: 'Europe/Paris', week: { fri: [['09:00', '17:00']], mon: [['09:00', '17:00']] } });
 * addWorkingTime(office, new Date('2026-03-27T15:00:00+01:00'), 4 * 3_600_000);
 * // → Monday 2026-03-30 11:00 Paris time (2 h on Friday, 2 h on Monday)
 * ```
 */
export function addWorkingTime(calendar: CalendarInput, start: Date | number, ms: number): Date {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
    throw timeInputError(
      'ms',
      'time.amount',
      `Working time to add must be a finite number ≥ 0, got ${String(ms)}`,
    );
  }
  return new Date(addWorkingMs(resolve(calendar), toMs(start, 'start'), ms));
}

/**
 * Working milliseconds between two instants: the time inside working intervals, without holidays,
 * weekends and closed hours; 0 when `to` is not after `from`.
 *
 * @example
 * ```ts
 * workingTimeBetween(office, friday15h, monday11h); // 4 * 3_600_000
 * ```
 */
export function workingTimeBetween(
  calendar: CalendarInput,
  from: Date | number,
  to: Date | number,
): number {
  return workingMsBetween(resolve(calendar), toMs(from, 'from'), toMs(to, 'to'));
}

/** Whether an instant falls inside working hours. */
export function isWorkingTime(calendar: CalendarInput, at: Date | number): boolean {
  const cal = resolve(calendar);
  if (cal.natural) return true;
  const ms = toMs(at, 'at');
  const { segments } = cal.day(cal.dayOf(ms));
  for (let i = 0; i < segments.length; i += 2) {
    if (ms >= segments[i]! && ms < segments[i + 1]!) return true;
  }
  return false;
}

/** The first working instant at or after `at` (itself when it is working time). */
export function nextWorkingTime(calendar: CalendarInput, at: Date | number): Date {
  const cal = resolve(calendar);
  const ms = toMs(at, 'at');
  if (cal.natural || isWorkingTime(cal, ms)) return new Date(ms);
  // The smallest positive amount lands just inside the next interval; step back to its start.
  return new Date(addWorkingMs(cal, ms, 1) - 1);
}

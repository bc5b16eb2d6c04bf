import type { CalendarSpec } from './calendar.types';
import { NotFoundError } from '../errors/errors';
import { timeInputError } from './time.errors';
import { fromLocal, isValidTimeZone } from './zone';

/** Name of the built-in natural-time calendar: every instant counts. */
export const NATURAL_CALENDAR = '24x7';

/** A day of the week as calendars and schedules name it. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** `Date.getUTCDay()` order: 0 is Sunday. */
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_MS = 86_400_000;
const TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A working interval in minutes after local midnight; `end <= start` means it ends the next day. */
type MinuteInterval = readonly [number, number];

/** One local day of a calendar: its bounds as instants and its working segments inside them. */
interface CalendarDay {
  start: number;
  end: number;
  /** Flat sorted, merged `[from, to, from, to, ...]` instants (ms), all within `[start, end)`. */
  segments: number[];
  total: number;
}

/**
 * A calendar ready for fast working-time arithmetic, made by {@link compileCalendar}. Local days are
 * resolved once (with the platform's `Intl` zone data) and cached, so due-date computations jump from interval to interval.
 */
export interface WorkingCalendar {
  readonly name: string;
  readonly timeZone: string;
  /** True for natural time: working time equals elapsed time. */
  readonly natural: boolean;
  readonly spec: Readonly<CalendarSpec>;
  /** @internal The day (days since 1970-01-01 in local civil time) holding an instant. */
  dayOf(instant: number): number;
  /** @internal A local day with its working segments. */
  day(index: number): CalendarDay;
}

function parseTime(text: unknown, path: string, allow24: boolean): number {
  const match = typeof text === 'string' ? TIME.exec(text) : null;
  if (!match || (!allow24 && match[3])) {
    throw timeInputError(
      path,
      'calendar.time',
      `Expected a local time "HH:mm" (00:00–23:59${allow24 ? ', or 24:00 as an end' : ''}), got ${JSON.stringify(text)}`,
    );
  }
  return match[3] ? 1440 : Number(match[1]) * 60 + Number(match[2]);
}

function parseIntervals(list: unknown, path: string): MinuteInterval[] {
  if (!Array.isArray(list)) {
    throw timeInputError(path, 'calendar.intervals', 'Expected a list of ["HH:mm", "HH:mm"] pairs');
  }
  return list.map((pair: unknown, i) => {
    if (!Array.isArray(pair) || pair.length !== 2) {
      throw timeInputError(
        `${path}/${i}`,
        'calendar.interval',
        'Expected a ["HH:mm", "HH:mm"] pair',
      );
    }
    const start = parseTime(pair[0], `${path}/${i}/0`, false);
    const end = parseTime(pair[1], `${path}/${i}/1`, true);
    if (start === end) {
      throw timeInputError(
        `${path}/${i}`,
        'calendar.interval',
        `Interval ${pair[0]}–${pair[1]} is empty: for a whole day write ["00:00", "24:00"]`,
      );
    }
    return [start, end] as const;
  });
}

function dayIndexOfDate(text: unknown, path: string): number {
  const match = typeof text === 'string' ? DATE.exec(text) : null;
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) {
    throw timeInputError(
      path,
      'calendar.date',
      `Expected a date "YYYY-MM-DD", got ${JSON.stringify(text)}`,
    );
  }
  return ms / DAY_MS;
}

function mergeSegments(pairs: Array<[number, number]>): number[] {
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [from, to] of pairs) {
    if (to <= from) continue;
    const last = out.length - 1;
    if (last > 0 && from <= out[last]!) out[last] = Math.max(out[last]!, to);
    else out.push(from, to);
  }
  return out;
}

class CompiledCalendar implements WorkingCalendar {
  readonly natural: boolean;
  readonly timeZone: string;
  private readonly week: Map<number, MinuteInterval[]>;
  private readonly holidays: Set<number>;
  private readonly workdays: Map<number, MinuteInterval[]>;
  private readonly days = new Map<number, CalendarDay>();
  /** Dense cache of recent days (index - base), in front of the map. */
  private dense: Array<CalendarDay | undefined> = [];
  private base = Number.NaN;
  private readonly own = new Map<number, Array<[number, number]>>();
  private readonly midnights = new Map<number, number>();

  constructor(
    readonly name: string,
    readonly spec: Readonly<CalendarSpec>,
    natural: boolean,
  ) {
    const base = `/calendars/${name}`;
    if (!spec || typeof spec !== 'object') {
      throw timeInputError(
        base,
        'calendar.invalid',
        'Expected a calendar { timeZone, week, holidays?, workdays? }',
      );
    }
    if (!isValidTimeZone(spec.timeZone)) {
      throw timeInputError(
        `${base}/timeZone`,
        'calendar.timeZone',
        `Unknown IANA time zone ${JSON.stringify(spec.timeZone)} (e.g. "Europe/Paris", "UTC")`,
      );
    }
    this.timeZone = spec.timeZone;
    this.natural = natural;
    this.week = new Map();
    for (const [key, list] of Object.entries(spec.week ?? {})) {
      const weekday = WEEKDAYS.indexOf(key as Weekday);
      if (weekday < 0) {
        throw timeInputError(
          `${base}/week/${key}`,
          'calendar.weekday',
          `Unknown weekday "${key}": use mon, tue, wed, thu, fri, sat or sun`,
        );
      }
      this.week.set(weekday, parseIntervals(list, `${base}/week/${key}`));
    }
    this.holidays = new Set(
      (spec.holidays ?? []).map((d, i) => dayIndexOfDate(d, `${base}/holidays/${i}`)),
    );
    this.workdays = new Map(
      Object.entries(spec.workdays ?? {}).map(([date, list]) => [
        dayIndexOfDate(date, `${base}/workdays/${date}`),
        parseIntervals(list, `${base}/workdays/${date}`),
      ]),
    );
    const anyWeekly = [...this.week.values()].some((list) => list.length > 0);
    const anyExtra = [...this.workdays.values()].some((list) => list.length > 0);
    if (!anyWeekly && !anyExtra) {
      throw timeInputError(
        `${base}/week`,
        'calendar.empty',
        'The calendar has no working interval on any day',
      );
    }
  }

  private midnight(index: number): number {
    let ms = this.midnights.get(index);
    if (ms === undefined) {
      ms = fromLocal(this.timeZone, index * DAY_MS);
      this.midnights.set(index, ms);
    }
    return ms;
  }

  /**
   * Local wall time → instant: a time skipped by a DST change moves forward by the gap, a time that
   * happens twice is the first one (see {@link fromLocal}).
   */
  private instant(index: number, minutes: number): number {
    if (minutes === 0) return this.midnight(index);
    if (minutes === 1440) return this.midnight(index + 1);
    return fromLocal(this.timeZone, index * DAY_MS + minutes * 60_000);
  }

  /** The intervals that start on a local day (an extra workday wins over a holiday). */
  private ownIntervals(index: number): Array<[number, number]> {
    let list = this.own.get(index);
    if (list === undefined) {
      const minutes =
        this.workdays.get(index) ??
        (this.holidays.has(index) ? [] : (this.week.get((((index + 4) % 7) + 7) % 7) ?? []));
      list = minutes.map(([from, to]) => [
        this.instant(index, from),
        to > from ? this.instant(index, to) : this.instant(index + 1, to),
      ]);
      this.own.set(index, list);
    }
    return list;
  }

  day(index: number): CalendarDay {
    const slot = index - this.base;
    if (slot >= 0 && slot < 8192) {
      const hit = this.dense[slot];
      if (hit !== undefined) return hit;
    }
    const day = this.computeDay(index);
    if (!(slot >= 0 && slot < 8192)) {
      // Re-centre the dense window on this day.
      this.base = index - 4096;
      this.dense = new Array<CalendarDay | undefined>(8192).fill(undefined);
    }
    this.dense[index - this.base] = day;
    return day;
  }

  private computeDay(index: number): CalendarDay {
    let day = this.days.get(index);
    if (day === undefined) {
      if (this.days.size > 50_000) {
        this.days.clear();
        this.own.clear();
        this.midnights.clear();
        this.base = Number.NaN;
      }
      const start = this.midnight(index);
      const end = this.midnight(index + 1);
      const clipped: Array<[number, number]> = [];
      for (const [from, to] of [...this.ownIntervals(index - 1), ...this.ownIntervals(index)]) {
        clipped.push([Math.max(from, start), Math.min(to, end)]);
      }
      const segments = mergeSegments(clipped);
      let total = 0;
      for (let i = 0; i < segments.length; i += 2) total += segments[i + 1]! - segments[i]!;
      day = { start, end, segments, total };
      this.days.set(index, day);
    }
    return day;
  }

  dayOf(instant: number): number {
    let index = Math.floor(instant / DAY_MS);
    // Offsets are within ±18 h, so the UTC day is at most one local day away.
    let day = this.day(index);
    while (instant < day.start) day = this.day(--index);
    while (instant >= day.end) day = this.day(++index);
    return index;
  }
}

const ALL_DAY: Array<[string, string]> = [['00:00', '24:00']];

/** The natural-time calendar spec: every day, all day, in UTC. */
export const NATURAL_CALENDAR_SPEC: Readonly<CalendarSpec> = Object.freeze({
  timeZone: 'UTC',
  week: {
    mon: ALL_DAY,
    tue: ALL_DAY,
    wed: ALL_DAY,
    thu: ALL_DAY,
    fri: ALL_DAY,
    sat: ALL_DAY,
    sun: ALL_DAY,
  },
});

/**
 * Checks a {@link CalendarSpec} and prepares it for working-time arithmetic.
 *
 * Each working interval belongs to the local day it starts on: `fri: [['22:00', '06:00']]` works
 * from Friday 22:00 to Saturday 06:00, and a holiday on that Friday removes the whole night.
 * An entry of `workdays` replaces the weekly hours of that date, even on a holiday.
 *
 * @param spec - time zone, weekly hours, holidays and extra working days
 * @param name - the calendar's name, used in error paths (`/calendars/<name>/week/mon/0`)
 * @throws ValidationError naming the bad field: unknown zone, weekday, time, date or an empty week
 *
 * @example
 * ```ts
 * const paris = compileCalendar({
 *   timeZone: 'Europe/Paris',
 *   week: { mon: [['09:00', '12:00'], ['14:00', '18:00']], tue: [['09:00', '18:00']] },
 *   holidays: ['2026-05-01'],
 * }, 'paris');
 * ```
 */
export function compileCalendar(spec: CalendarSpec, name = 'calendar'): WorkingCalendar {
  return new CompiledCalendar(name, spec, false);
}

/** The built-in natural-time calendar (`24x7`). */
export const naturalCalendar: WorkingCalendar = new CompiledCalendar(
  NATURAL_CALENDAR,
  NATURAL_CALENDAR_SPEC,
  true,
);

/** Named calendars side by side (per team, per customer), with `24x7` always present. */
export interface CalendarRegistry {
  /** The calendar of this name; `24x7` when the name is absent. */
  get(name?: string): WorkingCalendar;
  has(name: string): boolean;
  names(): string[];
}

/**
 * Compiles every named calendar once (checking each) and looks them up by name.
 *
 * @throws ValidationError for a bad calendar, naming it
 *
 * @example
 * ```ts
 * const calendars = createCalendarRegistry({ support: { timeZone: 'Europe/Paris', week: { mon: [['09:00', '17:00']] } } });
 * calendars.get('support'); calendars.get(); // 24x7
 * ```
 */
export function createCalendarRegistry(specs: Record<string, CalendarSpec> = {}): CalendarRegistry {
  const map = new Map<string, WorkingCalendar>([[NATURAL_CALENDAR, naturalCalendar]]);
  for (const [name, spec] of Object.entries(specs)) map.set(name, compileCalendar(spec, name));
  return {
    get(name) {
      if (name === undefined) return naturalCalendar;
      const calendar = map.get(name);
      if (!calendar) {
        throw new NotFoundError(
          `Calendar "${name}" is not defined: pass it in createRuntime({ calendars: { "${name}": { timeZone, week } } })`,
        );
      }
      return calendar;
    },
    has: (name) => map.has(name),
    names: () => [...map.keys()],
  };
}

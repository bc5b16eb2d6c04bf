import type * as RRuleModule from 'rrule';
import type { Options as RRuleOptions, RRule as RRuleClass, Weekday as RRuleWeekday } from 'rrule';
import type { Weekday } from './calendar';
import type { DueRuns, TicketSchedule } from './schedule.types';
import { timeInputError } from './time.errors';
import { fromLocal, isValidTimeZone, parseIsoDateTime, toLocal } from './zone';

/** Schedule recurrences on a loaded `rrule` module (see {@link recurrence}). */
export interface Recurrence {
  validateSchedule(schedule: TicketSchedule): void;
  nextRuns(schedule: TicketSchedule, after: Date, until: Date, limit?: number): Date[];
  nextRun(schedule: TicketSchedule, after: Date): Date | null;
  dueRuns(schedule: TicketSchedule, since: Date, now: Date): DueRuns;
}

const FREQUENCIES = ['once', 'daily', 'weekly', 'monthly', 'rrule'] as const;
const MISSED = ['runOnce', 'runAll', 'skip'] as const;
const DEFAULT_GRACE_MS = 5 * 60_000;
const MAX_RUNS = 1000;

/** rrule works in "floating" time: a Date whose UTC fields are the local wall-clock time (whole seconds). */
function floating(instant: number, zone: string): Date {
  const local = toLocal(zone, instant);
  return new Date(local - (((local % 1000) + 1000) % 1000));
}
function fromFloating(date: Date, zone: string): number {
  const local = date.getTime();
  return fromLocal(zone, local - (((local % 1000) + 1000) % 1000));
}

/** A local date-time in the zone as an instant; a date alone as `end` is the end of that day. */
function parseLocal(text: unknown, zone: string, path: string, endOfDay = false): number {
  const dt = parseIsoDateTime(text, zone);
  if (!dt) {
    throw timeInputError(
      path,
      'schedule.date',
      `Expected a local date-time "YYYY-MM-DDTHH:mm", got ${JSON.stringify(text)}`,
    );
  }
  if (!endOfDay || !/^\d{4}-\d{2}-\d{2}$/.test(text as string)) return dt.instant;
  const local = toLocal(zone, dt.instant);
  return (
    fromLocal(zone, local - (((local % 86_400_000) + 86_400_000) % 86_400_000) + 86_400_000) - 1
  );
}

interface Compiled {
  zone: string;
  start: number;
  end: number | null;
  rule: RRuleClass | null;
}

/**
 * The schedule functions bound to an `rrule` module. The main entry loads rrule lazily (`import()`
 * on the first schedule it meets); `@deskkit/runtime/schedules` binds it statically.
 */
export function recurrence(rruleModule: unknown): Recurrence {
  // rrule ships ESM for bundlers but a UMD bundle for Node's ESM loader, which only exposes `default`.
  const { RRule } = (
    (rruleModule as { RRule?: unknown }).RRule
      ? rruleModule
      : (rruleModule as { default: unknown }).default
  ) as typeof RRuleModule;
  const DAY_CODES: Record<Weekday, RRuleWeekday> = {
    mon: RRule.MO,
    tue: RRule.TU,
    wed: RRule.WE,
    thu: RRule.TH,
    fri: RRule.FR,
    sat: RRule.SA,
    sun: RRule.SU,
  };
  const compiledCache = new WeakMap<TicketSchedule, Compiled>();

  function compile(schedule: TicketSchedule): Compiled {
    const hit = compiledCache.get(schedule);
    if (hit) return hit;
    const base = `/schedules/${schedule?.id ?? '?'}`;
    if (!schedule || typeof schedule !== 'object')
      throw timeInputError(base, 'schedule.invalid', 'Expected a schedule object');
    for (const key of ['id', 'workflow', 'actor'] as const) {
      if (typeof schedule[key] !== 'string' || schedule[key] === '') {
        throw timeInputError(
          `${base}/${key}`,
          'schedule.required',
          `A schedule needs a non-empty "${key}"`,
        );
      }
    }
    if (!isValidTimeZone(schedule.timeZone)) {
      throw timeInputError(
        `${base}/timeZone`,
        'schedule.timeZone',
        `Unknown IANA time zone ${JSON.stringify(schedule.timeZone)}`,
      );
    }
    const zone = schedule.timeZone;
    const start = parseLocal(schedule.start, zone, `${base}/start`);
    const end =
      schedule.end === undefined ? null : parseLocal(schedule.end, zone, `${base}/end`, true);
    if (end !== null && end < start)
      throw timeInputError(`${base}/end`, 'schedule.end', 'The end is before the start');
    if (!FREQUENCIES.includes(schedule.frequency)) {
      throw timeInputError(
        `${base}/frequency`,
        'schedule.frequency',
        `Frequency must be one of ${FREQUENCIES.join(', ')}, got ${JSON.stringify(schedule.frequency)}`,
      );
    }
    if (schedule.missed !== undefined && !MISSED.includes(schedule.missed)) {
      throw timeInputError(
        `${base}/missed`,
        'schedule.missed',
        `Missed-run policy must be one of ${MISSED.join(', ')}`,
      );
    }
    const interval = schedule.interval ?? 1;
    if (!Number.isInteger(interval) || interval < 1) {
      throw timeInputError(
        `${base}/interval`,
        'schedule.interval',
        'The interval is a whole number ≥ 1',
      );
    }
    let rule: RRuleClass | null = null;
    const dtstart = floating(start, zone);
    const until = end !== null ? floating(end, zone) : null;
    if (schedule.frequency === 'rrule') {
      const text =
        typeof schedule.rrule === 'string' ? schedule.rrule.trim().replace(/^RRULE:/i, '') : '';
      if (!text || /(^|;|\n)\s*(DTSTART|TZID)/i.test(text)) {
        throw timeInputError(
          `${base}/rrule`,
          'schedule.rrule',
          'Give an RFC 5545 rule like "FREQ=WEEKLY;BYDAY=MO" without DTSTART or TZID (use start and timeZone)',
        );
      }
      let options: Partial<RRuleOptions>;
      try {
        options = RRule.parseString(text);
        if (options.freq === undefined) throw new Error('FREQ is missing');
      } catch (error) {
        throw timeInputError(
          `${base}/rrule`,
          'schedule.rrule',
          `"${text}" is not an RFC 5545 rule: ${(error as Error).message}`,
        );
      }
      rule = new RRule({ ...options, dtstart, until: options.until ?? until });
    } else if (schedule.frequency !== 'once') {
      const options: Partial<RRuleOptions> = { dtstart, until, interval };
      if (schedule.frequency === 'daily') options.freq = RRule.DAILY;
      if (schedule.frequency === 'weekly') {
        options.freq = RRule.WEEKLY;
        if (schedule.weekdays?.length) {
          options.byweekday = schedule.weekdays.map((d, i) => {
            const code = DAY_CODES[d];
            if (!code)
              throw timeInputError(
                `${base}/weekdays/${i}`,
                'schedule.weekday',
                `Unknown weekday "${d}"`,
              );
            return code;
          });
        }
      }
      if (schedule.frequency === 'monthly') {
        options.freq = RRule.MONTHLY;
        if (schedule.monthDays?.length) {
          schedule.monthDays.forEach((d, i) => {
            if (!Number.isInteger(d) || d === 0 || d < -31 || d > 31) {
              throw timeInputError(
                `${base}/monthDays/${i}`,
                'schedule.monthDay',
                'A month day is 1–31, or -1 (last) to -31',
              );
            }
          });
          options.bymonthday = schedule.monthDays;
        }
      }
      rule = new RRule(options);
    }
    const compiled = { zone, start, end, rule };
    compiledCache.set(schedule, compiled);
    return compiled;
  }

  /**
   * Checks a schedule and throws a `ValidationError` naming the bad field (`/schedules/<id>/start`).
   *
   * @example
   * ```ts
   * validateSchedule({ id: 'patch', workflow: 'change', actor: 'ops', timeZone: 'Europe/Paris', start: '2026-01-06T09:00', frequency: 'weekly' });
   * ```
   */
  function validateSchedule(schedule: TicketSchedule): void {
    compile(schedule);
  }

  /**
   * The schedule's runs strictly after `after` and up to `until` (inclusive), oldest first, at most
   * `limit`. A local run time skipped by a DST change moves forward by the gap (02:30 → 03:30).
   *
   * @example
   * ```ts
   * nextRuns({ id: 'daily', workflow: 'check', actor: 'ops', timeZone: 'Europe/Paris',
   *   start: '2026-03-27T09:00', frequency: 'daily' }, new Date('2026-03-27T00:00Z'), new Date('2026-03-31T00:00Z'));
   * // 27th 08:00Z, 28th 08:00Z, then 29th, 30th at 07:00Z (09:00 Paris summer time)
   * ```
   */
  function nextRuns(schedule: TicketSchedule, after: Date, until: Date, limit = MAX_RUNS): Date[] {
    const { zone, start, end, rule } = compile(schedule);
    const from = after.getTime();
    const to = until.getTime();
    if (to <= from) return [];
    if (!rule) {
      return start > from && start <= to ? [new Date(start)] : [];
    }
    const DAY = 86_400_000;
    const a = floating(from, zone);
    const b = floating(to, zone);
    // Widen by a day: floating bounds are wall-clock times and DST shifts them by up to hours.
    const out: Date[] = [];
    rule.between(new Date(a.getTime() - DAY), new Date(b.getTime() + DAY), true, (date) => {
      const at = fromFloating(date, zone);
      if (at > from && at <= to && (end === null || at <= end)) out.push(new Date(at));
      return out.length < limit;
    });
    return out;
  }

  /** The first run strictly after `after`, or `null` when there is none. */
  function nextRun(schedule: TicketSchedule, after: Date): Date | null {
    const { zone, end, rule, start } = compile(schedule);
    if (!rule) return start > after.getTime() ? new Date(start) : null;
    let cursor = floating(after.getTime() - 86_400_000, zone);
    for (;;) {
      const next = rule.after(cursor, false);
      if (!next) return null;
      const at = fromFloating(next, zone);
      if (end !== null && at > end) return null;
      if (at > after.getTime()) return new Date(at);
      cursor = next;
    }
  }

  /**
   * The runs to fire at `now` given the last time the schedule was looked at (`since`), following the
   * schedule's missed-run policy: runs later than `graceMs` are missed; `runAll` fires them all,
   * `runOnce` (default) fires one run in place of all of them, `skip` drops them. Runs within the grace
   * period always fire.
   *
   * @example
   * ```ts
   * const { runs, next } = dueRuns(schedule, lastTickAt, new Date());
   * ```
   */
  function dueRuns(schedule: TicketSchedule, since: Date, now: Date): DueRuns {
    compile(schedule);
    const next = nextRun(schedule, now);
    if (schedule.enabled === false) return { runs: [], skipped: 0, next };
    const all = nextRuns(schedule, since, now);
    const cutoff = now.getTime() - (schedule.graceMs ?? DEFAULT_GRACE_MS);
    const late = all.filter((d) => d.getTime() < cutoff);
    const onTime = all.filter((d) => d.getTime() >= cutoff);
    const policy = schedule.missed ?? 'runOnce';
    if (policy === 'runAll') return { runs: all, skipped: 0, next };
    if (policy === 'skip') return { runs: onTime, skipped: late.length, next };
    if (onTime.length > 0) return { runs: onTime, skipped: late.length, next };
    return late.length > 0
      ? { runs: [late[late.length - 1]!], skipped: late.length - 1, next }
      : { runs: [], skipped: 0, next };
  }

  return { validateSchedule, nextRuns, nextRun, dueRuns };
}

/**
 * `@deskkit/runtime/schedules`: the recurrence functions of scheduled tickets (on `rrule`), for
 * hosts that preview or check schedules themselves. The runtime's own `runtime.schedules` store and
 * `tick` do not need this entry: they load `rrule` on first use, so the main entry stays small.
 *
 * @example
 * ```ts
 * import { nextRuns, validateSchedule } from '@deskkit/runtime/schedules';
 * validateSchedule(schedule); // ValidationError naming the field, e.g. /schedules/patch/rrule
 * const upcoming = nextRuns(schedule, new Date(), new Date(Date.now() + 7 * 86_400_000));
 * ```
 * @packageDocumentation
 */
import * as rruleModule from 'rrule';
import { recurrence } from './time/schedule';
import type { DueRuns, TicketSchedule } from './time/schedule.types';

const bound = recurrence(rruleModule);

/**
 * Checks a schedule and throws a `ValidationError` naming the bad field (`/schedules/<id>/start`).
 *
 * @example
 * ```ts
 * validateSchedule({ id: 'patch', workflow: 'change', actor: 'ops', timeZone: 'Europe/Paris', start: '2026-01-06T09:00', frequency: 'weekly' });
 * ```
 */
export function validateSchedule(schedule: TicketSchedule): void {
  bound.validateSchedule(schedule);
}

/**
 * The schedule's runs strictly after `after` and up to `until` (inclusive), oldest first, at most
 * `limit` (default 1,000). A local run time skipped by a DST change moves forward by the gap
 * (02:30 → 03:30).
 *
 * @example
 * ```ts
 * nextRuns({ id: 'daily', workflow: 'check', actor: 'ops', timeZone: 'Europe/Paris',
 *   start: '2026-03-27T09:00', frequency: 'daily' }, new Date('2026-03-27T00:00Z'), new Date('2026-03-31T00:00Z'));
 * // 27th 08:00Z, 28th 08:00Z, then 29th, 30th at 07:00Z (09:00 Paris summer time)
 * ```
 */
export function nextRuns(
  schedule: TicketSchedule,
  after: Date,
  until: Date,
  limit?: number,
): Date[] {
  return bound.nextRuns(schedule, after, until, limit);
}

/**
 * The first run strictly after `after`, or `null` when there is none.
 *
 * @example
 * ```ts
 * const next = nextRun(schedule, new Date());
 * ```
 */
export function nextRun(schedule: TicketSchedule, after: Date): Date | null {
  return bound.nextRun(schedule, after);
}

/**
 * The runs to fire at `now` given the last time the schedule was looked at (`since`), following
 * the schedule's missed-run policy: runs later than `graceMs` are missed; `runAll` fires them all,
 * `runOnce` (default) fires one run in place of all of them, `skip` drops them. Runs within the
 * grace period always fire.
 *
 * @example
 * ```ts
 * const { runs, next } = dueRuns(schedule, lastTickAt, new Date());
 * ```
 */
export function dueRuns(schedule: TicketSchedule, since: Date, now: Date): DueRuns {
  return bound.dueRuns(schedule, since, now);
}

export type {
  DueRuns,
  MissedRunPolicy,
  ScheduleFrequency,
  TicketSchedule,
} from './time/schedule.types';

import type { ErrorRecord } from '../errors/record';
import type { Weekday } from './calendar';

/** How often a schedule raises a ticket. */
export type ScheduleFrequency = 'once' | 'daily' | 'weekly' | 'monthly' | 'rrule';

/** What happens to runs that fell due while no runtime process was ticking. */
export type MissedRunPolicy = 'runOnce' | 'runAll' | 'skip';

/**
 * Scheduled ticket creation: a workflow started with template values at recurring local times.
 * Times are wall-clock times in `timeZone` (a daily 09:00 run stays at 09:00 across DST changes).
 */
export interface TicketSchedule {
  id: string;
  name?: string;
  /** The workflow key to start. */
  workflow: string;
  /** The user who raises the tickets (their requester). */
  actor: string;
  /** Field values of each ticket. */
  data?: Record<string, unknown>;
  /** A form template id whose values pre-fill each ticket. */
  template?: string;
  /** IANA time zone of `start`, `end` and the recurrence. */
  timeZone: string;
  /** First run, local `YYYY-MM-DDTHH:mm` (or an ISO instant with an offset). Its time of day is the run time. */
  start: string;
  /** No run after this: a local date (`YYYY-MM-DD`, inclusive) or date-time. */
  end?: string;
  frequency: ScheduleFrequency;
  /** Every `interval` days / weeks / months (default 1). */
  interval?: number;
  /** `weekly`: the days of the week (default: the start's weekday). */
  weekdays?: Weekday[];
  /** `monthly`: days of the month, 1–31, negative from the end (-1: last day); default the start's day. */
  monthDays?: number[];
  /** `rrule`: an RFC 5545 rule such as `FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=9,14;BYMINUTE=0` (no DTSTART: use `start`). */
  rrule?: string;
  /** Missed runs after downtime: `runOnce` (default) collapses them into one, `runAll` fires each, `skip` drops them. */
  missed?: MissedRunPolicy;
  /** A run later than this (ms) counts as missed; default 5 minutes. */
  graceMs?: number;
  /** Paused schedules do not run; default true. */
  enabled?: boolean;
}

/** The runs to fire now, from {@link dueRuns}. */
export interface DueRuns {
  /** Occurrence times to create tickets for, oldest first. */
  runs: Date[];
  /** Occurrences that were missed and not fired (by `skip` or collapsed by `runOnce`). */
  skipped: number;
  /** The next occurrence after `now`, or `null` when the schedule is over. */
  next: Date | null;
}

/** A stored schedule with its bookkeeping. */
export interface ScheduleEntry {
  schedule: TicketSchedule;
  createdAt: string;
  /** The last time the schedule's runs were fired up to. */
  lastRunAt?: string;
  /**
   * The last run that failed to start a ticket, with the reason: its error code and values
   * (`i18n.errorMessage(lastError)` shows it in the reader's language) and its English `message`.
   */
  lastError?: { at: string } & ErrorRecord;
  /** The next run after now, or `null` when the schedule is over. */
  next?: string | null;
}

/** Scheduled ticket creation, kept in the storage adapter (`getState` / `setState`). */
export interface ScheduleStore {
  /** Adds a schedule; ConflictError when its id exists, ValidationError when it is invalid. */
  create(schedule: TicketSchedule): Promise<ScheduleEntry>;
  /** Replaces a schedule (its run bookkeeping is kept); NotFoundError when unknown. */
  update(schedule: TicketSchedule): Promise<ScheduleEntry>;
  /** Removes a schedule; false when it did not exist. */
  remove(id: string): Promise<boolean>;
  get(id: string): Promise<ScheduleEntry | null>;
  list(): Promise<ScheduleEntry[]>;
}

import type { LocalizedText, SlaPolicy } from '../definition/definition.types';
import type { SlaClock } from '../model/ticket.types';
import type { WorkingCalendar } from './calendar';
import { isoString as iso } from './iso';
import type { SlaClockState, SlaConditionKind, SlaSnapshot, SlaUpcoming } from './sla.types';
import { addWorkingMs, workingMsBetween } from './working-time';

/** Decides a policy's jsonata condition on a snapshot. */
export type Decide = (
  expression: string,
  snapshot: SlaSnapshot,
  kind: SlaConditionKind,
  policy: SlaPolicy<LocalizedText>,
) => boolean;

/**
 * When a clock starts, stops, pauses and is cancelled, decided on each snapshot. Rules are made
 * once per policy (or OLA) and shared by every clock and every computation, so replaying many
 * tickets allocates no closures.
 */
export interface ClockRules {
  start(snapshot: SlaSnapshot, decide: Decide): boolean;
  stop(snapshot: SlaSnapshot, decide: Decide): boolean;
  pause(snapshot: SlaSnapshot, decide: Decide): boolean;
  cancel(snapshot: SlaSnapshot, decide: Decide): boolean;
  /** A stopped clock runs again when its stop condition no longer holds (a reopened ticket). */
  reopenable: boolean;
}

/**
 * One SLA/OLA clock replayed event by event: it accumulates working time over its running periods
 * and notes the instant the target was passed.
 */
export class ReplayClock {
  started = false;
  running = false;
  stopped = false;
  cancelled = false;
  elapsed = 0;
  since = 0;
  startedAt = 0;
  stoppedAt = 0;
  cancelledAt = 0;
  breachedAt = Number.NaN;

  constructor(
    readonly policy: string,
    readonly target: SlaClock['target'],
    readonly nodeId: string | undefined,
    readonly calendar: WorkingCalendar,
    readonly targetMs: number,
    readonly warnAt: readonly number[],
    readonly rules: ClockRules,
    readonly decide: Decide,
  ) {}

  /** Counts working time up to `t` while running, noting the breach instant when it is passed. */
  advance(t: number): void {
    if (!this.running || t <= this.since) return;
    const add = workingMsBetween(this.calendar, this.since, t);
    if (Number.isNaN(this.breachedAt) && this.elapsed + add >= this.targetMs) {
      this.breachedAt = addWorkingMs(this.calendar, this.since, this.targetMs - this.elapsed);
    }
    this.elapsed += add;
    this.since = t;
  }

  /** Starts the clock at `t` with time already elapsed (carried over from another policy). */
  begin(t: number, elapsed = 0, startedAt = t): void {
    this.started = true;
    this.running = true;
    this.since = t;
    this.startedAt = startedAt;
    this.elapsed = elapsed;
    if (elapsed >= this.targetMs) this.breachedAt = t;
  }

  step(snapshot: SlaSnapshot): void {
    if (this.cancelled) return;
    const t = snapshot.at;
    const { rules, decide } = this;
    if (!this.started) {
      if (rules.cancel(snapshot, decide) || !rules.start(snapshot, decide)) return;
      this.begin(t);
      if (this.targetMs === 0) this.breachedAt = t;
    } else if (
      rules.cancel(snapshot, decide) &&
      // A met (or late) clock that stays stopped keeps its result.
      !(this.stopped && (!rules.reopenable || rules.stop(snapshot, decide)))
    ) {
      this.advance(t);
      this.running = false;
      this.cancelled = true;
      this.cancelledAt = t;
      return;
    }
    const stop = rules.stop(snapshot, decide);
    if (this.stopped) {
      if (stop || !rules.reopenable) return;
      this.stopped = false;
      this.running = false;
      // A reopen with `sla: 'restart'` measures the resolution again from zero.
      if (snapshot.event.detail?.restart) {
        this.elapsed = 0;
        this.breachedAt = Number.NaN;
        this.startedAt = t;
      }
    } else if (stop) {
      this.advance(t);
      this.running = false;
      this.stopped = true;
      this.stoppedAt = t;
      return;
    }
    const pause = rules.pause(snapshot, decide);
    if (pause && this.running) {
      this.advance(t);
      this.running = false;
    } else if (!pause && !this.running) {
      this.running = true;
      this.since = t;
    }
  }

  /** The clock's state at `now`, and its future warnings and breach when it is running. */
  finish(now: number, calendarName: string, upcoming: SlaUpcoming[]): SlaClockState {
    this.advance(now);
    const { targetMs, elapsed } = this;
    const breached = this.stopped ? elapsed > targetMs : elapsed >= targetMs;
    const state: SlaClock['state'] = this.cancelled
      ? 'cancelled'
      : breached
        ? 'breached'
        : this.stopped
          ? 'met'
          : this.running
            ? 'running'
            : 'paused';
    const remainingMs = targetMs - elapsed;
    let warned: number | undefined;
    for (const w of this.warnAt) if (elapsed * 100 >= w * targetMs) warned = w;
    const dueMs =
      breached && !Number.isNaN(this.breachedAt)
        ? this.breachedAt
        : addWorkingMs(
            this.calendar,
            this.stopped ? this.stoppedAt : this.cancelled ? this.cancelledAt : now,
            Math.max(remainingMs, 0),
          );
    const clock: SlaClockState = {
      policy: this.policy,
      target: this.target,
      state,
      dueAt: iso(dueMs),
      elapsedMs: elapsed,
      remainingMs,
      percent: targetMs > 0 ? Math.round((elapsed / targetMs) * 1000) / 10 : 100,
      targetMs,
      calendar: calendarName,
      startedAt: iso(this.startedAt),
    };
    if (this.nodeId !== undefined) clock.nodeId = this.nodeId;
    if (warned !== undefined) clock.warned = warned;
    if (this.stopped) clock.stoppedAt = iso(this.stoppedAt);
    if (this.cancelled) clock.cancelledAt = iso(this.cancelledAt);
    if (breached && !Number.isNaN(this.breachedAt)) clock.breachedAt = iso(this.breachedAt);
    if (state === 'running') {
      for (const w of this.warnAt) {
        const at = Math.ceil((w * targetMs) / 100);
        if (at > elapsed && at < targetMs) {
          upcoming.push(
            this.upcoming('warning', iso(addWorkingMs(this.calendar, now, at - elapsed)), w),
          );
        }
      }
      upcoming.push(this.upcoming('breach', clock.dueAt));
    }
    return clock;
  }

  private upcoming(kind: SlaUpcoming['kind'], at: string, threshold?: number): SlaUpcoming {
    const item: SlaUpcoming = { policy: this.policy, target: this.target, kind, at };
    if (threshold !== undefined) item.threshold = threshold;
    if (this.nodeId !== undefined) item.nodeId = this.nodeId;
    return item;
  }
}

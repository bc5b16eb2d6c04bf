import type { RuntimeExtension } from '../engine.types';
import {
  fireAutoClose,
  fireSurveyClose,
  scheduleUrgeFollowUps,
  updateAutoClose,
  fireUrgeFollowUp,
} from './follow-ups';
import { runSchedules } from './schedules';
import { fireSlaTimer, updateSla } from './sla-hooks';
import { updateStats } from './stats';
import { runPeriodicAutomations, runTriggers } from './triggers';

/** Options of {@link timeExtension}. */
export interface TimeExtensionOptions {
  /** Delay after an `urge` before its holders and their manager are reminded (ms); default 1 hour. */
  urgeFollowUpMs?: number;
}

/**
 * The time features as one engine extension: triggers, SLA/OLA clocks and their timers, auto-close,
 * urge follow-ups and the report stats (`Ticket.stats`) on every command, periodic automations and scheduled tickets (on every tick).
 * `createRuntime` installs it; hosts building their own engine can pass it in `extensions`.
 *
 * @example
 * ```ts
 * const runtime = createRuntime({ extensions: [timeExtension({ urgeFollowUpMs: 30 * 60_000 })] });
 * ```
 */
export function timeExtension(options: TimeExtensionOptions = {}): RuntimeExtension {
  return {
    name: 'time',
    async beforeCommit(s, ctx) {
      // Triggers first: their changes count for the SLA policies and the auto-close timer.
      await runTriggers(s, ctx);
      await scheduleUrgeFollowUps(
        s,
        ctx,
        options.urgeFollowUpMs ??
          ctx.core.options.urgeFollowUpMs ??
          ctx.core.options.urgeIntervalMs ??
          3_600_000,
      );
      updateAutoClose(s, ctx);
      await updateSla(s, ctx);
      // After the clocks: the stats measure working time on the calendar of the ticket's policy.
      await updateStats(s, ctx);
    },
    timers: {
      slaWarning: fireSlaTimer,
      slaBreach: fireSlaTimer,
      autoClose: fireAutoClose,
      surveyClose: fireSurveyClose,
      urge: fireUrgeFollowUp,
    },
    async onTick(now, core) {
      await runSchedules(now, core);
      await runPeriodicAutomations(now, core);
    },
  };
}

/** The host's extensions followed by the time extension (unless the host passed one itself). */
export function withTimeExtension(extensions: RuntimeExtension[] = []): RuntimeExtension[] {
  return extensions.some((e) => e.name === 'time') ? extensions : [...extensions, timeExtension()];
}

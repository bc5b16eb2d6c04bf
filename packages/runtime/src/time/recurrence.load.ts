import type { Recurrence } from './schedule';

let loading: Promise<Recurrence> | undefined;

/**
 * The schedule recurrences, with `rrule` (and the code around it) loaded on first use: a host that
 * never schedules tickets does not download them (bundlers split a dynamic `import()` into its own
 * chunk).
 */
export function loadRecurrence(): Promise<Recurrence> {
  loading ??= Promise.all([import('rrule'), import('./schedule')])
    .then(([rrule, { recurrence }]) => recurrence(rrule))
    .catch((error: unknown) => {
      loading = undefined; // let a later call try again (e.g. a chunk that failed to download)
      throw error;
    });
  return loading;
}

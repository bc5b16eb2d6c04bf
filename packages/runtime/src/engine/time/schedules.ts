import type { EngineCore } from '../engine.types';
import { startTicketCommand } from '../start';
import { ConflictError, NotFoundError } from '../../errors/errors';
import { errorRecord } from '../../errors/record';
import type { StorageAdapter } from '../../storage/storage.types';
import { loadRecurrence } from '../../time/recurrence.load';
import type { DueRuns } from '../../time/schedule.types';
import type { ScheduleEntry, ScheduleStore } from '../../time/schedule.types';

/** Storage state key of the schedules document. */
export const SCHEDULES_STATE_KEY = 'deskkit:schedules';

interface SchedulesDoc {
  entries: Record<string, ScheduleEntry>;
}

async function mutate<T>(storage: StorageAdapter, change: (doc: SchedulesDoc) => T): Promise<T> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const state = await storage.getState<SchedulesDoc>(SCHEDULES_STATE_KEY);
    const doc: SchedulesDoc = state ? structuredClone(state.value) : { entries: {} };
    const result = change(doc);
    if (await storage.setState(SCHEDULES_STATE_KEY, doc, state?.version ?? null)) return result;
  }
  throw new ConflictError('The schedules were changed by others 20 times in a row; try again.');
}

async function withNext(entry: ScheduleEntry, now: Date): Promise<ScheduleEntry> {
  const { nextRun } = await loadRecurrence();
  return { ...entry, next: nextRun(entry.schedule, now)?.toISOString() ?? null };
}

/**
 * The schedule store of a runtime (`runtime.schedules`).
 *
 * @example
 * ```ts
 * await runtime.schedules.create({
 *   id: 'patch-tuesday', workflow: 'change', actor: 'ops', timeZone: 'Europe/Paris',
 *   start: '2026-01-13T09:00', frequency: 'rrule', rrule: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2',
 *   data: { summary: 'Monthly patching' },
 * });
 * ```
 */
export function createScheduleStore(storage: StorageAdapter, clock: () => Date): ScheduleStore {
  return {
    async create(schedule) {
      (await loadRecurrence()).validateSchedule(schedule);
      const now = clock();
      const entry = await mutate(storage, (doc) => {
        if (doc.entries[schedule.id]) {
          throw new ConflictError(
            `A schedule "${schedule.id}" exists; update it or pick another id.`,
          );
        }
        const created: ScheduleEntry = {
          schedule: structuredClone(schedule),
          createdAt: now.toISOString(),
        };
        doc.entries[schedule.id] = created;
        return created;
      });
      return withNext(entry, now);
    },
    async update(schedule) {
      (await loadRecurrence()).validateSchedule(schedule);
      const entry = await mutate(storage, (doc) => {
        const old = doc.entries[schedule.id];
        if (!old) throw new NotFoundError(`There is no schedule "${schedule.id}" to update.`);
        const updated: ScheduleEntry = { ...old, schedule: structuredClone(schedule) };
        doc.entries[schedule.id] = updated;
        return updated;
      });
      return withNext(entry, clock());
    },
    remove: (id) =>
      mutate(storage, (doc) => {
        const had = id in doc.entries;
        delete doc.entries[id];
        return had;
      }),
    async get(id) {
      const state = await storage.getState<SchedulesDoc>(SCHEDULES_STATE_KEY);
      const entry = state?.value.entries[id];
      return entry ? withNext(entry, clock()) : null;
    },
    async list() {
      const state = await storage.getState<SchedulesDoc>(SCHEDULES_STATE_KEY);
      const now = clock();
      return Promise.all(Object.values(state?.value.entries ?? {}).map((e) => withNext(e, now)));
    },
  };
}

/**
 * At each tick: starts the tickets of every schedule's due runs (by its missed-run policy). Each run
 * starts its ticket with the request id `schedule:<id>:<run>`, so processes ticking at once, or a
 * retry after a crash, never create a run's ticket twice; the run bookkeeping is then advanced with
 * compare-and-set.
 */
export async function runSchedules(now: Date, core: EngineCore): Promise<number> {
  const state = await core.storage.getState<SchedulesDoc>(SCHEDULES_STATE_KEY);
  if (!state) return 0;
  const entries = Object.values(state.value.entries);
  if (entries.length === 0) return 0;
  const { dueRuns } = await loadRecurrence();
  let started = 0;
  const done: Record<string, Partial<ScheduleEntry>> = {};
  for (const entry of entries) {
    const { schedule } = entry;
    const since = new Date(entry.lastRunAt ?? entry.createdAt);
    if (since.getTime() >= now.getTime()) continue;
    let due: DueRuns;
    try {
      due = dueRuns(schedule, since, now);
    } catch (error) {
      core.options.onError?.(error, {});
      continue;
    }
    const update: Partial<ScheduleEntry> = { lastRunAt: now.toISOString() };
    for (const run of due.runs) {
      try {
        const result = await core.run(
          schedule.actor,
          (ctx) =>
            startTicketCommand(ctx, {
              workflow: schedule.workflow,
              actor: schedule.actor,
              ...(schedule.data ? { data: structuredClone(schedule.data) } : {}),
              ...(schedule.template ? { template: schedule.template } : {}),
            }),
          { requestId: `schedule:${schedule.id}:${run.toISOString()}`, now },
        );
        if (result.applied) started++;
      } catch (error) {
        update.lastError = { at: now.toISOString(), ...errorRecord(error) };
        core.options.onError?.(error, {});
      }
    }
    done[schedule.id] = update;
  }
  if (Object.keys(done).length) {
    await mutate(core.storage, (doc) => {
      for (const [id, update] of Object.entries(done)) {
        const entry = doc.entries[id];
        if (!entry) continue;
        if (entry.lastRunAt && update.lastRunAt && entry.lastRunAt > update.lastRunAt) continue;
        Object.assign(entry, update);
      }
    });
  }
  return started;
}

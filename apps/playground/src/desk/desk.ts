import { defaultText } from '@deskkit/runtime/i18n';
import { notifications, type NotifyOptions } from '@deskkit/runtime/notify';
import { reportSnapshots } from '@deskkit/runtime/reports';
import {
  createCalendarRegistry,
  createRuntime,
  memoryDirectory,
  memoryStorage,
  timeIssues,
  ValidationError,
  type CalendarSpec,
  type Directory,
  type Issue,
  type MemorySnapshot,
  type Runtime,
  type RuntimeEvent,
  type StorageAdapter,
  type TickResult,
  type TimerLoopOptions,
} from '@deskkit/runtime';
import type { DemoOrganisation } from '../demo/organisation';
import { DESK_TIME_ZONE } from '../demo/calendars';
import { demoSchedules } from '../demo/schedules';
import { demoWorkflows } from '../demo/workflows';
import { createSimulatedClock, type SimulatedClock } from './clock';
import { copySnapshot } from './copySnapshot';
import { demoHandlers } from './handlers';
import { seedDemoHistory, type DemoHistoryOptions, type DemoHistoryReport } from './history';
import { storageKeys, type DeskPersistence } from './persistence';
import {
  assertValidCalendar,
  assertValidOrganisation,
  demoSettings,
  personReferences,
  principalReferences,
  type DeskSettings,
} from './settings';

/**
 * The running service desk: the runtime in this page, its storage, directory and clock. The runtime
 * and directory are rebuilt (over the same storage) when an admin changes the directory or a
 * calendar, so always read them from the desk rather than keeping them.
 */
export interface Desk {
  readonly runtime: Runtime;
  readonly storage: StorageAdapter;
  /** Where the desk keeps its settings, clock offset and overview layouts. */
  readonly persistence: DeskPersistence;
  readonly directory: Directory;
  readonly clock: SimulatedClock;
  /** The directory and calendars the runtime is built from (edited on the Admin page). */
  readonly settings: DeskSettings;
  /** Checks, saves and applies a new directory; `ValidationError` with `/users/3/manager`-like paths. */
  updateOrganisation(next: DemoOrganisation): Promise<void>;
  /**
   * Removes a person from the directory; `ValidationError` (path `/users/<index>`) saying why when
   * they are still referenced: manager of someone, on-call rota member, out-of-office rule, or named
   * in a published workflow (candidate, permissions).
   */
  removePerson(id: string): Promise<void>;
  /**
   * Adds or replaces a working calendar; `ValidationError` naming the bad field
   * (`/calendars/business/week/mon/0/1`). SLA clocks use it from the next command on.
   */
  saveCalendar(id: string, spec: CalendarSpec, name: string): Promise<void>;
  /** Removes a calendar no published workflow uses; `ValidationError` listing who uses it. */
  removeCalendar(id: string): Promise<void>;
  /** Every runtime event, and `null` when the settings changed. */
  subscribe(listener: (event: RuntimeEvent | null) => void): () => void;
  /** Runs `tick` in a loop on whichever runtime is current; returns a stop function. */
  startTimers(options?: TimerLoopOptions): () => Promise<void>;
  /** True while a save to the persistence is pending. */
  readonly saving: boolean;
  /** Moves the simulated clock forward and fires whatever became due (timers, SLA thresholds). */
  advanceClock(ms: number): Promise<TickResult>;
  /** Fires what is due now. */
  tick(): Promise<TickResult>;
  /** Writes pending changes now. */
  flush(): Promise<void>;
  /** Forgets everything saved; the next `createDesk` starts from the demo data again. */
  forget(): Promise<void>;
  /** Notified when the saving state changes. */
  onSaving(listener: (saving: boolean) => void): () => void;
  /** What the demo history seeding did on this start (null: the desk was not fresh, or none asked). */
  readonly seeded: DemoHistoryReport | null;
  /**
   * "Reset demo data": empties the storage (`wipe`, or the memory adapter), puts the demo
   * settings, workflows and schedules back, seeds the history again (as on a first start), moves
   * the clock back to real time, and rebuilds the runtime (subscribers get `null`). Timers stop
   * meanwhile. Returns what the seeding did (null when the desk has no history option).
   */
  regenerate(): Promise<DemoHistoryReport | null>;
}

export interface CreateDeskOptions {
  /** Settings, clock offset, layouts; and the runtime snapshot when `storage` is absent. */
  persistence: DeskPersistence;
  /**
   * The runtime's storage (the server: PostgreSQL or PGlite). Absent: a `memoryStorage` whose
   * snapshot is saved to `persistence` after every change (the in-browser mode).
   */
  storage?: StorageAdapter;
  /** Debounce of saves after a change, in ms (default 120). */
  saveDelayMs?: number;
  /** Real time source (tests pin it). */
  realNow?: () => number;
  /**
   * A fresh desk also gets this much simulated history (`seedDemoHistory`: weeks of tickets made
   * by driving the runtime on a moving clock), so reports show real figures. Default: none.
   */
  history?: DemoHistoryOptions;
  /**
   * E-mail and webhook delivery (the server: SMTP to the mail catcher or the admin's server). The
   * in-browser desk has only the inbox. `templates` default to links into this desk.
   */
  notify?: Omit<NotifyOptions, 'templates'> & { templates?: NotifyOptions['templates'] };
  /**
   * Empties `storage` for {@link Desk.regenerate} (the server: every Deskkit table). Absent with
   * the in-browser memory adapter, which the desk empties itself.
   */
  wipe?: () => Promise<void>;
}

/** The admin who publishes the demo workflows. */
export const DEMO_PUBLISHER = 'ada';

/**
 * Loads the saved desk from the persistence, or seeds a fresh one: publishes every demo workflow.
 * Every change of the storage is saved (debounced) so work survives a reload.
 */
export async function createDesk(options: CreateDeskOptions): Promise<Desk> {
  const { persistence } = options;
  const saveDelay = options.saveDelayMs ?? 120;
  const [snapshot, offset, savedSettings] = await Promise.all([
    options.storage ? undefined : persistence.load<MemorySnapshot>(storageKeys.snapshot),
    persistence.load<number>(storageKeys.clock),
    persistence.load<DeskSettings>(storageKeys.settings),
  ]);
  const clock = createSimulatedClock(offset ?? 0, options.realNow);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Promise<void> = Promise.resolve();
  let saving = false;
  const savingListeners = new Set<(saving: boolean) => void>();
  const setSaving = (value: boolean) => {
    if (saving === value) return;
    saving = value;
    savingListeners.forEach((l) => l(value));
  };
  const writeNow = () => {
    timer = undefined;
    pending = pending
      .then(async () => {
        if (memory) await persistence.save(storageKeys.snapshot, memory.exportSnapshot());
      })
      .finally(() => {
        if (!timer) setSaving(false);
      });
    return pending;
  };
  const scheduleSave = () => {
    setSaving(true);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void writeNow(), saveDelay);
  };

  const memory = options.storage ? null : memoryStorage({ snapshot, onChange: scheduleSave });
  const storage: StorageAdapter = options.storage ?? (memory as StorageAdapter);
  let settings = savedSettings ?? demoSettings();
  const build = (now: () => Date = clock.now, seeding = false, on: StorageAdapter = storage) => {
    const directory = memoryDirectory(settings.organisation);
    const runtime = createRuntime({
      storage: on,
      directory,
      clock: now,
      calendars: settings.calendars,
      handlers: demoHandlers,
      publishers: [{ role: 'admin' }],
      // The history runs the demo's own expressions thousands of times in a row: a busy machine
      // must not stop one halfway (no user types these; the desk's runtime keeps the default).
      ...(seeding ? { expressionLimits: { timeoutMs: 2_000 } } : {}),
      // One process: a rebuilt runtime keeps the leases of the one it replaces.
      instanceId: 'playground',
      // Notifications: the inbox and bell of every user; e-mail and webhooks when the host
      // delivers. The simulated history notifies nobody: weeks of it would flood every inbox.
      extensions: seeding
        ? []
        : [
            notifications({
              templates: { ticketUrl: (n) => `#/ticket/${n.ticketId}` },
              ...options.notify,
            }),
            // Dashboard snapshots e-mailed on a schedule, in the desk's time zone.
            reportSnapshots({
              admins: [{ role: 'admin' }],
              timeZone: DESK_TIME_ZONE,
              dashboardUrl: () => '#/overview',
            }),
          ],
    });
    return { runtime, directory };
  };
  let current = build();

  const listeners = new Set<(event: RuntimeEvent | null) => void>();
  const emit = (event: RuntimeEvent | null) => listeners.forEach((l) => l(event));
  let offRuntime = current.runtime.subscribe(emit);
  let timerOptions: TimerLoopOptions | null = null;
  let stopTimers: (() => Promise<void>) | null = null;

  const apply = async (next: DeskSettings) => {
    settings = next;
    await persistence.save(storageKeys.settings, next);
    offRuntime();
    current = build();
    offRuntime = current.runtime.subscribe(emit);
    if (timerOptions) {
      void stopTimers?.();
      stopTimers = current.runtime.startTimers(timerOptions);
    }
    emit(null);
  };

  /** The demo workflows and schedules, and the demo history when one is asked for. */
  const seedFresh = async (): Promise<DemoHistoryReport | null> => {
    // On a database every simulated command would cost several round trips (each reads its
    // ticket's whole history for the SLA clocks): a fresh server desk is made in memory by the
    // same runtime, then copied in one transaction (copySnapshot).
    const scratch = options.storage && options.history ? memoryStorage() : null;
    const on = scratch ?? storage;
    const runtime = scratch ? build(clock.now, false, scratch).runtime : current.runtime;
    for (const def of demoWorkflows) await runtime.publish(def, { actor: DEMO_PUBLISHER });
    for (const schedule of demoSchedules) await runtime.schedules.create(schedule);
    if (!options.history) return null;
    const report = await seedDemoHistory(
      (now) => build(now, true, on).runtime,
      on,
      settings.organisation.users,
      clock.now().getTime(),
      options.history,
    );
    if (scratch) {
      const started = Date.now();
      await copySnapshot(scratch.exportSnapshot(), storage);
      report.ms += Date.now() - started;
    }
    return report;
  };
  let lastSeed: DemoHistoryReport | null = null;
  // A fresh desk (nothing published yet) gets the demo workflows and schedules.
  if ((await storage.listDefinitions()).length === 0) lastSeed = await seedFresh();

  let clockSave: Promise<void> = Promise.resolve();
  clock.subscribe(() => {
    clockSave = clockSave.then(() => persistence.save(storageKeys.clock, clock.offsetMs));
  });

  return {
    get runtime() {
      return current.runtime;
    },
    storage,
    persistence,
    get directory() {
      return current.directory;
    },
    clock,
    get settings() {
      return settings;
    },
    async updateOrganisation(next) {
      assertValidOrganisation(next);
      // A role, group or department a published workflow names cannot go.
      const published = (await storage.listDefinitions()).map((r) => r.definition);
      const issues: Issue[] = [];
      for (const [key, kind] of [
        ['roles', 'role'],
        ['groups', 'group'],
        ['departments', 'department'],
      ] as const) {
        const kept = new Set(next[key].map((e) => e.id));
        settings.organisation[key].forEach((entry, i) => {
          if (kept.has(entry.id)) return;
          const places = principalReferences(published, kind, entry.id);
          if (places.length)
            issues.push({
              path: `/${key}/${i}`,
              code: 'IN_USE',
              severity: 'error',
              message: `The ${kind} "${entry.name}" cannot be removed: it is named in the published workflow ${places.join('; ')}.`,
            });
        });
      }
      if (issues.length) throw new ValidationError(issues[0]!.message, issues);
      await apply({ ...settings, organisation: structuredClone(next) });
    },
    async removePerson(id) {
      const org = settings.organisation;
      const index = org.users.findIndex((u) => u.id === id);
      if (index < 0)
        throw new ValidationError(`"${id}" is not in the directory.`, [
          {
            path: '/users',
            code: 'NOT_FOUND',
            severity: 'error',
            message: `"${id}" is not in the directory.`,
          },
        ]);
      const published = (await storage.listDefinitions()).map((r) => r.definition);
      const reasons = personReferences(org, published, id);
      if (reasons.length) {
        const who = org.users[index]!.name ?? id;
        const message = `${who} cannot be removed: ${reasons.join('; ')}.`;
        throw new ValidationError(message, [
          { path: `/users/${index}`, code: 'IN_USE', severity: 'error', message },
        ]);
      }
      await apply({
        ...settings,
        organisation: { ...org, users: org.users.filter((u) => u.id !== id) },
      });
    },
    async saveCalendar(id, spec, name) {
      assertValidCalendar(id, spec, name);
      await apply({
        ...settings,
        calendars: { ...settings.calendars, [id]: structuredClone(spec) },
        calendarNames: { ...settings.calendarNames, [id]: name.trim() },
      });
    },
    async removeCalendar(id) {
      const calendars = { ...settings.calendars };
      delete calendars[id];
      const registry = createCalendarRegistry(calendars);
      // Every version counts: tickets still running on an old one recompute their clocks with it.
      const users = new Set<string>();
      for (const latest of await storage.listDefinitions())
        for (const r of await storage.listDefinitionVersions(latest.key))
          if (timeIssues(r.definition, registry).length)
            users.add(defaultText(r.definition, r.definition.name));
      if (users.size) {
        const names = [...users].join(', ');
        throw new ValidationError(
          `The calendar "${id}" is used by ${names}; change their SLA policies first.`,
          [
            {
              path: `/calendars/${id}`,
              code: 'IN_USE',
              severity: 'error',
              message: `Used by ${names}.`,
            },
          ],
        );
      }
      const calendarNames = { ...settings.calendarNames };
      delete calendarNames[id];
      await apply({ ...settings, calendars, calendarNames });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    startTimers(options = {}) {
      timerOptions = options;
      stopTimers = current.runtime.startTimers(options);
      return async () => {
        timerOptions = null;
        await stopTimers?.();
        stopTimers = null;
      };
    },
    get saving() {
      return saving;
    },
    async advanceClock(ms) {
      clock.advance(ms);
      return current.runtime.tick(clock.now());
    },
    tick: () => current.runtime.tick(clock.now()),
    async flush() {
      if (timer) {
        clearTimeout(timer);
        await writeNow();
      }
      await Promise.all([pending, clockSave]);
    },
    async forget() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await Promise.all([pending, clockSave]);
      await Promise.all([
        persistence.remove(storageKeys.snapshot),
        persistence.remove(storageKeys.clock),
        persistence.remove(storageKeys.settings),
      ]);
    },
    get seeded() {
      return lastSeed;
    },
    async regenerate() {
      if (!options.wipe && !memory)
        throw new Error('This desk cannot be reset: its storage came without a `wipe`.');
      const timers = timerOptions;
      await stopTimers?.();
      stopTimers = null;
      if (options.wipe) await options.wipe();
      else memory!.importSnapshot(memoryStorage().exportSnapshot());
      clock.reset();
      settings = demoSettings();
      await persistence.save(storageKeys.settings, settings);
      // A new runtime: nothing cached from the old desk (definitions, versions, scopes) remains.
      offRuntime();
      current = build();
      offRuntime = current.runtime.subscribe(emit);
      lastSeed = await seedFresh();
      if (timers) stopTimers = current.runtime.startTimers(timers);
      emit(null);
      return lastSeed;
    },
    onSaving(listener) {
      savingListeners.add(listener);
      return () => savingListeners.delete(listener);
    },
  };
}

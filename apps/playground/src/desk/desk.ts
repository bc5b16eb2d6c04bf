import {
  createRuntime,
  memoryDirectory,
  memoryStorage,
  type Directory,
  type MemorySnapshot,
  type MemoryStorage,
  type Runtime,
  type TickResult,
} from '@deskkit/runtime';
import { calendars } from '../demo/calendars';
import { organisation } from '../demo/organisation';
import { demoSchedules } from '../demo/schedules';
import { demoWorkflows } from '../demo/workflows';
import { createSimulatedClock, type SimulatedClock } from './clock';
import { demoHandlers } from './handlers';
import { storageKeys, type DeskPersistence } from './persistence';

/** The running service desk: the runtime in this page, its storage, directory and clock. */
export interface Desk {
  runtime: Runtime;
  storage: MemoryStorage;
  directory: Directory;
  clock: SimulatedClock;
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
}

export interface CreateDeskOptions {
  persistence: DeskPersistence;
  /** Debounce of saves after a change, in ms (default 120). */
  saveDelayMs?: number;
  /** Real time source (tests pin it). */
  realNow?: () => number;
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
  const [snapshot, offset] = await Promise.all([
    persistence.load<MemorySnapshot>(storageKeys.snapshot),
    persistence.load<number>(storageKeys.clock),
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
      .then(() => persistence.save(storageKeys.snapshot, storage.exportSnapshot()))
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

  const storage = memoryStorage({ snapshot, onChange: scheduleSave });
  const directory = memoryDirectory(organisation);
  const runtime = createRuntime({
    storage,
    directory,
    clock: clock.now,
    calendars,
    handlers: demoHandlers,
    publishers: [{ role: 'admin' }],
  });

  if (!snapshot) {
    for (const def of demoWorkflows) await runtime.publish(def, { actor: DEMO_PUBLISHER });
    for (const schedule of demoSchedules) await runtime.schedules.create(schedule);
  }

  let clockSave: Promise<void> = Promise.resolve();
  clock.subscribe(() => {
    clockSave = clockSave.then(() => persistence.save(storageKeys.clock, clock.offsetMs));
  });

  return {
    runtime,
    storage,
    directory,
    clock,
    get saving() {
      return saving;
    },
    async advanceClock(ms) {
      clock.advance(ms);
      return runtime.tick(clock.now());
    },
    tick: () => runtime.tick(clock.now()),
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
      ]);
    },
    onSaving(listener) {
      savingListeners.add(listener);
      return () => savingListeners.delete(listener);
    },
  };
}

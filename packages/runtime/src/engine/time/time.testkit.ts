/** Fixtures of the time integration tests (not exported from the package). */
import type { SlaPolicy, WorkflowDefinition } from '../../definition/definition.types';
import { memoryDirectory } from '../../directory/memory';
import type { EngineOptions } from '../runtime';
import { createRuntime } from '../runtime';
import { USERS, chain, task } from '../testkit';
import type { StorageAdapter } from '../../storage/storage.types';
import { memoryStorage } from '../../storage/memory/memory';

export const T0 = Date.parse('2026-11-23T09:00:00.000Z');
export const M = 60_000;
export const H = 60 * M;

/** A runtime on memory adapters with a hand-driven clock (the time extension is built in). */
export function timeSetup(options: EngineOptions & { storage?: StorageAdapter } = {}) {
  let now = T0;
  const storage = options.storage ?? memoryStorage({ clock: () => now });
  const runtime = createRuntime({
    directory: memoryDirectory({ users: USERS }),
    clock: () => new Date(now),
    publishers: 'anyone',
    ...options,
    storage,
  });
  return {
    runtime,
    storage,
    advance: (ms: number) => {
      now += ms;
    },
    set: (ms: number) => {
      now = ms;
    },
    now: () => new Date(now),
  };
}

export const standard: SlaPolicy = {
  id: 'std',
  name: 'Standard',
  targets: { response: 'PT1H', resolution: 'PT4H' },
  warnAt: [50, 75],
  onWarn: [{ type: 'notify', to: [{ user: 'max' }], message: 'SLA at risk' }],
  onBreach: [{ type: 'raisePriority' }, { type: 'assign', to: [{ group: 'cab' }] }],
};

/** start → fix (eve) → end, with SLA policies and extras. */
export function desk(extra: Partial<WorkflowDefinition> = {}): WorkflowDefinition {
  return chain(
    'desk',
    [
      task(
        'fix',
        { strategy: 'fixed', to: [{ user: 'eve' }] },
        { actions: ['submit', 'comment', 'hold', 'resume', 'urge', 'reassign'] },
      ),
    ],
    { sla: [standard], ...extra },
  );
}

import { describe, expect } from 'vitest';
import type { WorkflowDefinition } from '../definition/definition.types';
import { memoryDirectory } from '../directory/memory';
import { createRuntime } from '../engine/runtime';
import { ConflictError, PermissionError } from '../errors/errors';
import type { StorageAdapter } from '../storage/storage.types';
import { uid } from './fixtures';

type Test = (group: string, title: string, fn: (s: StorageAdapter) => Promise<void>) => void;

function queueWorkflow(key: string): WorkflowDefinition {
  return {
    schemaVersion: 1,
    key,
    name: 'Race',
    form: { schema: { type: 'object', properties: { summary: { type: 'string' } } } },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'triage', type: 'task', assign: { strategy: 'claim', to: [{ group: 'desk' }] } },
      { id: 'end', type: 'end' },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'triage' },
      { id: 'e2', from: 'triage', to: 'end' },
    ],
  };
}

/**
 * The adapter under two runtimes: a command that loses a race on one ticket surfaces as
 * `ConflictError`. `between` runs the winner's command after the loser has read the ticket and
 * before it reads the work items, so the loser sees the winner's items beside its older ticket
 * (with `loadTicket`, which reads both at once, right after that read).
 */
export function describeRuntimeRaces(test: Test): void {
  describe('runtime over the adapter', () => {
    test('runtime', 'gives the loser of a race on one ticket a ConflictError', async (s) => {
      let between: (() => Promise<void>) | undefined;
      const interleaved = new Proxy(s, {
        get(target, prop) {
          if (prop === 'listWorkItems') {
            return async (query: Parameters<StorageAdapter['listWorkItems']>[0]) => {
              const winner = between;
              between = undefined;
              if (winner) await winner();
              return target.listWorkItems(query);
            };
          }
          // An adapter that reads ticket and work items at once: the winner runs right after.
          if (prop === 'loadTicket' && target.loadTicket) {
            const load = target.loadTicket.bind(target);
            return async (id: string) => {
              const read = await load(id);
              const winner = between;
              between = undefined;
              if (winner) await winner();
              return read;
            };
          }
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        },
      });
      const directory = memoryDirectory({
        users: [{ id: 'ann' }, { id: 'kim', groups: ['desk'] }, { id: 'eve', groups: ['desk'] }],
      });
      const loser = createRuntime({ storage: interleaved, directory, publishers: 'anyone' });
      const winner = createRuntime({ storage: s, directory });
      const key = uid('race');
      await loser.publish(queueWorkflow(key), { actor: 'admin' });

      // With expectedVersion the caller owns the conflict.
      const t1 = await loser.startTicket({ workflow: key, actor: 'ann', data: {} });
      between = async () => {
        await winner.act({ ticket: t1.id, action: 'claim', actor: 'eve' });
      };
      const lost = await loser
        .act({ ticket: t1.id, action: 'claim', actor: 'kim', expectedVersion: t1.version })
        .catch((e: unknown) => e);
      expect(between).toBeUndefined(); // the winner did run in between
      expect(lost).toBeInstanceOf(ConflictError);
      expect(lost).toMatchObject({ expectedVersion: t1.version, actualVersion: t1.version + 1 });

      // Without it the runtime re-runs the command on the fresh state, which refuses for the
      // real reason: the work is eve's now.
      const t2 = await loser.startTicket({ workflow: key, actor: 'ann', data: {} });
      between = async () => {
        await winner.act({ ticket: t2.id, action: 'claim', actor: 'eve' });
      };
      const refused = await loser
        .act({ ticket: t2.id, action: 'claim', actor: 'kim' })
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(PermissionError);
      expect((await s.listWorkItems({ ticketId: t2.id, state: ['open'] }))[0]?.assignee).toBe(
        'eve',
      );
    });
  });
}

// Hostile input through every public method: whatever a caller passes (wrong types, nulls, huge
// numbers, cyclic-free junk), a refusal is a typed DeskkitError with a code, never a TypeError or
// RangeError from deep inside the engine.
import fc from 'fast-check';
import { memoryDirectory } from '../directory/memory';
import { DeskkitError } from '../errors/errors';
import { createRuntime } from '../engine/runtime';
import type { Runtime } from '../engine/runtime.types';
import { USERS } from '../engine/testkit';
import { chain, task } from '../engine/testkit';

const junk = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(null, undefined, 0, -1, 1e308, Number.NaN, '', 'x'.repeat(300), [], {}, true),
);

async function outcome(run: () => unknown): Promise<unknown> {
  try {
    await run();
    return null;
  } catch (e) {
    return e;
  }
}

function expectTyped(e: unknown, call: string): void {
  if (e === null) return;
  if (!(e instanceof DeskkitError)) {
    throw new Error(`${call} let an untyped error escape: ${String(e)}`, { cause: e });
  }
  expect(typeof e.code).toBe('string');
}

describe('hostile input', () => {
  let runtime: Runtime;
  let ticketId: string;
  beforeAll(async () => {
    runtime = createRuntime({
      directory: memoryDirectory({ users: USERS }),
      publishers: 'anyone',
    });
    const def = chain('hostile', [task('review', { strategy: 'fixed', to: [{ user: 'eve' }] })]);
    await runtime.publish(def, { actor: 'ann' });
    ticketId = (
      await runtime.startTicket({ workflow: def.key, actor: 'ann', data: { summary: 'VPN' } })
    ).id;
  });

  it('every client method answers junk with a typed error', async () => {
    const client = () => runtime.client('ann');
    await fc.assert(
      fc.asyncProperty(junk, junk, junk, async (a, b, c) => {
        const as = <T>(v: unknown) => v as T;
        const calls: Array<[string, () => unknown]> = [
          ['startTicket', () => client().startTicket(as({ workflow: a, data: b, template: c }))],
          ['startTicket(raw)', () => client().startTicket(as(a))],
          ['act', () => client().act(as({ ticket: ticketId, action: a, data: b, to: c }))],
          ['act(ticket)', () => client().act(as({ ticket: a, action: 'comment', comment: b }))],
          ['act(raw)', () => client().act(as(a))],
          ['viewTicket', () => client().viewTicket(as(a))],
          ['history', () => client().history(as(a))],
          ['tasks', () => client().tasks(as(a))],
          ['listTickets', () => client().listTickets(as(a))],
          ['listTickets(where)', () => client().listTickets(as({ where: a, sort: b, limit: c }))],
          ['aggregate', () => client().aggregate(as(a))],
          ['aggregate(groupBy)', () => client().aggregate(as({ groupBy: a, metric: b }))],
          ['getDefinition', () => client().getDefinition(as(a), as(b))],
          ['publish', () => client().publish(as(a))],
          ['eventsSince', () => client().eventsSince(as(a), as(b))],
          ['client(actor)', () => runtime.client(as(a)).listTickets()],
          ['runtime.getTicket', () => runtime.getTicket(as(a))],
          ['runtime.listTickets', () => runtime.listTickets(as(a))],
          ['runtime.viewTicket', () => runtime.viewTicket(as(a), as(b))],
          ['runtime.tasks', () => runtime.tasks(as(a), as(b))],
          ['runtime.act', () => runtime.act(as({ ticket: a, action: b, actor: c }))],
          ['runtime.startTicket', () => runtime.startTicket(as(a))],
          ['runtime.schedules.create', () => runtime.schedules.create(as(a))],
        ];
        for (const [call, run] of calls) expectTyped(await outcome(run), call);
      }),
      { numRuns: 150 },
    );
  });
});

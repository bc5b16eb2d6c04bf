import type { RuntimeExtension, StorageAdapter, Timer } from '../index';
import { memoryStorage } from '../index';
import { M, desk, standard, timeSetup } from './time/time.testkit';
import { chain, setup, task, testClock } from './testkit';

/**
 * Storage whose `completeTimer` fails the first `failures` times: a process that dies after a
 * timer's command committed and before it completed the timer. The lease then expires and a later
 * tick fires the timer again.
 */
function crashingBeforeComplete(failures: number): StorageAdapter {
  const inner = memoryStorage({ clock: testClock });
  let left = failures;
  const wrapped = new Proxy(inner, {
    get(target, prop) {
      if (prop === 'completeTimer') {
        return async (...args: Parameters<StorageAdapter['completeTimer']>) => {
          if (left > 0) {
            left--;
            throw new Error('process died before completeTimer');
          }
          return target.completeTimer(...args);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  return wrapped;
}

/** A host extension with a timer that is not idempotent on its own: each firing emits an event. */
const reminder: RuntimeExtension = {
  name: 'reminder',
  beforeCommit(s, ctx) {
    if (!ctx.eventsOf(s.ticket.id).some((e) => e.type === 'created')) return;
    const timer: Timer = {
      id: `remind:${s.ticket.id}`,
      kind: 'remind',
      dueAt: new Date(ctx.now.getTime() + 60_000).toISOString(),
      ticketId: s.ticket.id,
      payload: {},
    };
    ctx.scheduleTimer(timer);
  },
  timers: {
    async remind(timer, ctx) {
      const s = await ctx.load(timer.ticketId!);
      ctx.emit(s, { type: 'notified', detail: { reason: 'reminder', to: ['eve'] } });
    },
  },
};

describe('tick after a crash between a firing and completeTimer', () => {
  it('commits each timer firing once: the repeat carries the same request id', async () => {
    const storage = crashingBeforeComplete(1);
    const errors: unknown[] = [];
    const e = setup({ storage, extensions: [reminder], onError: (err) => errors.push(err) });
    await e.runtime.publish(
      chain('rem', [task('fix', { strategy: 'fixed', to: [{ user: 'eve' }] })]),
      { actor: 'admin' },
    );
    const t = await e.runtime.startTicket({
      workflow: 'rem',
      actor: 'ann',
      data: { summary: 's' },
    });

    e.advance(61_000);
    expect(await e.runtime.tick()).toMatchObject({ fired: 0, failed: 1 }); // committed, then died
    expect(errors).toHaveLength(1);
    e.advance(31_000); // the dead process's lease (30 s) has expired: the timer is due again
    expect(await e.runtime.tick()).toMatchObject({ fired: 1, failed: 0 });
    expect(await e.runtime.tick()).toMatchObject({ fired: 0, failed: 0 }); // and it is gone

    const reminders = (await e.runtime.history(t.id)).filter((h) => h.type === 'notified');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.requestId).toBe(`timer:remind:${t.id}:2026-11-23T09:01:00.000Z`);
  });

  it('fires an SLA warning and its actions once', async () => {
    const e = timeSetup({ storage: crashingBeforeComplete(1), onError: () => {} });
    await e.runtime.publish(desk(), { actor: 'admin' });
    const t = await e.runtime.startTicket({
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 's' },
    });
    e.advance(31 * M); // past 50 % of the 1 h response target
    expect(await e.runtime.tick()).toMatchObject({ failed: 1 });
    e.advance(M);
    await e.runtime.tick();
    const history = await e.runtime.history(t.id);
    expect(history.filter((h) => h.type === 'slaWarning')).toHaveLength(1);
    expect(history.filter((h) => h.type === 'notified')).toHaveLength(1); // the onWarn notify
  });

  it('gives host handlers the firing request id, so their own side effects can be deduplicated', async () => {
    const seen: Array<string | undefined> = [];
    const e = timeSetup({
      storage: crashingBeforeComplete(1),
      onError: () => {},
      handlers: {
        page: (_input, context) => {
          seen.push(context.requestId);
        },
      },
    });
    const policy = { ...standard, onWarn: [{ type: 'call' as const, handler: 'page' }] };
    await e.runtime.publish(desk({ sla: [policy] }), { actor: 'admin' });
    const t = await e.runtime.startTicket({
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 's' },
    });
    e.advance(31 * M);
    await e.runtime.tick();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(new RegExp(`^timer:sla:${t.id}:`));
  });
});

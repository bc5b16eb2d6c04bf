import { memoryStorage } from '../../storage/memory/memory';
import { M, T0, desk, timeSetup } from './time.testkit';

describe('timers shared by several runtime processes', () => {
  it('two runtimes on one storage ticking at the same time fire every timer exactly once', async () => {
    const storage = memoryStorage();
    const a = timeSetup({ storage, instanceId: 'a' });
    const b = timeSetup({ storage, instanceId: 'b' });
    const def = desk({
      autoClose: 'PT1H',
      nodes: [
        { id: 'start', type: 'start' },
        { id: 'wait', type: 'timer', timer: { duration: 'PT30M' } },
        { id: 'fix', type: 'task', assign: { strategy: 'fixed', to: [{ user: 'eve' }] } },
        { id: 'end', type: 'end' },
      ],
      edges: [
        { id: 'e1', from: 'start', to: 'wait' },
        { id: 'e2', from: 'wait', to: 'fix' },
        { id: 'e3', from: 'fix', to: 'end' },
      ],
    });
    await a.runtime.publish(def, { actor: 'admin' });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      ids.push(
        (
          await a.runtime.startTicket({
            workflow: 'desk',
            actor: 'ann',
            data: { summary: `#${i}` },
          })
        ).id,
      );
    }
    const fired: number[] = [];
    // Step through the day; both processes tick at every step, at the same time.
    for (let step = 1; step <= 12; step++) {
      a.set(T0 + step * 30 * M);
      b.set(T0 + step * 30 * M);
      const [ra, rb] = await Promise.all([a.runtime.tick(), b.runtime.tick()]);
      fired.push(ra.fired + rb.fired);
      expect(ra.failed + rb.failed).toBe(0);
      if (step === 4) {
        // At 11:00 Eve finishes the even tickets: resolved, auto-closed an hour later.
        for (const id of ids.filter((_, i) => i % 2 === 0)) {
          await a.runtime.act({ ticket: id, action: 'submit', actor: 'eve' });
        }
      }
    }
    for (const [i, id] of ids.entries()) {
      const history = await a.runtime.history(id);
      const count = (type: string) => history.filter((e) => e.type === type).length;
      const ticket = await a.runtime.getTicket(id);
      expect(count('timerFired')).toBe(1);
      if (i % 2 === 0) {
        // Response 50 % (09:30), its breach (10:00, its 75 % is skipped as late), resolution 50 % (11:00).
        expect([count('slaWarning'), count('slaBreached'), count('slaMet')]).toEqual([2, 1, 1]);
        expect(ticket.status).toBe('closed');
        expect(history.filter((e) => e.detail?.type === 'autoClose')).toHaveLength(1);
      } else {
        // ... and resolution 75 % (12:00) and breach (13:00).
        expect([count('slaWarning'), count('slaBreached')]).toEqual([3, 2]);
        expect(ticket.status).toBe('open');
      }
    }
    // Per ticket: the timer node, and SLA timers at 09:30, 10:00, 11:00 (+ 12:00 and 13:00 for the
    // odd ones, + the auto-close at 12:00 for the even ones): every one fired once, by one process.
    expect(fired.reduce((x, y) => x + y, 0)).toBe(20 * 4 + 10 * 2 + 10 * 1);
    expect(await storage.listTimers()).toEqual([]);
  });

  it('a process that dies holding a timer loses nothing: its lease runs out and another fires it', async () => {
    // Leases run on the store's clock: here the same hand-driven clock.
    const storage = memoryStorage({ clock: () => live.now().getTime() });
    const live = timeSetup({ storage, instanceId: 'live' });
    await live.runtime.publish(desk(), { actor: 'admin' });
    const t = await live.runtime.startTicket({
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 'VPN' },
    });
    live.set(T0 + 31 * M);
    // A process claims the due SLA timer, then dies before firing it.
    const claimed = await storage.claimDueTimers(live.now(), 'dead', 30_000, 10);
    expect(claimed.map((l) => l.timer.id)).toEqual([`sla:${t.id}`]);
    expect(await live.runtime.tick()).toEqual({ fired: 0, failed: 0 });
    live.set(T0 + 31 * M + 31_000);
    expect(await live.runtime.tick()).toEqual({ fired: 1, failed: 0 });
    const warnings = (await live.runtime.history(t.id)).filter((e) => e.type === 'slaWarning');
    expect(warnings).toHaveLength(1);
  });
});

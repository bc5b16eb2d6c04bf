import { createRuntime } from './runtime';
import { chain, setup, task } from './testkit';

describe('runtime.eventsSince / eventsHead', () => {
  it('reads what was committed after a cursor, with positions and the current ticket, across runtimes', async () => {
    const { runtime, storage } = setup();
    await runtime.publish(
      chain('feed', [task('triage', { strategy: 'fixed', to: [{ user: 'eve' }] })]),
      {
        actor: 'admin',
      },
    );
    const head = await runtime.eventsHead();
    const t = await runtime.startTicket({
      workflow: 'feed',
      actor: 'ann',
      data: { summary: 'VPN' },
    });
    // Another runtime on the same storage (another process, in production) reads the same feed.
    const other = createRuntime({ storage });
    const page = await other.eventsSince(head);
    expect(page.events.map((e) => e.type)).toEqual(
      (await runtime.history(t.id)).map((e) => e.type),
    );
    expect(page.events.every((e) => typeof e.position === 'string' && e.ticket.id === t.id)).toBe(
      true,
    );
    expect(page.cursor).toBe(page.events[page.events.length - 1]?.position);

    const [item] = await runtime.tasks('eve');
    await runtime.act({ ticket: t.id, action: 'submit', actor: 'eve', workItem: item?.id });
    const next = await other.eventsSince(page.cursor, 1);
    expect(next.events).toHaveLength(1);
    expect(next.events[0]?.ticket.status).toBe('resolved');
    const rest = await other.eventsSince(next.cursor);
    expect(rest.events.length).toBeGreaterThan(0);
    expect(await other.eventsSince(rest.cursor)).toEqual({ events: [], cursor: rest.cursor });
    expect(await runtime.eventsHead()).toBe(rest.cursor);
  });
});

// @vitest-environment node
// Closing the server while a notification tick is in flight: the tick finishes on an open
// storage, and only then is the storage closed (no "PGlite is closed" in the log).
import { startTestServer } from './testServer';

it('waits for the notification tick in flight before it closes the storage', async () => {
  const server = await startTestServer();
  const { desk } = server.app;
  const order: string[] = [];
  const ticks: Array<Promise<unknown>> = [];
  let started!: () => void;
  const inFlight = new Promise<void>((resolve) => (started = resolve));
  const tick = desk.tick.bind(desk);
  desk.tick = () => {
    const run = tick().finally(() => order.push('tick settled'));
    ticks.push(run);
    started();
    return run;
  };
  // A storage that answers the tick's timer claims in a quarter of a second, as a busy database
  // may: the tick is still running when the server is told to close.
  const claim = desk.storage.claimDueTimers.bind(desk.storage);
  desk.storage.claimDueTimers = async (...args) => {
    await new Promise((resolve) => setTimeout(resolve, 250));
    return claim(...args);
  };
  const closeStorage = desk.storage.close?.bind(desk.storage);
  desk.storage.close = async () => {
    order.push('storage closed');
    await closeStorage?.();
  };
  const warn = vi.spyOn(console, 'warn');
  try {
    const alice = await server.signIn('alice');
    const raised = await server.call(alice, 'POST', '/api/tickets', {
      workflow: 'incident',
      data: { summary: 'Printer on floor 2 jams', priority: 'P3', category: 'hardware' },
    });
    expect(raised.status).toBe(201);
    // The command's event schedules a tick that delivers its notifications: close during it.
    await inFlight;
    await server.close();

    expect(await Promise.allSettled(ticks)).toEqual(
      ticks.map(() => expect.objectContaining({ status: 'fulfilled' })),
    );
    expect(order).toEqual([...ticks.map(() => 'tick settled'), 'storage closed']);
    expect(warn).not.toHaveBeenCalledWith(
      'Deskkit playground: delivering notifications failed',
      expect.anything(),
    );
  } finally {
    warn.mockRestore();
  }
}, 120_000);

// @vitest-environment node
import { PGlite } from '@electric-sql/pglite';
import type { MemoryStorage, StorageAdapter, Ticket } from '@deskkit/runtime';
import { postgresStorage, type PostgresStorage } from '@deskkit/runtime/postgres';
import { copySnapshot } from './copySnapshot';
import { createDesk } from './desk';
import { memoryPersistence, storagePersistence } from './persistence';

const NOW = Date.parse('2026-12-07T10:00:00.000Z');
const history = { days: 6, perDay: 5 };

async function pglite(): Promise<PostgresStorage> {
  const storage = postgresStorage({ client: await PGlite.create(), closeClient: true });
  await storage.migrate();
  return storage;
}

async function everyTicket(storage: StorageAdapter): Promise<Ticket[]> {
  const out: Ticket[] = [];
  for (let after: string | undefined; ;) {
    const page = await storage.queryTickets({ limit: 200, ...(after ? { after } : {}) });
    out.push(...page.tickets);
    if (!page.next) return out.sort((a, b) => a.number.localeCompare(b.number));
    after = page.next;
  }
}

/** Everything a desk holds about its tickets, as a person (or a report) would read it. */
async function contents(storage: StorageAdapter) {
  const tickets = await everyTicket(storage);
  return {
    definitions: (await storage.listDefinitions()).map((d) => [d.key, d.version]),
    tickets,
    history: await Promise.all(tickets.map((t) => storage.history(t.id))),
    workItems: await Promise.all(
      tickets.map((t) =>
        storage.listWorkItems({ ticketId: t.id, state: ['open', 'done', 'cancelled'] }),
      ),
    ),
    timers: (await storage.listTimers()).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

describe('a server desk seeded in memory and copied', () => {
  it('copySnapshot writes every ticket, event, work item, timer, definition, state and counter', async () => {
    const desk = await createDesk({
      persistence: memoryPersistence(),
      saveDelayMs: 0,
      realNow: () => NOW,
      history,
    });
    const memory = desk.storage as MemoryStorage;
    const snapshot = memory.exportSnapshot();
    expect(snapshot.tickets.length).toBeGreaterThan(10);
    const pg = await pglite();
    try {
      await copySnapshot(snapshot, pg);
      expect(await contents(pg)).toEqual(await contents(memory));
      for (const key of Object.keys(snapshot.state))
        expect((await pg.getState(key))?.value).toEqual(snapshot.state[key]!.value);
      // Ticket numbers go on from the same place.
      for (const name of Object.keys(snapshot.counters))
        expect(await pg.nextSequence(name)).toBe(await memory.nextSequence(name));
    } finally {
      await pg.close();
    }
  }, 120_000);

  it('a fresh PGlite desk has the same history as an in-memory desk seeded alike', async () => {
    const memoryDesk = await createDesk({
      persistence: memoryPersistence(),
      saveDelayMs: 0,
      realNow: () => NOW,
      history,
    });
    const pg = await pglite();
    try {
      const pgDesk = await createDesk({
        persistence: storagePersistence(pg),
        storage: pg,
        realNow: () => NOW,
        history,
      });
      expect(pgDesk.seeded).toMatchObject({
        tickets: memoryDesk.seeded!.tickets,
        commands: memoryDesk.seeded!.commands,
        stalled: 0,
      });
      // Ids differ between two runs (they carry the real time); what each ticket went through does not.
      const seen = async (storage: StorageAdapter) =>
        Promise.all(
          (await everyTicket(storage)).map(async (t) => ({
            number: t.number,
            workflow: t.workflow,
            status: t.status,
            // The password-reset handler makes a random link each time.
            data: { ...t.data, resetLink: typeof t.data.resetLink },
            sla: t.sla,
            history: (await storage.history(t.id)).map((e) => [e.type, e.at, e.actor, e.seq]),
          })),
        );
      expect(await seen(pg)).toEqual(await seen(memoryDesk.storage));
      const report = async (storage: StorageAdapter) =>
        storage.aggregateTickets({ groupBy: ['workflow', 'status'], metric: 'slaMetRate' });
      expect(await report(pg)).toEqual(await report(memoryDesk.storage));
    } finally {
      await pg.close();
    }
  }, 180_000);
});

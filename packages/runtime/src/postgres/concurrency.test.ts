import type { Ticket } from '../model/ticket.types';
import { ConflictError } from '../errors/errors';
import type { PostgresStorage } from './postgres.types';
import { NEEDS_SERVER, SERVER_URL, serverDatabase, type TestDatabase } from './testDatabases';
import { fireTimer } from './timerWorker';

const INSTANCES = 4;

function ticket(id: string, number: string): Ticket {
  const now = new Date().toISOString();
  return {
    id,
    number,
    workflow: { key: 'race', version: 1 },
    status: 'open',
    data: { count: 0 },
    active: [],
    version: 1,
    requester: 'ann',
    createdAt: now,
    updatedAt: now,
    children: [],
    sla: [],
    tokens: [],
    approvals: {},
    assignees: [],
    trail: [],
    historySeq: 0,
  };
}

/** Read, change, commit at the version read: the unit of work of every runtime command. */
async function increment(s: PostgresStorage, id: string, who: string): Promise<'ok' | 'conflict'> {
  const t = await s.getTicket(id);
  if (!t) throw new Error(`no ticket ${id}`);
  const seq = (t.historySeq ?? 0) + 1;
  try {
    await s.commit({
      tickets: [
        {
          ticket: {
            ...t,
            version: t.version + 1,
            historySeq: seq,
            data: { ...t.data, count: Number(t.data.count) + 1 },
          },
          expectedVersion: t.version,
        },
      ],
      events: [
        {
          id: `${id}-${seq}`,
          ticketId: id,
          seq,
          at: new Date().toISOString(),
          type: 'fieldsChanged',
          actor: who,
        },
      ],
    });
    return 'ok';
  } catch (err) {
    if (err instanceof ConflictError) return 'conflict';
    throw err;
  }
}

describe.skipIf(!SERVER_URL)(
  `concurrency: ${INSTANCES} processes' pools on one PostgreSQL server${NEEDS_SERVER}`,
  () => {
    // One pool per simulated runtime process: transactions really interleave on the server.
    const dbs: TestDatabase[] = [];
    let nodes: PostgresStorage[] = [];
    beforeAll(async () => {
      const first = await serverDatabase(SERVER_URL!, 3);
      await first.storage().migrate();
      dbs.push(first);
      for (let i = 1; i < INSTANCES; i++) {
        dbs.push(await serverDatabase(SERVER_URL!, 3, first.schema));
      }
      nodes = dbs.map((d) => d.storage());
    }, 60_000);
    afterAll(async () => {
      await dbs[0]?.dispose();
      for (const d of dbs.slice(1)) await d.storage().driver.end?.();
    });

    it('numbers every ticket uniquely when all instances create at once', async () => {
      const created = await Promise.all(
        nodes.flatMap((s, i) =>
          Array.from({ length: 25 }, async (_, j) => {
            const n = await s.nextSequence('race-number');
            const t = ticket(`race-${i}-${j}`, `RACE-${String(n).padStart(4, '0')}`);
            await s.commit({ tickets: [{ ticket: t, expectedVersion: null }], events: [] });
            return t.number;
          }),
        ),
      );
      expect(new Set(created).size).toBe(100);
      const page = await nodes[0]!.queryTickets({ workflow: ['race'], limit: 1000 });
      expect(page.total).toBe(100);
    }, 60_000);

    it('loses no update: concurrent commits on the same tickets either apply or raise ConflictError', async () => {
      const ids = ['race-0-0', 'race-1-0', 'race-2-0'];
      const tally = { ok: 0, conflict: 0 };
      const perTicket = new Map(ids.map((id) => [id, 0]));
      await Promise.all(
        nodes.flatMap((s, i) =>
          Array.from({ length: 3 }, async (_, lane) => {
            for (let k = 0; k < 20; k++) {
              const id = ids[(k + lane + i) % ids.length]!;
              const r = await increment(s, id, `node-${i}`);
              tally[r]++;
              if (r === 'ok') perTicket.set(id, perTicket.get(id)! + 1);
            }
          }),
        ),
      );
      expect(tally.ok + tally.conflict).toBe(INSTANCES * 3 * 20);
      expect(tally.conflict).toBeGreaterThan(0); // the race really happened
      for (const id of ids) {
        const t = await nodes[1]!.getTicket(id);
        const h = await nodes[2]!.history(id);
        expect(t?.data.count).toBe(perTicket.get(id));
        expect(t?.version).toBe(1 + perTicket.get(id)!);
        expect(h.map((e) => e.seq)).toEqual(
          Array.from({ length: perTicket.get(id)! }, (_, i) => i + 1),
        );
      }
    }, 60_000);

    it('fires every timer exactly once when all instances tick at once', async () => {
      const timers = Array.from({ length: 120 }, (_, i) => ({
        id: `race-timer-${i}`,
        kind: 'test',
        dueAt: new Date(Date.now() - 1000).toISOString(),
        ticketId: `race-${i % 4}-1`,
        payload: {},
      }));
      const carrier = await nodes[0]!.getTicket('race-0-1');
      await nodes[0]!.commit({
        tickets: [
          {
            ticket: { ...carrier!, version: carrier!.version + 1 },
            expectedVersion: carrier!.version,
          },
        ],
        events: [],
        timers: { schedule: timers },
      });
      const firedBy = new Map<string, string[]>();
      await Promise.all(
        nodes.map(async (s, i) => {
          for (;;) {
            const leases = await s.claimDueTimers(new Date(), `node-${i}`, 30_000, 7);
            if (!leases.length) break;
            for (const l of leases) {
              // Every claim is recorded, applied or not: a timer claimed twice would show here.
              firedBy.set(l.timer.id, [...(firedBy.get(l.timer.id) ?? []), `node-${i}`]);
              expect(await fireTimer(s, l)).toBe(true);
            }
          }
        }),
      );
      expect(firedBy.size).toBe(120);
      expect([...firedBy.values()].every((owners) => owners.length === 1)).toBe(true);
      expect(new Set([...firedBy.values()].flat()).size).toBeGreaterThan(1); // work was shared
      expect(await nodes[3]!.listTimers()).toEqual([]);
      let events = 0;
      for (let i = 0; i < 4; i++)
        events += (await nodes[0]!.history(`race-${i}-1`)).filter(
          (e) => e.type === 'timerFired',
        ).length;
      expect(events).toBe(120);
    }, 60_000);
  },
);

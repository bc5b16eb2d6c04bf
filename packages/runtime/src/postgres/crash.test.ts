import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Ticket } from '../model/ticket.types';
import { NEEDS_SERVER, SERVER_URL, serverDatabase, type TestDatabase } from './testDatabases';
import { fireTimer } from './timerWorker';

const worker = fileURLToPath(new URL('./timerWorker.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));

const TICKETS = 8;
const TIMERS = 40;
// Leases run on the database's clock: long enough that a slow, loaded machine never sees the
// worker's lease end before the first check below, short enough to wait for.
const LEASE_MS = 8_000;

function ticket(i: number): Ticket {
  const now = new Date().toISOString();
  return {
    id: `crash-${i}`,
    number: `CR-${i}`,
    workflow: { key: 'crash', version: 1 },
    status: 'open',
    data: {},
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

/** Starts the worker and resolves with its output lines once it prints a line matching `until`. */
function runWorker(db: TestDatabase, stallAfter: number) {
  const child = spawn(
    tsx,
    [worker, SERVER_URL!, db.schema, 'doomed', String(LEASE_MS), String(stallAfter)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const stalled = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      if (line.startsWith('stalled ')) resolve(line.slice(8));
    });
    child.on('exit', (code) =>
      reject(new Error(`worker exited (${code}) before stalling: ${stderr}`)),
    );
  });
  return { child, lines, stalled };
}

describe.skipIf(!SERVER_URL)(
  'crash: a process killed while firing timers (PostgreSQL server)' + NEEDS_SERVER,
  () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await serverDatabase(SERVER_URL!);
      const s = db.storage();
      await s.migrate();
      const tickets = Array.from({ length: TICKETS }, (_, i) => ticket(i));
      const timers = Array.from({ length: TIMERS }, (_, i) => ({
        id: `crash-timer-${String(i).padStart(2, '0')}`,
        kind: 'test',
        dueAt: new Date(Date.now() - 60_000 + i).toISOString(),
        ticketId: `crash-${i % TICKETS}`,
        payload: {},
      }));
      await s.commit({
        tickets: tickets.map((t) => ({ ticket: t, expectedVersion: null })),
        events: [],
        timers: { schedule: timers },
      });
    }, 60_000);
    afterAll(async () => db?.dispose());

    it('another process takes over after the lease: nothing lost, nothing fired twice', async () => {
      const s = db.storage();
      const { child, lines, stalled } = runWorker(db, 10);
      // The worker has committed its 10th timer and not yet completed it: kill it right there.
      const half = await stalled;
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      expect(lines[0]).toBe(`claimed ${TIMERS}`);
      expect(lines.filter((l) => l.startsWith('fired '))).toHaveLength(9);

      // While the dead worker's lease runs, nobody else may take its timers, even a process whose
      // clock runs an hour ahead (leases are judged on the database's clock).
      expect(
        await s.claimDueTimers(new Date(Date.now() + 3_600_000), 'survivor', LEASE_MS, 1000),
      ).toEqual([]);
      const left = await s.listTimers();
      expect(left).toHaveLength(TIMERS - 9);
      expect(left.map((t) => t.id)).toContain(half);

      // After the lease has expired on the database's clock the survivor claims what is left.
      let leases: Awaited<ReturnType<typeof s.claimDueTimers>> = [];
      for (let tries = 0; leases.length === 0 && tries < 200; tries++) {
        await new Promise((r) => setTimeout(r, 100));
        leases = await s.claimDueTimers(new Date(), 'survivor', 60_000, 1000);
      }
      expect(leases).toHaveLength(TIMERS - 9);
      const applied = await Promise.all(leases.map((l) => fireTimer(s, l)));
      // The timer committed just before the kill is recognised by its request id, not fired again.
      expect(applied.filter((a) => !a)).toHaveLength(1);
      expect(await s.listTimers()).toEqual([]);

      const fired = new Map<string, number>();
      let total = 0;
      for (let i = 0; i < TICKETS; i++) {
        const t = await s.getTicket(`crash-${i}`);
        total += Number(t?.data.fired ?? 0);
        for (const e of await s.history(`crash-${i}`)) {
          const id = String(e.detail?.timer);
          fired.set(id, (fired.get(id) ?? 0) + 1);
        }
      }
      expect(total).toBe(TIMERS);
      expect(fired.size).toBe(TIMERS);
      expect([...fired.values()].every((n) => n === 1)).toBe(true);
    }, 60_000);
  },
);

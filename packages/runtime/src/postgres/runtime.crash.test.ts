import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { memoryDirectory } from '../directory/memory';
import { createRuntime } from '../engine/runtime';
import type { Runtime } from '../engine/runtime.types';
import { postgresStorage } from './postgres';
import { USERS, WAIT_WORKFLOW } from './runtimeWorker';
import { NEEDS_SERVER, SERVER_URL, randomSchema } from './testDatabases';

const worker = fileURLToPath(new URL('./runtimeWorker.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));
const HOUR = 3_600_000;
// The worker's clock runs 2 h 10 min ahead of the survivor's; leases run on the database's clock,
// so that difference never lets the survivor take over a lease the worker still holds.
const WORKER_AHEAD = 2 * HOUR + 10 * 60_000;
const WORKER_LEASE_MS = 8_000;
const TICKETS = 12;

describe.skipIf(!SERVER_URL)(
  `crash: a runtime process killed while firing timers${NEEDS_SERVER}`,
  () => {
    const schema = randomSchema('dk_crash');
    let pool: pg.Pool;
    let runtime: Runtime;
    const ids: string[] = [];
    const notified: string[] = [];

    beforeAll(async () => {
      pool = new pg.Pool({ connectionString: SERVER_URL, max: 3 });
      runtime = createRuntime({
        storage: postgresStorage({ client: pool, schema }),
        directory: memoryDirectory({ users: USERS }),
        instanceId: 'survivor',
        publishers: 'anyone',
        handlers: { notify: (_input, { ticket }) => void notified.push(ticket.id) },
      });
      await runtime.publish(WAIT_WORKFLOW, { actor: 'ann' });
      for (let i = 0; i < TICKETS; i++) {
        const t = await runtime.startTicket({
          workflow: 'pg-wait',
          actor: 'ann',
          data: { summary: `#${i}` },
        });
        await runtime.act({ ticket: t.id, action: 'approve', actor: 'max' });
        ids.push(t.id);
      }
    }, 120_000);
    afterAll(async () => {
      await pool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool?.end();
    });

    it('another process takes the timers over after the lease: none lost, none fired twice', async () => {
      const child = spawn(
        tsx,
        [worker, SERVER_URL!, schema, '250', String(WORKER_AHEAD), String(WORKER_LEASE_MS)],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const firedByWorker: string[] = [];
      await new Promise<void>((resolve, reject) => {
        createInterface({ input: child.stdout }).on('line', (line) => {
          if (line.startsWith('fired ')) firedByWorker.push(line.slice(6));
          // Kill it in the middle of its batch: 3 timers fired, the 4th is inside its command.
          if (firedByWorker.length === 3) resolve();
        });
        child.on('exit', (code) =>
          reject(new Error(`worker exited (${code}) before firing 3 timers: ${stderr}`)),
        );
      });
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));

      // While the dead process's leases run, its timers are not fired by anyone else.
      const during = await runtime.tick(new Date(Date.now() + 2 * HOUR));
      expect(during.fired).toBe(0);
      expect(notified).toEqual([]);

      // Once the leases ran out on the database's clock, the survivor fires what is left, each once.
      let fired = 0;
      for (let tries = 0; fired < TICKETS - firedByWorker.length && tries < 200; tries++) {
        await new Promise((r) => setTimeout(r, 100));
        const after = await runtime.tick(new Date(Date.now() + 2 * HOUR));
        expect(after.failed).toBe(0);
        fired += after.fired;
      }
      expect(fired).toBeGreaterThanOrEqual(TICKETS - firedByWorker.length);
      for (const id of ids) {
        const history = await runtime.history(id);
        expect(
          history.filter((e) => e.type === 'timerFired'),
          id,
        ).toHaveLength(1);
        expect((await runtime.getTicket(id)).status).toBe('resolved');
      }
      // The survivor ran the host call once for each ticket the worker had not finished, and never
      // for one the worker had (a kill between a commit and its printout may hide one from us).
      expect(new Set(notified).size).toBe(notified.length);
      expect(notified.filter((id) => firedByWorker.includes(id))).toEqual([]);
      expect(notified.length).toBeGreaterThanOrEqual(TICKETS - firedByWorker.length - 1);
      expect(await runtime.storage.listTimers()).toEqual([]);
    }, 120_000);
  },
);

import pg from 'pg';
import { memoryDirectory } from '../directory/memory';
import { createRuntime } from '../engine/runtime';
import type { Runtime } from '../engine/runtime.types';
import { ConflictError } from '../errors/errors';
import { postgresStorage } from './postgres';
import { NEEDS_SERVER, SERVER_URL, randomSchema } from './testDatabases';
import { USERS, WAIT_WORKFLOW } from './runtimeWorker';

const INSTANCES = 4;
const HOUR = 3_600_000;

describe.skipIf(!SERVER_URL)(
  `${INSTANCES} runtime instances with their own pools on one PostgreSQL server${NEEDS_SERVER}`,
  () => {
    const schema = randomSchema('dk_rt');
    const pools: pg.Pool[] = [];
    let runtimes: Runtime[] = [];
    const ticketIds: string[] = [];

    beforeAll(async () => {
      for (let i = 0; i < INSTANCES; i++)
        pools.push(new pg.Pool({ connectionString: SERVER_URL, max: 3 }));
      runtimes = pools.map((pool, i) =>
        createRuntime({
          storage: postgresStorage({ client: pool, schema }),
          directory: memoryDirectory({ users: USERS }),
          instanceId: `instance-${i}`,
          publishers: 'anyone',
          handlers: { notify: () => undefined },
        }),
      );
      await runtimes[0]!.publish(WAIT_WORKFLOW, { actor: 'ann' });
    }, 60_000);
    afterAll(async () => {
      await pools[0]?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      for (const p of pools) await p.end();
    });

    it('starts tickets on every instance at once: every number unique', async () => {
      const started = await Promise.all(
        runtimes.flatMap((rt) =>
          Array.from({ length: 10 }, () =>
            rt.startTicket({ workflow: 'pg-wait', actor: 'ann', data: { summary: 'x' } }),
          ),
        ),
      );
      ticketIds.push(...started.map((t) => t.id));
      expect(new Set(started.map((t) => t.number)).size).toBe(40);
      const listed = await runtimes[3]!.listTickets({ workflow: ['pg-wait'], limit: 100 });
      expect(listed.total).toBe(40);
    }, 60_000);

    it('comments racing on the same tickets: no lost update, every refusal a ConflictError', async () => {
      const targets = ticketIds.slice(0, 3);
      let ok = 0;
      const refusals: unknown[] = [];
      await Promise.all(
        runtimes.flatMap((rt, i) =>
          targets.map(async (id) => {
            for (let k = 0; k < 6; k++) {
              try {
                await rt.act({
                  ticket: id,
                  action: 'comment',
                  actor: 'ann',
                  comment: `from ${i} #${k}`,
                });
                ok++;
              } catch (err) {
                refusals.push(err);
              }
            }
          }),
        ),
      );
      expect(ok + refusals.length).toBe(INSTANCES * 3 * 6);
      expect(refusals.every((e) => e instanceof ConflictError)).toBe(true);
      let comments = 0;
      for (const id of targets) {
        const history = await runtimes[1]!.history(id);
        comments += history.filter((e) => e.action === 'comment').length;
        expect(history.map((e) => e.seq)).toEqual(history.map((_, i) => i + 1));
      }
      expect(comments).toBe(ok);
    }, 60_000);

    it('all instances approve the same ticket at once: exactly one wins, the others are refused', async () => {
      const read = await Promise.all(ticketIds.map((id) => runtimes[0]!.getTicket(id)));
      const outcomes = await Promise.all(
        read.map((t) =>
          Promise.allSettled(
            runtimes.map((rt) =>
              rt.act({ ticket: t.id, action: 'approve', actor: 'max', expectedVersion: t.version }),
            ),
          ),
        ),
      );
      const refusals: Record<string, number> = {};
      for (const results of outcomes) {
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results) {
          if (r.status === 'fulfilled') continue;
          const name = (r.reason as Error).name;
          refusals[name] = (refusals[name] ?? 0) + 1;
        }
      }
      // The adapter refuses every stale write with ConflictError. The engine reads a ticket and its
      // work items in two calls, so a loser that read the ticket before the winner's commit and
      // the work items after it reports ActionNotAllowedError instead (reported to the engine).
      expect(
        Object.keys(refusals).every((n) => n === 'ConflictError' || n === 'ActionNotAllowedError'),
      ).toBe(true);
      expect(refusals.ConflictError ?? 0).toBeGreaterThan(0);
      for (const id of ticketIds) {
        expect((await runtimes[2]!.getTicket(id)).active).toEqual(['cool']);
        const approvals = (await runtimes[1]!.history(id)).filter((e) => e.action === 'approve');
        expect(approvals).toHaveLength(1);
      }
    }, 60_000);

    it('all instances tick at once: every timer fires exactly once', async () => {
      const later = new Date(Date.now() + 2 * HOUR);
      const results = await Promise.all(runtimes.map((rt) => rt.tick(later)));
      expect(results.reduce((n, r) => n + r.fired, 0)).toBe(40);
      expect(results.every((r) => r.failed === 0)).toBe(true);
      for (const id of ticketIds) {
        const history = await runtimes[3]!.history(id);
        expect(history.filter((e) => e.type === 'timerFired')).toHaveLength(1);
        expect((await runtimes[0]!.getTicket(id)).status).toBe('resolved');
      }
      expect(
        (await Promise.all(runtimes.map((rt) => rt.tick(later)))).every((r) => r.fired === 0),
      ).toBe(true);
    }, 60_000);
  },
);

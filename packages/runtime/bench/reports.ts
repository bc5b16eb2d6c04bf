/**
 * The whole-table report queries of `bench/postgres.ts` alone, on a PostgreSQL server
 * (`pnpm --filter @deskkit/runtime bench:reports`): a quick check of report indexes without the
 * command benchmarks. The 100,000 generated tickets load once into the schema `dk_bench_reports`
 * and are kept for the next run (DESKKIT_BENCH_FRESH=1 reloads them); DESKKIT_BENCH_QUERIES is a
 * regular expression picking queries by name; DESKKIT_BENCH_EXPLAIN=1 prints each plan.
 */
import pg from 'pg';
import { postgresStorage } from '../src/postgres/index';
import { aggregateTickets } from '../src/postgres/aggregate';
import { dashboardQueries, generateTickets } from './postgres.data';

const URL_ = process.env.DESKKIT_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const TICKETS = Number(process.env.DESKKIT_BENCH_TICKETS ?? 100_000);
const PICK = new RegExp(
  process.env.DESKKIT_BENCH_QUERIES ?? 'backlog|reopen rate by catalog|CSAT response rate',
);
const SCHEMA = 'dk_bench_reports';

async function main(): Promise<void> {
  if (!URL_) throw new Error('Set DESKKIT_TEST_DATABASE_URL to a PostgreSQL server.');
  const pool = new pg.Pool({ connectionString: URL_, max: 2 });
  if (process.env.DESKKIT_BENCH_FRESH) await pool.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  const storage = postgresStorage({ client: pool, schema: SCHEMA });
  await storage.migrate();
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int n FROM ${SCHEMA}.tickets`);
  if (rows[0]!.n !== TICKETS) {
    await pool.query(`TRUNCATE ${SCHEMA}.tickets CASCADE`);
    const t0 = performance.now();
    for (let i = 0; i < TICKETS; i += 10_000)
      await storage.importTickets(generateTickets(i, Math.min(10_000, TICKETS - i)));
    console.log(`loaded ${TICKETS} tickets in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  await pool.query(`VACUUM ANALYZE ${SCHEMA}.tickets`);
  const load = await pool.query<{ load: string }>(
    `SELECT pg_catalog.current_setting('server_version') AS load`,
  );
  console.log(
    `PostgreSQL ${load.rows[0]!.load}; load average ${(await import('node:os'))
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  for (const q of dashboardQueries().filter((x) => PICK.test(x.name))) {
    await q.run(storage);
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const t0 = performance.now();
      await q.run(storage);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${q.name.padEnd(44)} p50 ${times[4]!.toFixed(1).padStart(6)} ms  max ${times[8]!.toFixed(1).padStart(6)} ms`,
    );
    if (process.env.DESKKIT_BENCH_EXPLAIN) {
      // The query text as the adapter sends it, explained.
      const spy = {
        query: async (sql: string, values: unknown[]) => {
          const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values);
          console.log(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
          return { rows: [] };
        },
      };
      await q.run({
        aggregateTickets: (query: Parameters<typeof aggregateTickets>[2]) =>
          aggregateTickets(spy as never, { tickets: `${SCHEMA}.tickets` } as never, query),
      } as never);
    }
  }
  await storage.close();
  await pool.end();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

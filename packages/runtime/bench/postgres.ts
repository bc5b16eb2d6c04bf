/**
 * Storage benchmarks of @deskkit/runtime (`pnpm --filter @deskkit/runtime bench:postgres`).
 *
 * 1. Commands: actions per second and p50/p99 latency of a 3-step approval workflow (start, submit,
 *    approve, submit), for the memory adapter, PGlite and a PostgreSQL server, with 1 and 4
 *    concurrent runtime instances. On PostgreSQL the 4 instances are 4 OS processes with their own
 *    pools; memory and PGlite live in one process, so their 4 instances share it.
 * 2. Dashboards: latency of the aggregates a desk dashboard shows and of filtered ticket searches
 *    over 100,000 stored tickets (bulk-loaded), per adapter.
 *
 * The server figures need DESKKIT_TEST_DATABASE_URL (or DATABASE_URL); without it they are skipped
 * with a message. DESKKIT_BENCH_SECONDS (default 4) sets each command run's length,
 * DESKKIT_BENCH_TICKETS (default 100000) the size of the dashboard data set.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createRuntime, memoryDirectory, memoryStorage } from '../src/index';
import type { Runtime, StorageAdapter } from '../src/index';

import { postgresStorage } from '../src/postgres/index';
import type { PostgresStorage } from '../src/postgres/index';

import { dashboardQueries, generateTickets } from './postgres.data';
import { WORKFLOW, USERS } from './postgres.workflow';

const URL_ = process.env.DESKKIT_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const SECONDS = Number(process.env.DESKKIT_BENCH_SECONDS ?? 4);
const TICKETS = Number(process.env.DESKKIT_BENCH_TICKETS ?? 100_000);
const self = fileURLToPath(import.meta.url);

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (x: number) => (Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(1));

function runtimeOn(storage: StorageAdapter, instance: string): Runtime {
  return createRuntime({
    storage,
    directory: memoryDirectory({ users: USERS }),
    instanceId: instance,
    publishers: 'anyone',
  });
}

/** One instance's loop: tickets driven one at a time through the workflow until the deadline. */
async function drive(runtime: Runtime, until: number, latencies: number[]): Promise<number> {
  let actions = 0;
  const timed = async <T>(fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const v = await fn();
    latencies.push(performance.now() - t0);
    actions++;
    return v;
  };
  while (Date.now() < until) {
    const t = await timed(() =>
      runtime.startTicket({
        workflow: WORKFLOW.key,
        actor: 'ann',
        data: { summary: 'Laptop for new hire', amount: 1200 },
      }),
    );
    await timed(() =>
      runtime.act({ ticket: t.id, action: 'submit', actor: 'eve', data: { notes: 'ok' } }),
    );
    await timed(() => runtime.act({ ticket: t.id, action: 'approve', actor: 'max' }));
    await timed(() => runtime.act({ ticket: t.id, action: 'submit', actor: 'kim' }));
  }
  return actions;
}

interface Row {
  adapter: string;
  instances: number;
  actions: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** `instances` runtimes in this process over one storage, for `SECONDS`. */
async function inProcess(
  adapter: string,
  storages: StorageAdapter[],
  instances: number,
): Promise<Row> {
  const runtimes = Array.from({ length: instances }, (_, i) =>
    runtimeOn(storages[i % storages.length]!, `${adapter}-${i}`),
  );
  await drive(runtimes[0]!, Date.now() + 300, []); // warm up: compile the workflow, JIT, caches
  const latencies: number[] = [];
  const t0 = performance.now();
  const until = Date.now() + SECONDS * 1000;
  const counts = await Promise.all(runtimes.map((r) => drive(r, until, latencies)));
  const wall = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const actions = counts.reduce((a, b) => a + b, 0);
  return {
    adapter,
    instances,
    actions,
    perSecond: actions / wall,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/** `instances` OS processes, each one runtime with its own pool, started together. */
async function processes(schema: string, instances: number, drivers = 1): Promise<Row> {
  const startAt = Date.now() + 5000;
  const results = await Promise.all(
    Array.from({ length: instances }, (_, i) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', self, '--worker', schema, String(i), String(startAt), String(drivers)],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      return new Promise<{ actions: number; latencies: number[]; wall: number }>(
        (resolve, reject) => {
          createInterface({ input: child.stdout }).on('line', (line) => {
            if (line.startsWith('{'))
              resolve(JSON.parse(line) as { actions: number; latencies: number[]; wall: number });
          });
          child.on('exit', (code) =>
            code ? reject(new Error(`bench worker ${i} exited with ${code}`)) : undefined,
          );
        },
      );
    }),
  );
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const actions = results.reduce((a, r) => a + r.actions, 0);
  const wall = Math.max(...results.map((r) => r.wall));
  return {
    adapter: drivers > 1 ? `PostgreSQL, ${drivers} tickets at once per process` : 'PostgreSQL',
    instances,
    actions,
    perSecond: actions / wall,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function worker(schema: string, id: string, startAt: number, drivers = 1): Promise<void> {
  const pool = new pg.Pool({ connectionString: URL_, max: 4 });
  const storage = postgresStorage({ client: pool, schema, migrate: false });
  const runtime = runtimeOn(storage, `worker-${id}`);
  await drive(runtime, Date.now() + 300, []);
  await new Promise((r) => setTimeout(r, Math.max(0, startAt - Date.now())));
  const latencies: number[] = [];
  const t0 = performance.now();
  // `drivers` tickets at once, like a server process serving several users: their commits share
  // WAL flushes (group commit), which one ticket at a time cannot.
  const until = Date.now() + SECONDS * 1000;
  const counts = await Promise.all(
    Array.from({ length: drivers }, () => drive(runtime, until, latencies)),
  );
  const actions = counts.reduce((a, b) => a + b, 0);
  const wall = (performance.now() - t0) / 1000;
  process.stdout.write(
    `${JSON.stringify({ actions, latencies: latencies.map((x) => Math.round(x * 100) / 100), wall })}\n`,
  );
  await pool.end();
}

async function timeQueries(
  adapter: string,
  storage: StorageAdapter,
): Promise<Array<{ adapter: string; query: string; p50: number; max: number }>> {
  const out: Array<{ adapter: string; query: string; p50: number; max: number }> = [];
  for (const q of dashboardQueries()) {
    await q.run(storage); // warm up
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      await q.run(storage);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    out.push({ adapter, query: q.name, p50: percentile(times, 50), max: times[times.length - 1]! });
  }
  return out;
}

async function loadTickets(storage: StorageAdapter): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < TICKETS; i += 10_000) {
    const batch = generateTickets(i, Math.min(10_000, TICKETS - i));
    if ('importTickets' in storage) await (storage as PostgresStorage).importTickets(batch);
    else
      await storage.commit({
        tickets: batch.map((t) => ({ ticket: t, expectedVersion: null })),
        events: [],
      });
  }
  return (performance.now() - t0) / 1000;
}

async function main(): Promise<void> {
  console.log(
    `Deskkit storage benchmark — Node ${process.version}, ${SECONDS} s per command run, ${TICKETS.toLocaleString('en')} tickets for dashboards`,
  );
  if (!URL_)
    console.log(
      'PostgreSQL server: skipped (set DESKKIT_TEST_DATABASE_URL=postgres://… to include it).',
    );
  const rows: Row[] = [];
  const queries: Awaited<ReturnType<typeof timeQueries>> = [];
  const loads: string[] = [];

  // Memory
  const mem = memoryStorage();
  await runtimeOn(mem, 'setup').publish(WORKFLOW, { actor: 'admin' });
  rows.push(await inProcess('memory', [mem], 1));
  rows.push(await inProcess('memory', [mem], 4));
  const memDash = memoryStorage();
  loads.push(`memory: ${(await loadTickets(memDash)).toFixed(1)} s`);
  queries.push(...(await timeQueries('memory', memDash)));

  // PGlite (embedded, one connection)
  // In memory there is nothing to flush: do not wait for the virtual file system after each query.
  const lite = new PGlite({ relaxedDurability: true });
  const liteStorage = postgresStorage({ client: lite, schema: 'bench' });
  await runtimeOn(liteStorage, 'setup').publish(WORKFLOW, { actor: 'admin' });
  rows.push(await inProcess('PGlite', [liteStorage], 1));
  rows.push(await inProcess('PGlite', [liteStorage], 4));
  const liteDash = postgresStorage({ client: lite, schema: 'bench_dash' });
  loads.push(`PGlite: ${(await loadTickets(liteDash)).toFixed(1)} s`);
  // A desk that has been running has been vacuumed: index-only scans, fresh statistics.
  await lite.query('VACUUM ANALYZE');
  queries.push(...(await timeQueries('PGlite', liteDash)));
  await lite.close();

  // PostgreSQL server
  if (URL_) {
    const schema = `dk_bench_${Date.now().toString(36)}`;
    const pool = new pg.Pool({ connectionString: URL_, max: 8 });
    const storage = postgresStorage({ client: pool, schema });
    try {
      await runtimeOn(storage, 'setup').publish(WORKFLOW, { actor: 'admin' });
      rows.push(await inProcess('PostgreSQL', [storage], 1));
      rows.push(await processes(schema, 4));
      rows.push(await processes(schema, 4, 4));
      const dash = postgresStorage({ client: pool, schema: `${schema}_dash` });
      loads.push(`PostgreSQL: ${(await loadTickets(dash)).toFixed(1)} s`);
      await pool.query(`VACUUM ANALYZE "${schema}_dash".tickets`);
      queries.push(...(await timeQueries('PostgreSQL', dash)));
    } finally {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}_dash" CASCADE`);
      await pool.end();
    }
  }

  console.log('\nCommands of a 3-step approval workflow (start + 3 completions per ticket)');
  console.table(
    rows.map((r) => ({
      adapter: r.adapter,
      instances: r.instances,
      actions: r.actions,
      'actions/s': Math.round(r.perSecond),
      'p50 ms': ms(r.p50),
      'p99 ms': ms(r.p99),
    })),
  );
  console.log(
    `Target (PERFORMANCE.md): PostgreSQL, 4 runtime processes on 2 cores ≥ 1,000 actions/s, p99 < 50 ms. One ticket at a time per process keeps 4 commits in flight, each waiting for its own WAL flush; with 4 tickets at once per process concurrent commits share flushes (group commit).`,
  );
  console.log(
    `\nDashboards over ${TICKETS.toLocaleString('en')} tickets (bulk load: ${loads.join(', ')}), ms`,
  );
  const names = [...new Set(queries.map((q) => q.query))];
  const adapters = [...new Set(queries.map((q) => q.adapter))];
  console.table(
    names.map((name) =>
      Object.fromEntries([
        ['query', name],
        ...adapters.map((a) => {
          const q = queries.find((x) => x.query === name && x.adapter === a);
          return [`${a} p50 (max)`, q ? `${ms(q.p50)} (${ms(q.max)})` : '—'];
        }),
      ]),
    ),
  );
}

if (process.argv[2] === '--worker') {
  const [, , , schema, id, startAt, drivers] = process.argv;
  worker(schema!, id!, Number(startAt), Number(drivers ?? 1)).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}

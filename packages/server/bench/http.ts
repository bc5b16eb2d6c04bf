/**
 * HTTP benchmark of @deskkit/server (`pnpm --filter @deskkit/server bench`): the runtime bench's
 * 3-step approval workflow (start, submit, approve, submit) driven over HTTP by autocannon against
 * 1 and 2 server processes on one PostgreSQL database, beside the same workflow driven in process
 * on the same database in the same run; then the seed customer's peak day (4,500 tickets × 6
 * actions) replayed over HTTP. Figures are printed, not asserted.
 *
 * DESKKIT_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) picks the server; a
 * fresh schema is made and dropped. DESKKIT_BENCH_SECONDS (default 10) sets each run's length,
 * DESKKIT_BENCH_CONNECTIONS (default 16) the concurrent HTTP connections (and in-process drivers),
 * DESKKIT_BENCH_PEAK_TICKETS (default 4500) the peak day's tickets.
 */
import { createRuntime, memoryDirectory, type Runtime } from '@deskkit/runtime';
import { postgresStorage } from '@deskkit/runtime/postgres';
import autocannon from 'autocannon';
import pg from 'pg';
import { APPROVAL, USERS, WAIT } from '../test/desk';
import { startServer, type ServerChild } from '../test/processes';

const URL_ =
  process.env.DESKKIT_TEST_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const SECONDS = Number(process.env.DESKKIT_BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.DESKKIT_BENCH_CONNECTIONS ?? 16);
const PEAK_TICKETS = Number(process.env.DESKKIT_BENCH_PEAK_TICKETS ?? 4500);
const POOL = 8;

interface Row {
  run: string;
  actions: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

const json = { 'content-type': 'application/json' };
type Ctx = { ticket?: string };

/** One ticket through the workflow per loop of a connection; `comments` adds comment actions. */
function chain(comments: boolean): autocannon.Request[] {
  const on = (user: string, body: unknown): autocannon.Request => ({
    method: 'POST',
    headers: { ...json, 'x-user': user },
    body: JSON.stringify(body),
    setupRequest: (req, ctx) => ({ ...req, path: `/tickets/${(ctx as Ctx).ticket}/actions` }),
  });
  const comment = (user: string) => on(user, { action: 'comment', comment: 'any news?' });
  return [
    {
      method: 'POST',
      path: '/tickets',
      headers: { ...json, 'x-user': 'ann' },
      body: JSON.stringify({
        workflow: APPROVAL.key,
        data: { summary: 'Laptop for new hire', amount: 1200 },
      }),
      onResponse: (status, body, ctx) => {
        if (status === 201) (ctx as Ctx).ticket = (JSON.parse(body) as { id: string }).id;
      },
    },
    ...(comments ? [comment('ann')] : []),
    on('eve', { action: 'submit', data: { notes: 'ok' } }),
    on('max', { action: 'approve' }),
    ...(comments ? [comment('eve')] : []),
    on('kim', { action: 'submit' }),
  ];
}

async function cannon(url: string, opts: Partial<autocannon.Options>): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    requests: chain(false),
    ...opts,
  } as autocannon.Options);
}

function fromResults(run: string, results: autocannon.Result[]): Row {
  const actions = results.reduce((s, r) => s + r.requests.total, 0);
  const seconds = Math.max(...results.map((r) => r.duration));
  return {
    run,
    actions,
    seconds,
    perSecond: actions / seconds,
    // Two load generators: the slower one's percentiles (no exact merge of two histograms).
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((s, r) => s + r.non2xx + r.errors + r.timeouts, 0),
  };
}

/** The runtime bench's loop: each driver takes one ticket at a time through the workflow. */
async function inProcess(runtime: Runtime, drivers: number, seconds: number): Promise<Row> {
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  const timed = async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    const t0 = performance.now();
    try {
      return await fn();
    } catch {
      errors++;
      return undefined;
    } finally {
      latencies.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: drivers }, async () => {
      while (Date.now() < until) {
        const t = await timed(() =>
          runtime.startTicket({
            workflow: APPROVAL.key,
            actor: 'ann',
            data: { summary: 'Laptop for new hire', amount: 1200 },
          }),
        );
        if (!t) continue;
        await timed(() =>
          runtime.act({ ticket: t.id, action: 'submit', actor: 'eve', data: { notes: 'ok' } }),
        );
        await timed(() => runtime.act({ ticket: t.id, action: 'approve', actor: 'max' }));
        await timed(() => runtime.act({ ticket: t.id, action: 'submit', actor: 'kim' }));
      }
    }),
  );
  const wall = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return {
    run: `in process, ${drivers} drivers`,
    actions: latencies.length,
    seconds: wall,
    perSecond: latencies.length / wall,
    p50: pct(50),
    p99: pct(99),
    errors,
  };
}

async function stop(servers: ServerChild[]): Promise<void> {
  for (const s of servers) s.child.kill('SIGTERM');
  await Promise.all(servers.map((s) => s.exited));
}

async function main(): Promise<void> {
  const schema = `dk_http_bench_${Date.now().toString(36)}`;
  const pool = new pg.Pool({ connectionString: URL_, max: POOL });
  const runtime = createRuntime({
    storage: postgresStorage({ client: pool, schema }),
    directory: memoryDirectory({ users: USERS }),
    publishers: [{ user: 'admin' }],
  });
  console.log(
    `Deskkit HTTP benchmark — Node ${process.version}, PostgreSQL schema ${schema}, ${SECONDS} s per run, ${CONNECTIONS} connections`,
  );
  const rows: Row[] = [];
  const servers: ServerChild[] = [];
  try {
    for (const def of [APPROVAL, WAIT]) await runtime.publish(def, { actor: 'admin' });
    await inProcess(runtime, CONNECTIONS, 1); // warm up
    rows.push(await inProcess(runtime, CONNECTIONS, SECONDS));

    servers.push(await startServer([URL_, schema, String(POOL)]));
    await cannon(servers[0]!.url, { duration: 2 }); // warm up
    rows.push(
      fromResults('HTTP, 1 server process', [await cannon(servers[0]!.url, { duration: SECONDS })]),
    );

    servers.push(await startServer([URL_, schema, String(POOL)]));
    await cannon(servers[1]!.url, { duration: 2 });
    const half = Math.max(1, Math.round(CONNECTIONS / 2));
    rows.push(
      fromResults(
        'HTTP, 2 server processes',
        await Promise.all(
          servers.map((s) => cannon(s.url, { duration: SECONDS, connections: half })),
        ),
      ),
    );

    // The peak day: every ticket started, commented on twice and taken through its three steps.
    const perServer = Math.ceil((PEAK_TICKETS * 6) / servers.length);
    const peak = fromResults(
      `peak day: ${PEAK_TICKETS.toLocaleString('en')} tickets × 6 actions, 2 processes`,
      await Promise.all(
        servers.map((s) =>
          cannon(s.url, { amount: perServer, connections: half, requests: chain(true) }),
        ),
      ),
    );
    rows.push(peak);
  } finally {
    await stop(servers);
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  }

  const f = (x: number) => (Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(1));
  console.log(
    '\n3-step approval workflow on PostgreSQL (actions = start + completions; comments on the peak day)',
  );
  console.table(
    rows.map((r) => ({
      run: r.run,
      actions: r.actions,
      s: r.seconds.toFixed(1),
      'actions/s': Math.round(r.perSecond),
      'p50 ms': f(r.p50),
      'p99 ms': f(r.p99),
      'non-2xx/errors': r.errors,
    })),
  );
  const http = rows.filter((r) => r.run.startsWith('HTTP'));
  const peak = rows[rows.length - 1]!;
  console.log(
    `Targets (PERFORMANCE.md): over HTTP ≥ 500 actions/s with p99 < 100 ms — ${http.map((r) => `${r.run}: ${Math.round(r.perSecond)}/s, p99 ${f(r.p99)} ms`).join('; ')}.`,
  );
  console.log(`Peak day over HTTP < 60 s: ${peak.seconds.toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

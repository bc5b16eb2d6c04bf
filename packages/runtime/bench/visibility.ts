/**
 * Visibility benchmark of @deskkit/runtime (`pnpm --filter @deskkit/runtime bench:visibility`):
 * a requester's "my tickets" page and an agent's queue over 100,000 stored tickets, through
 * `runtime.client(actor)` (scoped in SQL, then redacted) beside the same query unscoped on the
 * trusted runtime. Target (issue 13): within 2× of the unscoped query. Printed, never asserted.
 *
 * On a PostgreSQL server when DESKKIT_TEST_DATABASE_URL (or DATABASE_URL) is set, else on PGlite.
 * DESKKIT_BENCH_TICKETS (default 100000) sets the data set's size.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createRuntime, memoryDirectory } from '../src/index';
import type { Runtime, TicketQuery, TicketScope, WorkflowDefinition } from '../src/index';
import { postgresStorage } from '../src/postgres/index';
import type { PostgresStorage } from '../src/postgres/index';
import { generateTickets } from './postgres.data';

const URL_ = process.env.DESKKIT_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const TICKETS = Number(process.env.DESKKIT_BENCH_TICKETS ?? 100_000);
const KEYS = ['incident', 'service-request', 'change', 'access', 'hardware'];

function definition(key: string): WorkflowDefinition {
  return {
    schemaVersion: 1,
    key,
    name: key,
    form: {
      schema: {
        type: 'object',
        properties: {
          category: { type: 'string' },
          amount: { type: 'number' },
          location: { type: 'string' },
        },
      },
    },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'work', type: 'task', fields: { amount: 'hidden' } },
      { id: 'end', type: 'end' },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'work' },
      { id: 'e2', from: 'work', to: 'end' },
    ],
  };
}

async function load(storage: PostgresStorage): Promise<void> {
  await storage.migrate();
  for (const key of KEYS)
    await storage.saveDefinition({
      key,
      version: 1,
      definition: definition(key),
      publishedAt: new Date().toISOString(),
      publishedBy: 'bench',
    });
  for (let i = 0; i < TICKETS; i += 10_000) {
    const batch = generateTickets(i, Math.min(10_000, TICKETS - i)).map((t, j) => ({
      ...t,
      // Who held the work: the current assignees and an earlier agent.
      participants: [...new Set([...t.assignees, `agent-${(i + j) % 50}`])],
    }));
    await storage.importTickets(batch);
  }
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function main(): Promise<void> {
  let close: () => Promise<void>;
  let storage: PostgresStorage;
  let where: string;
  const schema = `dk_vis_${Date.now().toString(36)}`;
  if (URL_) {
    const pool = new pg.Pool({ connectionString: URL_, max: 4 });
    storage = postgresStorage({ client: pool, schema });
    where = 'PostgreSQL server';
    close = async () => {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    };
  } else {
    const lite = new PGlite({ relaxedDurability: true });
    storage = postgresStorage({ client: lite, schema });
    where = 'PGlite (set DESKKIT_TEST_DATABASE_URL for a PostgreSQL server)';
    close = () => lite.close();
  }
  try {
    const t0 = performance.now();
    await load(storage);
    await storage.driver.query(`ANALYZE "${schema}".tickets`);
    console.log(
      `Visibility benchmark — ${where}, ${TICKETS.toLocaleString('en')} tickets (loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
    const runtime: Runtime = createRuntime({
      storage,
      directory: memoryDirectory({ users: [{ id: 'user-42' }, { id: 'agent-7' }] }),
    });
    const cases: Array<[string, string, TicketQuery]> = [
      ['requester: my tickets, newest 50', 'user-42', { requester: 'user-42', limit: 50 }],
      [
        'agent: my queue, 50',
        'agent-7',
        { assignee: 'agent-7', status: ['open', 'pending'], limit: 50 },
      ],
      ['agent: everything I may see, newest 50', 'agent-7', { limit: 50 }],
    ];
    const rows = [];
    for (const [name, actor, query] of cases) {
      const scope: TicketScope = { user: actor, workflows: [] };
      const unscoped = await time(() => runtime.listTickets(query));
      const sql = await time(() => storage.queryTickets(query, scope));
      const client = await time(() => runtime.client(actor).listTickets(query));
      rows.push({
        query: name,
        'unscoped ms': unscoped.toFixed(2),
        'scoped SQL ms': sql.toFixed(2),
        'client ms': client.toFixed(2),
        'client / unscoped': `${(client / unscoped).toFixed(2)}×`,
      });
    }
    console.table(rows);
    console.log(
      'Target (issue 13): client within 2× of the same query unscoped. "client" = scoped SQL + redaction of each ticket.',
    );
  } finally {
    await close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

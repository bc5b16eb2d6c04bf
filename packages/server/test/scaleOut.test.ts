// Two server processes on one PostgreSQL database: what one does, the other serves and streams.
import { createRuntime, memoryDirectory, type RuntimeEvent, type Ticket } from '@deskkit/runtime';
import { postgresStorage } from '@deskkit/runtime/postgres';
import pg from 'pg';
import { APPROVAL, USERS, WAIT } from './desk';
import { startServer, type ServerChild } from './processes';
import { eventsOf, readSse } from './sse';

const URL_ = process.env.DESKKIT_TEST_DATABASE_URL;
const SKIP = URL_
  ? ''
  : ' [skipped: needs DESKKIT_TEST_DATABASE_URL=postgres://… — PGlite is one process, so scale-out needs a PostgreSQL server]';

async function call<T>(
  server: ServerChild,
  user: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      'x-user': user,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}

describe.skipIf(!URL_)(`two server processes on one PostgreSQL${SKIP}`, () => {
  const schema = `dk_scale_${Date.now().toString(36)}`;
  let pool: pg.Pool;
  let a: ServerChild;
  let b: ServerChild;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: URL_, max: 2 });
    const runtime = createRuntime({
      storage: postgresStorage({ client: pool, schema }),
      directory: memoryDirectory({ users: USERS }),
      publishers: [{ user: 'admin' }],
    });
    for (const def of [APPROVAL, WAIT]) await runtime.publish(def, { actor: 'admin' });
    [a, b] = await Promise.all([
      startServer([URL_!, schema, '4']),
      startServer([URL_!, schema, '4']),
    ]);
  }, 60_000);

  afterAll(async () => {
    for (const s of [a, b]) {
      if (!s) continue;
      s.child.kill('SIGTERM');
      await s.exited;
    }
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it('a ticket created through A is acted on through B; an SSE client on B sees actions taken through A', async () => {
    const created = await call<Ticket>(a, 'ann', 'POST', '/tickets', {
      workflow: APPROVAL.key,
      data: { summary: 'Laptop', amount: 1200 },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const onB = readSse(
      await fetch(`${b.url}/events`, { headers: { 'x-user': 'ann', accept: 'text/event-stream' } }),
    );
    const submitted = await call<Ticket>(b, 'eve', 'POST', `/tickets/${id}/actions`, {
      action: 'submit',
      data: { notes: 'ok' },
    });
    expect(submitted.status).toBe(200);
    const t0 = performance.now();
    const approved = await call<Ticket>(a, 'max', 'POST', `/tickets/${id}/actions`, {
      action: 'approve',
    });
    expect(approved.status).toBe(200);
    const seen = await onB.until(() =>
      eventsOf<RuntimeEvent>(onB).find((e) => e.ticketId === id && e.action === 'approve'),
    );
    console.log(
      `an approval through A reached an SSE client on B in ${(performance.now() - t0).toFixed(0)} ms`,
    );
    expect(seen.actor).toBe('max');
    expect(seen.ticket.active).toEqual(['fulfil']);
    // Everything B streamed is the ticket's history, in order, once.
    const history = await call<Array<{ id: string }>>(b, 'ann', 'GET', `/tickets/${id}/history`);
    const streamed = eventsOf<RuntimeEvent>(onB).map((e) => e.id);
    expect(streamed).toEqual(history.body.map((e) => e.id).slice(-streamed.length));
    await onB.cancel();
  });

  it('a timer fires once although both processes tick', async () => {
    const onA = readSse(
      await fetch(`${a.url}/events`, { headers: { 'x-user': 'ann', accept: 'text/event-stream' } }),
    );
    const started = await call<Ticket>(b, 'ann', 'POST', '/tickets', {
      workflow: WAIT.key,
      data: { summary: 'wait' },
    });
    const id = started.body.id;
    await onA.until(() =>
      eventsOf<RuntimeEvent>(onA).find(
        (e) => e.ticketId === id && e.type === 'entered' && e.nodeId === 'check',
      ),
    );
    // The timer is gone from storage, and a second firing would have left a second event.
    const history = await call<RuntimeEvent[]>(a, 'ann', 'GET', `/tickets/${id}/history`);
    expect(history.body.filter((e) => e.type === 'timerFired')).toHaveLength(1);
    const timers = await pool.query(
      `SELECT count(*)::int AS n FROM "${schema}".timers WHERE ticket_id = $1`,
      [id],
    );
    expect(timers.rows[0].n).toBe(0);
    await onA.cancel();
  });

  it('concurrent updates through both processes: every accepted one is kept, every refusal a 409', async () => {
    const tickets = await Promise.all(
      [a, b, a].map(
        async (s) =>
          (
            await call<Ticket>(s, 'ann', 'POST', '/tickets', {
              workflow: APPROVAL.key,
              data: { summary: 'race' },
            })
          ).body,
      ),
    );
    const answers = await Promise.all(
      [a, b].flatMap((s, p) =>
        tickets.flatMap((t) =>
          Array.from({ length: 8 }, (_, k) =>
            call<unknown>(s, 'ann', 'POST', `/tickets/${t.id}/actions`, {
              action: 'comment',
              comment: `p${p} #${k}`,
            }).then((r) => ({ ticket: t.id, status: r.status, comment: `p${p} #${k}` })),
          ),
        ),
      ),
    );
    expect(answers.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    for (const t of tickets) {
      const history = await call<RuntimeEvent[]>(b, 'ann', 'GET', `/tickets/${t.id}/history`);
      const kept = history.body
        .flatMap((e) => (e.action === 'comment' && e.comment ? [e.comment] : []))
        .sort();
      const accepted = answers
        .filter((r) => r.ticket === t.id && r.status === 200)
        .map((r) => r.comment)
        .sort();
      expect(kept).toEqual(accepted);
    }
    console.log(
      `${answers.filter((r) => r.status === 200).length} of ${answers.length} concurrent comments accepted, the rest 409`,
    );
  });
});

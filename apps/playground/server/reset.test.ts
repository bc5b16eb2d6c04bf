// @vitest-environment node
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;
// No session secret given: the desk makes one and keeps it with its data, as the demo does.
beforeAll(async () => {
  server = await startTestServer({ history: { days: 8, perDay: 4 } });
}, 180_000);
afterAll(() => server.close());

const signIn = (user: string) => server.signIn(user);
async function call<T = Record<string, unknown>>(
  cookie: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await server.call(cookie, method, path, body);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

type Groups = { groups: Array<{ key: Record<string, string>; value: number }> };
const total = (a: Groups) => a.groups.reduce((sum, g) => sum + g.value, 0);

describe('POST /api/desk/admin/reset-demo', () => {
  it('regenerates the demo history for an administrator only; sessions stay signed in', async () => {
    const alice = await signIn('alice');
    const ada = await signIn('ada');
    const before = await call<Groups>(ada, 'POST', '/api/aggregate', { groupBy: ['workflow'] });
    expect(total(before.body)).toBeGreaterThan(0);
    const mine = await call<{ id: string }>(alice, 'POST', '/api/tickets', {
      workflow: 'incident',
      data: { summary: 'Mouse wheel scrolls both ways', priority: 'P4', category: 'hardware' },
    });
    expect(mine.status).toBe(201);

    // Not an administrator: refused, and nothing changed.
    const refused = await call(alice, 'POST', '/api/desk/admin/reset-demo', {});
    expect(refused.status).toBe(403);
    expect((await call(alice, 'GET', `/api/tickets/${mine.body.id}`)).status).toBe(200);
    // No JSON body: refused before anything happens (no cross-site form can post it).
    const bare = await fetch(`${server.base}/api/desk/admin/reset-demo`, {
      method: 'POST',
      headers: { cookie: ada, origin: server.base },
    });
    expect(bare.status).toBe(415);

    await call(ada, 'POST', '/api/desk/clock', { advanceMs: 86_400_000 });
    const reset = await call<{ tickets: number; commands: number; ms: number }>(
      ada,
      'POST',
      '/api/desk/admin/reset-demo',
      {},
    );
    expect(reset.status).toBe(200);
    expect(reset.body.tickets).toBeGreaterThan(0);
    expect(reset.body.commands).toBeGreaterThan(reset.body.tickets);

    // The desk is the demo's again: Alice's ticket is gone, the clock is real time, the same
    // sessions still work, and the figures are the new history's.
    expect((await call(alice, 'GET', `/api/tickets/${mine.body.id}`)).status).toBe(404);
    expect((await call(alice, 'GET', '/api/desk/me')).status).toBe(200);
    expect((await call<{ offsetMs: number }>(ada, 'GET', '/api/desk/clock')).body.offsetMs).toBe(0);
    const after = await call<Groups>(ada, 'POST', '/api/aggregate', { groupBy: ['workflow'] });
    expect(total(after.body)).toBeGreaterThanOrEqual(reset.body.tickets);
    const resolved = await call<Groups>(ada, 'POST', '/api/aggregate', {
      groupBy: [],
      metric: 'resolved',
    });
    expect(resolved.body.groups[0]!.value).toBeGreaterThan(0);
    const workflows = await call<unknown[]>(ada, 'GET', '/api/desk/workflows');
    expect(workflows.body).toHaveLength(6);
  }, 300_000);
});

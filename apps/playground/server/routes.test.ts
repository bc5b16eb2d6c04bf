// @vitest-environment node
import { createHmac } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { postgresStorage } from '@deskkit/runtime/postgres';
import { sessionCookie } from '@deskkit/server';
import { createDesk, type Desk } from '../src/desk/desk';
import { storagePersistence } from '../src/desk/persistence';
import { MONDAY_10_PARIS } from '../src/desk/testing';
import { deskRoutes } from './routes';

const origin = 'http://desk.test';
let desk: Desk;
let routes: ReturnType<typeof deskRoutes>;
const SECRET = 'a-test-secret-of-at-least-32-bytes!!';
const sessions = sessionCookie({ secret: SECRET, secure: false });

/** An HS256 session token for `sub` expiring at `exp` (seconds), signed with `secret`. */
function token(sub: string, exp: number, secret = SECRET): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const body = `${part({ alg: 'HS256' })}.${part({ sub, iat: exp - 3600, exp })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

beforeAll(async () => {
  const storage = postgresStorage({ client: new PGlite({ relaxedDurability: true }) });
  desk = await createDesk({
    persistence: storagePersistence(storage),
    storage,
    realNow: () => MONDAY_10_PARIS,
  });
  routes = deskRoutes(desk, sessions);
}, 60_000);

async function call(
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown } = {},
) {
  const response = await routes(
    new Request(`${origin}${path}`, {
      method,
      headers: {
        origin,
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    }),
  );
  if (!response) throw new Error(`${path} is not a playground route`);
  const text = await response.text();
  return {
    status: response.status,
    cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '',
    body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  };
}

async function signIn(user: string): Promise<string> {
  const { status, cookie } = await call('POST', '/api/session', { body: { user } });
  expect(status).toBe(204);
  return cookie;
}

describe('the playground server routes', () => {
  it('offers the demo people, signs one in with a cookie, and answers who is signed in', async () => {
    const people = await call('GET', '/api/session/demo-users');
    expect(people.body).toEqual(
      expect.arrayContaining([{ id: 'alice', name: 'Alice Martin', part: 'Requester' }]),
    );
    const cookie = await signIn('alice');
    expect(cookie).toMatch(/^deskkit_session=/);
    const me = await call('GET', '/api/desk/me', { cookie });
    expect(me.body).toMatchObject({ id: 'alice', roles: ['employee'] });
    const unknown = await call('POST', '/api/session', { body: { user: 'mallory' } });
    expect(unknown.status).toBe(404);
  });

  it('refuses no cookie, a forged cookie and an expired one (401)', async () => {
    expect((await call('GET', '/api/desk/me')).status).toBe(401);
    expect((await call('GET', '/api/session')).body).toEqual({ user: null });
    const later = Math.floor(Date.now() / 1000) + 3600;
    const valid = `deskkit_session=${token('ada', later)}`;
    expect((await call('GET', '/api/desk/me', { cookie: valid })).status).toBe(200);
    const [header, , mac] = token('alice', later).split('.');
    const swapped = `${header}.${token('ada', later).split('.')[1]}.${mac}`;
    for (const bad of [
      token('ada', later, 'another-secret-that-is-also-32-bytes-long'),
      swapped,
      token('ada', Math.floor(Date.now() / 1000) - 60),
    ]) {
      const answer = await call('GET', '/api/desk/me', { cookie: `deskkit_session=${bad}` });
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect((await call('GET', '/api/session', { cookie: bad })).body).toEqual({ user: null });
    }
  });

  it('refuses a sign-in from another site', async () => {
    const response = await routes(
      new Request(`${origin}/api/session`, {
        method: 'POST',
        headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
        body: JSON.stringify({ user: 'ada' }),
      }),
    );
    expect(response?.status).toBe(403);
    expect(response?.headers.get('set-cookie')).toBeNull();
  });

  it('signs out: the cookie is cleared', async () => {
    const out = await call('DELETE', '/api/session');
    expect(out.status).toBe(204);
    expect(out.cookie).toBe('deskkit_session=');
  });

  it('checks the admin role on the server: a requester gets 403, an admin the settings', async () => {
    const alice = await signIn('alice');
    const refused = await call('GET', '/api/desk/admin/timers', { cookie: alice });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'PERMISSION_DENIED' });
    const put = await call('PUT', '/api/desk/admin/calendars/business', {
      cookie: alice,
      body: { spec: { timeZone: 'UTC', week: {} }, name: 'x' },
    });
    expect(put.status).toBe(403);
    // A requester reads people and teams, not rotas, absences or calendars.
    const settings = (await call('GET', '/api/desk/settings', { cookie: alice })).body as {
      organisation: { users: unknown[]; rotas: unknown[] };
      calendars: Record<string, unknown>;
    };
    expect(settings.organisation.users.length).toBeGreaterThan(5);
    expect(settings.organisation.rotas).toEqual([]);
    expect(settings.calendars).toEqual({});

    // The studio's workflow list is the DeskClient's (GET /api/definitions, @deskkit/server), where
    // the runtime decides who may publish; the desk has no side route for it.
    const ada = await signIn('ada');
    expect(await call('GET', '/api/desk/admin/definitions', { cookie: ada })).toMatchObject({
      status: 404,
    });
  });

  it('answers a bad calendar with 422 and the issue path; saves a good one', async () => {
    const ada = await signIn('ada');
    const spec = desk.settings.calendars.business!;
    const bad = await call('PUT', '/api/desk/admin/calendars/business', {
      cookie: ada,
      body: { spec: { ...spec, week: { ...spec.week, mon: [['09:00', '25:00']] } }, name: 'B' },
    });
    expect(bad.status).toBe(422);
    expect((bad.body?.issues as Array<{ path: string }>)[0]?.path).toMatch(
      /^\/calendars\/business\/week\/mon/,
    );
    const good = await call('PUT', '/api/desk/admin/calendars/business', {
      cookie: ada,
      body: { spec: { ...spec, week: { ...spec.week, mon: [['09:00', '12:00']] } }, name: 'B' },
    });
    expect(good.status).toBe(204);
    expect(desk.settings.calendars.business?.week.mon).toEqual([['09:00', '12:00']]);
  });

  it('refuses a body that is not JSON (415) or not the right shape (400)', async () => {
    const ada = await signIn('ada');
    const response = await routes(
      new Request(`${origin}/api/desk/clock`, {
        method: 'POST',
        headers: { origin, cookie: ada, 'content-type': 'text/plain' },
        body: 'advance',
      }),
    );
    expect(response?.status).toBe(415);
    const shape = await call('POST', '/api/desk/clock', { cookie: ada, body: { advanceMs: 'x' } });
    expect(shape.status).toBe(400);
  });

  it("keeps each user's overview layout for them alone", async () => {
    const sam = await signIn('sam');
    const tom = await signIn('tom');
    const layout = { lg: [{ i: 'sla', x: 2, y: 0, w: 4, h: 3 }] };
    const saved = await call('PUT', '/api/desk/layouts/agent', { cookie: sam, body: { layout } });
    expect(saved.status).toBe(204);
    expect((await call('GET', '/api/desk/layouts/agent', { cookie: sam })).body).toEqual(layout);
    expect((await call('GET', '/api/desk/layouts/agent', { cookie: tom })).body).toBeNull();
  });

  it('lets an administrator move the simulated clock for everyone, and nobody else', async () => {
    const alice = await signIn('alice');
    const ada = await signIn('ada');
    const before = (await call('GET', '/api/desk/clock', { cookie: alice })).body as {
      now: string;
    };
    const refused = await call('POST', '/api/desk/clock', {
      cookie: alice,
      body: { advanceMs: 3_600_000 },
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'PERMISSION_DENIED' });
    const after = (
      await call('POST', '/api/desk/clock', { cookie: ada, body: { advanceMs: 3_600_000 } })
    ).body as { now: string };
    expect(Date.parse(after.now) - Date.parse(before.now)).toBe(3_600_000);
    // Alice reads the moved clock too.
    const seen = (await call('GET', '/api/desk/clock', { cookie: alice })).body as { now: string };
    expect(seen.now).toBe(after.now);
  });
});

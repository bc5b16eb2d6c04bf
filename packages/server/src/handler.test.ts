import type { Ticket, TicketPage, TicketView } from '@deskkit/runtime';
import { call, desk } from '../test/fixtures';
import { sessionCookie } from './auth/session';

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = await response.json();
  expect(body).toMatchObject({ status: response.status });
  expect(typeof body.type).toBe('string');
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  return body;
}

async function raise(handler: (r: Request) => Promise<Response>, user = 'ann', summary = 'VPN') {
  const response = await handler(
    call('POST', '/tickets', { user, body: { workflow: 'access-request', data: { summary } } }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as Ticket;
}

describe('createHandler: every route of the contract', () => {
  it('GET /catalog lists what this user may start', async () => {
    const { handler } = await desk();
    const response = await handler(call('GET', '/catalog', { user: 'ann' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual([
      expect.objectContaining({ key: 'access-request', version: 1, path: ['Access'] }),
    ]);
    // admin has no employee role: the workflow is not in their catalog
    expect(await (await handler(call('GET', '/catalog', { user: 'admin' }))).json()).toEqual([]);
  });

  it('POST /tickets raises a ticket as the authenticated user: 201 with its Location', async () => {
    const { handler, runtime } = await desk();
    const response = await handler(
      call('POST', '/tickets', {
        user: 'ann',
        body: { workflow: 'access-request', data: { summary: 'VPN' } },
      }),
    );
    expect(response.status).toBe(201);
    const ticket = (await response.json()) as Ticket;
    expect(ticket).toMatchObject({ requester: 'ann', status: 'open', active: ['triage'] });
    expect(response.headers.get('location')).toBe(`/api/tickets/${ticket.id}`);
    expect((await runtime.getTicket(ticket.id)).requester).toBe('ann');
  });

  it('Idempotency-Key makes a repeated POST apply once, scoped to the user', async () => {
    const { handler, runtime } = await desk();
    const start = (user: string) =>
      handler(
        call('POST', '/tickets', {
          user,
          body: { workflow: 'access-request', data: { summary: 'Once' } },
          headers: { 'idempotency-key': 'k-1' },
        }),
      );
    const first = (await (await start('ann')).json()) as Ticket;
    const again = (await (await start('ann')).json()) as Ticket;
    expect(again.id).toBe(first.id);
    const bobs = (await (await start('bob')).json()) as Ticket;
    expect(bobs.id).not.toBe(first.id);
    expect((await runtime.listTickets({})).tickets).toHaveLength(2);

    const act = () =>
      handler(
        call('POST', `/tickets/${first.id}/actions`, {
          user: 'eve',
          body: { action: 'comment', comment: 'looking' },
          headers: { 'idempotency-key': 'c-1' },
        }),
      );
    expect((await act()).status).toBe(200);
    expect((await act()).status).toBe(200);
    const comments = (await runtime.history(first.id)).filter((e) => e.comment === 'looking');
    expect(comments).toHaveLength(1);
  });

  it('POST /tickets/search answers a page of the tickets this user may see', async () => {
    const { handler } = await desk();
    const mine = await raise(handler, 'ann', 'mine');
    await raise(handler, 'bob', 'not mine');
    const response = await handler(
      call('POST', '/tickets/search', { user: 'ann', body: { status: ['open'] } }),
    );
    expect(response.status).toBe(200);
    const page = (await response.json()) as TicketPage;
    expect(page.tickets.map((t) => t.id)).toEqual([mine.id]);
  });

  it('GET /tickets/:id answers the view; 404 for unknown and for invisible tickets alike', async () => {
    const { handler } = await desk();
    const t = await raise(handler);
    const response = await handler(call('GET', `/tickets/${t.id}`, { user: 'eve' }));
    expect(response.status).toBe(200);
    const view = (await response.json()) as TicketView;
    expect(view.ticket.id).toBe(t.id);
    expect(view.actions).toContain('submit');

    const unknown = await problemOf(await handler(call('GET', '/tickets/nope', { user: 'eve' })));
    const invisible = await handler(call('GET', `/tickets/${t.id}`, { user: 'bob' }));
    expect(invisible.status).toBe(404);
    expect(unknown).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect((await problemOf(invisible)).code).toBe('NOT_FOUND');
  });

  it('POST /tickets/:id/actions acts; 403, 409 and 422 as the runtime decides', async () => {
    const { handler } = await desk();
    const t = await raise(handler);
    const act = (user: string, body: unknown) =>
      handler(call('POST', `/tickets/${t.id}/actions`, { user, body }));

    const stale = await act('eve', { action: 'submit', expectedVersion: t.version + 5 });
    expect(stale.status).toBe(409);
    expect(await problemOf(stale)).toMatchObject({
      code: 'CONFLICT',
      expectedVersion: t.version + 5,
    });

    const forbidden = await act('eve', { action: 'submit', data: { summary: 'changed' } });
    expect(forbidden.status).toBe(403);
    expect(await problemOf(forbidden)).toMatchObject({
      code: 'PERMISSION_DENIED',
      fields: ['summary'],
    });

    const notAllowed = await act('eve', { action: 'approve' });
    expect(notAllowed.status).toBe(403);
    expect((await problemOf(notAllowed)).code).toBe('ACTION_NOT_ALLOWED');

    const notHers = await act('ann', { action: 'submit' });
    expect(notHers.status).toBe(403);
    expect((await problemOf(notHers)).code).toBe('PERMISSION_DENIED');

    // max has no part in the ticket yet: it does not exist for him
    const invisible = await act('max', { action: 'submit' });
    expect(invisible.status).toBe(404);

    const done = await act('eve', { action: 'submit', data: { notes: 'ok' } });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ active: ['review'], data: { notes: 'ok' } });
  });

  it('422 with issues for ticket data the form refuses', async () => {
    const { handler } = await desk();
    const response = await handler(
      call('POST', '/tickets', {
        user: 'ann',
        body: { workflow: 'access-request', data: { summary: 'x', amount: -1 } },
      }),
    );
    expect(response.status).toBe(422);
    const body = await problemOf(response);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: expect.stringContaining('amount') }),
      ]),
    );
  });

  it('POST /tickets/:id/relations links both tickets; 404 for a ticket the user cannot see', async () => {
    const { handler, runtime } = await desk();
    const a = await raise(handler);
    const b = await raise(handler);
    const c = await raise(handler, 'bob');
    const response = await handler(
      call('POST', `/tickets/${a.id}/relations`, {
        user: 'ann',
        body: { op: 'link', to: b.id, type: 'relates' },
      }),
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as Ticket).links).toEqual([
      { type: 'relates', ticketId: b.id, number: b.number },
    ]);
    expect((await runtime.getTicket(b.id)).links).toMatchObject([{ ticketId: a.id }]);
    const hidden = await handler(
      call('POST', `/tickets/${a.id}/relations`, { user: 'ann', body: { op: 'link', to: c.id } }),
    );
    expect(hidden.status).toBe(404);
    const bad = await handler(
      call('POST', `/tickets/${a.id}/relations`, { user: 'ann', body: { op: 'fuse', to: b.id } }),
    );
    expect(bad.status).toBe(400);
  });

  it('POST /tickets/bulk acts on each ticket on its own and reports each outcome', async () => {
    const { handler } = await desk();
    const a = await raise(handler);
    const b = await raise(handler);
    const c = await raise(handler, 'bob');
    const response = await handler(
      call('POST', '/tickets/bulk', {
        user: 'ann',
        body: { tickets: [a.id, c.id, b.id], action: 'comment', comment: 'any news?' },
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject([
      { ticketId: a.id, ok: true, ticket: { id: a.id } },
      { ticketId: c.id, ok: false, error: { code: 'NOT_FOUND' } },
      { ticketId: b.id, ok: true },
    ]);
  });

  it('GET /tickets/:id/history answers the events in order', async () => {
    const { handler } = await desk();
    const t = await raise(handler);
    const response = await handler(call('GET', `/tickets/${t.id}/history`, { user: 'ann' }));
    expect(response.status).toBe(200);
    const events = (await response.json()) as Array<{ seq: number; type: string }>;
    expect(events[0]).toMatchObject({ seq: 1, type: 'created' });
    expect((await handler(call('GET', `/tickets/${t.id}/history`, { user: 'bob' }))).status).toBe(
      404,
    );
  });

  it("GET /tasks answers the user's work items, filtered by the query", async () => {
    const { handler } = await desk();
    const t = await raise(handler);
    const response = await handler(call('GET', `/tasks?state=open&limit=10`, { user: 'eve' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([
      expect.objectContaining({ ticketId: t.id, nodeId: 'triage', assignee: 'eve' }),
    ]);
    expect(await (await handler(call('GET', '/tasks', { user: 'ann' }))).json()).toEqual([]);
    const bad = await handler(call('GET', '/tasks?limit=ten&state=later', { user: 'eve' }));
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).issues[0].path).toBe('/query/state');
  });

  it('POST /aggregate answers figures over the visible tickets', async () => {
    const { handler } = await desk();
    await raise(handler, 'ann');
    await raise(handler, 'ann');
    await raise(handler, 'bob');
    const response = await handler(
      call('POST', '/aggregate', { user: 'ann', body: { groupBy: ['status'] } }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ groups: [{ key: { status: 'open' }, value: 2 }] });
  });

  it('GET /definitions/:key answers a version; POST /definitions publishes: 201, 403, 422', async () => {
    const { handler } = await desk();
    const latest = await handler(call('GET', '/definitions/access-request', { user: 'ann' }));
    expect(latest.status).toBe(200);
    const def = await latest.json();
    expect(def).toMatchObject({ key: 'access-request', name: 'Access request' });
    expect(
      (await handler(call('GET', '/definitions/access-request?version=1', { user: 'ann' }))).status,
    ).toBe(200);
    expect(
      (await problemOf(await handler(call('GET', '/definitions/nope', { user: 'ann' })))).code,
    ).toBe('NOT_FOUND');
    const badVersion = await handler(
      call('GET', '/definitions/access-request?version=x', { user: 'ann' }),
    );
    expect((await problemOf(badVersion)).issues[0].path).toBe('/query/version');

    // Ann reads the outline a requester may see; the admin, who may publish, reads the whole
    // definition and publishes it renamed.
    const whole = await (
      await handler(call('GET', '/definitions/access-request', { user: 'admin' }))
    ).json();
    const published = await handler(
      call('POST', '/definitions', {
        user: 'admin',
        body: { ...whole, name: 'Access request v2' },
      }),
    );
    expect(published.status).toBe(201);
    expect(await published.json()).toEqual({ key: 'access-request', version: 2 });
    expect(published.headers.get('location')).toBe('/api/definitions/access-request?version=2');

    const denied = await handler(call('POST', '/definitions', { user: 'ann', body: def }));
    expect(denied.status).toBe(403);
    expect((await problemOf(denied)).code).toBe('PERMISSION_DENIED');

    const invalid = await handler(
      call('POST', '/definitions', { user: 'admin', body: { ...def, nodes: [] } }),
    );
    expect(invalid.status).toBe(422);
    const problem = await problemOf(invalid);
    expect(problem.code).toBe('DEFINITION_INVALID');
    expect(problem.issues.length).toBeGreaterThan(0);

    const notObject = await handler(call('POST', '/definitions', { user: 'admin', body: [def] }));
    expect(notObject.status).toBe(400);
  });

  it('GET /openapi.json answers without credentials', async () => {
    const { handler } = await desk();
    const response = await handler(call('GET', '/openapi.json'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ openapi: '3.1.0', servers: [{ url: '/api' }] });
  });
});

describe('createHandler: the protocol errors', () => {
  it('401 without an actor, before anything else is read', async () => {
    const { handler } = await desk();
    for (const request of [
      call('GET', '/catalog'),
      call('POST', '/tickets', { body: 'not json' }),
      call('GET', '/no-such-route'),
    ]) {
      const response = await handler(request);
      expect(response.status).toBe(401);
      expect((await problemOf(response)).code).toBe('UNAUTHENTICATED');
    }
  });

  it('400 for malformed JSON and for a body of the wrong shape, naming each path', async () => {
    const { handler } = await desk();
    const malformed = await handler(
      call('POST', '/tickets', { user: 'ann', body: '{"workflow":' }),
    );
    expect(malformed.status).toBe(400);
    expect((await problemOf(malformed)).code).toBe('BAD_REQUEST');

    const shape = await handler(
      call('POST', '/tickets/x/actions', {
        user: 'eve',
        body: { action: 'dance', expectedVersion: 'one', actor: 'max' },
      }),
    );
    expect(shape.status).toBe(400);
    const body = await problemOf(shape);
    expect(body.code).toBe('BAD_REQUEST');
    expect(body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      '/action',
      '/actor',
      '/expectedVersion',
    ]);

    const search = await handler(
      call('POST', '/tickets/search', { user: 'ann', body: { limit: 'all' } }),
    );
    expect((await problemOf(search)).issues[0].path).toBe('/limit');

    const key = await handler(
      call('POST', '/tickets', {
        user: 'ann',
        body: { workflow: 'access-request', data: { summary: 'x' } },
        headers: { 'idempotency-key': '' },
      }),
    );
    expect((await problemOf(key)).issues[0].path).toBe('/headers/idempotency-key');
  });

  it('413 for a body over the limit, 415 for a body that is not JSON', async () => {
    const { handler } = await desk({ limits: { bodyBytes: 200 } });
    const big = await handler(
      call('POST', '/tickets', {
        user: 'ann',
        body: { workflow: 'access-request', data: { summary: 'x'.repeat(500) } },
      }),
    );
    expect(big.status).toBe(413);
    expect((await problemOf(big)).code).toBe('PAYLOAD_TOO_LARGE');

    const form = await handler(
      call('POST', '/tickets', {
        user: 'ann',
        body: 'workflow=access-request',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
    expect(form.status).toBe(415);
    expect((await problemOf(form)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('429 with Retry-After when one user writes too fast; others and reads go on', async () => {
    const { handler } = await desk({ rateLimit: { burst: 2, perSecond: 0.01 } });
    await raise(handler, 'ann');
    await raise(handler, 'ann');
    const limited = await handler(
      call('POST', '/tickets', { user: 'ann', body: { workflow: 'access-request', data: {} } }),
    );
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await problemOf(limited)).code).toBe('RATE_LIMITED');
    await raise(handler, 'bob');
    const search = await handler(call('POST', '/tickets/search', { user: 'ann', body: {} }));
    expect(search.status).toBe(200);
  });

  it('500 that reveals nothing when the host fails; onError gets the error', async () => {
    const seen: unknown[] = [];
    const { handler } = await desk({
      authenticate: () => {
        throw new Error('directory at ldap://10.0.0.5 is down');
      },
      onError: (error) => seen.push(error),
    });
    const response = await handler(call('GET', '/catalog', { user: 'ann' }));
    expect(response.status).toBe(500);
    const body = await problemOf(response);
    expect(body.code).toBe('INTERNAL');
    expect(JSON.stringify(body)).not.toContain('ldap');
    expect(seen).toEqual([expect.objectContaining({ message: expect.stringContaining('ldap') })]);
  });

  it('serves at the root without basePath', async () => {
    const { handler } = await desk({ basePath: undefined });
    const response = await handler(
      new Request('http://desk.test/catalog', { headers: { 'x-user': 'ann' } }),
    );
    expect(response.status).toBe(200);
    const t = await handler(
      new Request('http://desk.test/tickets', {
        method: 'POST',
        headers: { 'x-user': 'ann', 'content-type': 'application/json' },
        body: JSON.stringify({ workflow: 'access-request', data: { summary: 'root' } }),
      }),
    );
    expect(t.status).toBe(201);
    expect(t.headers.get('location')).toMatch(/^\/tickets\//);
  });

  it('sessionCookie end to end: signed-in reads and same-origin writes; 401 for forged or cross-site', async () => {
    const session = sessionCookie({ secret: 'a-test-secret-of-at-least-32-bytes!!' });
    const { handler } = await desk({ authenticate: session.authenticate });
    const cookie = (await session.issue('ann')).split(';')[0] as string;
    const url = 'http://desk.test/api';
    const write = (headers: Record<string, string>) =>
      handler(
        new Request(`${url}/tickets`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ workflow: 'access-request', data: { summary: 'cookie' } }),
        }),
      );
    expect((await handler(new Request(`${url}/catalog`, { headers: { cookie } }))).status).toBe(
      200,
    );
    expect((await write({ origin: 'http://desk.test' })).status).toBe(201);
    expect((await write({ origin: 'https://evil.example' })).status).toBe(401);
    const forged = `${cookie.slice(0, -3)}abc`;
    const response = await handler(new Request(`${url}/catalog`, { headers: { cookie: forged } }));
    expect(response.status).toBe(401);
    expect((await problemOf(response)).code).toBe('UNAUTHENTICATED');
  });

  it('404 problem for an unknown route', async () => {
    const { handler } = await desk();
    const response = await handler(call('DELETE', '/tickets', { user: 'ann' }));
    expect(response.status).toBe(404);
    expect((await problemOf(response)).code).toBe('NOT_FOUND');
  });

  it('security headers on every answer, errors included', async () => {
    const { handler } = await desk();
    for (const request of [
      call('GET', '/catalog', { user: 'ann' }),
      call('GET', '/catalog'),
      call('GET', '/tickets/nope', { user: 'ann' }),
      call('GET', '/openapi.json'),
    ]) {
      const response = await handler(request);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cache-control')).toMatch(/no-store|no-cache/);
    }
  });

  it('CORS only when configured: preflight answered, origin echoed', async () => {
    const { handler } = await desk({
      cors: { origin: 'https://desk.example.com', credentials: true },
    });
    const preflight = await handler(
      new Request('http://desk.test/api/tickets', {
        method: 'OPTIONS',
        headers: {
          origin: 'https://desk.example.com',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://desk.example.com');
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');

    const { handler: closed } = await desk();
    const response = await closed(
      call('GET', '/catalog', { user: 'ann', headers: { origin: 'https://evil.example' } }),
    );
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

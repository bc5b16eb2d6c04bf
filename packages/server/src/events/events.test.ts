import {
  AuthenticationError,
  createRuntime,
  memoryDirectory,
  memoryStorage,
  type DeskkitError,
  type RuntimeEvent,
} from '@deskkit/runtime';
import { APPROVAL, USERS, headerAuth } from '../../test/desk';
import { eventsOf, readSse } from '../../test/sse';
import { createHttpClient } from '../client/index';
import { createHandler } from '../handler';
import type { EventsOptions } from './events.types';

const BASE = 'http://desk.test/api';

async function desk(events: EventsOptions = {}) {
  const runtime = createRuntime({
    storage: memoryStorage(),
    directory: memoryDirectory({ users: USERS }),
    publishers: [{ user: 'admin' }],
  });
  await runtime.publish(APPROVAL, { actor: 'admin' });
  const make = () =>
    createHandler({
      runtime,
      authenticate: headerAuth,
      basePath: '/api',
      rateLimit: false,
      events: { heartbeatMs: 60_000, retryMs: 10, ...events },
    });
  const handler = make();
  const open = (user: string | null, headers: Record<string, string> = {}) =>
    handler(
      new Request(`${BASE}/events`, {
        headers: { accept: 'text/event-stream', ...(user ? { 'x-user': user } : {}), ...headers },
      }),
    );
  const start = () =>
    runtime
      .client('ann')
      .startTicket({ workflow: APPROVAL.key, data: { summary: 'Laptop', amount: 900 } });
  return { runtime, handler, make, open, start };
}

describe('GET /events', () => {
  it("streams the user's events with their feed position as id, and nothing of tickets they may not see", async () => {
    const d = await desk();
    const ann = readSse(await d.open('ann'));
    const bob = readSse(await d.open('bob'));
    const t = await d.start();
    await d.runtime.client('eve').act({ ticket: t.id, action: 'submit', data: { notes: 'ok' } });
    const expected = (await d.runtime.history(t.id)).map((e) => e.id);
    const got = await ann.until(() => {
      const evs = eventsOf(ann);
      return evs.length >= expected.length ? evs : undefined;
    });
    expect(got.map((e) => e.id)).toEqual(expected);
    const withIds = ann.messages.filter((m) => m.data !== '' && m.event === undefined);
    expect(withIds.every((m) => m.id === (JSON.parse(m.data) as RuntimeEvent).position)).toBe(true);
    // Bob may not see Ann's ticket: his stream only moves its cursor to the same place.
    const last = withIds[withIds.length - 1]?.id;
    await bob.until(() => (bob.messages.some((m) => m.id === last) ? true : undefined));
    expect(eventsOf(bob)).toEqual([]);
    await ann.cancel();
    await bob.cancel();
    await d.handler.close?.();
  });

  it('leaves out work notes for the requester, shows them to the desk side', async () => {
    const d = await desk();
    const ann = readSse(await d.open('ann'));
    const eve = readSse(await d.open('eve'));
    const t = await d.start();
    await d.runtime
      .client('eve')
      .act({ ticket: t.id, action: 'comment', comment: 'call vendor', internal: true });
    await d.runtime.client('eve').act({ ticket: t.id, action: 'comment', comment: 'on it' });
    const seen = (r: typeof ann) =>
      eventsOf<RuntimeEvent>(r).flatMap((e) => (e.comment ? [e.comment] : []));
    await eve.until(() => (seen(eve).length === 2 ? true : undefined));
    await ann.until(() => (seen(ann).includes('on it') ? true : undefined));
    expect(seen(eve)).toEqual(['call vendor', 'on it']);
    expect(seen(ann)).toEqual(['on it']);
    await ann.cancel();
    await eve.cancel();
    await d.handler.close?.();
  });

  it('resumes from Last-Event-ID: nothing lost or repeated across a reconnect', async () => {
    const d = await desk();
    const first = readSse(await d.open('ann'));
    const t = await d.start();
    const created = await first.until(() => eventsOf(first)[0]);
    await first.cancel();
    const c = d.runtime.client;
    await c('eve').act({ ticket: t.id, action: 'submit', data: { notes: 'ok' } });
    await c('max').act({ ticket: t.id, action: 'approve' });
    const all = (await d.runtime.history(t.id)).map((e) => e.id);
    const again = readSse(await d.open('ann', { 'last-event-id': created.position }));
    const rest = await again.until(() => {
      const evs = eventsOf(again);
      return evs.length && evs[evs.length - 1]?.id === all[all.length - 1] ? evs : undefined;
    });
    expect(rest.map((e) => e.id)).toEqual(all.slice(all.indexOf(created.id) + 1));
    await again.cancel();
    await d.handler.close?.();
  });

  it('sends heartbeats while nothing happens', async () => {
    const d = await desk({ heartbeatMs: 30 });
    const r = readSse(await d.open('ann'));
    await r.until(() => (r.comments.length >= 2 ? true : undefined));
    await r.cancel();
    await d.handler.close?.();
  });

  it('answers a malformed Last-Event-ID with 400 and no credentials with 401, as problem+json', async () => {
    const d = await desk();
    const bad = await d.open('ann', { 'last-event-id': 'yesterday' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(((await bad.json()) as { code: string }).code).toBe('BAD_REQUEST');
    const anonymous = await d.open(null);
    expect(anonymous.status).toBe(401);
    await d.handler.close?.();
  });

  it('close() ends every open stream', async () => {
    const d = await desk();
    const r = readSse(await d.open('ann'));
    await d.handler.close?.();
    await r.ended;
    expect(r.isEnded()).toBe(true);
  });

  it('GET /events/feed answers a page of the same events as JSON', async () => {
    const d = await desk();
    const head = await d.runtime.eventsHead();
    const t = await d.start();
    const res = await d.handler(
      new Request(`${BASE}/events/feed?after=${head}&limit=2`, { headers: { 'x-user': 'ann' } }),
    );
    const page = (await res.json()) as { events: RuntimeEvent[]; cursor: string };
    expect(page.events.map((e) => e.ticketId)).toEqual([t.id, t.id]);
    expect(page.cursor).toBe(page.events[1]?.position);
    await d.handler.close?.();
  });
});

describe('createHttpClient: subscribe and eventsSince', () => {
  it('receives events over SSE and, after the server went away, resumes on another without loss', async () => {
    const d = await desk();
    const second = d.make();
    let target = d.handler;
    let opened: () => void = () => undefined;
    const streamOpen = new Promise<void>((r) => (opened = r));
    const fetchVia = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await target(new Request(input, init));
      if (String(input).endsWith('/events') && res.ok) opened();
      return res;
    }) as typeof fetch;
    const ann = createHttpClient({
      baseUrl: BASE,
      fetch: fetchVia,
      headers: () => ({ 'x-user': 'ann' }),
    });
    const got: RuntimeEvent[] = [];
    let wake = () => undefined as void;
    const stop = ann.subscribe((e) => {
      got.push(e);
      wake();
    });
    const until = async (n: number) => {
      while (got.length < n) await new Promise<void>((r) => (wake = r));
    };
    // A stream without Last-Event-ID starts at the feed's end when the server answers it.
    await streamOpen;
    const t = await ann.startTicket({
      workflow: APPROVAL.key,
      data: { summary: 'Dock', amount: 50 },
    });
    const startEvents = (await d.runtime.history(t.id)).length;
    await until(startEvents);
    // The first server shuts down; the client reconnects (to the second) with Last-Event-ID.
    target = second;
    await d.handler.close?.();
    await d.runtime.client('eve').act({ ticket: t.id, action: 'submit', data: { notes: 'ok' } });
    const all = await d.runtime.history(t.id);
    await until(all.length);
    expect(got.map((e) => e.id)).toEqual(all.map((e) => e.id));
    stop();
    await second.close?.();
  });

  it('starts again from now after the server refused its position (another storage), and says so', async () => {
    const d = await desk();
    const other = await desk();
    let target = d.handler;
    let opened: () => void = () => undefined;
    const streamOpen = () => new Promise<void>((r) => (opened = r));
    let open = streamOpen();
    const fetchVia = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await target(new Request(input, init));
      if (res.ok) opened();
      return res;
    }) as typeof fetch;
    const errors: DeskkitError[] = [];
    const got: RuntimeEvent[] = [];
    let wake = () => undefined as void;
    const ann = createHttpClient({
      baseUrl: BASE,
      fetch: fetchVia,
      headers: () => ({ 'x-user': 'ann' }),
      onEventsError: (e) => errors.push(e),
    });
    const stop = ann.subscribe((e) => {
      got.push(e);
      wake();
    });
    await open;
    // Events on the first desk move the client's position beyond the second desk's feed.
    const first = await d.start();
    while (!got.some((e) => e.ticketId === first.id)) await new Promise<void>((r) => (wake = r));
    open = streamOpen();
    target = other.handler;
    await d.handler.close?.();
    await open; // refused once (400), then reconnected without a position
    expect(errors.map((e) => e.code)).toContain('BAD_REQUEST');
    const t = await other.start();
    while (!got.some((e) => e.ticketId === t.id)) await new Promise<void>((r) => (wake = r));
    stop();
    await other.handler.close?.();
  });

  it('reports a refused connection as the runtime error class, and eventsSince reads pages', async () => {
    const d = await desk();
    const fetchVia = ((input: RequestInfo | URL, init?: RequestInit) =>
      d.handler(new Request(input, init))) as typeof fetch;
    const errors: DeskkitError[] = [];
    let wake = () => undefined as void;
    const nobody = createHttpClient({
      baseUrl: BASE,
      fetch: fetchVia,
      onEventsError: (e) => {
        errors.push(e);
        wake();
      },
    });
    const stop = nobody.subscribe(() => undefined);
    while (!errors.length) await new Promise<void>((r) => (wake = r));
    stop();
    expect(errors[0]).toBeInstanceOf(AuthenticationError);

    const t = await d.start();
    const ann = createHttpClient({
      baseUrl: BASE,
      fetch: fetchVia,
      headers: () => ({ 'x-user': 'ann' }),
    });
    const page = await ann.eventsSince(null, 1000);
    expect(page.events.map((e) => e.ticketId)).toContain(t.id);
    const bob = createHttpClient({
      baseUrl: BASE,
      fetch: fetchVia,
      headers: () => ({ 'x-user': 'bob' }),
    });
    const none = await bob.eventsSince(null, 1000);
    expect(none).toEqual({ events: [], cursor: page.cursor });
    await d.handler.close?.();
  });
});

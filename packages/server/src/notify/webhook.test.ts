// Outbound webhooks end to end: endpoints configured through the admin routes, deliveries made by
// `tick` to a real HTTP receiver that verifies each Standard Webhooks signature with the
// `standardwebhooks` package, retried after a failure, with "send test" and the delivery log.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRuntime, memoryDirectory, memoryStorage } from '@deskkit/runtime';
import { notifications } from '@deskkit/runtime/notify';
import type { WebhookEndpoint, WebhookLogEntry } from '@deskkit/runtime/notify';
import { Webhook } from 'standardwebhooks';
import { notificationAdminHandler } from './admin';
import { incidentFlow } from './testFlow';

interface Received {
  path: string;
  verified: boolean;
  id: string | undefined;
  payload: { type: string; data: Record<string, unknown> } | undefined;
}

let receiver: Server;
let base: string;
const received: Received[] = [];
const secrets = new Map<string, string>();
let failNext = 0;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const path = req.url ?? '';
      const secret = secrets.get(path) ?? '';
      const headers = {
        'webhook-id': String(req.headers['webhook-id']),
        'webhook-timestamp': String(req.headers['webhook-timestamp']),
        'webhook-signature': String(req.headers['webhook-signature']),
      };
      let payload: Received['payload'];
      let verified = false;
      try {
        payload = new Webhook(secret).verify(raw, headers) as Received['payload'];
        verified = true;
      } catch {
        payload = undefined;
      }
      received.push({ path, verified, id: headers['webhook-id'], payload });
      if (!verified) return res.writeHead(401).end();
      if (failNext > 0) {
        failNext--;
        return res.writeHead(503).end();
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise<void>((resolve) => receiver.close(() => resolve())));

describe('outbound webhooks (Standard Webhooks)', () => {
  it('delivers signed events per endpoint filter, retries a failure, sends a test, keeps a log', async () => {
    // Real time: receivers refuse timestamps more than five minutes off their clock.
    let ms = Date.now();
    const runtime = createRuntime({
      storage: memoryStorage({ clock: () => ms }),
      directory: memoryDirectory({
        users: [
          { id: 'ann', roles: ['employee'] },
          { id: 'eve', roles: ['employee', 'agent'] },
          { id: 'admin', roles: ['admin'] },
        ],
      }),
      clock: () => new Date(ms),
      publishers: 'anyone',
      extensions: [
        notifications({ templates: { ticketUrl: (n) => `/t/${n.ticketId}` }, backoffMs: 1_000 }),
      ],
    });
    await runtime.publish(incidentFlow, { actor: 'admin' });
    const admin = notificationAdminHandler({
      runtime,
      authenticate: (r) => r.headers.get('x-user'),
      admins: [{ role: 'admin' }],
    });
    const call = (method: string, path: string, body?: unknown, user = 'admin') =>
      admin(
        new Request(`http://desk.test${path}`, {
          method,
          headers: { 'x-user': user, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      );

    expect((await call('GET', '/admin/webhooks', undefined, 'ann')).status).toBe(403);
    const bad = await call('POST', '/admin/webhooks', {
      id: 'x',
      url: 'ftp://nope',
      events: ['*'],
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail).toContain('/url must be an http(s) URL');

    const all = (await (
      await call('POST', '/admin/webhooks', { id: 'all', url: `${base}/all`, events: ['*'] })
    ).json()) as WebhookEndpoint;
    expect(all.secret).toMatch(/^whsec_/);
    const resolved = (await (
      await call('POST', '/admin/webhooks', {
        id: 'resolved',
        url: `${base}/resolved`,
        events: ['resolved', 'statusChanged'],
      })
    ).json()) as WebhookEndpoint;
    secrets.set('/all', all.secret);
    secrets.set('/resolved', resolved.secret);

    const t = await runtime
      .client('ann')
      .startTicket({ workflow: 'incident', data: { summary: 'Printer on fire' } });
    failNext = 1;
    await runtime.tick();
    expect(received.map((r) => [r.path, r.verified, r.payload?.type])).toEqual([
      ['/all', true, 'ticket.assigned'],
    ]);
    await runtime.tick();
    expect(received).toHaveLength(1); // waits for its backoff
    ms += 1_000;
    await runtime.tick();
    expect(received.map((r) => [r.path, r.verified])).toEqual([
      ['/all', true],
      ['/all', true],
    ]);
    expect(received[1]?.id).toBe(received[0]?.id); // the same message, deduplicable by id
    expect(received[1]?.payload?.data).toMatchObject({
      event: 'assigned',
      ticket: { id: t.id, number: t.number, title: 'Printer on fire' },
      actor: 'ann',
      recipients: ['eve'],
    });

    received.length = 0;
    await runtime.client('eve').act({ ticket: t.id, action: 'submit' });
    await runtime.tick();
    expect(received.map((r) => `${r.path} ${r.payload?.type}`).sort()).toEqual(
      ['/all ticket.resolved', '/resolved ticket.resolved'].sort(),
    );
    await runtime.tick();
    expect(received).toHaveLength(2);

    received.length = 0;
    const test = (await (
      await call('POST', '/admin/webhooks/resolved/test')
    ).json()) as WebhookLogEntry;
    expect(test).toMatchObject({ ok: true, status: 204, type: 'webhook.test' });
    expect(received).toEqual([expect.objectContaining({ path: '/resolved', verified: true })]);
    const log = (await (await call('GET', '/admin/webhooks/all/log')).json()) as WebhookLogEntry[];
    expect(log.map((e) => [e.type, e.ok, e.status])).toEqual([
      ['ticket.resolved', true, 204],
      ['ticket.assigned', true, 204],
      ['ticket.assigned', false, 503],
    ]);
    // The failed attempt says when it is tried again (1 s backoff).
    expect(Date.parse(log[2]!.nextRetryAt!) - Date.parse(log[2]!.at)).toBe(1_000);

    // The list hides secrets; an edit keeps the secret, a rotation makes a new one.
    const listed = (await (await call('GET', '/admin/webhooks')).json()) as Array<
      Record<string, unknown>
    >;
    expect(listed.every((e) => e.secret === undefined)).toBe(true);
    expect(listed.find((e) => e.id === 'all')?.secretHint).toBe(`whsec_…${all.secret.slice(-4)}`);
    const edited = await call('POST', '/admin/webhooks', {
      id: 'all',
      url: `${base}/all`,
      events: ['resolved'],
      description: 'Everything',
    });
    expect(edited.status).toBe(200);
    expect(await edited.json()).not.toHaveProperty('secret');
    received.length = 0;
    expect(await (await call('POST', '/admin/webhooks/all/test')).json()).toMatchObject({
      ok: true,
    });
    const { secret: rotated } = (await (
      await call('POST', '/admin/webhooks/all/rotate')
    ).json()) as { secret: string };
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(all.secret);
    expect(await (await call('POST', '/admin/webhooks/all/test')).json()).toMatchObject({
      ok: false,
      status: 401, // the receiver still holds the old secret
    });
    expect((await call('POST', '/admin/webhooks/nope/rotate')).status).toBe(404);
    const outbox = await (await call('GET', '/admin/notifications/outbox')).json();
    expect(outbox.notifications.length).toBeGreaterThan(0);
    expect((await call('POST', '/admin/webhooks/resolved/delete')).status).toBe(204);
    expect(
      ((await (await call('GET', '/admin/webhooks')).json()) as WebhookEndpoint[]).map((e) => e.id),
    ).toEqual(['all']);
  });
});

// SMTP settings and dead letters through the admin routes, served over real HTTP (node:http): the
// settings never echo the password, the test mail reaches a real SMTP server (smtp-server) and a
// dead letter retried by an admin is delivered by the next tick.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRuntime, memoryDirectory, memoryStorage } from '@deskkit/runtime';
import { notifications } from '@deskkit/runtime/notify';
import { getRequestListener } from '@hono/node-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { notificationAdminHandler } from './admin';
import { incidentFlow } from './testFlow';
import { smtpSettingsStore } from './settings';
import { smtpTransport } from './smtp';

let smtp: SMTPServer;
let smtpPort: number;
const caught: ParsedMail[] = [];
let http: Server;
let base: string;
const ms = Date.parse('2026-11-23T09:00:00.000Z');

const runtime = createRuntime({
  storage: memoryStorage({ clock: () => ms }),
  directory: memoryDirectory({
    users: [
      { id: 'ann', roles: ['employee'] },
      { id: 'eve', email: 'eve@example.com', roles: ['employee'] },
      { id: 'admin', roles: ['admin'] },
      { id: 'wang', roles: ['admin'], locale: 'zh-CN' },
    ],
  }),
  clock: () => new Date(ms),
  publishers: 'anyone',
  extensions: [], // replaced below, once the store exists
});
const store = smtpSettingsStore(runtime.storage, () => ({
  host: '127.0.0.1',
  port: smtpPort,
  from: 'Desk <desk@desk.test>',
}));
const transport = smtpTransport(async () => (await store.current())!);

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // The saved password must reach the server: only desk / s3cret! signs in.
    onAuth(auth, _session, done) {
      if (auth.username === 'desk' && auth.password === 's3cret!') done(null, { user: 'desk' });
      else done(new Error('Invalid username or password'));
    },
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => caught.push(mail))
        .then(() => done(), done);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  const admin = notificationAdminHandler({
    runtime,
    authenticate: (r) => r.headers.get('x-user'),
    admins: [{ role: 'admin' }],
    smtp: { store, transport },
    templates: { timeZone: 'Asia/Shanghai' },
  });
  http = createServer(getRequestListener(admin));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
  transport.close();
  await new Promise<void>((resolve) => http.close(() => resolve()));
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const call = (
  method: string,
  path: string,
  body?: unknown,
  user = 'admin',
  headers: Record<string, string> = {},
) =>
  fetch(`${base}${path}`, {
    method,
    headers: { 'x-user': user, 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('SMTP settings and dead letters (admin routes over HTTP)', () => {
  it('edits the settings without echoing the password, and sends a test mail', async () => {
    expect((await call('GET', '/admin/notifications/smtp', undefined, 'ann')).status).toBe(403);
    expect(await (await call('GET', '/admin/notifications/smtp')).json()).toMatchObject({
      host: '127.0.0.1',
      port: smtpPort,
      custom: false,
      passwordSet: false,
    });
    const bad = await call('PUT', '/admin/notifications/smtp', { host: 'x', port: 0, from: 'me' });
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail).toContain('/port must be a port between 1 and 65535');

    const saved = await call('PUT', '/admin/notifications/smtp', {
      host: '127.0.0.1',
      port: smtpPort,
      user: 'desk',
      password: 's3cret!',
      from: 'Service Desk <desk@desk.test>',
    });
    const view = await saved.json();
    expect(view).toMatchObject({ user: 'desk', passwordSet: true, custom: true });
    expect(JSON.stringify(view)).not.toContain('s3cret');
    // Saving again without a password keeps it.
    await call('PUT', '/admin/notifications/smtp', {
      host: '127.0.0.1',
      port: smtpPort,
      user: 'desk',
      from: 'Helpdesk <help@desk.test>',
    });
    expect((await store.current())?.auth).toEqual({ user: 'desk', pass: 's3cret!' });
    expect(
      JSON.stringify(await (await call('GET', '/admin/notifications/smtp')).json()),
    ).not.toContain('s3cret');

    const sent = await call('POST', '/admin/notifications/smtp/test', { to: 'ada@example.com' });
    expect(await sent.json()).toEqual({ ok: true });
    expect(caught.at(-1)).toMatchObject({ subject: 'Deskkit test mail' });
    expect(caught.at(-1)?.from?.text).toBe('"Helpdesk" <help@desk.test>');
    expect((await call('POST', '/admin/notifications/smtp/test', { to: 'nope' })).status).toBe(400);

    // A server that is not there: the answer says why, nothing is thrown at the admin.
    await call('PUT', '/admin/notifications/smtp', { host: '127.0.0.1', port: 9, from: 'a@b.c' });
    const failed = await (
      await call('POST', '/admin/notifications/smtp/test', { to: 'ada@example.com' })
    ).json();
    expect(failed).toMatchObject({ ok: false, error: expect.stringMatching(/ECONNREFUSED/) });

    expect(await (await call('DELETE', '/admin/notifications/smtp')).json()).toMatchObject({
      port: smtpPort,
      custom: false,
    });
  });

  it("writes the test mail in the admin's language, dated in the desk's time zone", async () => {
    const to = { to: 'ops@example.com' };
    await call('POST', '/admin/notifications/smtp/test', to);
    expect(caught.at(-1)).toMatchObject({ subject: 'Deskkit test mail' });
    expect(caught.at(-1)?.text).toContain(
      'This test mail was sent by the service desk at Nov 23, 2026, 5:00 PM (Asia/Shanghai).',
    );
    // The screen in Chinese (its Accept-Language), or an admin whose directory entry is.
    for (const [user, headers] of [
      ['admin', { 'accept-language': 'zh-CN,en;q=0.5' }],
      ['wang', {}],
    ] as const) {
      expect(
        await (await call('POST', '/admin/notifications/smtp/test', to, user, headers)).json(),
      ).toEqual({ ok: true });
      const mail = caught.at(-1)!;
      expect(mail.subject).toBe('Deskkit 测试邮件');
      expect(mail.text).toContain(
        '此测试邮件由服务台于 2026年11月23日 17:00（Asia/Shanghai）发送。',
      );
      expect(mail.text).toContain('电子邮件通知工作正常。');
      expect(mail.html).toContain('lang="zh-CN"');
      expect(`${mail.subject} ${mail.text}`).not.toMatch(/test mail|notifications work/i);
    }
  });

  it('retries a dead letter on an admin’s word; the next tick delivers it', async () => {
    const rt = createRuntime({
      storage: runtime.storage,
      directory: runtime.directory,
      clock: () => new Date(ms),
      publishers: 'anyone',
      extensions: [
        notifications({
          email: {
            send: async (m) => {
              if (failing) throw new Error('mailbox full');
              await transport.send(m);
            },
          },
          templates: { ticketUrl: (n) => `https://desk.test/t/${n.ticketId}` },
          maxAttempts: 1,
        }),
      ],
    });
    let failing = true;
    await rt.publish(incidentFlow, { actor: 'admin' });
    const t = await rt
      .client('ann')
      .startTicket({ workflow: 'incident', data: { summary: 'Fan' } });
    await rt.tick();
    const dead = await (await call('GET', '/admin/notifications/dead')).json();
    const letter = dead.notifications.find(
      (n: { ticketId: string; recipient?: string }) => n.ticketId === t.id && n.recipient === 'eve',
    );
    expect(letter.delivery).toMatchObject({ state: 'dead', lastError: 'email: mailbox full' });

    failing = false;
    const before = caught.length;
    expect((await call('POST', `/admin/notifications/${letter.id}/retry`, {})).status).toBe(204);
    expect((await call('POST', `/admin/notifications/${letter.id}/retry`, {})).status).toBe(404);
    await rt.tick();
    expect(caught.slice(before).map((m) => m.subject)).toEqual([
      `[${t.number}] Assigned to you: Fan`,
    ]);
    const outbox = await (await call('GET', '/admin/notifications/outbox')).json();
    expect(
      outbox.notifications.find((n: { id: string }) => n.id === letter.id).delivery.state,
    ).toBe('delivered');
  });
});

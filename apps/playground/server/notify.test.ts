// @vitest-environment node
// The playground server's e-mail, over real HTTP: the desk's notification of an approval request is
// delivered by SMTP to the demo's mail catcher (smtp-server + mailparser), an admin reads it and the
// outbox on the admin routes, everyone else is refused, and the SMTP settings never echo a password.
import { startMailCatcher, type CaughtMail, type MailCatcher } from './mailCatcher';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;
let catcher: MailCatcher;
let base = '';

beforeAll(async () => {
  catcher = await startMailCatcher();
  server = await startTestServer({
    mailCatcher: catcher,
    sessionSecret: 'a-test-secret-of-at-least-32-bytes!!',
  });
  base = server.base;
}, 60_000);
afterAll(async () => {
  await server.close();
  await catcher.close();
});

const signIn = (user: string) => server.signIn(user);
const call = (cookie: string, method: string, path: string, body?: unknown) =>
  server.call(cookie, method, path, body);

/** Polls the caught mails until one matches (the desk delivers shortly after the command). */
async function mailMatching(cookie: string, test: (m: CaughtMail) => boolean): Promise<CaughtMail> {
  for (let i = 0; i < 100; i++) {
    const { mails } = (await (
      await call(cookie, 'GET', '/api/admin/notifications/mails')
    ).json()) as {
      mails: CaughtMail[];
    };
    const found = mails.find(test);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('No such mail was caught.');
}

describe('the playground’s e-mail (mail catcher) and notification admin routes', () => {
  it('delivers an approval request by SMTP to the catcher, shown to admins only', async () => {
    const alice = await signIn('alice');
    const ada = await signIn('ada');
    const started = await call(alice, 'POST', '/api/tickets', {
      workflow: 'access-request',
      data: { beneficiary: 'alice', system: 'CI-1001', level: 'read', approver: 'victor' },
    });
    expect(started.status).toBe(201);
    const ticket = (await started.json()) as { id: string; number: string };

    const mail = await mailMatching(ada, (m) => m.ticket === ticket.number);
    expect(mail).toMatchObject({
      to: ['victor.lambert@example.com'],
      from: 'Deskkit Service Desk <desk@deskkit.localhost>',
      subject: expect.stringContaining(`[${ticket.number}] Your approval is requested`),
    });
    expect(mail.text).toContain(`${base}/#/ticket/${ticket.id}`);
    expect(mail.html).toContain('<a href=');

    const outbox = (await (await call(ada, 'GET', '/api/admin/notifications/outbox')).json()) as {
      notifications: Array<{ id: string; delivery: { state: string } }>;
    };
    expect(outbox.notifications.find((n) => n.id === mail.notification)?.delivery.state).toBe(
      'delivered',
    );

    expect((await call(alice, 'GET', '/api/admin/notifications/mails')).status).toBe(403);
    expect((await call(alice, 'GET', '/api/admin/notifications/outbox')).status).toBe(403);
    expect((await call(alice, 'GET', '/api/admin/webhooks')).status).toBe(403);
    expect((await fetch(`${base}/api/admin/notifications/mails`)).status).toBe(401);
  });

  it('writes to a demo user whose directory locale is zh-CN in Chinese, dated in the desk zone', async () => {
    const alice = await signIn('alice');
    const ada = await signIn('ada');
    const started = await call(alice, 'POST', '/api/tickets', {
      workflow: 'access-request',
      data: { beneficiary: 'alice', system: 'CI-1001', level: 'read', approver: 'helene' },
    });
    expect(started.status).toBe(201);
    const ticket = (await started.json()) as { id: string; number: string };
    const mail = await mailMatching(ada, (m) => m.ticket === ticket.number);
    expect(mail).toMatchObject({
      to: ['helene.moreau@example.com'],
      subject: expect.stringContaining(`[${ticket.number}] 请您审批：`),
    });
    expect(mail.text).toMatch(/时间：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（Europe\/Paris）/);
    expect(mail.html).toContain(`打开 ${ticket.number}</a>`);
  });

  it('points SMTP at the catcher by default; saved settings never echo the password', async () => {
    const ada = await signIn('ada');
    expect(await (await call(ada, 'GET', '/api/admin/notifications/smtp')).json()).toMatchObject({
      host: '127.0.0.1',
      port: catcher.port,
      custom: false,
    });
    const saved = await call(ada, 'PUT', '/api/admin/notifications/smtp', {
      host: '127.0.0.1',
      port: catcher.port,
      user: 'desk',
      password: 'hunter2-secret',
      from: 'Help <help@example.com>',
    });
    expect(saved.status).toBe(200);
    const text = await (await call(ada, 'GET', '/api/admin/notifications/smtp')).text();
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text)).toMatchObject({ passwordSet: true, custom: true, user: 'desk' });
    const test = await call(ada, 'POST', '/api/admin/notifications/smtp/test', {
      to: 'ada@example.com',
    });
    expect(await test.json()).toEqual({ ok: true });
    await mailMatching(
      ada,
      (m) => m.subject === 'Deskkit test mail' && m.from === 'Help <help@example.com>',
    );
    await call(ada, 'DELETE', '/api/admin/notifications/smtp');
    expect((await call(ada, 'DELETE', '/api/admin/notifications/mails')).status).toBe(204);
  });
});

// Notification e-mail end to end: the runtime's outbox, delivered by `tick` through nodemailer to a
// real SMTP server started here (smtp-server), parsed back with mailparser; then a reply to it,
// posted as raw MIME to the inbound handler, becomes a comment by the approver.
import type { AddressInfo } from 'node:net';
import { createRuntime, memoryDirectory, memoryStorage } from '@deskkit/runtime';
import type { WorkflowDefinition } from '@deskkit/runtime';
import { notifications } from '@deskkit/runtime/notify';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { inboundMailHandler } from './inbound';
import { smtpTransport } from './smtp';

const approvalFlow: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'purchase',
  name: 'Purchase',
  numberPrefix: 'PUR',
  form: { schema: { type: 'object', properties: { summary: { type: 'string' } } } },
  title: 'summary',
  nodes: [
    { id: 'start', type: 'start' },
    {
      id: 'ok',
      type: 'approval',
      name: 'Manager approval',
      approval: { mode: 'single' },
      assign: { strategy: 'fixed', to: [{ user: 'max' }] },
    },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'ok' },
    { id: 'e2', from: 'ok', to: 'end' },
  ],
};

const SECRET = 'test-reply-secret-0123456789';
let smtp: SMTPServer;
let port: number;
const inbox: ParsedMail[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => inbox.push(mail))
        .then(() => done(), done);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => new Promise<void>((resolve) => smtp.close(() => resolve())));

function desk() {
  const email = smtpTransport({ host: '127.0.0.1', port, from: 'Service Desk <desk@desk.test>' });
  const runtime = createRuntime({
    storage: memoryStorage(),
    directory: memoryDirectory({
      users: [
        { id: 'ann', name: 'Ann Lee', email: 'ann@example.com', roles: ['employee'] },
        { id: 'max', name: 'Max Roe', email: 'max@example.com', roles: ['employee'] },
        { id: 'admin', roles: ['admin'] },
      ],
    }),
    publishers: 'anyone',
    extensions: [
      notifications({
        email,
        templates: { ticketUrl: (n) => `https://desk.test/tickets/${n.ticketId}` },
        replies: { secret: SECRET, address: (t) => `reply+${t}@desk.test` },
      }),
    ],
  });
  return { runtime, email };
}

const reply = (from: string, to: string, text: string) =>
  new Request('http://desk.test/inbound/mail', {
    method: 'POST',
    headers: { 'content-type': 'message/rfc822' },
    body: [
      `From: ${from}`,
      `To: ${to}`,
      'Subject: Re: your approval',
      'Message-ID: <r1@example.com>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      text,
      '',
      'On Mon, 7 Dec 2026, Service Desk <desk@desk.test> wrote:',
      '> Your decision is requested.',
    ].join('\r\n'),
  });

describe('notification e-mail over SMTP', () => {
  it('sends the approver an HTML and text e-mail linking to the ticket; a reply becomes their comment', async () => {
    const { runtime, email } = desk();
    await runtime.publish(approvalFlow, { actor: 'admin' });
    const t = await runtime.client('ann').startTicket({
      workflow: 'purchase',
      data: { summary: 'New laptop' },
    });
    await runtime.tick();
    await vi.waitFor(() => expect(inbox).toHaveLength(1));
    const mail = inbox[0]!;
    expect(mail.subject).toBe(`[${t.number}] Your approval is requested: New laptop`);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('max@example.com');
    expect(mail.from?.text).toBe('"Service Desk" <desk@desk.test>');
    expect(mail.text).toContain(`Your decision is requested on "Manager approval" of ${t.number}.`);
    expect(mail.text).toContain(`https://desk.test/tickets/${t.id}`);
    expect(mail.html).toContain(`<a href="https://desk.test/tickets/${t.id}">Open ${t.number}</a>`);
    expect(mail.headers.get('x-deskkit-ticket')).toBe(t.number);
    const replyTo = mail.replyTo?.value[0]?.address ?? '';
    expect(replyTo).toMatch(/^reply\+[\w.-]+@desk\.test$/);
    await runtime.tick();
    expect(inbox).toHaveLength(1); // delivered once

    const refused: string[] = [];
    const inbound = inboundMailHandler({
      runtime,
      secret: SECRET,
      onRefused: (reason) => refused.push(reason),
    });
    const ok = await inbound(reply('Max Roe <max@example.com>', replyTo, 'Fine by me, go ahead.'));
    expect(ok.status).toBe(202);
    expect(await ok.json()).toEqual({ ticketId: t.id, user: 'max' });
    const comment = (await runtime.history(t.id)).find((e) => e.action === 'comment');
    expect(comment).toMatchObject({ actor: 'max', comment: 'Fine by me, go ahead.' });

    const forged = replyTo.replace(/\.([\w-])/, (_, c: string) => `.${c === 'A' ? 'B' : 'A'}`);
    const bad = await inbound(reply('max@example.com', forged, 'Sneaky'));
    expect(bad.status).toBe(403);
    const stranger = await inbound(reply('mallory@evil.test', replyTo, 'Approve it'));
    expect(stranger.status).toBe(403);
    expect(refused).toEqual([
      expect.stringContaining('no valid reply token'),
      expect.stringContaining('sender mallory@evil.test is not the address'),
    ]);
    const comments = (await runtime.history(t.id)).filter((e) => e.action === 'comment');
    expect(comments).toHaveLength(1);
    email.close();
  });
});

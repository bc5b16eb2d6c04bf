// Notification e-mail end to end: the runtime's outbox, delivered by `tick` through nodemailer to a
// real SMTP server started here (smtp-server), parsed back with mailparser; then a reply to it,
// posted as raw MIME to the inbound handler, becomes a comment by the approver.
import { createRuntime, memoryDirectory, memoryStorage } from '@deskkit/runtime';
import type { WorkflowDefinition } from '@deskkit/runtime';
import { notifications } from '@deskkit/runtime/notify';
import type { ParsedMail } from 'mailparser';
import { inboundMailHandler } from './inbound';
import { smtpTransport } from './smtp';
import { approvalFlow } from './testFlow';
import { startTestSmtp } from './testSmtp';

const SECRET = 'test-reply-secret-0123456789';
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
let port: number;
const inbox: ParsedMail[] = [];

beforeAll(async () => {
  smtp = await startTestSmtp((mail) => inbox.push(mail));
  port = smtp.port;
});
afterAll(async () => smtp.close());

function desk() {
  const email = smtpTransport({ host: '127.0.0.1', port, from: 'Service Desk <desk@desk.test>' });
  const runtime = createRuntime({
    storage: memoryStorage(),
    directory: memoryDirectory({
      users: [
        { id: 'ann', name: 'Ann Lee', email: 'ann@example.com', roles: ['employee'] },
        { id: 'max', name: 'Max Roe', email: 'max@example.com', roles: ['employee'] },
        {
          id: 'wang',
          name: '王芳',
          email: 'wang@example.com',
          roles: ['employee'],
          locale: 'zh-CN',
        },
        { id: 'admin', roles: ['admin'] },
      ],
    }),
    timeZone: 'Asia/Shanghai',
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

  it('writes each recipient in their directory locale: Chinese to a zh-CN user, English to others', async () => {
    const { runtime, email } = desk();
    const toWang: WorkflowDefinition = {
      ...approvalFlow,
      key: 'purchase-cn',
      nodes: approvalFlow.nodes.map((n) =>
        n.type === 'approval' ? { ...n, assign: { strategy: 'fixed', to: [{ user: 'wang' }] } } : n,
      ),
    };
    await runtime.publish(approvalFlow, { actor: 'admin' });
    await runtime.publish(toWang, { actor: 'admin' });
    const ann = runtime.client('ann');
    const en = await ann.startTicket({ workflow: 'purchase', data: { summary: 'Monitor' } });
    const zh = await ann.startTicket({ workflow: 'purchase-cn', data: { summary: '显示器' } });
    const before = inbox.length;
    await runtime.tick();
    const mailTo = (address: string) =>
      inbox.slice(before).find((m) => (m.to && !Array.isArray(m.to) ? m.to.text : '') === address);
    await vi.waitFor(() => {
      expect(mailTo('max@example.com')).toBeDefined();
      expect(mailTo('wang@example.com')).toBeDefined();
    });
    const max = mailTo('max@example.com')!;
    const wang = mailTo('wang@example.com')!;
    expect(max.subject).toBe(`[${en.number}] Your approval is requested: Monitor`);
    expect(max.text).toContain(`Your decision is requested on "Manager approval" of ${en.number}.`);
    // The time of the request in the desk's zone (the runtime's `timeZone`), in each one's words.
    expect(max.text).toMatch(/When: \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M \(Asia\/Shanghai\)/);
    expect(wang.subject).toBe(`[${zh.number}] 请您审批：显示器`);
    expect(wang.text).toContain(`请您对 ${zh.number} 的“Manager approval”做出审批决定。`);
    expect(wang.text).toMatch(/时间：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（Asia\/Shanghai）/);
    expect(wang.text).toContain(`直接回复此邮件，即可在 ${zh.number} 上添加评论。`);
    expect(wang.html).toContain(
      `<a href="https://desk.test/tickets/${zh.id}">打开 ${zh.number}</a>`,
    );
    expect(wang.html).toContain('<html lang="zh-CN">');
    email.close();
  });
});

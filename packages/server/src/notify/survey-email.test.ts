// The "resolved" e-mail of a ticket with a satisfaction survey, caught by a real SMTP server
// (smtp-server, parsed with mailparser): one link per rating, each to the ticket's page with the
// survey pre-selected; following one does not answer the survey, the desk's page asks to confirm.
import { createRuntime, memoryDirectory, memoryStorage } from '@deskkit/runtime';
import type { WorkflowDefinition } from '@deskkit/runtime';
import { notifications } from '@deskkit/runtime/notify';
import type { ParsedMail } from 'mailparser';
import { smtpTransport } from './smtp';
import { incidentFlow } from './testFlow';
import { startTestSmtp } from './testSmtp';

let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
const inbox: ParsedMail[] = [];
beforeAll(async () => {
  smtp = await startTestSmtp((mail) => inbox.push(mail));
});
afterAll(async () => smtp.close());

const rated: WorkflowDefinition = { ...incidentFlow, key: 'rated', survey: { after: 'P5D' } };
const ownForm: WorkflowDefinition = {
  ...incidentFlow,
  key: 'own-form',
  survey: { form: { type: 'object', properties: { verdict: { type: 'string' } } } },
};

async function resolvedMail(def: WorkflowDefinition, requester: 'ann' | 'wang') {
  const email = smtpTransport({ host: '127.0.0.1', port: smtp.port, from: 'desk@desk.test' });
  const runtime = createRuntime({
    storage: memoryStorage(),
    directory: memoryDirectory({
      users: [
        { id: 'ann', name: 'Ann Lee', email: 'ann@example.com', roles: ['employee'] },
        {
          id: 'wang',
          name: '王芳',
          email: 'wang@example.com',
          roles: ['employee'],
          locale: 'zh-CN',
        },
        { id: 'eve', name: 'Eve Agent', email: 'eve@example.com', roles: ['agent'] },
        { id: 'admin', roles: ['admin'] },
      ],
    }),
    publishers: 'anyone',
    extensions: [
      notifications({
        email,
        templates: { ticketUrl: (n) => `https://desk.test/#/ticket/${n.ticketId}` },
      }),
    ],
  });
  await runtime.publish(def, { actor: 'admin' });
  const t = await runtime.client(requester).startTicket({
    workflow: def.key,
    data: { summary: 'Printer jams' },
  });
  const eve = runtime.client('eve');
  const [work] = (await eve.viewTicket(t.id)).workItems ?? [];
  await eve.act({ ticket: t.id, action: 'submit', ...(work ? { workItem: work.id } : {}) });
  const to = requester === 'ann' ? 'ann@example.com' : 'wang@example.com';
  await runtime.tick();
  let mail: ParsedMail | undefined;
  await vi.waitFor(() => {
    mail = inbox.find(
      (m) =>
        (m.to && !Array.isArray(m.to) ? m.to.text : '') === to &&
        m.headers.get('x-deskkit-ticket') === t.number &&
        /Resolved|已解决/.test(m.subject ?? ''),
    );
    expect(mail).toBeDefined();
  });
  email.close();
  return { runtime, t, mail: mail! };
}

describe('the satisfaction e-mail', () => {
  it('links each rating 1–5 to the ticket page with the survey pre-selected; following one answers nothing', async () => {
    const { runtime, t, mail } = await resolvedMail(rated, 'ann');
    expect(mail.subject).toBe(`[${t.number}] Resolved: Printer jams`);
    expect(mail.text).toContain(
      'How satisfied are you? Pick a rating, then confirm it on the ticket:',
    );
    const labels = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];
    for (const [i, label] of labels.entries()) {
      const url = `https://desk.test/#/ticket/${t.id}?rate=${i + 1}`;
      expect(mail.html).toContain(`<a href="${url}">${i + 1} – ${label}</a>`);
      expect(mail.text).toContain(`${i + 1} – ${label}: ${url}`);
    }
    expect(mail.html).toContain(
      `<a href="https://desk.test/#/ticket/${t.id}">Open ${t.number}</a>`,
    );
    // The link only opens the page: the survey stays unanswered until the requester confirms.
    const view = await runtime.client('ann').viewTicket(t.id);
    expect(view.ticket.satisfaction).toBeUndefined();
    expect(view.actions).toContain('rate');
  });

  it('writes the rating links in the requester’s language', async () => {
    const { t, mail } = await resolvedMail(rated, 'wang');
    expect(mail.subject).toBe(`[${t.number}] 已解决：Printer jams`);
    expect(mail.text).toContain('您对本次处理满意吗？请选择评分，然后在工单上确认：');
    expect(mail.html).toContain(`<a href="https://desk.test/#/ticket/${t.id}?rate=4">4 – 满意</a>`);
    expect(mail.html).toContain(
      `<a href="https://desk.test/#/ticket/${t.id}?rate=1">1 – 非常不满意</a>`,
    );
  });

  it('has no rating links when the workflow’s survey is a form of its own: it links the ticket', async () => {
    const { t, mail } = await resolvedMail(ownForm, 'ann');
    expect(mail.text).toContain('Tell us how we did: rate the resolution on the ticket.');
    expect(mail.html).not.toContain('rate=');
    expect(mail.html).toContain(
      `<a href="https://desk.test/#/ticket/${t.id}">Open ${t.number}</a>`,
    );
  });
});

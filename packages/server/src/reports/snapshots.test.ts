// Scheduled dashboard snapshots end to end: a subscription saved through the public client, the
// simulated clock moved past its RRULE, `tick` stages each recipient's snapshot in the
// notifications outbox and delivers it through nodemailer to a real SMTP server started here
// (smtp-server), parsed back with mailparser. Each recipient's figures are `aggregate` as them.
import type { AddressInfo } from 'node:net';
import {
  NotFoundError,
  PermissionError,
  ValidationError,
  createRuntime,
  memoryDirectory,
  memoryStorage,
} from '@deskkit/runtime';
import type {
  AggregateQuery,
  ReportSubscriptionInput,
  Runtime,
  StorageAdapter,
} from '@deskkit/runtime';
import { notifications } from '@deskkit/runtime/notify';
import { reportSnapshots } from '@deskkit/runtime/reports';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createHttpClient } from '../client/index';
import { smtpTransport } from '../notify/smtp';
import { serve } from '../serve';
import { incidentFlow } from '../notify/testFlow';

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

const to = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : '');
/** The snapshot e-mails caught (the desk also mails Eve her assignments). */
const snapshots = () => inbox.filter((m) => m.headers.has('x-deskkit-report'));
const mailsTo = (address: string) => snapshots().filter((m) => to(m) === address);

async function desk(storage: StorageAdapter) {
  let now = new Date('2026-12-07T06:00:00Z');
  const email = smtpTransport({ host: '127.0.0.1', port, from: 'Service Desk <desk@desk.test>' });
  const runtime: Runtime = createRuntime({
    storage,
    clock: () => now,
    timeZone: 'Europe/Paris',
    directory: memoryDirectory({
      users: [
        { id: 'ann', name: 'Ann Lee', email: 'ann@example.com', roles: ['employee'] },
        {
          id: 'bob',
          name: 'Bob Hu',
          email: 'bob@example.com',
          roles: ['employee'],
          locale: 'zh-CN',
        },
        { id: 'eve', name: 'Eve Agent', email: 'eve@example.com', roles: ['agent'] },
        { id: 'max', name: 'Max Manager', email: 'max@example.com', roles: ['manager'] },
        { id: 'admin', roles: ['admin'] },
      ],
    }),
    auditors: [{ user: 'max' }],
    publishers: 'anyone',
    extensions: [
      notifications({
        email,
        templates: { ticketUrl: (n) => `https://desk.test/t/${n.ticketId}` },
      }),
      reportSnapshots({
        admins: [{ role: 'admin' }],
        dashboardUrl: () => 'https://desk.test/#/overview',
      }),
    ],
  });
  await runtime.publish(incidentFlow, { actor: 'admin' });
  for (const [who, summary] of [
    ['ann', 'Printer jam'],
    ['ann', 'VPN down'],
    ['bob', 'Mail quota'],
  ] as const)
    await runtime.client(who).startTicket({ workflow: 'incident', data: { summary } });
  return {
    runtime,
    email,
    advance: (iso: string) => {
      now = new Date(iso);
    },
  };
}

const byStatus: AggregateQuery = { groupBy: ['status'] };
const byWorkflow: AggregateQuery = { groupBy: ['workflow'], metric: 'created' };

/** The figures of the HTML tables: the last cell of each row carries the raw value. */
function figures(html: string): number[] {
  return [...html.matchAll(/data-value="([^"]*)"/g)].map((m) => Number(m[1]));
}

describe.each([['memory', async () => memoryStorage()]])(
  'report snapshots by e-mail on %s',
  (_name, makeStorage) => {
    it('advancing the clock past the schedule mails each recipient the figures aggregate gives them', async () => {
      inbox.length = 0;
      const { runtime, email, advance } = await desk(await makeStorage());
      const max = runtime.client('max');
      const sub = await max.saveReportSubscription({
        name: 'Daily desk',
        recipients: ['max', 'ann', 'bob'],
        schedule: { rrule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0', start: '2026-12-07T08:00' },
        formats: ['csv', 'xlsx'],
        reports: [
          { title: 'By status', query: byStatus },
          { title: 'Created per workflow', query: byWorkflow, days: 7 },
        ],
      });
      // 08:00 in Paris is 07:00 UTC.
      expect(sub.next).toBe('2026-12-07T07:00:00.000Z');
      expect(await max.listReportSubscriptions()).toEqual([
        expect.objectContaining({ id: sub.id }),
      ]);

      await runtime.tick();
      await runtime.tick();
      expect(snapshots()).toHaveLength(0);

      advance('2026-12-07T07:01:00Z');
      await runtime.tick(); // stages the snapshots in the outbox
      await runtime.tick(); // delivers them
      await vi.waitFor(() => expect(snapshots()).toHaveLength(3));

      for (const who of ['max', 'ann'] as const) {
        const [mail] = mailsTo(`${who}@example.com`);
        expect(mail?.subject).toMatch(/^Daily desk: figures of /);
        const expected = [
          ...(await runtime.client(who).aggregate(byStatus)).groups.map((g) => g.value),
          ...(
            await runtime.client(who).aggregate({
              ...byWorkflow,
              createdFrom: '2026-11-30T07:00:00.000Z',
              createdTo: '2026-12-07T07:00:00.000Z',
            })
          ).groups.map((g) => g.value),
        ];
        expect(figures(mail!.html || '')).toEqual(expected);
        expect(mail!.attachments.map((a) => a.filename)).toEqual([
          'By status.csv',
          'Created per workflow.csv',
          'Daily desk.xlsx',
        ]);
        const csv = mail!.attachments[0]!.content.toString('utf8').replace(/^\uFEFF/, '');
        const statusGroups = (await runtime.client(who).aggregate(byStatus)).groups;
        expect(csv.trim().split('\r\n')).toEqual([
          'Status,Tickets',
          ...statusGroups.map((g) => `${g.key.status},${g.value}`),
        ]);
      }
      // Max audits the whole desk; Ann sees only her own two tickets: smaller figures.
      expect(figures(mailsTo('max@example.com')[0]!.html || '')).toEqual([3, 3]);
      expect(figures(mailsTo('ann@example.com')[0]!.html || '')).toEqual([2, 2]);
      // Bob reads Chinese (his directory locale) and sees one ticket.
      const bob = mailsTo('bob@example.com')[0]!;
      expect(bob.subject).toMatch(/^Daily desk：/);
      expect(bob.text).toContain('状态');
      expect(figures(bob.html || '')).toEqual([1, 1]);

      // Another tick sends nothing more; the next run is tomorrow 08:00 Paris.
      await runtime.tick();
      await runtime.tick();
      expect(snapshots()).toHaveLength(3);
      const [after] = await max.listReportSubscriptions();
      expect(after?.next).toBe('2026-12-08T07:00:00.000Z');
      expect(after?.lastRunAt).toBe('2026-12-07T07:01:00.000Z');
      email.close();
    });
  },
);

describe('report subscriptions over HTTP', () => {
  it('createHttpClient lists, saves and deletes them; the one saved over HTTP is mailed', async () => {
    inbox.length = 0;
    const { runtime, email, advance } = await desk(memoryStorage());
    const server = await serve({
      runtime,
      handler: { authenticate: (r) => r.headers.get('x-user'), basePath: '/api' },
      port: 0,
      hostname: '127.0.0.1',
      timers: false,
      signals: [],
    });
    const as = (user: string) =>
      createHttpClient({ baseUrl: `${server.url}/api`, headers: () => ({ 'x-user': user }) });
    try {
      const ann = as('ann');
      const input: ReportSubscriptionInput = {
        name: 'My tickets',
        recipients: ['ann'],
        schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0', start: '2026-12-07T09:00' },
        formats: ['csv'],
        reports: [{ title: 'By status', query: byStatus }],
      };
      const saved = await ann.saveReportSubscription({ ...input, formats: ['csv'] });
      expect(saved).toMatchObject({ owner: 'ann', next: '2026-12-07T08:00:00.000Z' });
      expect(await ann.listReportSubscriptions()).toEqual([saved]);
      expect(await as('bob').listReportSubscriptions()).toEqual([]);
      await expect(ann.listReportSubscriptions({ owner: '*' })).rejects.toThrow(PermissionError);
      expect((await as('admin').listReportSubscriptions({ owner: '*' })).map((s) => s.id)).toEqual([
        saved.id,
      ]);
      await expect(as('bob').deleteReportSubscription(saved.id)).rejects.toThrow(NotFoundError);
      await expect(
        ann.saveReportSubscription({
          ...input,
          formats: [],
          id: saved.id,
          schedule: { rrule: 'NOPE', start: '2026-12-07T09:00' },
        }),
      ).rejects.toThrow(ValidationError);

      advance('2026-12-07T08:00:10Z');
      await runtime.tick();
      await runtime.tick();
      await vi.waitFor(() => expect(mailsTo('ann@example.com')).toHaveLength(1));
      const mail = mailsTo('ann@example.com')[0]!;
      expect(figures(mail.html || '')).toEqual(
        (await ann.aggregate(byStatus)).groups.map((g) => g.value),
      );
      expect(mail.attachments.map((a) => a.contentType)).toEqual(['text/csv']);

      await ann.deleteReportSubscription(saved.id);
      expect(await ann.listReportSubscriptions()).toEqual([]);
    } finally {
      await server.close();
      email.close();
    }
  });
});

import ExcelJS from 'exceljs';
import { memoryDirectory } from '../directory/memory';
import { createRuntime } from '../engine/runtime';
import { STORAGES } from '../engine/testkit.storages';
import { USERS, chain, task } from '../engine/testkit';
import { NotFoundError, PermissionError, ValidationError } from '../errors/errors';
import type { EmailMessage } from '../notify/email';
import { notifications } from '../notify/extension';
import type { AggregateQuery } from '../query/query.types';
import type { StorageAdapter } from '../storage/storage.types';
import { reportSnapshots } from './extension';

const PEOPLE = USERS.map((u) => ({ ...u, email: `${u.id}@example.com` }));
const incident = chain('incident', [task('fix', { strategy: 'fixed', to: [{ user: 'eve' }] })]);
const SCHEDULE = { rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0', start: '2026-11-23T09:00' };
const byStatus: AggregateQuery = { groupBy: ['status'] };

function desk(storage: StorageAdapter, clock: () => Date, sent: EmailMessage[], reports = true) {
  return createRuntime({
    storage,
    clock,
    timeZone: 'Asia/Shanghai',
    directory: memoryDirectory({ users: PEOPLE }),
    auditors: [{ user: 'max' }],
    publishers: 'anyone',
    extensions: [
      notifications({
        email: { send: async (m) => void sent.push(m) },
        templates: { ticketUrl: (n) => `https://desk.test/t/${n.ticketId}` },
      }),
      ...(reports ? [reportSnapshots({ admins: [{ role: 'admin' }] })] : []),
    ],
  });
}

async function sheets(base64: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) as unknown as ArrayBuffer,
  );
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: sheet.name, rows };
  });
}

for (const { name, open } of STORAGES) {
  describe(`report subscriptions (${name})`, () => {
    let storage: StorageAdapter;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ storage, dispose } = await open());
    }, 60_000);
    afterAll(async () => dispose());

    it("each user manages their own subscriptions; admins manage everyone's; bad input names its field", async () => {
      const now = new Date('2026-11-20T00:00:00Z');
      const runtime = desk(storage, () => now, []);
      const ann = runtime.client('ann');
      const input = {
        name: 'Mine',
        recipients: ['ann'],
        schedule: SCHEDULE,
        reports: [{ title: 'By status', query: byStatus }],
      };
      const mine = await ann.saveReportSubscription(input);
      expect(mine).toMatchObject({
        owner: 'ann',
        enabled: true,
        formats: [],
        next: '2026-11-23T01:00:00.000Z',
      });
      expect(await runtime.client('bob').listReportSubscriptions()).toEqual([]);
      await expect(runtime.client('bob').deleteReportSubscription(mine.id)).rejects.toThrow(
        NotFoundError,
      );
      await expect(
        runtime.client('bob').saveReportSubscription({ ...input, id: mine.id }),
      ).rejects.toThrow(NotFoundError);
      await expect(ann.listReportSubscriptions({ owner: '*' })).rejects.toThrow(PermissionError);
      await expect(ann.saveReportSubscription({ ...input, owner: 'bob' })).rejects.toThrow(
        PermissionError,
      );

      const admin = runtime.client('admin');
      const forBob = await admin.saveReportSubscription({
        ...input,
        name: 'For Bob',
        owner: 'bob',
        recipients: ['bob'],
      });
      expect((await runtime.client('bob').listReportSubscriptions()).map((s) => s.name)).toEqual([
        'For Bob',
      ]);
      expect((await admin.listReportSubscriptions({ owner: '*' })).map((s) => s.name)).toEqual([
        'Mine',
        'For Bob',
      ]);
      const renamed = await admin.saveReportSubscription({
        ...input,
        id: mine.id,
        name: 'Renamed',
      });
      expect(renamed.owner).toBe('ann');
      await admin.deleteReportSubscription(forBob.id);

      const issue = (p: Promise<unknown>) =>
        p.then(
          () => 'saved',
          (e: unknown) => (e instanceof ValidationError ? e.issues[0]?.path : String(e)),
        );
      expect(
        await issue(
          ann.saveReportSubscription({
            ...input,
            schedule: { ...SCHEDULE, rrule: 'FREQ=SOMETIMES' },
          }),
        ),
      ).toBe('/schedule/rrule');
      expect(
        await issue(
          ann.saveReportSubscription({ ...input, schedule: { ...SCHEDULE, start: 'monday' } }),
        ),
      ).toBe('/schedule/start');
      expect(await issue(ann.saveReportSubscription({ ...input, recipients: ['nobody'] }))).toBe(
        '/recipients/0',
      );
      expect(await issue(ann.saveReportSubscription({ ...input, reports: [] }))).toBe('/reports');
      expect(await issue(ann.saveReportSubscription({ ...input, formats: ['pdf' as 'csv'] }))).toBe(
        '/formats',
      );
      await ann.deleteReportSubscription(mine.id);
      expect(await ann.listReportSubscriptions()).toEqual([]);

      const without = desk(storage, () => now, [], false);
      await expect(without.client('ann').listReportSubscriptions()).rejects.toThrow(/not enabled/);
    });

    it('two processes ticking together send each recipient one snapshot, figures as they may see them', async () => {
      let now = new Date('2026-11-22T00:00:00Z');
      const sent: EmailMessage[] = [];
      const one = desk(storage, () => now, sent);
      const two = desk(storage, () => now, sent);
      await one.publish(incident, { actor: 'admin' });
      await one.client('ann').startTicket({ workflow: 'incident', data: { summary: 'A' } });
      await one.client('bob').startTicket({ workflow: 'incident', data: { summary: 'B' } });
      const sub = await one.client('max').saveReportSubscription({
        name: 'Weekly',
        recipients: ['max', 'ann'],
        schedule: SCHEDULE,
        formats: ['xlsx'],
        reports: [
          { title: 'By status', query: byStatus },
          { title: 'Backlog by workflow', query: { groupBy: ['workflow'], metric: 'backlog' } },
        ],
      });
      // Monday 09:00 in Shanghai is 01:00 UTC.
      now = new Date('2026-11-23T01:00:30Z');
      await Promise.all([one.tick(), two.tick()]);
      await Promise.all([one.tick(), two.tick()]);
      const snaps = sent.filter((m) => m.headers?.['X-Deskkit-Report'] === sub.id);
      expect(snaps.map((m) => m.to).sort()).toEqual(['ann@example.com', 'max@example.com']);
      for (const who of ['ann', 'max']) {
        const mail = snaps.find((m) => m.to === `${who}@example.com`)!;
        const book = await sheets(mail.attachments![0]!.content);
        const status = (await one.client(who).aggregate(byStatus)).groups;
        const backlog = (
          await one
            .client(who)
            .aggregate({ groupBy: ['workflow'], metric: 'backlog', at: now.toISOString() })
        ).groups;
        expect(book).toEqual([
          {
            name: 'By status',
            rows: [['Status', 'Tickets'], ...status.map((g) => [g.key.status, g.value])],
          },
          {
            name: 'Backlog by workflow',
            rows: [['Workflow', 'Backlog'], ...backlog.map((g) => [g.key.workflow, g.value])],
          },
        ]);
      }
      const total = (who: string) => {
        const html = snaps.find((m) => m.to === `${who}@example.com`)!.html;
        return Number(/data-value="(\d+)"/.exec(html)?.[1]);
      };
      expect(total('max')).toBeGreaterThan(total('ann'));
      // The next week's run has not come: nothing more.
      now = new Date('2026-11-29T00:00:00Z');
      await Promise.all([one.tick(), two.tick()]);
      await Promise.all([one.tick(), two.tick()]);
      expect(sent.filter((m) => m.headers?.['X-Deskkit-Report'] === sub.id)).toHaveLength(2);
      await one.client('max').deleteReportSubscription(sub.id);
    });
  });
}

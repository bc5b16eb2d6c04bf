import { memoryDirectory } from '../directory/memory';
import { createRuntime } from '../engine/runtime';
import { STORAGES } from '../engine/testkit.storages';
import { USERS, approval, chain, task } from '../engine/testkit';
import type { StorageAdapter } from '../storage/storage.types';
import type { EmailMessage } from './email';
import { notificationAdmin, notifications } from './index';
import type { NotifyOptions } from './notify.options';

const PEOPLE = USERS.map((u) => ({ ...u, email: `${u.id}@example.com` }));

const requestFlow = chain('access', [
  approval('ok', { mode: 'single' }, { strategy: 'fixed', to: [{ user: 'max' }] }),
  task('work', { strategy: 'fixed', to: [{ user: 'eve' }] }),
]);

function desk(storage: StorageAdapter, extra: Partial<NotifyOptions> = {}) {
  let ms = Date.parse('2026-11-23T09:00:00.000Z');
  const sent: EmailMessage[] = [];
  const runtime = createRuntime({
    storage,
    directory: memoryDirectory({ users: PEOPLE }),
    clock: () => new Date(ms),
    publishers: 'anyone',
    extensions: [
      notifications({
        email: { send: async (m) => void sent.push(m) },
        templates: { ticketUrl: (n) => `https://desk.test/tickets/${n.ticketId}` },
        ...extra,
      }),
    ],
  });
  return { runtime, sent, advance: (d: number) => (ms += d) };
}

for (const { name, open } of STORAGES) {
  describe(`notifications (${name})`, () => {
    let storage: StorageAdapter;
    let dispose: () => Promise<void>;
    // One storage per file (PGlite starts in seconds): each test reads only its own tickets' entries.
    beforeAll(async () => {
      ({ storage, dispose } = await open());
    }, 60_000);
    afterAll(async () => dispose());

    it('tells the approver, the assignee, the mentioned and the requester; e-mails each once', async () => {
      const { runtime, sent } = desk(storage);
      await runtime.publish(requestFlow, { actor: 'admin' });
      const ann = runtime.client('ann');
      const max = runtime.client('max');
      const eve = runtime.client('eve');
      const t = await ann.startTicket({ workflow: 'access', data: { summary: 'VPN access' } });

      const inbox = await max.notifications();
      expect(inbox.unread).toBe(1);
      expect(inbox.notifications).toEqual([
        expect.objectContaining({
          type: 'approvalRequested',
          ticketId: t.id,
          actor: 'ann',
          ticketNumber: t.number,
        }),
      ]);
      expect(inbox.notifications[0]).not.toHaveProperty('delivery');
      expect((await ann.notifications()).notifications).toEqual([]);

      await max.act({ ticket: t.id, action: 'approve' });
      expect((await eve.notifications()).notifications.map((n) => n.type)).toEqual(['assigned']);
      await eve.act({ ticket: t.id, action: 'comment', comment: 'Thanks @max, and @bob see this' });
      const maxTypes = (await max.notifications()).notifications.map((n) => n.type);
      expect(maxTypes).toEqual(['mentioned', 'approvalRequested']);
      // bob may not see the ticket: a mention does not tell him about it.
      expect((await runtime.client('bob').notifications()).notifications).toEqual([]);
      await eve.act({ ticket: t.id, action: 'submit' });
      const annInbox = await ann.notifications();
      expect(annInbox.notifications.map((n) => [n.type, n.detail?.to])).toEqual([
        ['resolved', 'resolved'],
      ]);

      await runtime.tick();
      expect(sent.map((m) => `${m.to} ${m.subject}`).sort()).toEqual(
        [
          `ann@example.com [${t.number}] Resolved: (untitled)`,
          `eve@example.com [${t.number}] Assigned to you: (untitled)`,
          `max@example.com [${t.number}] Eve mentioned you: (untitled)`,
          `max@example.com [${t.number}] Your approval is requested: (untitled)`,
        ].sort(),
      );
      const mention = sent.find((m) => m.subject.includes('mentioned'))!;
      expect(mention.text).toContain('“Thanks @max, and @bob see this”');
      expect(mention.text).toContain(`https://desk.test/tickets/${t.id}`);
      expect(mention.html).toContain(
        `<a href="https://desk.test/tickets/${t.id}">Open ${t.number}</a>`,
      );
      await runtime.tick();
      expect(sent).toHaveLength(4);

      const newest = (await max.notifications()).notifications[0]!;
      expect(await max.markNotificationsRead([newest.id])).toBe(1);
      expect((await max.notifications()).unread).toBe(1);
      expect(await max.markAllNotificationsRead()).toBe(1);
      expect((await max.notifications({ unread: true })).notifications).toEqual([]);
    });

    it('retries failed e-mail with exponential backoff, then dead-letters it for admins', async () => {
      let fail = true;
      const tries: string[] = [];
      const { runtime, advance } = desk(storage, {
        email: {
          send: async (m) => {
            tries.push(m.to);
            if (fail) throw new Error('SMTP 451 try later');
          },
        },
        backoffMs: 1_000,
        maxAttempts: 3,
      });
      await runtime.publish(requestFlow, { actor: 'admin' });
      const t = await runtime
        .client('ann')
        .startTicket({ workflow: 'access', data: { summary: 'x' } });
      await runtime.tick();
      expect(tries).toEqual(['max@example.com']);
      await runtime.tick();
      expect(tries).toHaveLength(1); // not before its backoff
      advance(1_000);
      await runtime.tick();
      expect(tries).toHaveLength(2);
      advance(1_999);
      await runtime.tick();
      expect(tries).toHaveLength(2); // second wait is 2 s
      advance(1);
      await runtime.tick();
      expect(tries).toHaveLength(3);
      const dead = await notificationAdmin(storage).deadLetters();
      expect(dead.notifications.filter((n) => n.ticketId === t.id)).toEqual([
        expect.objectContaining({
          type: 'approvalRequested',
          recipient: 'max',
          delivery: expect.objectContaining({
            state: 'dead',
            attempts: 3,
            lastError: 'email: SMTP 451 try later',
          }),
        }),
      ]);
      fail = false;
      advance(3_600_000);
      await runtime.tick();
      expect(tries).toHaveLength(3);
    });

    it('follows preferences and role defaults; queue work goes out as one digest per window', async () => {
      const { runtime, sent, advance } = desk(storage, { digestMs: 60_000 });
      const queue = chain('queue', [
        task('triage', { strategy: 'claim', to: [{ group: 'desk' }] }),
      ]);
      await runtime.publish(queue, { actor: 'admin' });
      await runtime.client('kim').setNotificationPreferences({ queued: ['inbox'] });
      await notificationAdmin(storage).setDefaults({ roles: { agent: { queued: ['digest'] } } });
      await expect(
        runtime.client('kim').setNotificationPreferences({ queued: ['pager' as 'inbox'] }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      const ann = runtime.client('ann');
      const ids = [
        (await ann.startTicket({ workflow: 'queue', data: { summary: 'one' } })).id,
        (await ann.startTicket({ workflow: 'queue', data: { summary: 'two' } })).id,
      ];
      const about = async (user: string) =>
        (await runtime.client(user).notifications()).notifications.filter((n) =>
          ids.includes(n.ticketId),
        );
      expect((await about('kim')).map((n) => n.type)).toEqual(['queued', 'queued']);
      // eve and sam chose nothing: their role's default is a digest, not the inbox.
      expect(await about('eve')).toEqual([]);
      await runtime.tick();
      expect(sent).toEqual([]);
      advance(60_000);
      await runtime.tick();
      expect(sent.map((m) => [m.to, m.subject]).sort()).toEqual([
        ['eve@example.com', '2 new notifications'],
        ['sam@example.com', '2 new notifications'],
      ]);
      expect(sent[0]?.text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2);
    });
  });
}

import { describe, expect } from 'vitest';
import { ConflictError } from '../errors/errors';
import type { NotificationLease, NotificationRecord } from '../notify/notify.types';
import type { StorageAdapter } from '../storage/storage.types';
import { event, ticket, uid } from './fixtures';

type Test = (group: string, title: string, fn: (s: StorageAdapter) => Promise<void>) => void;

type Outbox = Required<
  Pick<
    StorageAdapter,
    | 'listNotifications'
    | 'countUnreadNotifications'
    | 'markNotificationsRead'
    | 'claimNotifications'
    | 'settleNotification'
  >
>;

function outboxOf(s: StorageAdapter): Outbox {
  const o = s as Partial<Outbox>;
  if (
    !o.listNotifications ||
    !o.countUnreadNotifications ||
    !o.markNotificationsRead ||
    !o.claimNotifications ||
    !o.settleNotification
  ) {
    throw new Error('This adapter has no notification outbox; skip "notifications/".');
  }
  return o as Outbox;
}

/** The leases of these entries only (a shared database may hold other tests' due entries). */
function mine(leases: NotificationLease[], list: NotificationRecord[]): NotificationLease[] {
  const ids = new Set(list.map((n) => n.id));
  return leases.filter((l) => ids.has(l.notification.id));
}

/**
 * Entries due in a past moment of their own (a random day in 1990–1999), so that claims made at
 * that moment see no entry of another test sharing the database.
 */
function era(): { due: string; now: Date; later: (ms: number) => Date } {
  const base = Date.UTC(1990, 0, 1) + Math.floor(Math.random() * 3600) * 86_400_000;
  return {
    due: new Date(base).toISOString(),
    now: new Date(base + 1000),
    later: (ms) => new Date(base + 1000 + ms),
  };
}

function note(
  ticketId: string,
  overrides: Partial<NotificationRecord> & { due?: string } = {},
): NotificationRecord {
  const { due, ...rest } = overrides;
  return {
    id: uid('n'),
    type: 'assigned',
    recipient: uid('user'),
    channels: ['inbox', 'email'],
    ticketId,
    ticketNumber: 'TST-1',
    at: '2026-11-23T10:00:00.000Z',
    eventId: `${ticketId}:1`,
    delivery: {
      state: 'pending',
      attempts: 0,
      nextAttemptAt: due ?? '2026-11-23T10:00:00.000Z',
    },
    ...rest,
  };
}

/** The transactional outbox (`commit.notifications` and the notification methods). */
export function describeNotificationOutbox(test: Test): void {
  describe('notification outbox', () => {
    test(
      'notifications',
      'stores a commit’s entries with it; the inbox reads newest first in pages',
      async (s) => {
        const o = outboxOf(s);
        const t = ticket();
        const user = uid('user');
        const list = [1, 2, 3].map((i) =>
          note(t.id, { recipient: user, detail: { i }, title: `T${i}` }),
        );
        await s.commit({
          tickets: [{ ticket: t, expectedVersion: null }],
          events: [event(t.id, 1)],
          notifications: list,
        });
        const first = await o.listNotifications({ recipient: user, inbox: true, limit: 2 });
        expect(first.notifications.map((n) => n.detail?.i)).toEqual([3, 2]);
        expect(first.notifications[0]).toMatchObject({ title: 'T3', channels: ['inbox', 'email'] });
        expect(first.next).toBeDefined();
        const second = await o.listNotifications({
          recipient: user,
          inbox: true,
          limit: 2,
          before: first.next!,
        });
        expect(second.notifications.map((n) => n.detail?.i)).toEqual([1]);
        expect(second.next).toBeUndefined();
        expect(await o.countUnreadNotifications(user)).toBe(3);
        expect(await o.countUnreadNotifications(uid('nobody'))).toBe(0);
      },
    );

    test(
      'notifications',
      'a refused commit stores none; a stored id or a repeated request adds none',
      async (s) => {
        const o = outboxOf(s);
        const t = ticket();
        const user = uid('user');
        const n = note(t.id, { recipient: user });
        const requestId = uid('req');
        await s.commit({
          requestId,
          tickets: [{ ticket: t, expectedVersion: null }],
          events: [event(t.id, 1)],
          notifications: [n],
        });
        await expect(
          s.commit({
            tickets: [{ ticket: { ...t, version: 5 }, expectedVersion: 4 }],
            events: [event(t.id, 2)],
            notifications: [note(t.id, { recipient: user })],
          }),
        ).rejects.toBeInstanceOf(ConflictError);
        expect(
          await s.commit({
            requestId,
            tickets: [{ ticket: { ...t, version: 2 }, expectedVersion: 1 }],
            events: [event(t.id, 2)],
            notifications: [note(t.id, { recipient: user })],
          }),
        ).toMatchObject({ applied: false });
        await s.commit({
          tickets: [{ ticket: { ...t, version: 2 }, expectedVersion: 1 }],
          events: [event(t.id, 2)],
          notifications: [{ ...n, detail: { changed: true } }],
        });
        const page = await o.listNotifications({ recipient: user });
        expect(page.notifications.map((x) => x.id)).toEqual([n.id]);
        expect(page.notifications[0]?.detail).toBeUndefined();
      },
    );

    test(
      'notifications',
      'marks read by id or all, only the recipient’s own; inbox-less entries stay out',
      async (s) => {
        const o = outboxOf(s);
        const t = ticket();
        const ann = uid('ann');
        const bob = uid('bob');
        const a = [
          note(t.id, { recipient: ann }),
          note(t.id, { recipient: ann }),
          note(t.id, { recipient: ann }),
        ];
        const b = note(t.id, { recipient: bob });
        const mailOnly = note(t.id, { recipient: ann, channels: ['email'] });
        await s.commit({
          tickets: [{ ticket: t, expectedVersion: null }],
          events: [event(t.id, 1)],
          notifications: [...a, b, mailOnly],
        });
        expect(await o.countUnreadNotifications(ann)).toBe(3);
        expect(
          (await o.listNotifications({ recipient: ann, inbox: true })).notifications,
        ).toHaveLength(3);
        expect(
          await o.markNotificationsRead(ann, [a[0]!.id, b.id], '2026-11-23T11:00:00.000Z'),
        ).toBe(1);
        expect(await o.countUnreadNotifications(ann)).toBe(2);
        expect(await o.countUnreadNotifications(bob)).toBe(1);
        const unread = await o.listNotifications({ recipient: ann, inbox: true, unread: true });
        expect(unread.notifications.map((n) => n.id).sort()).toEqual([a[1]!.id, a[2]!.id].sort());
        const read = (await o.listNotifications({ recipient: ann })).notifications.find(
          (n) => n.id === a[0]!.id,
        );
        expect(read?.readAt).toBe('2026-11-23T11:00:00.000Z');
        expect(await o.markNotificationsRead(ann, null, '2026-11-23T12:00:00.000Z')).toBe(3);
        expect(await o.countUnreadNotifications(ann)).toBe(0);
        expect(await o.countUnreadNotifications(bob)).toBe(1);
      },
    );

    test(
      'notifications',
      'claims due pending entries on a lease; settling needs the lease',
      async (s) => {
        const o = outboxOf(s);
        const { due, now, later } = era();
        const t = ticket();
        const a = note(t.id, { due });
        const b = note(t.id, { due });
        const notYet = note(t.id, { due: later(60_000).toISOString() });
        const done = note(t.id, {
          due,
          delivery: { state: 'delivered', attempts: 0, nextAttemptAt: due, deliveredAt: due },
        });
        await s.commit({
          tickets: [{ ticket: t, expectedVersion: null }],
          events: [event(t.id, 1)],
          notifications: [a, b, notYet, done],
        });
        const all = [a, b, notYet, done];
        const first = mine(await o.claimNotifications(now, 'p1', 60_000, 500), all);
        expect(first.map((l) => l.notification.id)).toEqual([a.id, b.id]);
        expect(first[0]).toMatchObject({ owner: 'p1' });
        expect(mine(await o.claimNotifications(now, 'p2', 60_000, 500), all)).toEqual([]);
        expect(await o.settleNotification(a.id, 'p2', { ...a.delivery, state: 'delivered' })).toBe(
          false,
        );
        const failed = {
          state: 'pending' as const,
          attempts: 1,
          nextAttemptAt: later(30_000).toISOString(),
          lastError: 'smtp down',
          done: ['webhook:x'],
        };
        expect(await o.settleNotification(a.id, 'p1', failed)).toBe(true);
        expect(
          await o.settleNotification(b.id, 'p1', {
            state: 'dead',
            attempts: 8,
            nextAttemptAt: due,
            lastError: 'gone',
          }),
        ).toBe(true);
        expect(mine(await o.claimNotifications(now, 'p2', 60_000, 500), all)).toEqual([]);
        const retry = mine(await o.claimNotifications(later(30_000), 'p2', 60_000, 500), all);
        expect(retry.map((l) => l.notification.delivery)).toEqual([failed]);
        const dead = await o.listNotifications({ state: ['dead'], limit: 500 });
        expect(dead.notifications.find((n) => n.id === b.id)?.delivery.lastError).toBe('gone');
        expect(dead.notifications.some((n) => n.id === a.id)).toBe(false);
      },
    );

    test(
      'notifications',
      'an expired lease is taken over; the old owner can no longer settle',
      async (s) => {
        const o = outboxOf(s);
        const { due, now } = era();
        const t = ticket();
        const n = note(t.id, { due });
        await s.commit({
          tickets: [{ ticket: t, expectedVersion: null }],
          events: [event(t.id, 1)],
          notifications: [n],
        });
        expect(mine(await o.claimNotifications(now, 'crashed', 1, 500), [n])).toHaveLength(1);
        await new Promise((r) => setTimeout(r, 20));
        const taken = mine(await o.claimNotifications(now, 'p2', 60_000, 500), [n]);
        expect(taken.map((l) => l.notification.id)).toEqual([n.id]);
        const delivered = {
          state: 'delivered' as const,
          attempts: 0,
          nextAttemptAt: due,
          deliveredAt: due,
        };
        expect(await o.settleNotification(n.id, 'crashed', delivered)).toBe(false);
        expect(await o.settleNotification(n.id, 'p2', delivered)).toBe(true);
        expect(mine(await o.claimNotifications(now, 'p3', 60_000, 500), [n])).toEqual([]);
      },
    );

    test(
      'notifications',
      'a lease that ran out still settles while nobody took the entry over',
      async (s) => {
        const o = outboxOf(s);
        const { due, now } = era();
        const t = ticket();
        const n = note(t.id, { due });
        await s.commit({
          tickets: [{ ticket: t, expectedVersion: null }],
          events: [event(t.id, 1)],
          notifications: [n],
        });
        expect(mine(await o.claimNotifications(now, 'slow', 1, 500), [n])).toHaveLength(1);
        await new Promise((r) => setTimeout(r, 20));
        const delivered = {
          state: 'delivered' as const,
          attempts: 0,
          nextAttemptAt: due,
          deliveredAt: due,
        };
        expect(await o.settleNotification(n.id, 'slow', delivered)).toBe(true);
        expect(await o.settleNotification(n.id, 'slow', delivered)).toBe(false);
        expect(mine(await o.claimNotifications(now, 'p2', 60_000, 500), [n])).toEqual([]);
      },
    );

    test(
      'notifications',
      'an admin retry makes a dead entry pending again, keeping what was delivered',
      async (s) => {
        const o = outboxOf(s);
        if (!s.retryNotification) return; // optional: adapters without it show no retry button
        const { due, now, later } = era();
        const t = ticket();
        const n = note(t.id, { due });
        const alive = note(t.id, { due });
        await s.commit({
          tickets: [{ ticket: t, expectedVersion: null }],
          events: [event(t.id, 1)],
          notifications: [n, alive],
        });
        await o.claimNotifications(now, 'p1', 60_000, 500);
        const dead = {
          state: 'dead' as const,
          attempts: 8,
          nextAttemptAt: due,
          lastError: 'smtp down',
          done: ['webhook:x'],
        };
        expect(await o.settleNotification(n.id, 'p1', dead)).toBe(true);
        const at = later(5_000).toISOString();
        expect(await s.retryNotification(n.id, at)).toBe(true);
        expect(await s.retryNotification(n.id, at)).toBe(false);
        expect(await s.retryNotification(alive.id, at)).toBe(false);
        expect(await s.retryNotification(uid('nope'), at)).toBe(false);
        expect(mine(await o.claimNotifications(now, 'p2', 60_000, 500), [n])).toEqual([]);
        const again = mine(await o.claimNotifications(later(5_000), 'p2', 60_000, 500), [n]);
        expect(again.map((l) => l.notification.delivery)).toEqual([
          { state: 'pending', attempts: 0, nextAttemptAt: at, done: ['webhook:x'] },
        ]);
      },
    );

    test('notifications', 'concurrent claims never hand out one entry twice', async (s) => {
      const o = outboxOf(s);
      const { due, now } = era();
      const t = ticket();
      const list = Array.from({ length: 12 }, () => note(t.id, { due }));
      await s.commit({
        tickets: [{ ticket: t, expectedVersion: null }],
        events: [event(t.id, 1)],
        notifications: list,
      });
      const claims = await Promise.all(
        ['a', 'b', 'c', 'd'].map((owner) => o.claimNotifications(now, owner, 60_000, 500)),
      );
      const ids = mine(claims.flat(), list).map((l) => l.notification.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(list.map((n) => n.id).sort());
    });
  });
}

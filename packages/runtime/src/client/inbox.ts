import type { EngineCore } from '../engine/engine.types';
import type { DeskClient } from '../engine/runtime.types';
import { ValidationError } from '../errors/errors';
import type { InboxNotification, NotificationRecord } from '../notify/notify.types';
import { checkPreferences, getPreferences, setPreferences } from '../notify/prefs';

type InboxMethods = Pick<
  DeskClient,
  | 'notifications'
  | 'markNotificationsRead'
  | 'markAllNotificationsRead'
  | 'notificationPreferences'
  | 'setNotificationPreferences'
>;

/** What the recipient sees of an outbox entry: no channels, targets or delivery internals. */
function forInbox(n: NotificationRecord): InboxNotification {
  const { delivery: _d, targets: _t, channels: _c, recipients: _r, mail: _m, type, ...rest } = n;
  // Entries of the inbox channel are tickets' notifications: report snapshots go by e-mail only.
  return { ...rest, type: type as InboxNotification['type'] };
}

/** The inbox half of `runtime.client(actor)`: the user's own outbox entries of the inbox channel. */
export function inbox(core: EngineCore, actor: string): InboxMethods {
  const storage = core.storage;
  return {
    async notifications(query = {}) {
      if (!storage.listNotifications || !storage.countUnreadNotifications) {
        return { notifications: [], unread: 0 };
      }
      const page = await storage.listNotifications({
        recipient: actor,
        inbox: true,
        ...(query.unread ? { unread: true } : {}),
        ...(query.before !== undefined ? { before: String(query.before) } : {}),
        ...(query.limit !== undefined ? { limit: Number(query.limit) } : {}),
      });
      return {
        notifications: page.notifications.map(forInbox),
        unread: await storage.countUnreadNotifications(actor),
        ...(page.next !== undefined ? { next: page.next } : {}),
      };
    },
    async markNotificationsRead(ids) {
      if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
        throw new ValidationError(
          'markNotificationsRead(ids): ids must be a list of notification ids.',
          [{ path: '/ids', code: 'type', severity: 'error', message: 'a list of strings' }],
        );
      }
      if (!ids.length || !storage.markNotificationsRead) return 0;
      return storage.markNotificationsRead(actor, ids, core.now().toISOString());
    },
    async markAllNotificationsRead() {
      if (!storage.markNotificationsRead) return 0;
      return storage.markNotificationsRead(actor, null, core.now().toISOString());
    },
    notificationPreferences: () => getPreferences(storage, actor),
    async setNotificationPreferences(prefs) {
      return setPreferences(storage, actor, checkPreferences(prefs, ''));
    },
  };
}

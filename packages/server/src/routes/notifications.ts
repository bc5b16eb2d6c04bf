import { RequestError } from '@deskkit/runtime';
import type { InboxQuery, NotificationPreferences } from '@deskkit/runtime';
import type { Hono } from 'hono';
import { positiveInt, readJson } from '../request';
import type { ServerEnv } from './context';

/** The user's in-app inbox and notification preferences. */
export function notificationRoutes(app: Hono<ServerEnv>): void {
  // GET /notifications?unread=true&before=…&limit=20
  app.get('/notifications', async (c) => {
    const query: InboxQuery = {};
    const unread = c.req.query('unread');
    if (unread !== undefined) {
      if (unread !== 'true' && unread !== 'false') {
        throw new RequestError(
          'BAD_REQUEST',
          'The query parameter "unread" must be true or false.',
          [{ path: '/query/unread', code: 'type', severity: 'error', message: 'true or false' }],
        );
      }
      if (unread === 'true') query.unread = true;
    }
    const before = c.req.query('before');
    if (before !== undefined) query.before = before;
    const limit = positiveInt(c, 'limit');
    if (limit !== undefined) query.limit = limit;
    return c.json(await c.var.client.notifications(query));
  });

  app.post('/notifications/read', async (c) => {
    const { ids } = (await readJson(c, 'MarkReadBody')) as { ids: string[] };
    return c.json({ changed: await c.var.client.markNotificationsRead(ids) });
  });

  app.post('/notifications/read-all', async (c) => {
    return c.json({ changed: await c.var.client.markAllNotificationsRead() });
  });

  app.get('/notifications/preferences', async (c) =>
    c.json(await c.var.client.notificationPreferences()),
  );

  app.post('/notifications/preferences', async (c) => {
    const prefs = (await readJson(c, 'NotificationPreferences')) as NotificationPreferences;
    return c.json(await c.var.client.setNotificationPreferences(prefs));
  });
}

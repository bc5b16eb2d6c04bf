import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { createRuntime, memoryDirectory, memoryStorage } from '@deskkit/runtime';
import { notifications } from '@deskkit/runtime/notify';
import { createHttpClient } from '../client/http';
import type { InboxPush } from '../client/events';
import { createHandler } from '../handler';
import { accessRequest } from '../../test/fixtures';

let server: ServerType;
let baseUrl: string;

beforeAll(async () => {
  const runtime = createRuntime({
    storage: memoryStorage(),
    directory: memoryDirectory({
      users: [
        { id: 'ann', roles: ['employee'] },
        { id: 'eve', name: 'Eve', roles: ['employee', 'agent'] },
        { id: 'max', roles: ['employee'] },
        { id: 'admin', roles: ['admin'] },
      ],
    }),
    publishers: [{ user: 'admin' }],
    extensions: [notifications({ templates: { ticketUrl: (n) => `/tickets/${n.ticketId}` } })],
  });
  await runtime.publish(accessRequest, { actor: 'admin' });
  const handler = createHandler({
    runtime,
    authenticate: (request) => request.headers.get('x-user'),
    basePath: '/api',
    events: { pollMs: 50 },
  });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: handler, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      baseUrl = `http://127.0.0.1:${info.port}/api`;
      resolve();
    });
  });
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const as = (actor: string, onNotifications?: (p: InboxPush) => void) =>
  createHttpClient({
    baseUrl,
    actor,
    headers: () => ({ 'x-user': actor }),
    ...(onNotifications ? { onNotifications } : {}),
  });

describe('notification routes', () => {
  it('the inbox over HTTP: read, mark read, preferences; the event stream pushes the unread count', async () => {
    const pushes: InboxPush[] = [];
    const eve = as('eve', (p) => pushes.push(p));
    const stop = eve.subscribe(() => undefined);
    await vi.waitFor(() => expect(pushes).toEqual([{ unread: 0 }]));

    const t = await as('ann').startTicket({ workflow: 'access-request', data: { summary: 'VPN' } });
    await vi.waitFor(() => expect(pushes.at(-1)?.unread).toBe(1));
    expect(pushes.at(-1)?.latest).toMatchObject({ type: 'assigned', ticketId: t.id, actor: 'ann' });

    const page = await eve.notifications();
    expect(page).toMatchObject({
      unread: 1,
      notifications: [{ type: 'assigned', ticketNumber: t.number }],
    });
    expect(page.notifications[0]).not.toHaveProperty('delivery');
    expect((await eve.notifications({ unread: true, limit: 5 })).notifications).toHaveLength(1);
    expect(await eve.markNotificationsRead([page.notifications[0]!.id])).toBe(1);
    expect(await eve.markAllNotificationsRead()).toBe(0);
    expect((await eve.notifications()).unread).toBe(0);
    // The next change of the inbox is pushed with the count as it is then.
    await as('ann').startTicket({ workflow: 'access-request', data: { summary: 'Disk' } });
    await vi.waitFor(() => expect(pushes.at(-1)?.unread).toBe(1));
    stop();

    expect(await eve.setNotificationPreferences({ assigned: ['inbox'] })).toEqual({
      assigned: ['inbox'],
    });
    expect(await eve.notificationPreferences()).toEqual({ assigned: ['inbox'] });
    await expect(
      eve.setNotificationPreferences({ assigned: ['fax' as 'inbox'] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(eve.markNotificationsRead('x' as unknown as string[])).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

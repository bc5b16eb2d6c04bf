import { PermissionError, RequestError } from '@deskkit/runtime';
import type { Principal, Runtime } from '@deskkit/runtime';
import { notificationAdmin } from '@deskkit/runtime/notify';
import type { NotificationDefaults, WebhookEndpoint } from '@deskkit/runtime/notify';
import { Hono } from 'hono';
import type { Authenticate } from '../handler.types';
import { problemResponse, toProblem } from '../problem';

/** Options of {@link notificationAdminHandler}. */
export interface NotificationAdminOptions {
  runtime: Runtime;
  authenticate: Authenticate;
  /** Who may use these routes (directory principals: `{ role: 'admin' }`, ...). */
  admins: Principal[];
  basePath?: string;
  /** The webhook HTTP client (default global fetch). */
  fetch?: typeof fetch;
}

async function body(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new RequestError('BAD_REQUEST', 'The request body is not valid JSON.', [
      { path: '/', code: 'json', severity: 'error', message: 'Malformed JSON.' },
    ]);
  }
}

/**
 * The admin side of notifications over HTTP, for the admins only (403 for anyone else):
 * - `GET /admin/notifications/outbox?before=`: every entry, newest first, with its delivery;
 * - `GET /admin/notifications/dead?before=`: the dead letters;
 * - `GET|POST /admin/notifications/defaults`: channels per role and for everyone;
 * - `GET /admin/webhooks`, `POST /admin/webhooks` (add or replace; a missing secret is made),
 *   `POST /admin/webhooks/:id/delete`, `POST /admin/webhooks/:id/test`, `GET /admin/webhooks/:id/log`.
 */
export function notificationAdminHandler(
  options: NotificationAdminOptions,
): (request: Request) => Promise<Response> {
  const app = new Hono<{ Variables: { actor: string } }>().basePath(options.basePath ?? '');
  const admin = notificationAdmin(options.runtime.storage, {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    now: () => options.runtime.now(),
  });
  app.use('*', async (c, next) => {
    const actor = await options.authenticate(c.req.raw);
    if (!actor) throw new PermissionError('Sign in as an admin to manage notifications.');
    if (!(await options.runtime.directory.matches(actor, options.admins))) {
      throw new PermissionError(`${actor} may not manage notifications: it is for admins.`);
    }
    await next();
  });
  app.get('/admin/notifications/outbox', async (c) =>
    c.json(await admin.outbox(c.req.query('before'))),
  );
  app.get('/admin/notifications/dead', async (c) =>
    c.json(await admin.deadLetters(c.req.query('before'))),
  );
  app.get('/admin/notifications/defaults', async (c) => c.json(await admin.defaults()));
  app.post('/admin/notifications/defaults', async (c) =>
    c.json(await admin.setDefaults((await body(c.req.raw)) as NotificationDefaults)),
  );
  app.get('/admin/webhooks', async (c) => c.json(await admin.webhooks()));
  app.post('/admin/webhooks', async (c) =>
    c.json(await admin.saveWebhook((await body(c.req.raw)) as WebhookEndpoint)),
  );
  app.post('/admin/webhooks/:id/delete', async (c) => {
    await admin.removeWebhook(c.req.param('id'));
    return c.body(null, 204);
  });
  app.post('/admin/webhooks/:id/test', async (c) =>
    c.json(await admin.testWebhook(c.req.param('id'))),
  );
  app.get('/admin/webhooks/:id/log', async (c) =>
    c.json(await admin.webhookLog(c.req.param('id'))),
  );
  app.onError((error) => problemResponse(toProblem(error)));
  return async (request) => app.fetch(request);
}

import { PermissionError, RequestError } from '@deskkit/runtime';
import type { Principal, Runtime } from '@deskkit/runtime';
import { notificationAdmin, renderTestEmail } from '@deskkit/runtime/notify';
import type {
  EmailTemplateOptions,
  EmailTransport,
  NotificationDefaults,
  WebhookEndpoint,
} from '@deskkit/runtime/notify';
import { Hono } from 'hono';
import type { Authenticate } from '../handler.types';
import { problemResponse, toProblem } from '../problem';
import { acceptedLocales } from '../request';
import type { SmtpSettingsInput, SmtpSettingsStore } from './settings';

/** Options of {@link notificationAdminHandler}. */
export interface NotificationAdminOptions {
  runtime: Runtime;
  authenticate: Authenticate;
  /** Who may use these routes (directory principals: `{ role: 'admin' }`, ...). */
  admins: Principal[];
  basePath?: string;
  /** The webhook HTTP client (default global fetch). */
  fetch?: typeof fetch;
  /**
   * SMTP settings editable by admins (`smtpSettingsStore`) and the transport that uses them, for
   * the `/admin/notifications/smtp` routes and their test mail.
   */
  smtp?: { store: SmtpSettingsStore; transport: EmailTransport };
  /**
   * How the test mail is worded, as the desk's notification e-mails (`notifications({ templates })`):
   * `timeZone` of its date (default UTC), `locale` when neither the request's `Accept-Language`
   * nor the admin's directory entry names one, the host's `messages` / `translate`.
   */
  templates?: Pick<EmailTemplateOptions, 'locale' | 'timeZone' | 'messages' | 'translate'>;
}

/** An endpoint as the list shows it: the secret stays hidden, its last characters name it. */
export type WebhookEndpointView = Omit<WebhookEndpoint, 'secret'> & { secretHint: string };

const masked = (e: WebhookEndpoint): WebhookEndpointView => {
  const { secret, ...rest } = e;
  return { ...rest, secretHint: `whsec_…${secret.slice(-4)}` };
};

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
 * - `POST /admin/notifications/:id/retry`: a dead letter is sent again (204; 404 if not dead);
 * - `GET|PUT|DELETE /admin/notifications/smtp` (with `smtp`): the SMTP settings without their
 *   password, save (`password` absent keeps it), back to the defaults;
 *   `POST /admin/notifications/smtp/test` `{ to }` → `{ ok, error? }` after sending a test mail;
 * - `GET /admin/webhooks` (secrets hidden: `secretHint`), `POST /admin/webhooks` (add or replace;
 *   a new endpoint's secret is made and answered once, an edited one keeps its own),
 *   `POST /admin/webhooks/:id/rotate` → `{ secret }`, `POST /admin/webhooks/:id/delete`,
 *   `POST /admin/webhooks/:id/test`, `GET /admin/webhooks/:id/log`.
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
    c.set('actor', actor);
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
  app.post('/admin/notifications/:id/retry', async (c) => {
    await admin.retry(c.req.param('id'));
    return c.body(null, 204);
  });
  const smtp = options.smtp;
  if (smtp) {
    app.get('/admin/notifications/smtp', async (c) => c.json(await smtp.store.view()));
    app.put('/admin/notifications/smtp', async (c) =>
      c.json(await smtp.store.save((await body(c.req.raw)) as SmtpSettingsInput)),
    );
    app.delete('/admin/notifications/smtp', async (c) => c.json(await smtp.store.reset()));
    app.post('/admin/notifications/smtp/test', async (c) => {
      const { to } = ((await body(c.req.raw)) ?? {}) as { to?: unknown };
      if (typeof to !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(to)) {
        throw new RequestError(
          'BAD_REQUEST',
          'Say where to send the test mail: { "to": "a@b.c" }.',
          [{ path: '/to', code: 'format', severity: 'error', message: 'an e-mail address' }],
        );
      }
      // In the language the admin reads the screen in, else theirs in the directory, else the desk's.
      const sender = await options.runtime.directory.getUser(c.get('actor'));
      const locale =
        acceptedLocales(c.req.header('accept-language'))[0] ??
        sender?.locale ??
        options.templates?.locale;
      const mail = renderTestEmail(to, options.runtime.now(), {
        ...options.templates,
        ...(locale ? { locale } : {}),
      });
      try {
        await smtp.transport.send(mail);
        return c.json({ ok: true });
      } catch (error) {
        return c.json({ ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    });
  }
  app.get('/admin/webhooks', async (c) => c.json((await admin.webhooks()).map(masked)));
  app.post('/admin/webhooks', async (c) => {
    const input = (await body(c.req.raw)) as WebhookEndpoint;
    const isNew = !(await admin.webhooks()).some((e) => e.id === input?.id);
    const saved = await admin.saveWebhook(input);
    // The secret is shown when it is made (or given), never again: the list hides it.
    return c.json(isNew || input.secret ? saved : masked(saved), isNew ? 201 : 200);
  });
  app.post('/admin/webhooks/:id/rotate', async (c) =>
    c.json({ secret: await admin.rotateWebhookSecret(c.req.param('id')) }),
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

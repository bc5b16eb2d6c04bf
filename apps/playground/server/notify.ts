import { AuthenticationError, type StorageAdapter } from '@deskkit/runtime';
import {
  notificationAdminHandler,
  smtpSettingsStore,
  smtpTransport,
  type SmtpSettings,
  type SmtpSettingsStore,
} from '@deskkit/server/notify';
import type { EmailTransport } from '@deskkit/runtime/notify';
import { DESK_TIME_ZONE } from '../src/demo/calendars';
import type { Desk } from '../src/desk/desk';
import { requireAdmin } from '../src/desk/system';
import type { MailCatcher } from './mailCatcher';
import { problemOf } from './problem';

/** The sender of the demo's e-mails while the mail catcher is the SMTP server. */
export const DEMO_SENDER = 'Deskkit Service Desk <desk@deskkit.localhost>';

/** The playground's e-mail: SMTP settings admins edit (the mail catcher by default) and its transport. */
export interface PlaygroundMail {
  store: SmtpSettingsStore;
  transport: EmailTransport & { close(): void };
  catcher: MailCatcher | null;
}

/**
 * E-mail of the playground server: nodemailer over SMTP with the settings an admin saved, or the
 * local mail catcher until then. Without a catcher and settings, e-mails fail and retry (the
 * Outbox page says why).
 */
export function playgroundMail(
  storage: StorageAdapter,
  catcher: MailCatcher | null,
): PlaygroundMail {
  const defaults = (): SmtpSettings | null =>
    catcher ? { host: catcher.host, port: catcher.port, from: DEMO_SENDER } : null;
  const store = smtpSettingsStore(storage, defaults);
  const transport = smtpTransport(async () => {
    const settings = await store.current();
    if (!settings)
      throw new Error('SMTP is not configured: an admin sets it under Admin → Notifications.');
    return settings;
  });
  return { store, transport, catcher };
}

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });

/**
 * The admin routes of notifications under `/api`: `@deskkit/server`'s (outbox, dead letters and
 * their retry, SMTP settings and test mail, webhook endpoints, their tests and logs, role
 * defaults) and the caught mails (`GET|DELETE /api/admin/notifications/mails`). Admins only (403);
 * `undefined` for other paths.
 */
export function notifyRoutes(
  desk: Desk,
  mail: PlaygroundMail,
  authenticate: (request: Request) => Promise<string | null>,
) {
  const admins = [{ role: 'admin' }];
  // Built per runtime: the desk rebuilds its runtime (and directory) when an admin edits them.
  let built: { runtime: Desk['runtime']; handler: (r: Request) => Promise<Response> } | null = null;
  const handler = () => {
    if (built?.runtime !== desk.runtime) {
      const runtime = desk.runtime;
      built = {
        runtime,
        handler: notificationAdminHandler({
          runtime,
          authenticate,
          admins,
          basePath: '/api',
          smtp: { store: mail.store, transport: mail.transport },
          // The test mail is dated in the desk's zone, in the language the admin reads the screen in.
          templates: { timeZone: DESK_TIME_ZONE },
        }),
      };
    }
    return built.handler;
  };
  return async (request: Request): Promise<Response | undefined> => {
    const path = new URL(request.url).pathname;
    if (!path.startsWith('/api/admin/notifications') && !path.startsWith('/api/admin/webhooks'))
      return undefined;
    if (path === '/api/admin/notifications/mails') {
      try {
        const actor = await authenticate(request);
        if (!actor) throw new AuthenticationError('Sign in first.');
        // The desk's own admin check, as for every other admin route of the playground.
        requireAdmin(desk, actor);
        if (request.method === 'DELETE') {
          mail.catcher?.clear();
          return new Response(null, { status: 204 });
        }
        return json({
          catcher: mail.catcher ? { host: mail.catcher.host, port: mail.catcher.port } : null,
          mails: mail.catcher?.list() ?? [],
        });
      } catch (error) {
        return problemOf(error);
      }
    }
    return handler()(request);
  };
}

import { notificationAdmin, renderTestEmail, type WebhookEndpoint } from '@deskkit/runtime/notify';
import { DESK_TIME_ZONE } from '../demo/calendars';
import type { Desk } from '../desk/desk';
import { getLocale } from '../locale/locale';
import type {
  CaughtMail,
  NotifyAdminPort,
  SmtpSettingsView,
  WebhookEndpointView,
} from './notifyAdmin.types';

const masked = (e: WebhookEndpoint): WebhookEndpointView => {
  const { secret, ...rest } = e;
  return { ...rest, secretHint: `whsec_…${secret.slice(-4)}` };
};

/**
 * Stories and component tests only: the admin port of notifications in this process, standing in
 * for the playground server's routes (which `server/notify.test.ts` tests over HTTP) — the runtime's
 * `notificationAdmin` on the desk's storage, caught mails and SMTP settings kept in memory.
 * `fetch` is the webhooks' HTTP client (a fake in jsdom).
 */
export function memoryNotifyAdmin(
  desk: Desk,
  options: { mails?: CaughtMail[]; fetch?: typeof fetch } = {},
): NotifyAdminPort {
  const admin = notificationAdmin(desk.storage, {
    now: () => desk.clock.now(),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const catcher = { host: '127.0.0.1', port: 2525 };
  const defaults: SmtpSettingsView = {
    ...catcher,
    secure: false,
    from: 'Deskkit Service Desk <desk@deskkit.localhost>',
    passwordSet: false,
    rejectUnauthorized: true,
    custom: false,
  };
  let mails = [...(options.mails ?? [])];
  let smtp: SmtpSettingsView = defaults;
  return {
    mails: async () => ({ catcher, mails: [...mails] }),
    clearMails: async () => {
      mails = [];
    },
    outbox: (before) => admin.outbox(before),
    retry: (id) => admin.retry(id),
    smtp: async () => smtp,
    saveSmtp: async (input) => {
      smtp = {
        host: input.host,
        port: input.port,
        secure: input.secure ?? false,
        from: input.from,
        rejectUnauthorized: input.rejectUnauthorized ?? true,
        ...(input.user ? { user: input.user } : {}),
        passwordSet: input.password !== undefined ? input.password !== '' : smtp.passwordSet,
        custom: true,
      };
      return smtp;
    },
    resetSmtp: async () => (smtp = defaults),
    testSmtp: async (to) => {
      // The server's wording: the desk's language, dated in the desk's zone.
      const mail = renderTestEmail(to, desk.clock.now(), {
        locale: getLocale(),
        timeZone: DESK_TIME_ZONE,
      });
      mails = [
        {
          id: `mail-${mails.length + 1}`,
          from: smtp.from,
          to: [to],
          subject: mail.subject,
          receivedAt: desk.clock.now().toISOString(),
          text: mail.text,
        },
        ...mails,
      ];
      return { ok: true };
    },
    webhooks: async () => (await admin.webhooks()).map(masked),
    saveWebhook: async (input) => {
      const isNew = !(await admin.webhooks()).some((e) => e.id === input.id);
      const saved = await admin.saveWebhook(input);
      return isNew || input.secret ? saved : masked(saved);
    },
    removeWebhook: (id) => admin.removeWebhook(id),
    rotateWebhook: async (id) => ({ secret: await admin.rotateWebhookSecret(id) }),
    testWebhook: (id) => admin.testWebhook(id),
    webhookLog: (id) => admin.webhookLog(id),
    defaults: () => admin.defaults(),
    setDefaults: (d) => admin.setDefaults(d),
  };
}

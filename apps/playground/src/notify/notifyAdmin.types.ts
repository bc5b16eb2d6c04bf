import type {
  NotificationDefaults,
  NotificationPage,
  WebhookEndpoint,
  WebhookLogEntry,
} from '@deskkit/runtime/notify';
import type {
  SmtpSettingsInput,
  SmtpSettingsView,
  WebhookEndpointView,
} from '@deskkit/server/notify';

export type { SmtpSettingsInput, SmtpSettingsView, WebhookEndpointView };

/** One e-mail the demo's mail catcher received (the playground server's local SMTP server). */
export interface CaughtMail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  /** When the catcher received it (ISO). */
  receivedAt: string;
  text: string;
  /** The HTML body, when the mail has one. */
  html?: string;
  /** `X-Deskkit-Notification`: the outbox entry it delivers. */
  notification?: string;
  /** `X-Deskkit-Ticket`: the ticket's number. */
  ticket?: string;
}

/** The caught mails, newest first, and where the catcher listens (null: the server runs none). */
export interface CaughtMails {
  catcher: { host: string; port: number } | null;
  mails: CaughtMail[];
}

/** An endpoint as an admin saves it: without `secret` an edit keeps the endpoint's own. */
export type WebhookInput = Omit<WebhookEndpoint, 'secret'> & { secret?: string };

/**
 * Administrators only: how notifications leave the desk. The playground server's
 * `/api/admin/notifications` and `/api/admin/webhooks` routes (`@deskkit/server/notify`), which
 * check the admin role; the in-browser desk has none (no SMTP, no server to call webhooks from).
 */
export interface NotifyAdminPort {
  /** The mails the local catcher received. */
  mails(): Promise<CaughtMails>;
  clearMails(): Promise<void>;
  /** Outbox entries (pending, sent, dead), newest first. */
  outbox(before?: string): Promise<NotificationPage>;
  /** Sends a dead letter again. */
  retry(id: string): Promise<void>;
  /** SMTP settings without the password (null: none, and no catcher). */
  smtp(): Promise<SmtpSettingsView | null>;
  saveSmtp(input: SmtpSettingsInput): Promise<SmtpSettingsView>;
  /** Back to the default (the mail catcher). */
  resetSmtp(): Promise<SmtpSettingsView | null>;
  testSmtp(to: string): Promise<{ ok: boolean; error?: string }>;
  webhooks(): Promise<WebhookEndpointView[]>;
  /** Saves an endpoint; a new one answers its secret, once. */
  saveWebhook(input: WebhookInput): Promise<WebhookEndpoint | WebhookEndpointView>;
  removeWebhook(id: string): Promise<void>;
  rotateWebhook(id: string): Promise<{ secret: string }>;
  testWebhook(id: string): Promise<WebhookLogEntry>;
  webhookLog(id: string): Promise<WebhookLogEntry[]>;
  /** Channels per event for each role and for everyone. */
  defaults(): Promise<NotificationDefaults>;
  setDefaults(defaults: NotificationDefaults): Promise<NotificationDefaults>;
}

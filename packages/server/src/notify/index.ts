/**
 * `@deskkit/server/notify` — the Node half of notifications: SMTP e-mail on nodemailer, reply by
 * e-mail on mailparser, and the admin routes (webhook endpoints, dead letters, defaults). The
 * runtime half (outbox, delivery, templates, signing) is `@deskkit/runtime/notify`.
 *
 * @packageDocumentation
 */
export { smtpTransport } from './smtp';
export type { SmtpSettings } from './smtp';
export { inboundMailHandler } from './inbound';
export type { InboundMailOptions } from './inbound';
export { notificationAdminHandler } from './admin';
export type { NotificationAdminOptions, WebhookEndpointView } from './admin';
export { smtpSettingsStore, SMTP_STATE } from './settings';
export type { SmtpSettingsInput, SmtpSettingsStore, SmtpSettingsView } from './settings';

export { notifications } from './extension';
export type { NotifyOptions } from './notify.options';
export { notificationAdmin } from './admin';
export type { NotificationAdmin } from './admin';
export {
  BUILT_IN_PREFERENCES,
  NOTIFY_STATE,
  channelsFor,
  checkPreferences,
  getPreferences,
  setPreferences,
} from './prefs';
export type { NotificationDefaults, NotificationPreferences, PersonalChannel } from './prefs';
export { EMAIL_MESSAGES, renderDigest, renderEmail, renderTestEmail } from './email';
export { emailMessagesEn } from './email.messages.en';
export { emailMessagesZhCN } from './email.messages.zh-CN';
export type { EmailMessageKey, EmailMessages } from './email.messages.en';
export type {
  EmailAttachment,
  EmailMessage,
  EmailTemplateOptions,
  EmailTransport,
  EmailTranslate,
} from './email';
export { newWebhookSecret, sendWebhook, signWebhook } from './webhook';
export type { WebhookMessage } from './webhook';
export type { WebhookEndpoint, WebhookLogEntry } from './webhook.types';
export { replyToken, verifyReplyToken } from './reply';
export { handleInboundReply, replyText } from './inbound';
export type { InboundReply } from './inbound';
export { backoff, deliverDue, webhookData } from './dispatch';
export { planOutbox, whoIsTold } from './plan';
export type { PlannedNotification, PlanOptions } from './plan';
export { mentionedUsers } from './mentions';
export { NOTIFICATION_TYPES } from './notify.types';
export type {
  DeliveryState,
  NotificationChannel,
  NotificationDelivery,
  NotificationLease,
  NotificationPage,
  NotificationQuery,
  NotificationRecord,
  NotificationType,
  NotificationMail,
  OutboxEntryType,
} from './notify.types';

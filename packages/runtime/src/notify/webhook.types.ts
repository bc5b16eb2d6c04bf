import type { NotificationType } from './notify.types';

/** An outbound webhook endpoint, configured by an admin. */
export interface WebhookEndpoint {
  id: string;
  url: string;
  /**
   * The Standard Webhooks secret: `whsec_` followed by base64 of 24–64 random bytes
   * (`newWebhookSecret()` makes one).
   */
  secret: string;
  /** Events it receives; `'*'` for every event. */
  events: Array<NotificationType | '*'>;
  /** Default true. */
  enabled?: boolean;
  description?: string;
}

/** One delivery attempt to an endpoint, kept in its delivery log (newest first, last 50). */
export interface WebhookLogEntry {
  /** The `webhook-id` sent (the outbox entry id, or `test_…`). */
  messageId: string;
  type: string;
  at: string;
  ok: boolean;
  /** HTTP status, when the endpoint answered. */
  status?: number;
  error?: string;
  durationMs: number;
  /** A failed delivery of an outbox entry: when it is tried again (absent for tests). */
  nextRetryAt?: string;
  /** A failed delivery that was the entry's last attempt: it is a dead letter now. */
  dead?: boolean;
}

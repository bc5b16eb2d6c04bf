import type { NotificationRecord } from './notify.types';
import type { EmailTemplateOptions, EmailTransport } from './email';

/** Options of {@link notifications}. */
export interface NotifyOptions {
  /** Sends e-mail (`smtpTransport` of `@deskkit/server/notify`); without it e-mails fail and retry. */
  email?: EmailTransport;
  /** Wording and links of e-mails; `ticketUrl` is required. */
  templates: EmailTemplateOptions;
  /**
   * Reply by e-mail: e-mails get a signed reply address; `handleInboundReply` turns replies into
   * comments. `address` builds it from the token, e.g. `(t) => \`reply+${t}@desk.example.com\``.
   */
  replies?: { secret: string; address: (token: string) => string };
  /** Webhooks' HTTP client (default: global `fetch`). */
  fetch?: typeof fetch;
  /** Digest window (ms); default 1 hour. */
  digestMs?: number;
  /** Attempts before an entry is `dead` (default 8). */
  maxAttempts?: number;
  /** First retry delay (ms), doubled per attempt (default 30 s), at most `maxBackoffMs` (default 6 h). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How long a claimed entry stays leased to this process (ms, default 60 s). */
  leaseMs?: number;
  /** Entries claimed per tick (default 50). */
  batch?: number;
  /** Called when a delivery loses its lease or a reply is refused, e.g. to log it. */
  onError?: (error: unknown, notification?: NotificationRecord) => void;
}

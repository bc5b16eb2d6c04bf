import type { EmailMessage, EmailTransport } from '@deskkit/runtime/notify';
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';

/** Where and how to send e-mail over SMTP (nodemailer's SMTP options, the ones a desk needs). */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean;
  auth?: { user: string; pass: string };
  /** The sender, e.g. `Service Desk <desk@example.com>`. */
  from: string;
  /** Refuse servers whose certificate does not verify (default true). */
  rejectUnauthorized?: boolean;
}

/**
 * A Message-ID that is the same for every attempt of one e-mail (`message.key`): a copy sent again
 * after a crash (accepted by the SMTP server, not yet recorded as delivered) carries the same one,
 * which mail servers and clients use to drop duplicates. The domain is the sender's.
 */
export function stableMessageId(key: string, from: string): string {
  const domain = /@([^\s>@]+)>?\s*$/.exec(from)?.[1] ?? 'deskkit.invalid';
  const id = createHash('sha256').update(key).digest('base64url').slice(0, 32);
  return `<${id}@${domain}>`;
}

/**
 * An e-mail transport for `notifications({ email })` on nodemailer over SMTP. Pass the settings, or
 * a function that reads them (an admin page that edits them takes effect on the next e-mail; the
 * connection is rebuilt when they change).
 *
 * @example
 * ```ts
 * notifications({ email: smtpTransport({ host: 'smtp.example.com', port: 587, from: 'desk@example.com',
 *   auth: { user: 'desk', pass: process.env.SMTP_PASSWORD! } }), templates });
 * ```
 */
export function smtpTransport(
  settings: SmtpSettings | (() => SmtpSettings | Promise<SmtpSettings>),
): EmailTransport & { close(): void } {
  let current: { key: string; transporter: Transporter } | undefined;
  const read = async (): Promise<SmtpSettings> =>
    typeof settings === 'function' ? settings() : settings;
  return {
    async send(message: EmailMessage) {
      const s = await read();
      if (!s?.host || !s.port || !s.from) {
        throw new Error('SMTP is not configured: host, port and from are required.');
      }
      const key = JSON.stringify(s);
      if (current?.key !== key) {
        current?.transporter.close();
        current = {
          key,
          transporter: nodemailer.createTransport({
            host: s.host,
            port: s.port,
            secure: s.secure ?? false,
            ...(s.auth ? { auth: s.auth } : {}),
            tls: { rejectUnauthorized: s.rejectUnauthorized ?? true },
          }),
        };
      }
      await current.transporter.sendMail({
        from: s.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.replyTo ? { replyTo: message.replyTo } : {}),
        ...(message.key ? { messageId: stableMessageId(message.key, s.from) } : {}),
        ...(message.headers ? { headers: message.headers } : {}),
        ...(message.attachments?.length
          ? {
              attachments: message.attachments.map((a) => ({
                filename: a.filename,
                contentType: a.contentType,
                content: a.content,
                encoding: 'base64',
              })),
            }
          : {}),
      });
    },
    close() {
      current?.transporter.close();
      current = undefined;
    },
  };
}

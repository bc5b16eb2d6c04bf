import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { CaughtMail } from '../src/notify/notifyAdmin.types';

export type { CaughtMail };

/** A local SMTP server that keeps what it receives (newest first) instead of sending it on. */
export interface MailCatcher {
  readonly host: string;
  readonly port: number;
  /** Caught mails, newest first (the last {@link MAX_CAUGHT}). */
  list(): CaughtMail[];
  clear(): void;
  close(): Promise<void>;
}

export const MAX_CAUGHT = 200;

const header = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * Starts the demo's mail catcher: `smtp-server` on `host:port` (port 0: a free one), each mail
 * parsed with `mailparser` and kept in memory, so the desk's e-mail notifications are delivered
 * somewhere real and an admin can read them on the Outbox page. It accepts any sender and
 * recipient, without TLS or authentication: bind it to the loopback interface only.
 */
export async function startMailCatcher(
  options: { host?: string; port?: number } = {},
): Promise<MailCatcher> {
  const host = options.host ?? '127.0.0.1';
  const caught: CaughtMail[] = [];
  let seq = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // Any user name and password are taken, so SMTP settings with credentials work against it.
    allowInsecureAuth: true,
    onAuth: (auth, _session, done) => done(null, { user: auth.username ?? 'demo' }),
    logger: false,
    banner: 'Deskkit demo mail catcher',
    size: 10 * 1024 * 1024,
    onData(stream, session, done) {
      simpleParser(stream)
        .then((mail) => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          const entry: CaughtMail = {
            id: `mail-${++seq}`,
            from:
              mail.from?.value
                .map((a) => (a.name ? `${a.name} <${a.address ?? ''}>` : (a.address ?? '')))
                .join(', ') ?? '',
            to,
            subject: mail.subject ?? '',
            receivedAt: new Date().toISOString(),
            text: mail.text ?? '',
          };
          if (typeof mail.html === 'string') entry.html = mail.html;
          const notification = header(mail.headers.get('x-deskkit-notification'));
          const ticket = header(mail.headers.get('x-deskkit-ticket'));
          if (notification) entry.notification = notification;
          if (ticket) entry.ticket = ticket;
          caught.unshift(entry);
          caught.length = Math.min(caught.length, MAX_CAUGHT);
        })
        .then(() => done(), done);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    host,
    port,
    list: () => caught.map((m) => ({ ...m, to: [...m.to] })),
    clear: () => {
      caught.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import type { Runtime } from '../engine/runtime.types';
import { AuthenticationError, ValidationError } from '../errors/errors';
import { verifyReplyToken } from './reply';

/** A reply e-mail, as parsed from its MIME (`mailparser` in `@deskkit/server/notify`). */
export interface InboundReply {
  /** Recipient addresses (the signed reply address is one of them). */
  to: string[];
  /** The sender's address. */
  from: string;
  /** The plain-text body. */
  text: string;
}

/** Removes the quoted original and signature of a reply ("> ...", "On ... wrote:", "-- "). */
export function replyText(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    if (
      /^On .+wrote:\s*$/.test(line) ||
      /^-{2,} ?$/.test(line) ||
      /^-+ ?Original Message/i.test(line)
    )
      break;
    if (line.startsWith('>')) continue;
    out.push(line);
  }
  return out.join('\n').trim();
}

/**
 * Turns a reply to a notification e-mail into a comment on its ticket, by the user the e-mail was
 * for. Refuses (`AuthenticationError`) a missing or forged token and a sender whose address is not
 * that user's directory e-mail; refuses an empty reply (`ValidationError`). The comment goes
 * through `runtime.client(user)`, so it obeys the same rules as one written in the desk.
 */
export async function handleInboundReply(
  runtime: Runtime,
  secret: string,
  mail: InboundReply,
): Promise<{ ticketId: string; user: string }> {
  let who: { ticketId: string; user: string } | null = null;
  for (const address of mail.to) {
    const m = /^[^+@\s]+\+([A-Za-z0-9_.-]+)@/.exec(address.trim());
    if (m?.[1]) who = await verifyReplyToken(secret, m[1]);
    if (who) break;
  }
  if (!who) {
    throw new AuthenticationError(
      `Reply refused: no valid reply token in ${mail.to.join(', ') || 'the recipients'} (forged, altered or not a reply to a Deskkit e-mail).`,
    );
  }
  const user = await runtime.directory.getUser(who.user);
  const from = mail.from.trim().toLowerCase();
  if (!user?.email || user.email.toLowerCase() !== from) {
    throw new AuthenticationError(
      `Reply refused: sender ${mail.from} is not the address of the user the e-mail was sent to.`,
    );
  }
  const comment = replyText(mail.text);
  if (!comment) {
    throw new ValidationError('The reply has no text above the quoted message.', [
      { path: '/text', code: 'REQUIRED', severity: 'error', message: 'Write a reply.' },
    ]);
  }
  await runtime.client(who.user).act({ ticket: who.ticketId, action: 'comment', comment });
  return who;
}

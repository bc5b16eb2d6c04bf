import { DeskkitError } from '@deskkit/runtime';
import type { Runtime } from '@deskkit/runtime';
import { handleInboundReply } from '@deskkit/runtime/notify';
import { simpleParser } from 'mailparser';
import type { AddressObject } from 'mailparser';

/** Options of {@link inboundMailHandler}. */
export interface InboundMailOptions {
  runtime: Runtime;
  /** The secret of `notifications({ replies: { secret } })`. */
  secret: string;
  /**
   * Who may post mail here (your mail provider's webhook or your MTA's pipe): return false to
   * answer 401. E.g. compare a shared token header. Default: everyone (the reply token still
   * has to verify).
   */
  authorize?: (request: Request) => boolean | Promise<boolean>;
  /** Told about every refused mail (forged token, unknown sender, empty reply), e.g. to log it. */
  onRefused?: (reason: string, mail: { from?: string; to: string[] }) => void;
  /** Largest message accepted, in bytes (default 10 MiB). */
  maxBytes?: number;
}

const addresses = (a: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value.flatMap((v) => v.address ?? []));

/**
 * A fetch handler for reply-by-e-mail: `POST` the raw MIME of a reply (`message/rfc822`, as mail
 * providers' inbound webhooks and `procmail`/`postfix` pipes deliver it). It is parsed with
 * mailparser; the signed reply address and the sender are checked by `handleInboundReply`, and the
 * reply becomes a comment by that user. Answers `202 { ticketId, user }`; a forged or missing token
 * or an unknown sender `403`, an empty reply `422`, each reported to `onRefused`.
 *
 * @example
 * ```ts
 * app.post('/inbound/mail', (c) => inbound(c.req.raw));
 * const inbound = inboundMailHandler({ runtime, secret: process.env.REPLY_SECRET! });
 * ```
 */
export function inboundMailHandler(
  options: InboundMailOptions,
): (request: Request) => Promise<Response> {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  return async (request) => {
    if (request.method !== 'POST') return json(405, { error: 'POST the raw MIME message.' });
    if (options.authorize && !(await options.authorize(request))) {
      return json(401, { error: 'Not authorized to post mail here.' });
    }
    const raw = new Uint8Array(await request.arrayBuffer());
    if (raw.byteLength > (options.maxBytes ?? 10 * 1024 * 1024)) {
      return json(413, { error: 'The message is too large.' });
    }
    const mail = await simpleParser(Buffer.from(raw));
    const to = [...addresses(mail.to), ...addresses(mail.cc), ...addresses(mail.bcc)];
    const envelope = request.headers.get('x-envelope-to');
    if (envelope) to.push(...envelope.split(',').map((s) => s.trim()));
    const from = addresses(mail.from)[0];
    try {
      const who = await handleInboundReply(options.runtime, options.secret, {
        to,
        from: from ?? '',
        text: mail.text ?? '',
      });
      return json(202, who);
    } catch (error) {
      if (!(error instanceof DeskkitError)) throw error;
      options.onRefused?.(error.message, { ...(from ? { from } : {}), to });
      const status =
        error.code === 'UNAUTHENTICATED' ? 403 : error.code === 'VALIDATION_FAILED' ? 422 : 400;
      return json(status, { error: error.message, code: error.code });
    }
  };
}

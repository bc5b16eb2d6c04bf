const te = new TextEncoder();

function b64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromB64url(text: string): string {
  const b = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(b, (c) => c.charCodeAt(0)));
}

async function mac(secret: string, payload: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    te.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return b64url(
    new Uint8Array(await crypto.subtle.sign('HMAC', key, te.encode(payload))).slice(0, 16),
  );
}

/**
 * A signed token for a reply address (`reply+<token>@desk.example.com`): who the e-mail was for
 * and which ticket, with an HMAC-SHA256 (128 bits kept) of both under the host's secret.
 */
export async function replyToken(secret: string, ticketId: string, user: string): Promise<string> {
  const payload = b64url(te.encode(`${ticketId}\n${user}`));
  return `${payload}.${await mac(secret, payload)}`;
}

/** The ticket and user a token was made for, or `null` when it is malformed or forged. */
export async function verifyReplyToken(
  secret: string,
  token: string,
): Promise<{ ticketId: string; user: string } | null> {
  const [payload, sig, extra] = token.split('.');
  if (!payload || !sig || extra !== undefined) return null;
  const expected = await mac(secret, payload);
  // Compare without an early exit, so timing does not tell how much of a forgery was right.
  let diff = expected.length ^ sig.length;
  for (let i = 0; i < expected.length; i++)
    diff |= expected.charCodeAt(i) ^ (sig.charCodeAt(i) || 0);
  if (diff !== 0) return null;
  try {
    const [ticketId, user, more] = fromB64url(payload).split('\n');
    return ticketId && user && more === undefined ? { ticketId, user } : null;
  } catch {
    return null;
  }
}

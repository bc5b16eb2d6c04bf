import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Sessions } from './routes';

const COOKIE = 'deskkit_session';

/**
 * Signed session cookies: `<user>.<expiry>.<HMAC-SHA256>`, HttpOnly, SameSite=Lax. A cookie whose
 * signature does not match (forged) or whose expiry passed is refused.
 */
export function signedSessions(options: {
  secret: Uint8Array;
  /** Session length (ms); default 12 hours. */
  maxAgeMs?: number;
  /** Adds `Secure` (serve over HTTPS). */
  secure?: boolean;
  now?: () => number;
}): Sessions {
  const maxAge = options.maxAgeMs ?? 12 * 3_600_000;
  const now = options.now ?? Date.now;
  const sign = (payload: string) =>
    createHmac('sha256', options.secret).update(payload).digest('base64url');
  const attributes = `Path=/; HttpOnly; SameSite=Lax${options.secure ? '; Secure' : ''}`;
  return {
    async authenticate(request) {
      const header = request.headers.get('cookie') ?? '';
      const raw = header
        .split(/;\s*/)
        .find((c) => c.startsWith(`${COOKIE}=`))
        ?.slice(COOKIE.length + 1);
      if (!raw) return null;
      const [user, expiry, mac] = raw.split('.');
      if (!user || !expiry || !mac) return null;
      const expected = Buffer.from(sign(`${user}.${expiry}`));
      const given = Buffer.from(mac);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      if (Number(expiry) <= now()) return null;
      return Buffer.from(user, 'base64url').toString('utf8');
    },
    async issue(actor) {
      const expiry = String(now() + maxAge);
      const payload = `${Buffer.from(actor).toString('base64url')}.${expiry}`;
      const value = `${payload}.${sign(payload)}`;
      return `${COOKIE}=${value}; ${attributes}; Max-Age=${Math.floor(maxAge / 1000)}`;
    },
    clear: () => `${COOKIE}=; ${attributes}; Max-Age=0`,
  };
}

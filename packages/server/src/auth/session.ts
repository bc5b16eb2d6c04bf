import { SignJWT, jwtVerify } from 'jose';
import type { Authenticate } from '../handler.types';

/** Options of {@link sessionCookie}. */
export interface SessionCookieOptions {
  /** The HMAC key (HS256): at least 32 bytes (a string is read as UTF-8). Keep it out of the code. */
  secret: string | Uint8Array;
  /** How long a session lasts, in seconds; default 8 hours. */
  maxAge?: number;
  /** The cookie's name; default `deskkit_session`. */
  name?: string;
  /** `SameSite`; default `Lax` (top-level links into the desk keep the session). */
  sameSite?: 'Strict' | 'Lax';
  /** `Secure` (sent over HTTPS only); default `true`. Set `false` only for http://localhost. */
  secure?: boolean;
  /** The cookie's `Path`; default `/`. */
  path?: string;
  /**
   * Origins allowed to send writes besides the request's own, e.g. the public origin when a proxy
   * rewrites the Host (`['https://desk.example.com']`).
   */
  allowedOrigins?: string[];
}

/** What {@link sessionCookie} returns. */
export interface SessionCookie {
  /** The `authenticate` hook: the actor of a valid cookie, `null` (401) otherwise. */
  authenticate: Authenticate;
  /** A `Set-Cookie` header value that signs `actor` in, after the host has checked who they are. */
  issue(actor: string): Promise<string>;
  /** A `Set-Cookie` header value that signs out (expires the cookie). */
  clear(): string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Sessions for a desk served from the same origin as the API: an HttpOnly cookie holding an
 * HS256-signed token (jose) with the actor and an expiry. A forged, altered or expired cookie
 * gives 401. Against cross-site request forgery: `SameSite`, and every write must come with an
 * `Origin` (or `Sec-Fetch-Site: same-origin`) of this origin or of `allowedOrigins`.
 *
 * @example
 * ```ts
 * const session = sessionCookie({ secret: process.env.SESSION_SECRET!, maxAge: 8 * 3600 });
 * const handler = createHandler({ runtime, basePath: '/api', authenticate: session.authenticate });
 * // in the host's sign-in route, once the password or SSO has been checked:
 * return new Response(null, { status: 204, headers: { 'set-cookie': await session.issue(userId) } });
 * ```
 */
export function sessionCookie(options: SessionCookieOptions): SessionCookie {
  const key =
    typeof options.secret === 'string' ? new TextEncoder().encode(options.secret) : options.secret;
  if (key.byteLength < 32)
    throw new RangeError('sessionCookie needs a secret of at least 32 bytes.');
  const maxAge = options.maxAge ?? 8 * 3600;
  const name = options.name ?? 'deskkit_session';
  if (!/^[\w.-]+$/.test(name)) throw new TypeError(`"${name}" is not a valid cookie name.`);
  const attributes = [
    `Path=${options.path ?? '/'}`,
    'HttpOnly',
    ...(options.secure === false ? [] : ['Secure']),
    `SameSite=${options.sameSite ?? 'Lax'}`,
  ].join('; ');
  const allowed = new Set(options.allowedOrigins ?? []);

  function sameOrigin(request: Request): boolean {
    const origin = request.headers.get('origin');
    if (origin !== null) return origin === new URL(request.url).origin || allowed.has(origin);
    return request.headers.get('sec-fetch-site') === 'same-origin';
  }

  function readCookie(request: Request): string | undefined {
    for (const part of (request.headers.get('cookie') ?? '').split(';')) {
      const eq = part.indexOf('=');
      if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
    }
    return undefined;
  }

  return {
    async authenticate(request) {
      const token = readCookie(request);
      if (!token) return null;
      if (!SAFE_METHODS.has(request.method) && !sameOrigin(request)) return null;
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
        return typeof payload.sub === 'string' && payload.sub !== '' ? payload.sub : null;
      } catch {
        return null;
      }
    },
    async issue(actor) {
      if (actor === '') throw new TypeError('sessionCookie.issue needs an actor id.');
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(actor)
        .setIssuedAt()
        .setExpirationTime(`${maxAge}s`)
        .sign(key);
      return `${name}=${token}; Max-Age=${maxAge}; ${attributes}`;
    },
    clear() {
      return `${name}=; Max-Age=0; ${attributes}`;
    },
  };
}

import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { JWTPayload, KeyInput } from 'jose';
import type { Authenticate } from '../handler.types';

/** Options of {@link bearerJwt}. Give `jwksUrl` or `key`. */
export interface BearerJwtOptions {
  /** The identity provider's JWKS (`https://idp.example.com/.well-known/jwks.json`), fetched and cached by jose. */
  jwksUrl?: string | URL;
  /**
   * A fixed verification key instead: a `CryptoKey`/`KeyObject` (e.g. from jose's `importSPKI`),
   * a JWK, or the shared secret bytes of an HMAC (HS256) token.
   */
  key?: KeyInput;
  /** The `iss` the tokens must carry. */
  issuer?: string | string[];
  /** The `aud` the tokens must carry (this API). */
  audience?: string | string[];
  /** The claim holding the actor id (a user id of the runtime's directory); default `sub`. Dots reach into objects: `ext.deskUser`. */
  actorClaim?: string;
  /** Accepted signing algorithms; default: those jose accepts for the key. */
  algorithms?: string[];
  /** Seconds of clock skew tolerated on `exp`/`nbf`; default 5. */
  clockTolerance?: number;
}

/**
 * `authenticate` for `Authorization: Bearer <JWT>`: verifies the signature (JWKS or key), expiry,
 * issuer and audience with [jose](https://github.com/panva/jose), and returns the actor claim. A
 * missing, malformed, forged or expired token gives `null` (401).
 *
 * @example
 * ```ts
 * createHandler({
 *   runtime,
 *   authenticate: bearerJwt({
 *     jwksUrl: 'https://login.example.com/.well-known/jwks.json',
 *     issuer: 'https://login.example.com/',
 *     audience: 'deskkit',
 *     actorClaim: 'preferred_username',
 *   }),
 * });
 * ```
 */
export function bearerJwt(options: BearerJwtOptions): Authenticate {
  if ((options.jwksUrl === undefined) === (options.key === undefined)) {
    throw new TypeError('bearerJwt needs exactly one of `jwksUrl` or `key`.');
  }
  const jwks = options.jwksUrl !== undefined ? createRemoteJWKSet(new URL(options.jwksUrl)) : null;
  const claimPath = (options.actorClaim ?? 'sub').split('.');
  const verifyOptions = {
    ...(options.issuer !== undefined ? { issuer: options.issuer } : {}),
    ...(options.audience !== undefined ? { audience: options.audience } : {}),
    ...(options.algorithms !== undefined ? { algorithms: options.algorithms } : {}),
    clockTolerance: options.clockTolerance ?? 5,
  };

  return async (request) => {
    const header = request.headers.get('authorization');
    const match = header ? /^Bearer +([\w-]+\.[\w-]+\.[\w-]+)\s*$/i.exec(header) : null;
    if (!match?.[1]) return null;
    let payload: JWTPayload;
    try {
      payload = (
        jwks
          ? await jwtVerify(match[1], jwks, verifyOptions)
          : await jwtVerify(match[1], options.key as KeyInput, verifyOptions)
      ).payload;
    } catch (error) {
      // A token that does not verify is the caller's problem (401); an identity provider that
      // cannot be reached is the server's (500, through the handler's onError).
      if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) throw error;
      return null;
    }
    let value: unknown = payload;
    for (const part of claimPath) {
      value =
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[part]
          : undefined;
    }
    return typeof value === 'string' && value !== '' ? value : null;
  };
}

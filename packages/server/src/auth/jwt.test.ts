import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { bearerJwt } from './jwt';

const ISSUER = 'https://login.example.com/';

async function rsa() {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  return { publicKey, privateKey, jwk };
}

function token(
  claims: Record<string, unknown>,
  key: Parameters<SignJWT['sign']>[0],
  opts: { alg?: string; exp?: string | number; iss?: string; aud?: string } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: opts.alg ?? 'RS256', kid: 'k1' })
    .setIssuer(opts.iss ?? ISSUER)
    .setAudience(opts.aud ?? 'deskkit')
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? '5m')
    .sign(key);
}

const bearer = (jwt: string) =>
  new Request('http://desk.test/api/catalog', { headers: { authorization: `Bearer ${jwt}` } });

describe('bearerJwt', () => {
  it('verifies against a JWKS URL and returns the actor claim', async () => {
    const { privateKey, jwk } = await rsa();
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const authenticate = bearerJwt({
        jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
        issuer: ISSUER,
        audience: 'deskkit',
        actorClaim: 'preferred_username',
      });
      const jwt = await token({ sub: 'u-1', preferred_username: 'ann' }, privateKey);
      expect(await authenticate(bearer(jwt))).toBe('ann');
    } finally {
      server.close();
    }
  });

  it('gives null for a forged, expired, foreign or missing token', async () => {
    const { publicKey, privateKey } = await rsa();
    const other = await rsa();
    const authenticate = bearerJwt({ key: publicKey, issuer: ISSUER, audience: 'deskkit' });
    const good = await token({ sub: 'ann' }, privateKey);
    expect(await authenticate(bearer(good))).toBe('ann');

    const [h, p] = good.split('.');
    const tampered = `${h}.${Buffer.from(JSON.stringify({ sub: 'admin', iss: ISSUER, aud: 'deskkit', exp: 9e9 })).toString('base64url')}.${good.split('.')[2]}`;
    expect(p).toBeDefined();
    for (const jwt of [
      tampered,
      await token({ sub: 'ann' }, other.privateKey),
      await token({ sub: 'ann' }, privateKey, { exp: Math.floor(Date.now() / 1000) - 60 }),
      await token({ sub: 'ann' }, privateKey, { iss: 'https://evil.example/' }),
      await token({ sub: 'ann' }, privateKey, { aud: 'another-api' }),
      await token({}, privateKey),
    ]) {
      expect(await authenticate(bearer(jwt))).toBeNull();
    }
    expect(await authenticate(new Request('http://desk.test/'))).toBeNull();
    expect(
      await authenticate(
        new Request('http://desk.test/', { headers: { authorization: 'Basic YW5uOnB3' } }),
      ),
    ).toBeNull();
  });

  it('accepts an HMAC secret, with nested actor claims', async () => {
    const secret = new TextEncoder().encode('a-shared-secret-of-at-least-32-bytes!');
    const authenticate = bearerJwt({ key: secret, actorClaim: 'desk.user', algorithms: ['HS256'] });
    const jwt = await token({ desk: { user: 'eve' } }, secret, { alg: 'HS256' });
    expect(await authenticate(bearer(jwt))).toBe('eve');
  });

  it('throws (a 500, not a 401) when the JWKS cannot be reached', async () => {
    const { privateKey } = await rsa();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const authenticate = bearerJwt({ jwksUrl: `http://127.0.0.1:${port}/jwks.json` });
    const jwt = await token({ sub: 'ann' }, privateKey);
    await expect(authenticate(bearer(jwt))).rejects.toThrow();
  });

  it('needs exactly one of jwksUrl and key', () => {
    expect(() => bearerJwt({})).toThrow(TypeError);
  });
});

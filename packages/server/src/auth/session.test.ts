import { sessionCookie } from './session';

const SECRET = 'test-secret-test-secret-test-secret!';

function request(
  method: string,
  cookie: string | undefined,
  headers: Record<string, string> = {},
): Request {
  return new Request('https://desk.example.com/api/tickets', {
    method,
    headers: { ...(cookie !== undefined ? { cookie } : {}), ...headers },
  });
}

/** The `name=value` pair a browser sends back for a Set-Cookie header. */
const pair = (setCookie: string) => setCookie.split(';')[0] as string;

describe('sessionCookie', () => {
  it('issues an HttpOnly, Secure, SameSite cookie that authenticates its actor', async () => {
    const session = sessionCookie({ secret: SECRET, maxAge: 3600 });
    const setCookie = await session.issue('ann');
    expect(setCookie).toMatch(/^deskkit_session=[\w-]+\.[\w-]+\.[\w-]+; Max-Age=3600; /);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('SameSite=Lax');
    expect(await session.authenticate(request('GET', `other=1; ${pair(setCookie)}`))).toBe('ann');
  });

  it('gives null for a forged or expired cookie, or one signed with another secret', async () => {
    const session = sessionCookie({ secret: SECRET, maxAge: 60 });
    const cookie = pair(await session.issue('ann'));
    const [name, token] = cookie.split('=') as [string, string];
    const [h, , s] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'admin', exp: 9e9 })).toString(
      'base64url',
    );
    expect(await session.authenticate(request('GET', `${name}=${h}.${forgedPayload}.${s}`))).toBe(
      null,
    );
    const foreign = sessionCookie({ secret: `${SECRET}-other` });
    expect(await session.authenticate(request('GET', pair(await foreign.issue('ann'))))).toBe(null);
    expect(await session.authenticate(request('GET', undefined))).toBeNull();

    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 61_000);
      expect(await session.authenticate(request('GET', cookie))).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses writes that do not come from the same origin (CSRF)', async () => {
    const session = sessionCookie({
      secret: SECRET,
      allowedOrigins: ['https://portal.example.com'],
    });
    const cookie = pair(await session.issue('ann'));
    const write = (headers: Record<string, string>) =>
      session.authenticate(request('POST', cookie, headers));
    expect(await write({ origin: 'https://desk.example.com' })).toBe('ann');
    expect(await write({ origin: 'https://portal.example.com' })).toBe('ann');
    expect(await write({ 'sec-fetch-site': 'same-origin' })).toBe('ann');
    expect(await write({ origin: 'https://evil.example' })).toBeNull();
    expect(await write({ 'sec-fetch-site': 'cross-site' })).toBeNull();
    expect(await write({})).toBeNull();
  });

  it('clear() expires the cookie; options shape the attributes', async () => {
    const session = sessionCookie({
      secret: new TextEncoder().encode(SECRET),
      name: 'sid',
      sameSite: 'Strict',
      secure: false,
      path: '/desk',
    });
    expect(session.clear()).toBe('sid=; Max-Age=0; Path=/desk; HttpOnly; SameSite=Strict');
    expect(await session.issue('bob')).toMatch(/^sid=.*; Path=\/desk; HttpOnly; SameSite=Strict$/);
    expect(() => sessionCookie({ secret: 'short' })).toThrow(RangeError);
  });
});

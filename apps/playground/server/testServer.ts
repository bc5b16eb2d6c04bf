import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandler } from '@deskkit/server';
import { createPlaygroundApp, type PlaygroundApp } from './app';
import { sendResponse, toRequest } from './node';

/** Tests only: the playground server on a free port, over a fresh PGlite folder. */
export interface TestServer {
  app: PlaygroundApp;
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** Signs a demo user in; their session cookie (`name=value`). */
  signIn(user: string): Promise<string>;
  /** A same-origin JSON call with a session cookie. */
  call(cookie: string, method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

type AppOptions = Parameters<typeof createPlaygroundApp>[0];

/** Starts {@link TestServer}: the real app and `@deskkit/server` handler behind node:http. */
export async function startTestServer(
  options: Omit<AppOptions, 'database' | 'deskkitHandler' | 'publicUrl'> = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'deskkit-server-'));
  let base = '';
  const app = await createPlaygroundApp({
    ...options,
    database: { dataDir },
    publicUrl: () => base,
    deskkitHandler: ({ runtime, authenticate, basePath }) =>
      createHandler({ runtime, authenticate, basePath }),
  });
  const http = createServer((req, res) => {
    void app.api(toRequest(req, res, base)).then((response) => sendResponse(response, res));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const call = (cookie: string, method: string, path: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method,
      headers: { cookie, origin: base, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    app,
    base,
    call,
    async signIn(user) {
      const res = await call('', 'POST', '/api/session', { user });
      if (res.status !== 204) throw new Error(`Signing ${user} in answered ${res.status}`);
      return res.headers.get('set-cookie')!.split(';')[0]!;
    },
    async close() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

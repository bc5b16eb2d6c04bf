import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('../../apps/playground/', import.meta.url));

/** The key the test servers sign sessions with, so a test can make an expired session. */
export const E2E_SESSION_SECRET = 'e2e-session-secret-of-at-least-32-bytes';

/**
 * A session cookie value as `@deskkit/server`'s `sessionCookie` makes it (an HS256 token) for
 * `user`, expiring at `expiry` (ms), signed with `secret`.
 */
export function sessionToken(user: string, expiry: number, secret: string): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const exp = Math.floor(expiry / 1000);
  const body = `${part({ alg: 'HS256' })}.${part({ sub: user, iat: exp - 3600, exp })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

/** A playground server of one test file: its own port and a fresh PGlite data folder. */
export interface DeskServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the real playground server (`server/main.ts` under tsx, as `pnpm start` does) on a free
 * port, serving the built desk in `dist` with a fresh data folder, and waits for the line where it
 * says its URL.
 */
/**
 * Starts the playground server on a fresh data folder. `history`: the demo history it seeds on
 * first start (`DEMO_HISTORY` of server/main.ts, e.g. `'14x3'`); none by default, so journeys
 * start on an empty desk.
 */
export async function startDeskServer(
  dist: string,
  options: { history?: string } = {},
): Promise<DeskServer> {
  const data = mkdtempSync(join(tmpdir(), 'deskkit-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--port', '0', '--data', data, '--dist', dist],
    {
      cwd: app,
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: 'server/tsconfig.json',
        DATABASE_URL: '',
        SESSION_SECRET: E2E_SESSION_SECRET,
        DEMO_HISTORY: options.history ?? 'off',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Deskkit service desk: (http:\/\/\S+?\/)/.exec(output);
      if (found) resolve(found[1]!);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) =>
      reject(new Error(`The playground server exited (${code}) before it started:\n${output}`)),
    );
  });
  // Keep reading so the server never blocks on a full pipe; show its errors.
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(data, { recursive: true, force: true });
    },
  };
}

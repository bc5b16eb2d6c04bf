/**
 * One Deskkit server process for the serve, scale-out and bench runs:
 * `tsx test/serverProcess.ts <memory | postgres-url> [schema] [pool size]`.
 * Prints `listening <url>` once it accepts requests, `closed` after a graceful shutdown. Requests
 * are authenticated by an `x-user` header (test only); a request with `x-hold` waits for SIGTERM
 * before it is answered, so a test can check that shutdown lets it finish.
 */
import { createRuntime, memoryDirectory, memoryStorage } from '@deskkit/runtime';
import { postgresStorage } from '@deskkit/runtime/postgres';
import pg from 'pg';
import { postgresNotifier } from '../src/index';
import { serve } from '../src/node';
import { APPROVAL, USERS, WAIT } from './desk';

const [where = 'memory', schema = 'deskkit', poolSize = '8'] = process.argv.slice(2);
const terminated = new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));

const pool =
  where === 'memory' ? undefined : new pg.Pool({ connectionString: where, max: Number(poolSize) });
const storage = pool
  ? postgresStorage({ client: pool, schema, closeClient: true })
  : memoryStorage();
const runtime = createRuntime({
  storage,
  directory: memoryDirectory({ users: USERS }),
  publishers: [{ user: 'admin' }],
});
if (!pool || process.env.DESKKIT_PUBLISH === '1') {
  for (const def of [APPROVAL, WAIT]) {
    try {
      await runtime.publish(def, { actor: 'admin' });
    } catch {
      // Another process published it first.
    }
  }
}

const server = await serve({
  runtime,
  port: 0,
  hostname: '127.0.0.1',
  timers: { intervalMs: 100 },
  handler: {
    rateLimit: false,
    authenticate: async (request) => {
      if (request.headers.has('x-hold')) {
        process.stdout.write('holding\n');
        await terminated;
      }
      return request.headers.get('x-user');
    },
    events: {
      heartbeatMs: 200,
      ...(pool ? { notifier: postgresNotifier({ pool, schema }) } : {}),
    },
  },
  onClose: () => {
    process.stdout.write('closed\n');
  },
});
process.stdout.write(`listening ${server.url}\n`);

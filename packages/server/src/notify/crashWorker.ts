/**
 * One desk process of the notification crash test (`crash.test.ts`), run with tsx and killed with
 * SIGKILL by the test: `tsx crashWorker.ts '<WorkerConfig as JSON>'`. Its storage outlives it: a
 * PGlite data directory on disk, or a PostgreSQL schema. It prints what it did, one line each, so
 * the test kills it at a known point:
 *
 * - `commit`: publishes the workflow, adds the webhook endpoint, raises two tickets whose approval
 *   requests are e-mailed and posted to the webhook (`committed <number>` each), prints `ready` and
 *   waits to be killed: nothing is delivered.
 * - `stall`: one delivery pass claiming one entry; the channel is sent for real (SMTP accepted it,
 *   the receiver answered), then recording the delivery never returns (`unsettled <id>`): the kill
 *   falls between the send and its record.
 * - `deliver`: ticks until no entry is pending, prints `states <json>` and exits.
 */
import { fileURLToPath } from 'node:url';
import type { StorageAdapter } from '@deskkit/runtime';
import { approvalFlow } from './testFlow';

export interface WorkerConfig {
  role: 'commit' | 'stall' | 'deliver';
  store: { kind: 'pglite'; dir: string } | { kind: 'postgres'; url: string; schema: string };
  instance: string;
  smtpPort: number;
  webhook: { url: string; secret: string };
  /** How long this process's claims are leased (ms). */
  leaseMs: number;
}

export const SENDER = 'Service Desk <desk@desk.test>';

export const USERS = [
  { id: 'ann', name: 'Ann Lee', email: 'ann@example.com', roles: ['employee'] },
  { id: 'max', name: 'Max Roe', email: 'max@example.com', roles: ['manager'] },
];

const say = (line: string) => process.stdout.write(`${line}\n`);
const forever = () => new Promise<never>(() => {});

async function openStore(config: WorkerConfig) {
  const { postgresStorage } = await import('@deskkit/runtime/postgres');
  if (config.store.kind === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = new PGlite(config.store.dir);
    await db.waitReady;
    return postgresStorage({ client: db, schema: 'deskkit', closeClient: true });
  }
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: config.store.url, max: 2 });
  return postgresStorage({ client: pool, schema: config.store.schema, closeClient: true });
}

/** The storage, except that recording a delivery never returns: the process dies before it. */
function stalling(storage: StorageAdapter): StorageAdapter {
  return new Proxy(storage, {
    get(target, key) {
      if (key === 'settleNotification')
        return async (id: string) => {
          say(`unsettled ${id}`);
          return forever();
        };
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function main(config: WorkerConfig): Promise<void> {
  const { createRuntime, memoryDirectory } = await import('@deskkit/runtime');
  const { notifications, notificationAdmin } = await import('@deskkit/runtime/notify');
  const { smtpTransport } = await import('./smtp');
  const storage = await openStore(config);
  const runtime = createRuntime({
    storage: config.role === 'stall' ? stalling(storage) : storage,
    directory: memoryDirectory({ users: USERS }),
    instanceId: config.instance,
    publishers: 'anyone',
    extensions: [
      notifications({
        email: smtpTransport({ host: '127.0.0.1', port: config.smtpPort, from: SENDER }),
        templates: { ticketUrl: (n) => `https://desk.test/tickets/${n.ticketId}` },
        leaseMs: config.leaseMs,
        ...(config.role === 'stall' ? { batch: 1 } : {}),
        backoffMs: 200,
      }),
    ],
  });

  if (config.role === 'commit') {
    await runtime.publish(approvalFlow, { actor: 'ann' });
    await notificationAdmin(storage).saveWebhook({
      id: 'ops',
      url: config.webhook.url,
      events: ['*'],
      secret: config.webhook.secret,
    });
    for (const summary of ['Laptop', 'Monitor']) {
      const t = await runtime
        .client('ann')
        .startTicket({ workflow: approvalFlow.key, data: { summary } });
      say(`committed ${t.number}`);
    }
    say('ready');
    return forever();
  }

  if (config.role === 'stall') {
    await runtime.tick();
    say('nothing claimed');
    return forever();
  }

  // deliver: tick until nothing is pending (another process's lease runs out on the database clock).
  for (;;) {
    await runtime.tick();
    const pending = await storage.listNotifications!({ state: ['pending'] });
    if (!pending.notifications.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const all = await storage.listNotifications!({ limit: 500 });
  say(`states ${JSON.stringify(all.notifications.map((n) => [n.id, n.delivery.state]))}`);
  await storage.close?.();
  process.exit(0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(JSON.parse(process.argv[2] ?? '{}') as WorkerConfig).catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}

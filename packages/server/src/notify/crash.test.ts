// A crash between commit and delivery, with real processes: desk processes (crashWorker.ts under
// tsx) on storage that outlives them (a PGlite data directory on disk; a PostgreSQL schema when
// DESKKIT_TEST_DATABASE_URL is set) are killed with SIGKILL at known points, printed by them:
//
// 1. after committing two tickets' notifications and before any delivery;
// 2. after the SMTP server accepted the first ticket's e-mail, before that was recorded;
// 3. after the webhook receiver answered the first ticket's post, before that was recorded.
//
// Then fresh processes tick until nothing is pending (two at once on PostgreSQL; on PGlite, whose
// data directory one process opens at a time, one after the other). A real SMTP server and a real
// HTTP receiver that verifies every Standard Webhooks signature count what arrives:
// - what was committed but never sent arrives exactly once;
// - what was sent but not recorded (2, 3) is sent again: SMTP and HTTP have no idempotent submit,
//   so no process can tell "accepted" from "lost" after the crash. Both copies carry the same
//   Message-ID / webhook-id, and the receiver, deduplicating on webhook-id as Standard Webhooks
//   asks, processes the event once.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { newWebhookSecret } from '@deskkit/runtime/notify';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import type { WorkerConfig } from './crashWorker';
import { SENDER } from './crashWorker';
import { stableMessageId } from './smtp';
import { startTestSmtp } from './testSmtp';

const worker = fileURLToPath(new URL('./crashWorker.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));
const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const SERVER_URL = process.env.DESKKIT_TEST_DATABASE_URL;
// The stalled processes' claims outlive them this long: the next process must start and claim
// before it runs out, and the survivors wait for it. Survivors keep the default 60 s lease, far
// above a send's time, so none of them repeats another's send.
const STALL_LEASE_MS = 15_000;

interface Mail {
  to: string;
  messageId: string | undefined;
  notification: string | undefined;
  ticket: string | undefined;
}
interface Post {
  id: string;
  verified: boolean;
  ticket: string | undefined;
}

let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
let smtpPort = 0;
let receiver: Server;
let hookUrl = '';
const secret = newWebhookSecret();
const mails: Mail[] = [];
const posts: Post[] = [];
/** What the receiver acted on: each webhook-id once, as the specification asks of receivers. */
const processed = new Map<string, string | undefined>();
const running = new Set<ChildProcessByStdio<null, Readable, Readable>>();

beforeAll(async () => {
  smtp = await startTestSmtp((m) => {
    mails.push({
      to: m.to && !Array.isArray(m.to) ? m.to.text : '',
      messageId: m.messageId,
      notification: m.headers.get('x-deskkit-notification') as string | undefined,
      ticket: m.headers.get('x-deskkit-ticket') as string | undefined,
    });
  });
  smtpPort = smtp.port;

  receiver = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const headers = {
        'webhook-id': String(req.headers['webhook-id']),
        'webhook-timestamp': String(req.headers['webhook-timestamp']),
        'webhook-signature': String(req.headers['webhook-signature']),
      };
      let ticket: string | undefined;
      let verified = false;
      try {
        const body = new Webhook(secret).verify(raw, headers) as {
          data: { ticket: { number: string } };
        };
        ticket = body.data.ticket.number;
        verified = true;
      } catch {
        verified = false;
      }
      posts.push({ id: headers['webhook-id'], verified, ticket });
      if (verified && !processed.has(headers['webhook-id']))
        processed.set(headers['webhook-id'], ticket);
      res.writeHead(verified ? 204 : 401).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await smtp.close();
  receiver.closeAllConnections();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

/** A desk process; `lines` yields what it prints, and fails if it exits first. */
function start(config: Omit<WorkerConfig, 'smtpPort' | 'webhook'>) {
  const full: WorkerConfig = { ...config, smtpPort, webhook: { url: hookUrl, secret } };
  const child = spawn(tsx, [worker, JSON.stringify(full)], {
    cwd: serverDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const seen: string[] = [];
  const waiters: Array<() => void> = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    seen.push(line);
    waiters.splice(0).forEach((w) => w());
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      waiters.splice(0).forEach((w) => w());
      resolve(code);
    }),
  );
  return {
    seen,
    /** The first printed line that starts with `prefix`. */
    async line(prefix: string): Promise<string> {
      for (;;) {
        const found = seen.find((l) => l.startsWith(prefix));
        if (found) return found;
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`${config.role} worker ended before "${prefix}": ${stderr}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    async kill(): Promise<void> {
      child.kill('SIGKILL');
      await exited;
    },
    async done(): Promise<number | null> {
      const code = await exited;
      if (code !== 0) throw new Error(`${config.role} worker failed (${code}): ${stderr}`);
      return code;
    },
  };
}

interface Store {
  store: WorkerConfig['store'];
  /** Whether two processes may open it at once. */
  shared: boolean;
  dispose(): Promise<void>;
}

function pgliteStore(): Store {
  const dir = mkdtempSync(join(tmpdir(), 'deskkit-crash-'));
  return {
    store: { kind: 'pglite', dir },
    shared: false,
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function serverStore(url: string): Store {
  const schema = `dk_notify_crash_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    store: { kind: 'postgres', url, schema },
    shared: true,
    async dispose() {
      const pool = new pg.Pool({ connectionString: url, max: 1 });
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    },
  };
}

const STORES: Array<{ name: string; open: () => Store }> = [
  { name: 'PGlite data directory', open: pgliteStore },
  ...(SERVER_URL ? [{ name: 'PostgreSQL server', open: () => serverStore(SERVER_URL) }] : []),
];

for (const { name, open } of STORES) {
  describe(`notifications survive killed processes (${name})`, () => {
    let s: Store;
    beforeAll(() => {
      s = open();
    });
    afterAll(async () => s?.dispose());

    /** A process that claims one entry, sends it for real, and is killed before recording it. */
    async function stall(instance: string): Promise<string> {
      const w = start({ role: 'stall', store: s.store, instance, leaseMs: STALL_LEASE_MS });
      const id = (await w.line('unsettled ')).slice(10);
      await w.kill();
      return id;
    }

    it('delivers what was committed exactly once; what was sent but not recorded, once more under the same id', async () => {
      const firstMail = mails.length;
      const firstPost = posts.length;

      // 1. Commit two tickets' notifications, then die before delivering any.
      const committer = start({ role: 'commit', store: s.store, instance: 'a', leaseMs: 2_000 });
      await committer.line('ready');
      const numbers = committer.seen
        .filter((l) => l.startsWith('committed '))
        .map((l) => l.slice(10));
      expect(numbers).toHaveLength(2);
      await committer.kill();
      expect(mails.length - firstMail).toBe(0);
      const [stalledTicket, cleanTicket] = numbers as [string, string];

      // 2. Claim the oldest entry (the first ticket's e-mail), send it, die before recording it.
      const mailed = await stall('b');
      expect(mailed).toMatch(/:approvalRequested:max$/);
      expect(mails.slice(firstMail)).toEqual([
        expect.objectContaining({ notification: mailed, ticket: stalledTicket }),
      ]);

      // 3. The e-mail is still leased to the dead process: the next one claims the first ticket's
      //    webhook entry, posts it, and dies before recording it.
      const posted = await stall('c');
      expect(posted).toMatch(/:approvalRequested:\*$/);
      expect(posts.slice(firstPost)).toEqual([
        { id: posted, verified: true, ticket: stalledTicket },
      ]);

      // 4. Survivors tick until nothing is pending.
      const survivors = s.shared
        ? [
            start({ role: 'deliver', store: s.store, instance: 'd', leaseMs: 60_000 }),
            start({ role: 'deliver', store: s.store, instance: 'e', leaseMs: 60_000 }),
          ]
        : [start({ role: 'deliver', store: s.store, instance: 'd', leaseMs: 60_000 })];
      await Promise.all(survivors.map((w) => w.done()));
      if (!s.shared) {
        // One process at a time on a PGlite directory: a second survivor finds nothing to do.
        const second = start({ role: 'deliver', store: s.store, instance: 'e', leaseMs: 60_000 });
        await second.done();
      }
      const states = JSON.parse((await survivors[0]!.line('states ')).slice(7)) as Array<
        [string, string]
      >;
      expect(states.map(([, state]) => state)).toEqual(states.map(() => 'delivered'));
      expect(states).toHaveLength(4);

      // Committed, never sent: exactly once on the wire, e-mail and webhook.
      const got = mails.slice(firstMail);
      const hooks = posts.slice(firstPost);
      expect(got.filter((m) => m.ticket === cleanTicket)).toHaveLength(1);
      expect(hooks.filter((p) => p.ticket === cleanTicket)).toHaveLength(1);
      // Sent, then the process died: sent again, with the same Message-ID and webhook-id.
      const again = got.filter((m) => m.ticket === stalledTicket);
      expect(again).toHaveLength(2);
      expect(new Set(again.map((m) => m.messageId))).toEqual(
        new Set([stableMessageId(mailed, SENDER)]),
      );
      const reposted = hooks.filter((p) => p.ticket === stalledTicket);
      expect(reposted.map((p) => p.id)).toEqual([posted, posted]);
      expect(hooks.every((p) => p.verified)).toBe(true);
      // The receiver acted on each event once.
      expect([...processed].filter(([id]) => hooks.some((p) => p.id === id))).toEqual(
        expect.arrayContaining([
          [posted, stalledTicket],
          [expect.stringMatching(/:approvalRequested:\*$/), cleanTicket],
        ]),
      );
      expect(got.every((m) => m.to === 'max@example.com')).toBe(true);
    }, 180_000);
  });
}

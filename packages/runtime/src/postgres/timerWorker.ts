/**
 * A timer-firing worker used by the crash test: `tsx timerWorker.ts <url> <schema> <owner>
 * <leaseMs> <stallAfter>`. It claims every due timer, fires them one by one and, after the
 * `stallAfter`-th commit, stops before completing that timer (as if the process were killed
 * between the two), so the test can SIGKILL it there.
 */
import { fileURLToPath } from 'node:url';
import { ConflictError } from '../errors/errors';
import type { StorageAdapter, TimerLease } from '../storage/storage.types';

/**
 * Fires one leased timer: appends a `timerFired` event and counts it on the ticket, in one commit
 * whose request id is the timer's, so a takeover after a crash cannot fire it twice; then
 * completes the timer. Returns whether this call applied the effect.
 */
export async function fireTimer(
  storage: StorageAdapter,
  lease: TimerLease,
  beforeComplete?: () => Promise<void>,
): Promise<boolean> {
  const ticketId = lease.timer.ticketId;
  if (!ticketId) throw new Error(`timer ${lease.timer.id} has no ticket`);
  for (;;) {
    const t = await storage.getTicket(ticketId);
    if (!t) throw new Error(`ticket ${ticketId} is gone`);
    const seq = (t.historySeq ?? 0) + 1;
    const fired = Number(t.data.fired ?? 0) + 1;
    try {
      const res = await storage.commit({
        requestId: `fire:${lease.timer.id}`,
        tickets: [
          {
            ticket: { ...t, version: t.version + 1, historySeq: seq, data: { ...t.data, fired } },
            expectedVersion: t.version,
          },
        ],
        events: [
          {
            id: `ev-${lease.timer.id}`,
            ticketId,
            seq,
            at: new Date().toISOString(),
            type: 'timerFired',
            detail: { timer: lease.timer.id, owner: lease.owner },
          },
        ],
      });
      await beforeComplete?.();
      await storage.completeTimer(lease.timer.id, lease.owner);
      return res.applied;
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
    }
  }
}

async function main(): Promise<void> {
  const [url, schema, owner, leaseMs, stallAfter] = process.argv.slice(2);
  const { default: pg } = await import('pg');
  const { postgresStorage } = await import('./postgres');
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const storage = postgresStorage({ client: pool, schema: schema! });
  const leases = await storage.claimDueTimers(new Date(), owner!, Number(leaseMs), 1000);
  process.stdout.write(`claimed ${leases.length}\n`);
  let n = 0;
  for (const lease of leases) {
    await fireTimer(storage, lease, async () => {
      n++;
      if (n === Number(stallAfter)) {
        process.stdout.write(`stalled ${lease.timer.id}\n`);
        await new Promise(() => {}); // killed here by the test
      }
    });
    process.stdout.write(`fired ${lease.timer.id}\n`);
  }
  await pool.end();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exit(1);
  });
}

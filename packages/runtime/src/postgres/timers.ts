import type { Timer } from '../model/ticket.types';
import { DeskkitError } from '../errors/errors';
import type { TimerLease } from '../storage/storage.types';
import type { SqlExecutor } from './postgres.types';
import type { Tables } from './rows';
import { fromJson } from './sql';

/**
 * Leases up to `limit` due timers whose lease is free or expired (on the database's clock). The rows are picked with
 * `FOR UPDATE SKIP LOCKED` inside the updating statement, so concurrent claimers in other
 * processes skip rows another claimer is taking instead of waiting for it or taking it twice.
 */
export async function claimDueTimers(
  db: SqlExecutor,
  tb: Tables,
  now: Date,
  owner: string,
  leaseMs: number,
  limit: number,
): Promise<TimerLease[]> {
  const at = now instanceof Date ? now.getTime() : Number.NaN;
  if (
    Number.isNaN(at) ||
    !Number.isFinite(leaseMs) ||
    leaseMs < 0 ||
    typeof owner !== 'string' ||
    !owner
  ) {
    throw new DeskkitError(
      'STORAGE_FAILED',
      'claimDueTimers(now, owner, leaseMs, limit) needs a valid Date, a non-empty owner and a lease of 0 ms or more.',
    );
  }
  const n = Math.max(0, Math.floor(limit));
  if (n === 0) return [];
  const nowIso = new Date(at).toISOString();
  // `now` (the runtime's clock) says which timers are due; leases are taken and judged on the
  // database's clock, so processes whose clocks disagree never take over a lease that still runs.
  const res = await db.query<{ timer: unknown; due: number; until: string | Date }>(
    `WITH due AS (
       SELECT id FROM ${tb.timers}
       WHERE due_at <= $1::timestamptz AND (lease_until IS NULL OR lease_until <= clock_timestamp())
       ORDER BY due_at, id
       LIMIT ${n}
       FOR UPDATE SKIP LOCKED
     )
     UPDATE ${tb.timers} t SET lease_owner = $2,
       lease_until = clock_timestamp() + $3::float8 * interval '1 millisecond'
     FROM due WHERE t.id = due.id
     RETURNING t.timer, extract(epoch FROM t.due_at)::float8 AS due, t.lease_until AS until`,
    [nowIso, owner, leaseMs],
  );
  return res.rows
    .map((r) => ({ timer: fromJson<Timer>(r.timer), due: Number(r.due), until: new Date(r.until) }))
    .sort((a, b) => a.due - b.due || (a.timer.id < b.timer.id ? -1 : 1))
    .map((r) => ({ timer: r.timer, owner, leaseUntil: r.until.toISOString() }));
}

/** Deletes a fired timer if `owner` still holds it; false when another owner took it over. */
export async function completeTimer(
  db: SqlExecutor,
  tb: Tables,
  id: string,
  owner: string,
): Promise<boolean> {
  const res = await db.query(`DELETE FROM ${tb.timers} WHERE id = $1 AND lease_owner = $2`, [
    id,
    owner,
  ]);
  return res.rowCount > 0;
}

export async function listTimers(db: SqlExecutor, tb: Tables, ticketId?: string): Promise<Timer[]> {
  const res =
    ticketId === undefined
      ? await db.query<{ timer: unknown }>(`SELECT timer FROM ${tb.timers} ORDER BY due_at, id`)
      : await db.query<{ timer: unknown }>(
          `SELECT timer FROM ${tb.timers} WHERE ticket_id = $1 ORDER BY due_at, id`,
          [ticketId],
        );
  return res.rows.map((r) => fromJson<Timer>(r.timer));
}

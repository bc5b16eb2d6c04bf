import type { Timer } from '../model/ticket.types';
import { DeskkitError } from '../errors/errors';
import type { TimerLease } from '../storage/storage.types';
import type { SqlExecutor } from './postgres.types';
import type { Tables } from './rows';
import { fromJson } from './sql';

/**
 * Leases up to `limit` due timers whose lease is free or expired. The rows are picked with
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
  const until = new Date(at + leaseMs).toISOString();
  const res = await db.query<{ timer: unknown; due: number }>(
    `WITH due AS (
       SELECT id FROM ${tb.timers}
       WHERE due_at <= $1::timestamptz AND (lease_until IS NULL OR lease_until <= $1::timestamptz)
       ORDER BY due_at, id
       LIMIT ${n}
       FOR UPDATE SKIP LOCKED
     )
     UPDATE ${tb.timers} t SET lease_owner = $2, lease_until = $3::timestamptz
     FROM due WHERE t.id = due.id
     RETURNING t.timer, extract(epoch FROM t.due_at)::float8 AS due`,
    [nowIso, owner, until],
  );
  return res.rows
    .map((r) => ({ timer: fromJson<Timer>(r.timer), due: Number(r.due) }))
    .sort((a, b) => a.due - b.due || (a.timer.id < b.timer.id ? -1 : 1))
    .map((r) => ({ timer: r.timer, owner, leaseUntil: until }));
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

import type { HistoryEvent } from '../model/ticket.types';
import { ValidationError } from '../errors/errors';
import type { FeedPage } from '../storage/storage.types';
import type { SqlExecutor } from './postgres.types';
import type { Tables } from './rows';
import { fromJson } from './sql';

/**
 * The global event feed on PostgreSQL. Each history row carries the id of the transaction that
 * wrote it (`xid`, 64-bit) and a serial `pos`; the feed is ordered by `(xid, pos)` and shows only
 * rows of transactions older than the oldest one still running (`pg_snapshot_xmin`). A serial
 * alone would not do: a command that took position 10 may commit after one that took 11, and a
 * reader that had moved past 11 would never see 10. Every transaction below the snapshot's xmin
 * has ended, so no row can appear behind a cursor once it was handed out; the price is that the
 * feed waits for transactions still running on the server (a session left open in a transaction
 * delays it until that transaction ends).
 */
const SAFE = 'xid < pg_snapshot_xmin(pg_current_snapshot())';

function parseCursor(after: string | null): [xid: string, pos: string] {
  if (after === null) return ['0', '0'];
  const m = typeof after === 'string' ? /^(\d{1,20})\.(\d{1,19})$/.exec(after) : null;
  if (!m?.[1] || !m[2]) {
    throw new ValidationError(`"${String(after)}" is not a position of this event feed.`, [
      { path: '/after', code: 'cursor', severity: 'error', message: 'unknown feed position' },
    ]);
  }
  return [m[1], m[2]];
}

export async function readEvents(
  db: SqlExecutor,
  tb: Tables,
  after: string | null,
  limit: number,
): Promise<FeedPage> {
  const [xid, pos] = parseCursor(after);
  const res = await db.query<{ x: string; p: string; event: unknown }>(
    `SELECT xid::text AS x, pos::text AS p, event FROM ${tb.history}
     WHERE (xid, pos) > ($1::xid8, $2::bigint) AND ${SAFE}
     ORDER BY xid, pos LIMIT $3`,
    [xid, pos, Math.max(1, Math.min(Math.floor(limit) || 1, 1000))],
  );
  const events = res.rows.map((r) => ({
    ...fromJson<HistoryEvent>(r.event),
    position: `${r.x}.${r.p}`,
  }));
  return { events, cursor: events[events.length - 1]?.position ?? `${xid}.${pos}` };
}

export async function eventsHead(db: SqlExecutor, tb: Tables): Promise<string> {
  const res = await db.query<{ x: string; p: string }>(
    `SELECT xid::text AS x, pos::text AS p FROM ${tb.history} WHERE ${SAFE}
     ORDER BY xid DESC, pos DESC LIMIT 1`,
  );
  const row = res.rows[0];
  return row ? `${row.x}.${row.p}` : '0.0';
}

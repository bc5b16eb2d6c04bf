import { DeskkitError, ValidationError } from '../errors/errors';
import type {
  NotificationDelivery,
  NotificationLease,
  NotificationPage,
  NotificationQuery,
  NotificationRecord,
} from '../notify/notify.types';
import type { SqlExecutor } from './postgres.types';
import { Params, fromJson, quoteIdent, toJson } from './sql';

/** The outbox table of a schema. */
export const notificationsTable = (schema: string): string => `${quoteIdent(schema)}.notifications`;

/** Migration statements creating the outbox (one row per notification, leased like timers). */
export function notificationsMigration(s: string): string[] {
  return [
    `CREATE TABLE ${s}.notifications (
       pos bigserial NOT NULL,
       id text PRIMARY KEY,
       recipient text,
       inbox boolean NOT NULL,
       read_at timestamptz,
       state text NOT NULL,
       next_attempt_at timestamptz NOT NULL,
       lease_owner text,
       lease_until timestamptz,
       doc jsonb NOT NULL,
       delivery jsonb NOT NULL)`,
    `CREATE INDEX notifications_inbox_idx ON ${s}.notifications (recipient, pos) WHERE inbox`,
    `CREATE INDEX notifications_due_idx ON ${s}.notifications (next_attempt_at, pos) WHERE state = 'pending'`,
    `CREATE INDEX notifications_state_idx ON ${s}.notifications (state, pos)`,
  ];
}

/**
 * The outbox rows of `$<param>` (a JSON array of notifications) as `SELECT` list + source, in
 * their order; `extraFrom`/`where` let a caller join a condition (see `commitTx`).
 */
export function notificationsInsertSql(
  table: string,
  param: number,
  extra: { from?: string; where?: string } = {},
): string {
  return `INSERT INTO ${table} (id, recipient, inbox, state, next_attempt_at, doc, delivery)
     SELECT x->>'id', x->>'recipient', (x->'channels') ? 'inbox', x#>>'{delivery,state}',
       (x#>>'{delivery,nextAttemptAt}')::timestamptz, x - 'delivery' - 'readAt' - 'position', x->'delivery'
     FROM jsonb_array_elements($${param}::jsonb) WITH ORDINALITY AS e(x, ord)${extra.from ? `, ${extra.from}` : ''}
     ${extra.where ? `WHERE ${extra.where} ` : ''}ORDER BY ord
     ON CONFLICT (id) DO NOTHING`;
}

/** Refuses an outbox entry whose next attempt is not an ISO instant (it would fail in SQL). */
export function checkNotifications(list: NotificationRecord[]): void {
  for (const n of list) {
    if (Number.isNaN(Date.parse(n.delivery?.nextAttemptAt))) {
      throw new DeskkitError(
        'STORAGE_FAILED',
        `Notification "${n.id}" has delivery.nextAttemptAt "${n.delivery?.nextAttemptAt}", which is not an ISO date-time.`,
      );
    }
  }
}

interface Row {
  pos: string | number;
  doc: unknown;
  delivery: unknown;
  read_at: string | Date | null;
}

const COLS = 'pos, doc, delivery, read_at';

function record(r: Row): NotificationRecord {
  const n: NotificationRecord = {
    ...fromJson<Omit<NotificationRecord, 'delivery'>>(r.doc),
    delivery: fromJson<NotificationDelivery>(r.delivery),
    position: String(r.pos),
  };
  if (r.read_at !== null) n.readAt = new Date(r.read_at).toISOString();
  return n;
}

function where(q: NotificationQuery, p: Params): string[] {
  const w: string[] = [];
  if (q.recipient !== undefined) w.push(`recipient = ${p.add(q.recipient)}`);
  if (q.inbox) w.push('inbox');
  if (q.unread) w.push('read_at IS NULL');
  if (q.state) w.push(`state = ANY(${p.add(q.state)}::text[])`);
  return w;
}

export async function listNotifications(
  db: SqlExecutor,
  table: string,
  q: NotificationQuery,
): Promise<NotificationPage> {
  const limit = Math.max(1, Math.min(Math.floor(q.limit ?? 50), 500));
  const p = new Params();
  const w = where(q, p);
  if (q.before !== undefined) {
    if (!/^\d+$/.test(q.before)) {
      throw new ValidationError(`"${q.before}" is not a position of the notification outbox.`, [
        { path: '/before', code: 'cursor', severity: 'error', message: 'unknown position' },
      ]);
    }
    w.push(`pos < ${p.add(q.before)}::bigint`);
  }
  const res = await db.query<Row>(
    `SELECT ${COLS} FROM ${table} ${w.length ? `WHERE ${w.join(' AND ')}` : ''}
     ORDER BY pos DESC LIMIT ${limit + 1}`,
    p.values,
  );
  const rows = res.rows.slice(0, limit).map(record);
  const page: NotificationPage = { notifications: rows };
  const last = rows[rows.length - 1];
  if (res.rows.length > limit && last?.position) page.next = last.position;
  return page;
}

export async function countUnread(
  db: SqlExecutor,
  table: string,
  recipient: string,
): Promise<number> {
  const res = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} WHERE recipient = $1 AND inbox AND read_at IS NULL`,
    [recipient],
  );
  return Number(res.rows[0]?.n ?? 0);
}

export async function markRead(
  db: SqlExecutor,
  table: string,
  recipient: string,
  ids: string[] | null,
  at: string,
): Promise<number> {
  const res = await db.query(
    `UPDATE ${table} SET read_at = $2::timestamptz
     WHERE recipient = $1 AND read_at IS NULL ${ids ? 'AND id = ANY($3::text[])' : ''}`,
    ids ? [recipient, at, ids] : [recipient, at],
  );
  return res.rowCount;
}

/** Leases due pending entries with `FOR UPDATE SKIP LOCKED`, on the database's clock. */
export async function claimNotifications(
  db: SqlExecutor,
  table: string,
  now: Date,
  owner: string,
  leaseMs: number,
  limit: number,
): Promise<NotificationLease[]> {
  const n = Math.max(0, Math.floor(limit));
  if (!n) return [];
  const res = await db.query<Row & { until: string | Date }>(
    `WITH due AS (
       SELECT id FROM ${table}
       WHERE state = 'pending' AND next_attempt_at <= $1::timestamptz
         AND (lease_until IS NULL OR lease_until <= clock_timestamp())
       ORDER BY pos LIMIT ${n}
       FOR UPDATE SKIP LOCKED
     )
     UPDATE ${table} t SET lease_owner = $2,
       lease_until = clock_timestamp() + $3::float8 * interval '1 millisecond'
     FROM due WHERE t.id = due.id
     RETURNING t.pos, t.doc, t.delivery, t.read_at, t.lease_until AS until`,
    [now.toISOString(), owner, leaseMs],
  );
  return res.rows
    .sort((a, b) => Number(a.pos) - Number(b.pos))
    .map((r) => ({
      notification: record(r),
      owner,
      leaseUntil: new Date(r.until).toISOString(),
    }));
}

export async function settleNotification(
  db: SqlExecutor,
  table: string,
  id: string,
  owner: string,
  delivery: NotificationDelivery,
): Promise<boolean> {
  const res = await db.query(
    `UPDATE ${table} SET delivery = $3::jsonb, state = $4, next_attempt_at = $5::timestamptz,
       lease_owner = NULL, lease_until = NULL
     WHERE id = $1 AND lease_owner = $2`,
    [id, owner, toJson(delivery), delivery.state, delivery.nextAttemptAt],
  );
  return res.rowCount === 1;
}

/** Dead → pending, due at `at`, attempts from 0; `done` channels stay done. */
export async function retryNotification(
  db: SqlExecutor,
  table: string,
  id: string,
  at: string,
): Promise<boolean> {
  const res = await db.query(
    `UPDATE ${table} SET state = 'pending', next_attempt_at = $2::timestamptz,
       lease_owner = NULL, lease_until = NULL,
       delivery = jsonb_build_object('state', 'pending', 'attempts', 0, 'nextAttemptAt', $3::text)
         || CASE WHEN delivery ? 'done' THEN jsonb_build_object('done', delivery->'done') ELSE '{}'::jsonb END
     WHERE id = $1 AND state = 'dead'`,
    [id, at, at],
  );
  return res.rowCount === 1;
}

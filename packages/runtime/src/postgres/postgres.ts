import type { HistoryEvent, WorkItem } from '../model/ticket.types';
import { ConflictError } from '../errors/errors';
import type { DefinitionRecord } from '../storage/storage.types';
import { aggregateTickets } from './aggregate';
import { commitTx, importTicketsTx } from './commit';
import { draftStore } from './drafts';
import { createSqlDriver } from './driver';
import { eventsHead, readEvents } from './feed';
import { migrate } from './migrations';
import type { PostgresStorage, PostgresStorageOptions } from './postgres.types';
import { tablesOf, ticketFromRow } from './rows';
import { searchTickets } from './search';
import { fromJson, isoInstant, storageError, toJson } from './sql';
import { claimDueTimers, completeTimer, listTimers } from './timers';
import { listWorkItems } from './workItems';
import {
  claimNotifications,
  countUnread,
  listNotifications,
  markRead,
  notificationsTable,
  retryNotification,
  settleNotification,
} from './notifications';

/**
 * The PostgreSQL storage adapter. The same SQL runs on a PostgreSQL server through a `pg` pool
 * (many runtime processes may share one database) and embedded through PGlite. Each command
 * commits in one transaction with optimistic concurrency on ticket versions; timers are leased
 * with `FOR UPDATE SKIP LOCKED`; searches and dashboard aggregates run in SQL on indexes.
 *
 * @example
 * ```ts
 * import { Pool } from 'pg';
 * import { createRuntime } from '@deskkit/runtime';
 * import { postgresStorage } from '@deskkit/runtime/postgres';
 *
 * const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
 * const storage = postgresStorage({ client: pool, schema: 'deskkit' });
 * await storage.migrate(); // optional: runs before the first call otherwise
 * const runtime = createRuntime({ storage });
 * ```
 *
 * @example
 * ```ts
 * // Embedded, in Node or the browser:
 * import { PGlite } from '@electric-sql/pglite';
 * const storage = postgresStorage({ client: new PGlite('idb://deskkit') });
 * ```
 */
export function postgresStorage(options: PostgresStorageOptions): PostgresStorage {
  const driver = createSqlDriver(options?.client);
  const schema = options.schema ?? 'deskkit';
  const tb = tablesOf(schema);
  const outbox = notificationsTable(schema);
  const countTotal = options.countTotal !== false;
  let ready: Promise<unknown> | undefined =
    options.migrate === false ? Promise.resolve() : undefined;

  const doMigrate = () => migrate(driver, schema);
  /** Runs pending migrations once before the first call; a failure is retried by the next call. */
  const ensure = (): Promise<unknown> =>
    (ready ??= doMigrate().catch((err: unknown) => {
      ready = undefined;
      throw err;
    }));

  /** Runs `fn` after migrations, turning driver errors into typed Deskkit errors. */
  async function run<T>(doing: string, fn: () => Promise<T>): Promise<T> {
    await ensure();
    try {
      return await fn();
    } catch (err) {
      throw storageError(err, doing);
    }
  }

  const definitionOf = (row: { record: unknown }) => fromJson<DefinitionRecord>(row.record);
  const drafts = draftStore(driver, tb);

  const adapter: PostgresStorage = {
    schema,
    driver,
    migrate: async () => {
      const report = await doMigrate();
      ready = Promise.resolve();
      return report;
    },

    async saveDefinition(record) {
      const publishedAt = isoInstant(
        record?.publishedAt,
        `Definition "${record?.key}" publishedAt`,
      );
      const res = await run('Saving a definition', () =>
        driver.query(
          `INSERT INTO ${tb.definitions} (key, version, published_at, published_by, record)
           VALUES ($1, $2, $3::timestamptz, $4, $5::json) ON CONFLICT (key, version) DO NOTHING`,
          [record.key, record.version, publishedAt, record.publishedBy, toJson(record)],
        ),
      );
      if (res.rowCount !== 1) {
        throw new ConflictError(
          `Workflow "${record.key}" already has a version ${record.version}; versions are immutable, publish a new one.`,
        );
      }
    },
    getDefinition: (key, version) =>
      run('Reading a definition', async () => {
        const res =
          version === undefined
            ? await driver.query<{ record: unknown }>(
                `SELECT record FROM ${tb.definitions} WHERE key = $1 ORDER BY version DESC LIMIT 1`,
                [key],
              )
            : await driver.query<{ record: unknown }>(
                `SELECT record FROM ${tb.definitions} WHERE key = $1 AND version = $2`,
                [key, version],
              );
        return res.rows[0] ? definitionOf(res.rows[0]) : null;
      }),
    latestDefinitionVersion: (key) =>
      run('Reading a definition version', async () => {
        const res = await driver.query<{ version: number }>(
          `SELECT version FROM ${tb.definitions} WHERE key = $1 ORDER BY version DESC LIMIT 1`,
          [key],
          { prepare: true },
        );
        return res.rows[0] ? Number(res.rows[0].version) : null;
      }),
    listDefinitions: () =>
      run('Listing definitions', async () => {
        const res = await driver.query<{ record: unknown }>(
          `SELECT DISTINCT ON (key) record FROM ${tb.definitions} ORDER BY key, version DESC`,
        );
        return res.rows.map(definitionOf);
      }),
    listDefinitionVersions: (key) =>
      run('Listing definition versions', async () => {
        const res = await driver.query<{ record: unknown }>(
          `SELECT record FROM ${tb.definitions} WHERE key = $1 ORDER BY version`,
          [key],
        );
        return res.rows.map(definitionOf);
      }),
    saveDraft: (draft, expectedRevision) =>
      run('Saving a draft', () => drafts.saveDraft(draft, expectedRevision)),
    getDraft: (key) => run('Reading a draft', () => drafts.getDraft(key)),
    listDrafts: () => run('Listing drafts', () => drafts.listDrafts()),
    deleteDraft: (key, expectedRevision) =>
      run('Removing a draft', () => drafts.deleteDraft(key, expectedRevision)),

    getTicket: (id) =>
      run('Reading a ticket', async () => {
        const res = await driver.query<{ doc: unknown; data: unknown }>(
          `SELECT doc, data FROM ${tb.tickets} WHERE id = $1`,
          [id],
        );
        return res.rows[0] ? ticketFromRow(res.rows[0]) : null;
      }),
    loadTicket: (id) =>
      run('Reading a ticket', async () => {
        // One statement, so the ticket and its work items come from the same snapshot.
        const res = await driver.query<{ doc: unknown; data: unknown; items: unknown }>(
          `SELECT t.doc, t.data, (SELECT coalesce(jsonb_agg(w.item ORDER BY w.created_at, w.id), '[]'::jsonb)
             FROM ${tb.workItems} w WHERE w.ticket_id = t.id AND w.state = 'open') AS items
           FROM ${tb.tickets} t WHERE t.id = $1`,
          [id],
          { prepare: true },
        );
        const row = res.rows[0];
        return row
          ? { ticket: ticketFromRow(row), openItems: fromJson<WorkItem[]>(row.items) }
          : null;
      }),
    getTicketByNumber: (number) =>
      run('Reading a ticket by number', async () => {
        const res = await driver.query<{ doc: unknown; data: unknown }>(
          `SELECT doc, data FROM ${tb.tickets} WHERE number = $1`,
          [number],
        );
        return res.rows[0] ? ticketFromRow(res.rows[0]) : null;
      }),
    async commit(commit) {
      await ensure();
      // The outbox is written in the command's statement: both or neither.
      return commitTx(driver, tb, commit, outbox);
    },
    history: (ticketId) =>
      run('Reading history', async () => {
        const res = await driver.query<{ event: unknown }>(
          `SELECT event FROM ${tb.history} WHERE ticket_id = $1 ORDER BY seq`,
          [ticketId],
        );
        return res.rows.map((r) => fromJson<HistoryEvent>(r.event));
      }),
    readEvents: (after, limit) =>
      run('Reading the event feed', () => readEvents(driver, tb, after, limit)),
    eventsHead: () => run('Reading the event feed', () => eventsHead(driver, tb)),
    nextSequence: (name) =>
      run('Incrementing a counter', async () => {
        // The increment commits without waiting for its WAL flush: the command that uses the number
        // commits synchronously later, and WAL is flushed in order, so a number held by a stored
        // ticket is never handed out again, even after a crash. This saves one disk flush per ticket.
        const res = await driver.query<{ value: string | number }>(
          `WITH async AS (SELECT set_config('synchronous_commit', 'off', true))
           INSERT INTO ${tb.counters} (name, value) SELECT $1, 1 FROM async
           ON CONFLICT (name) DO UPDATE SET value = ${tb.counters}.value + 1 RETURNING value`,
          [name],
          { prepare: true },
        );
        return Number(res.rows[0]?.value);
      }),

    getWorkItem: (id) =>
      run('Reading a work item', async () => {
        const res = await driver.query<{ item: unknown }>(
          `SELECT item FROM ${tb.workItems} WHERE id = $1`,
          [id],
        );
        return res.rows[0] ? fromJson<WorkItem>(res.rows[0].item) : null;
      }),
    listWorkItems: (query) => run('Listing work items', () => listWorkItems(driver, tb, query)),
    countOpenWorkItems: (users) =>
      run('Counting work items', async () => {
        const out: Record<string, number> = {};
        for (const u of users) out[u] = 0;
        if (!users.length) return out;
        const res = await driver.query<{ assignee: string; n: number }>(
          `SELECT assignee, count(*)::int AS n FROM ${tb.workItems}
           WHERE assignee = ANY($1::text[]) AND state = 'open' GROUP BY assignee`,
          [users],
        );
        for (const r of res.rows) out[r.assignee] = Number(r.n);
        return out;
      }),

    claimDueTimers: (now, owner, leaseMs, limit) =>
      run('Claiming due timers', () => claimDueTimers(driver, tb, now, owner, leaseMs, limit)),
    completeTimer: (id, owner) =>
      run('Completing a timer', () => completeTimer(driver, tb, id, owner)),
    listTimers: (ticketId) => run('Listing timers', () => listTimers(driver, tb, ticketId)),

    getState: <T>(key: string) =>
      run('Reading state', async () => {
        const res = await driver.query<{ value: unknown; version: number }>(
          `SELECT value, version FROM ${tb.state} WHERE key = $1`,
          [key],
        );
        const row = res.rows[0];
        return row ? { value: fromJson<T>(row.value), version: Number(row.version) } : null;
      }),
    setState: (key, value, expectedVersion) =>
      run('Writing state', async () => {
        const res =
          expectedVersion === null
            ? await driver.query(
                `INSERT INTO ${tb.state} (key, value, version) VALUES ($1, $2::jsonb, 1) ON CONFLICT (key) DO NOTHING`,
                [key, toJson(value)],
              )
            : await driver.query(
                `UPDATE ${tb.state} SET value = $2::jsonb, version = version + 1 WHERE key = $1 AND version = $3`,
                [key, toJson(value), expectedVersion],
              );
        return res.rowCount === 1;
      }),

    listNotifications: (query) =>
      run('Listing notifications', () => listNotifications(driver, outbox, query ?? {})),
    countUnreadNotifications: (recipient) =>
      run('Counting notifications', () => countUnread(driver, outbox, recipient)),
    markNotificationsRead: (recipient, ids, at) =>
      run('Marking notifications read', () => markRead(driver, outbox, recipient, ids, at)),
    claimNotifications: (now, owner, leaseMs, limit) =>
      run('Claiming notifications', () =>
        claimNotifications(driver, outbox, now, owner, leaseMs, limit),
      ),
    settleNotification: (id, owner, delivery) =>
      run('Settling a notification', () => settleNotification(driver, outbox, id, owner, delivery)),
    retryNotification: (id, at) =>
      run('Retrying a notification', () => retryNotification(driver, outbox, id, at)),

    queryTickets: (query, scope, split) =>
      run('Searching tickets', () => searchTickets(driver, tb, query, countTotal, scope, split)),
    aggregateTickets: (query, scope) =>
      run('Aggregating tickets', () => aggregateTickets(driver, tb, query, scope)),

    async importTickets(tickets) {
      await ensure();
      return importTicketsTx(driver, tb, tickets);
    },
    pruneRequests: (before) =>
      run('Pruning request ids', async () => {
        const res = await driver.query(
          `DELETE FROM ${tb.requests} WHERE applied_at < $1::timestamptz`,
          [
            isoInstant(
              before instanceof Date && !Number.isNaN(before.getTime())
                ? before.toISOString()
                : String(before),
              'pruneRequests(before)',
            ),
          ],
        );
        return res.rowCount;
      }),
    async close() {
      if (options.closeClient) await driver.end?.();
    },
  };
  return adapter;
}

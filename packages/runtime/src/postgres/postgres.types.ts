import type { Ticket } from '../model/ticket.types';
import type { DraftRecord, FeedPage, StorageAdapter } from '../storage/storage.types';

/** The result of one SQL statement, the same for every driver. */
export interface SqlResult<R> {
  rows: R[];
  /** Rows inserted, updated or deleted by the statement (0 for a plain `SELECT` on some drivers). */
  rowCount: number;
}

/** How one statement runs. */
export interface SqlQueryOptions {
  /**
   * The statement is one of the adapter's few hot ones (a command's commit, loading a ticket, the
   * latest definition version, a counter): a driver may keep it prepared on each connection, so
   * the server parses and plans it once per connection instead of on every call. The `pg` driver
   * does; PGlite and drivers of your own may ignore it.
   */
  prepare?: boolean;
}

/** Runs parameterised SQL (`$1`, `$2`, ...): a connection, a pool, or an open transaction. */
export interface SqlExecutor {
  query<R = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    options?: SqlQueryOptions,
  ): Promise<SqlResult<R>>;
}

/**
 * What the adapter needs from a PostgreSQL client: statements, and transactions that commit when
 * the callback resolves and roll back when it throws. `postgresStorage` builds one from a `pg`
 * pool or a PGlite instance; a host may pass its own for another client library.
 */
export interface SqlDriver extends SqlExecutor {
  /** `pg`, `pglite`, or a host-chosen name (shown in error messages). */
  readonly kind: string;
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Ends the underlying client (called by `close()` only with `closeClient: true`). */
  end?(): Promise<void>;
}

/**
 * The part of a `pg` `Pool` the adapter uses (typed structurally, so `pg` stays an optional
 * dependency of the host).
 */
export interface PgPoolLike {
  connect(): Promise<PgPoolClientLike>;
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
  /** A named (prepared) statement: `pg` prepares it once per connection. */
  query(config: PgQueryConfig): Promise<{ rows: unknown[]; rowCount: number | null }>;
  end(): Promise<void>;
}

/** The part of a `pg` `PoolClient` the adapter uses. */
export interface PgPoolClientLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
  query(config: PgQueryConfig): Promise<{ rows: unknown[]; rowCount: number | null }>;
  release(err?: Error | boolean): void;
}

/** `pg`'s query config for a named statement. */
export interface PgQueryConfig {
  name: string;
  text: string;
  values?: unknown[];
}

/** The part of a PGlite instance (`@electric-sql/pglite`) the adapter uses. */
export interface PgliteLike {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number }>;
  transaction<T>(
    fn: (tx: {
      query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[]; affectedRows?: number }>;
    }) => Promise<T>,
  ): Promise<T>;
  close(): Promise<void>;
  readonly waitReady: Promise<void>;
}

/** Options of {@link postgresStorage}. */
export interface PostgresStorageOptions {
  /**
   * A `pg` `Pool` (server), a PGlite instance (embedded, in Node or the browser), or a
   * {@link SqlDriver} of your own. The host creates and owns it.
   */
  client: PgPoolLike | PgliteLike | SqlDriver;
  /**
   * The schema that holds every Deskkit table (created by `migrate()`); default `deskkit`. Any
   * name is accepted and quoted; use one schema per Deskkit installation.
   */
  schema?: string;
  /**
   * Run pending migrations before the first call (default `true`). Set `false` when migrations
   * run in a deploy step (`await storage.migrate()`), so runtime processes need no DDL rights.
   */
  migrate?: boolean;
  /** `close()` also ends the client (pool or PGlite); default `false`, the host owns it. */
  closeClient?: boolean;
  /**
   * Count every match of a ticket search into `TicketPage.total` (default `true`). Counting costs
   * one more indexed query per page; turn it off for very large desks that do not show totals.
   */
  countTotal?: boolean;
}

/** What `migrate()` did. */
export interface MigrationReport {
  schema: string;
  /** Versions applied by this call, in order (empty when the schema was up to date). */
  applied: number[];
  /** The schema version now in the database. */
  version: number;
}

/** The PostgreSQL adapter: a {@link StorageAdapter} plus schema management. */
export interface PostgresStorage extends StorageAdapter {
  saveDraft(draft: DraftRecord, expectedRevision: number | null): Promise<boolean>;
  getDraft(key: string): Promise<DraftRecord | null>;
  listDrafts(): Promise<DraftRecord[]>;
  deleteDraft(key: string, expectedRevision?: number): Promise<boolean>;
  readEvents(after: string | null, limit: number): Promise<FeedPage>;
  eventsHead(): Promise<string>;
  /** The (unquoted) schema name the tables live in. */
  readonly schema: string;
  /** The driver in use (for host queries in the same database, e.g. reports). */
  readonly driver: SqlDriver;
  /**
   * Creates or upgrades the tables; idempotent and safe when several processes start at once
   * (they serialize on a transaction-scoped advisory lock).
   */
  migrate(): Promise<MigrationReport>;
  /**
   * Inserts existing tickets in bulk (multi-row statements in one transaction), e.g. when moving a
   * desk from another system; history, work items and timers are not created. Refuses the whole
   * import with a `ConflictError` when an id or a number exists. Returns how many were inserted.
   */
  importTickets(tickets: Ticket[]): Promise<number>;
  /**
   * Forgets applied request ids older than `before` (idempotency only needs to outlive client
   * retries; a day or a week is plenty). Returns how many were removed.
   */
  pruneRequests(before: Date): Promise<number>;
  /** Ends the client when `closeClient` was set; otherwise a no-op (the host owns the client). */
  close(): Promise<void>;
}

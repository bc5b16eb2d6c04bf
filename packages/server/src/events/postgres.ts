import type { EventNotifier } from './events.types';

/** The part of a `pg` pooled client the notifier uses. */
export interface PgListenClient {
  query(sql: string): Promise<unknown>;
  on(event: 'notification', listener: (message: { channel: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  release(error?: Error | boolean): void;
}

/** The part of a `pg` Pool the notifier uses (a `pg.Pool` fits). */
export interface PgNotifyPool {
  connect(): Promise<PgListenClient>;
  query(sql: string, params: unknown[]): Promise<unknown>;
}

/** Options of {@link postgresNotifier}. */
export interface PostgresNotifierOptions {
  /** A `pg` Pool on the database the runtimes share; one of its connections stays on LISTEN. */
  pool: PgNotifyPool;
  /** The storage's schema (default `deskkit`): processes on the same schema hear each other. */
  schema?: string;
  /** Wait before listening again after the listening connection failed (ms); default 1,000. */
  reconnectMs?: number;
  /** Called with connection errors of the listening connection (default: ignored, it reconnects). */
  onError?: (error: unknown) => void;
}

/**
 * An {@link EventNotifier} on PostgreSQL `LISTEN`/`NOTIFY`: every server process that shares a
 * database listens on one channel per schema, and a process that committed events sends one
 * `NOTIFY` (gathered over a few milliseconds of commits, outside the commands' transactions, so
 * commits never wait on PostgreSQL's notification queue lock). After the listening connection
 * fails, the notifier reconnects and wakes every stream once, in case it missed a notification.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const handler = createHandler({
 *   runtime, authenticate,
 *   events: { notifier: postgresNotifier({ pool, schema: 'deskkit' }) },
 * });
 * ```
 */
export function postgresNotifier(options: PostgresNotifierOptions): EventNotifier {
  const channel = `deskkit:${options.schema ?? 'deskkit'}`.slice(0, 63);
  const quoted = `"${channel.replace(/"/g, '""')}"`;
  const listeners = new Set<() => void>();
  const wake = (): void => {
    for (const l of listeners) l();
  };
  let client: PgListenClient | undefined;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  async function listen(): Promise<void> {
    if (closed) return;
    let c: PgListenClient | undefined;
    try {
      c = await options.pool.connect();
      const conn = c;
      conn.on('notification', (m) => {
        if (m.channel === channel) wake();
      });
      conn.on('error', (error) => {
        options.onError?.(error);
        if (client === conn) client = undefined;
        conn.release(error);
        schedule();
      });
      await conn.query(`LISTEN ${quoted}`);
      if (closed) {
        conn.release(true);
        return;
      }
      client = conn;
      wake();
    } catch (error) {
      options.onError?.(error);
      c?.release(error instanceof Error ? error : true);
      schedule();
    }
  }
  function schedule(): void {
    if (closed || retry !== undefined) return;
    retry = setTimeout(() => {
      retry = undefined;
      void listen();
    }, options.reconnectMs ?? 1_000);
  }
  const started = listen();

  return {
    notify() {
      if (closed) return;
      options.pool.query('SELECT pg_notify($1, NULL)', [channel]).catch((error: unknown) => {
        options.onError?.(error);
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      if (retry !== undefined) clearTimeout(retry);
      await started;
      const c = client;
      client = undefined;
      if (c) {
        try {
          await c.query(`UNLISTEN ${quoted}`);
          c.release();
        } catch (error) {
          c.release(error instanceof Error ? error : true);
        }
      }
    },
  };
}

import { DeskkitError } from '../errors/errors';
import type {
  PgliteLike,
  PgPoolClientLike,
  PgPoolLike,
  PostgresStorageOptions,
  SqlDriver,
  SqlExecutor,
  SqlQueryOptions,
  SqlResult,
} from './postgres.types';

function isDriver(c: object): c is SqlDriver {
  return 'kind' in c && typeof (c as SqlDriver).transaction === 'function' && !('waitReady' in c);
}

function isPglite(c: object): c is PgliteLike {
  return 'waitReady' in c && typeof (c as PgliteLike).transaction === 'function';
}

function isPgPool(c: object): c is PgPoolLike {
  return (
    typeof (c as PgPoolLike).connect === 'function' && typeof (c as PgPoolLike).query === 'function'
  );
}

/**
 * Names of the statements kept prepared, one per distinct text. `pg` prepares a named statement
 * on each connection the first time that connection runs it, then only binds and executes it.
 * Only the adapter's hot statements ask for it (`prepare: true`), so the set stays small; a name
 * is never reused for another text (`pg` refuses that).
 */
type StatementNames = Map<string, string>;
const MAX_PREPARED = 64;

function pgExecutor(c: Pick<PgPoolClientLike, 'query'>, names: StatementNames): SqlExecutor {
  return {
    async query<R>(
      sql: string,
      params?: readonly unknown[],
      options?: SqlQueryOptions,
    ): Promise<SqlResult<R>> {
      const values = params ? [...params] : undefined;
      let name = options?.prepare ? names.get(sql) : undefined;
      if (options?.prepare && !name && names.size < MAX_PREPARED) {
        name = `deskkit_${names.size + 1}`;
        names.set(sql, name);
      }
      const r = name
        ? await c.query({ name, text: sql, ...(values ? { values } : {}) })
        : await c.query(sql, values);
      return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
    },
  };
}

/** A driver over a `pg` pool: each transaction holds one pooled connection from BEGIN to COMMIT. */
/** Per pool, since statement names live on its connections (several schemas may share a pool). */
const namesByPool = new WeakMap<PgPoolLike, StatementNames>();

function pgDriver(pool: PgPoolLike): SqlDriver {
  let names = namesByPool.get(pool);
  if (!names) namesByPool.set(pool, (names = new Map()));
  return {
    kind: 'pg',
    ...pgExecutor(pool, names),
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(pgExecutor(client, names));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          // A connection that cannot roll back must not go back into the pool.
          broken =
            rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw err;
      } finally {
        client.release(broken ?? false);
      }
    },
    end: () => pool.end(),
  };
}

function pgliteExecutor(db: Pick<PgliteLike, 'query'>): SqlExecutor {
  return {
    async query<R>(sql: string, params?: readonly unknown[]): Promise<SqlResult<R>> {
      const r = await db.query<R>(sql, params ? [...params] : undefined);
      return { rows: r.rows, rowCount: r.affectedRows ?? 0 };
    },
  };
}

/** A driver over PGlite: one connection; PGlite itself queues statements behind a transaction. */
function pgliteDriver(db: PgliteLike): SqlDriver {
  return {
    kind: 'pglite',
    ...pgliteExecutor(db),
    transaction: (fn) => db.transaction((tx) => fn(pgliteExecutor(tx))),
    end: () => db.close(),
  };
}

/**
 * Wraps the client given to `postgresStorage` in a {@link SqlDriver}: a `pg` pool, a PGlite
 * instance, or a driver the host wrote for another client library.
 *
 * @example
 * ```ts
 * import { Pool } from 'pg';
 * const driver = createSqlDriver(new Pool({ connectionString: process.env.DATABASE_URL }));
 * await driver.transaction(async (tx) => tx.query('SELECT 1'));
 * ```
 */
export function createSqlDriver(client: PostgresStorageOptions['client']): SqlDriver {
  if (client !== null && typeof client === 'object') {
    if (isDriver(client)) return client;
    if (isPglite(client)) return pgliteDriver(client);
    if (isPgPool(client)) {
      if (!('idleCount' in client) && 'processID' in client) {
        throw new DeskkitError(
          'STORAGE_FAILED',
          'postgresStorage({ client }) got a pg Client; pass a pg Pool instead, so that concurrent commits each get their own connection and transaction.',
        );
      }
      return pgDriver(client);
    }
  }
  throw new DeskkitError(
    'STORAGE_FAILED',
    'postgresStorage({ client }) needs a pg Pool (new Pool(...)), a PGlite instance (new PGlite()) or a SqlDriver with query() and transaction().',
  );
}

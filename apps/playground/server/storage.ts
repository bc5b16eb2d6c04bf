import { mkdirSync } from 'node:fs';
import { postgresStorage, type PostgresStorage } from '@deskkit/runtime/postgres';

/** Where the desk's data lives: a PostgreSQL server, or an embedded PGlite in a folder. */
export type DeskDatabase = { url: string } | { dataDir: string };

/**
 * The runtime storage of the playground server: `postgresStorage` on a `pg` pool when a database
 * URL is given, else on PGlite (real PostgreSQL in WASM) persisted in `dataDir`. `close()` ends the
 * pool or PGlite (PGlite writes its last pages then).
 */
export async function openStorage(
  database: DeskDatabase,
): Promise<{ storage: PostgresStorage; where: string }> {
  if ('url' in database) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: database.url, max: 10 });
    const storage = postgresStorage({ client: pool, schema: 'deskkit', closeClient: true });
    await storage.migrate();
    const where = new URL(database.url);
    return { storage, where: `PostgreSQL ${where.host}${where.pathname}` };
  }
  mkdirSync(database.dataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const client = await PGlite.create(database.dataDir);
  const storage = postgresStorage({ client, closeClient: true });
  await storage.migrate();
  return { storage, where: `PGlite in ${database.dataDir}` };
}

/**
 * Empties every Deskkit table of the storage's schema in one statement, keeping the schema and its
 * migration versions (the server's "Reset demo data"). Feed positions keep counting up, so event
 * streams that resume after the reset never take a new event for one they already had.
 */
export async function wipeStorage(storage: PostgresStorage): Promise<void> {
  const { rows } = await storage.driver.query<{ tablename: string }>(
    'SELECT tablename FROM pg_tables WHERE schemaname = $1',
    [storage.schema],
  );
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const tables = rows
    .map((r) => r.tablename)
    .filter((name) => name !== 'deskkit_migrations')
    .map((name) => `${quote(storage.schema)}.${quote(name)}`);
  if (tables.length) await storage.driver.query(`TRUNCATE ${tables.join(', ')}`);
}

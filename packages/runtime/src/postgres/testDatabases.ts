import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { postgresStorage } from './postgres';
import type { PostgresStorage, SqlDriver } from './postgres.types';

/** The server CI provides; tests against a real PostgreSQL run only when it is set. */
export const SERVER_URL = process.env.DESKKIT_TEST_DATABASE_URL;

/** Appended to the names of server-only suites, so a skipped run says why. */
export const NEEDS_SERVER = SERVER_URL
  ? ''
  : ' [skipped: set DESKKIT_TEST_DATABASE_URL=postgres://… to run it against a PostgreSQL server]';

/** A fresh schema name per test file, so parallel runs and reruns never see each other's rows. */
export function randomSchema(prefix = 'dk_test'): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** One database under test: make adapters on it, and drop everything at the end. */
export interface TestDatabase {
  name: 'pglite' | 'postgres';
  schema: string;
  storage(options?: { countTotal?: boolean }): PostgresStorage;
  sql(text: string, params?: unknown[]): Promise<unknown[]>;
  dispose(): Promise<void>;
}

async function dropSchema(driver: SqlDriver, schema: string): Promise<void> {
  await driver.query(`DROP SCHEMA IF EXISTS "${schema.replace(/"/g, '""')}" CASCADE`);
}

export async function pgliteDatabase(): Promise<TestDatabase> {
  const db = new PGlite({ relaxedDurability: true });
  await db.waitReady;
  const schema = randomSchema();
  const first = postgresStorage({ client: db, schema });
  return {
    name: 'pglite',
    schema,
    storage: (o) => postgresStorage({ client: db, schema, ...o }),
    sql: async (text, params) => (await first.driver.query(text, params)).rows,
    dispose: async () => {
      await dropSchema(first.driver, schema);
      await db.close();
    },
  };
}

/** A pool of its own on the server; pass `schema` to share another database's tables. */
export async function serverDatabase(
  url: string,
  poolSize = 4,
  schema = randomSchema(),
): Promise<TestDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const first = postgresStorage({ client: pool, schema });
  return {
    name: 'postgres',
    schema,
    storage: (o) => postgresStorage({ client: pool, schema, ...o }),
    sql: async (text, params) => (await first.driver.query(text, params)).rows,
    dispose: async () => {
      await dropSchema(first.driver, schema);
      await pool.end();
    },
  };
}

/** The databases every adapter test runs on: PGlite always, the server when its URL is set. */
export const DATABASES: Array<{ name: string; open: () => Promise<TestDatabase> }> = [
  { name: 'PGlite', open: pgliteDatabase },
  ...(SERVER_URL ? [{ name: 'PostgreSQL server', open: () => serverDatabase(SERVER_URL) }] : []),
];

/**
 * PostgreSQL storage for @deskkit/runtime: one SQL adapter for PostgreSQL servers (`pg` pool) and
 * embedded PGlite, shared by many runtime processes.
 *
 * @packageDocumentation
 */
export { postgresStorage } from './postgres';
export { createSqlDriver } from './driver';
export { MIGRATIONS, SCHEMA_VERSION } from './migrations';
export type { Migration } from './migrations';
export type {
  MigrationReport,
  PgliteLike,
  PgPoolClientLike,
  PgPoolLike,
  PostgresStorage,
  PostgresStorageOptions,
  SqlDriver,
  SqlExecutor,
  SqlResult,
} from './postgres.types';

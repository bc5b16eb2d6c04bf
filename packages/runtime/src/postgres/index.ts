/** PostgreSQL storage adapter for @deskkit/runtime (pg pool or PGlite). */
export const POSTGRES_ADAPTER = 'postgres';

import { createRuntime, RUNTIME_VERSION } from '@deskkit/runtime';
import { postgresStorage } from '@deskkit/runtime/postgres';
import { PGlite } from '@electric-sql/pglite';
console.log(RUNTIME_VERSION, typeof createRuntime, typeof postgresStorage, typeof PGlite);

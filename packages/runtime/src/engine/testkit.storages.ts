/** Storages the lifecycle scenario tests run on (not exported from the package). */
import { DATABASES } from '../postgres/testDatabases';
import { memoryStorage } from '../storage/memory/memory';
import type { StorageAdapter } from '../storage/storage.types';

/**
 * The storages lifecycle scenarios run on: memory, PGlite, and the PostgreSQL server when
 * `DESKKIT_TEST_DATABASE_URL` is set. `open` gives a fresh storage and its disposer.
 */
export const STORAGES: Array<{
  name: string;
  open: () => Promise<{ storage: StorageAdapter; dispose: () => Promise<void> }>;
}> = [
  { name: 'memory', open: async () => ({ storage: memoryStorage(), dispose: async () => {} }) },
  ...DATABASES.map((d) => ({
    name: d.name,
    open: async () => {
      const db = await d.open();
      return { storage: db.storage() as StorageAdapter, dispose: () => db.dispose() };
    },
  })),
];

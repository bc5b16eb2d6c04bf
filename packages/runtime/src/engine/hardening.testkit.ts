/** Runs engine scenarios on every storage: memory, PGlite, and the PostgreSQL server when set. */
import { DATABASES, type TestDatabase } from '../postgres/testDatabases';
import type { StorageAdapter } from '../storage/storage.types';
import { memoryStorage } from '../storage/memory/memory';

export interface StorageUnderTest {
  name: string;
  storage(): StorageAdapter;
}

/**
 * Declares `body` once per storage. PostgreSQL databases are opened once per file and share a
 * schema, so scenarios use their own workflow keys.
 */
export function onEveryStorage(body: (s: StorageUnderTest) => void): void {
  describe('memory', () => body({ name: 'memory', storage: () => memoryStorage() }));
  for (const db of DATABASES) {
    describe(db.name, () => {
      let open: TestDatabase | undefined;
      beforeAll(async () => {
        open = await db.open();
      }, 60_000);
      afterAll(async () => {
        await open?.dispose();
      });
      body({
        name: db.name,
        storage: () => {
          if (!open) throw new Error(`${db.name} is not open yet`);
          return open.storage();
        },
      });
    });
  }
}

let n = 0;
/** A workflow key no other scenario in this process uses. */
export function key(prefix: string): string {
  return `${prefix}-${(++n).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

// The storage adapter conformance suite (the contract every adapter meets) against postgresStorage:
// on PGlite in every run, on a PostgreSQL server too when DESKKIT_TEST_DATABASE_URL is set.
import { describeStorageConformance } from '../testing/index';
import { DATABASES, type TestDatabase } from './testDatabases';

for (const { name, open } of DATABASES) {
  describe(name, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await open();
      await db.storage().migrate();
    }, 60_000);
    afterAll(async () => db?.dispose());
    describeStorageConformance(`postgres (${name})`, () => db.storage());
  });
}

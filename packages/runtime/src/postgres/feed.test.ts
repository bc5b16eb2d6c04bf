// The event feed when commits finish out of order: a command that took its history rows first but
// commits last must still reach a reader that already read what committed before it.
import pg from 'pg';
import { event, ticket } from '../testing/fixtures';
import { commitTx } from './commit';
import { postgresStorage } from './postgres';
import { tablesOf } from './rows';
import { NEEDS_SERVER, SERVER_URL, randomSchema } from './testDatabases';

describe.skipIf(!SERVER_URL)(`event feed on a PostgreSQL server${NEEDS_SERVER}`, () => {
  const schema = randomSchema('dk_feed');
  let pool: pg.Pool;
  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: SERVER_URL, max: 4 });
    await postgresStorage({ client: pool, schema }).migrate();
  });
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it('holds back events behind a transaction still running, then delivers both, once', async () => {
    const storage = postgresStorage({ client: pool, schema });
    const head = await storage.eventsHead();
    const slow = ticket();
    const fast = ticket();
    const held = await pool.connect();
    try {
      await held.query('BEGIN');
      // The slow command writes its history (taking the lower position) and stays open.
      // The held connection as an executor (statements only: no prepared-statement options).
      const heldDb = {
        query: async <R>(sql: string, params?: readonly unknown[]) => {
          const r = await held.query(sql, params ? [...params] : undefined);
          return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
        },
      };
      await commitTx(heldDb, tablesOf(schema), {
        tickets: [{ ticket: slow, expectedVersion: null }],
        events: [event(slow.id, 1)],
      });
      await storage.commit({
        tickets: [{ ticket: fast, expectedVersion: null }],
        events: [event(fast.id, 1)],
      });
      const before = await storage.readEvents(head, 10);
      expect(before.events.map((e) => e.ticketId)).not.toContain(fast.id);
      await held.query('COMMIT');
    } finally {
      held.release();
    }
    const after = await storage.readEvents(head, 10);
    expect(after.events.map((e) => e.ticketId)).toEqual([slow.id, fast.id]);
  });
});

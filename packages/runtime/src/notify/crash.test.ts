// Exactly once across processes: runtimes sharing one PostgreSQL schema (PGlite, and the server when
// DESKKIT_TEST_DATABASE_URL is set) stand for processes. One commits and dies before delivering,
// another claims an entry and dies before settling it; the survivors, ticking at the same time,
// deliver every entry once.
import { memoryDirectory } from '../directory/memory';
import { createRuntime } from '../engine/runtime';
import { USERS, approval, chain } from '../engine/testkit';
import { DATABASES, type TestDatabase } from '../postgres/testDatabases';
import { notifications } from './index';

const PEOPLE = USERS.map((u) => ({ ...u, email: `${u.id}@example.com` }));
const flow = chain('spend', [
  approval('ok', { mode: 'single' }, { strategy: 'fixed', to: [{ user: 'max' }] }),
]);

for (const { name, open } of DATABASES) {
  describe(`notifications survive a crash (${name})`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await open();
    }, 60_000);
    afterAll(async () => db?.dispose());

    it('a crash between commit and delivery still delivers each e-mail exactly once', async () => {
      const sent: string[] = [];
      const process = (instanceId: string) =>
        createRuntime({
          storage: db.storage(),
          directory: memoryDirectory({ users: PEOPLE }),
          instanceId,
          publishers: 'anyone',
          extensions: [
            notifications({
              email: { send: async (m) => void sent.push(m.headers?.['X-Deskkit-Ticket'] ?? '') },
              templates: { ticketUrl: (n) => `/t/${n.ticketId}` },
              leaseMs: 300,
            }),
          ],
        });

      // "a" commits three tickets, then dies without ever ticking.
      const a = process('a');
      await a.publish(flow, { actor: 'admin' });
      const numbers: string[] = [];
      for (let i = 0; i < 3; i++) {
        const t = await a
          .client('ann')
          .startTicket({ workflow: 'spend', data: { summary: `#${i}` } });
        numbers.push(t.number);
      }
      // "b" claims the first entry and dies before sending or settling it (its lease runs out).
      const storage = db.storage();
      const [claimed] = await storage.claimNotifications!(new Date(), 'b', 300, 1);
      expect(claimed).toBeDefined();

      // "c" and "d" deliver, ticking concurrently until everything is sent.
      const c = process('c');
      const d = process('d');
      await vi.waitFor(
        async () => {
          await Promise.all([c.tick(), d.tick()]);
          expect([...sent].sort()).toEqual([...numbers].sort());
        },
        { timeout: 10_000, interval: 50 },
      );
      await Promise.all([c.tick(), d.tick(), c.tick(), d.tick()]);
      expect([...sent].sort()).toEqual([...numbers].sort());
      // The crashed claimer's late settle is refused: the entry is another's now.
      expect(
        await storage.settleNotification!(claimed!.notification.id, 'b', {
          state: 'delivered',
          attempts: 0,
          nextAttemptAt: new Date().toISOString(),
        }),
      ).toBe(false);
      const page = await storage.listNotifications!({ recipient: 'max' });
      expect(page.notifications.map((n) => n.delivery.state)).toEqual([
        'delivered',
        'delivered',
        'delivered',
      ]);
    });
  });
}

import { memoryDirectory } from '../directory/memory';
import { createRuntime } from '../engine/runtime';
import { DATABASES, type TestDatabase } from './testDatabases';
import { USERS, WAIT_WORKFLOW } from './runtimeWorker';

const HOUR = 3_600_000;

// Two runtime processes on one database whose clocks are ten minutes apart: the lease the first
// takes on a timer runs on the database's clock, so the second never fires it while the first's
// handler is still running.
describe.each(DATABASES)('timer leases on the database clock ($name)', ({ open }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => db?.dispose());

  it('two processes whose clocks differ by minutes never run a timer handler twice', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inHandler = new Promise<void>((r) => (entered = r));
    const calls: string[] = [];
    const node = (name: string, aheadMs: number) =>
      createRuntime({
        storage: db.storage(),
        directory: memoryDirectory({ users: USERS }),
        clock: () => new Date(Date.now() + aheadMs),
        instanceId: name,
        publishers: 'anyone',
        handlers: {
          notify: async (_input, { ticket }) => {
            calls.push(`${name}:${ticket.id}`);
            entered();
            await gate;
          },
        },
      });
    const a = node('a', 0);
    const b = node('b', 10 * 60_000);
    await a.publish(WAIT_WORKFLOW, { actor: 'ann' });
    const t = await a.startTicket({ workflow: 'pg-wait', actor: 'ann', data: { summary: 'x' } });
    await a.act({ ticket: t.id, action: 'approve', actor: 'max' });
    // An hour later the cool-off timer is due; a fires it and its handler is now running.
    const later = () => new Date(Date.now() + HOUR + 1_000);
    const ticking = a.tick(later());
    await inHandler;
    // b's clock is ten minutes ahead of a's, far beyond a's 30 s lease had it run on a's clock.
    expect(await b.tick(new Date(later().getTime() + 10 * 60_000))).toEqual({
      fired: 0,
      failed: 0,
    });
    release();
    expect(await ticking).toEqual({ fired: 1, failed: 0 });
    expect(await b.tick(new Date(later().getTime() + 10 * 60_000))).toEqual({
      fired: 0,
      failed: 0,
    });
    expect(calls).toEqual([`a:${t.id}`]);
    const history = await b.history(t.id);
    expect(history.filter((e) => e.type === 'timerFired')).toHaveLength(1);
    expect((await b.getTicket(t.id)).status).toBe('resolved');
  }, 60_000);
});

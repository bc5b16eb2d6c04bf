import type { AggregateQuery } from '../../query/query.types';
import type { StorageAdapter } from '../../storage/storage.types';
import { chain, setup, task } from '../testkit';
import { STORAGES } from '../testkit.storages';

const H = 3_600_000;
let n = 0;
const office = {
  timeZone: 'UTC',
  week: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]]),
  ),
};

for (const { name, open } of STORAGES) {
  describe(`report stats recorded by the engine on ${name}`, () => {
    let storage: StorageAdapter;
    let dispose: () => Promise<void>;
    beforeAll(async () => ({ storage, dispose } = await open()), 60_000);
    afterAll(() => dispose());

    it('measures response and resolution in wall and office time, hand-offs, reopens and surveys', async () => {
      // The test clock starts on Monday 23 November 2026, 09:00 UTC.
      const env = setup({ storage, calendars: { office } });
      const { runtime, advance } = env;
      const key = `stats${++n}`;
      await runtime.publish(
        chain(key, [task('fix', { strategy: 'fixed', to: [{ user: 'eve' }] })], {
          catalog: ['IT', 'Laptops'],
          sla: [
            {
              id: 'std',
              name: 'Standard',
              targets: { response: 'PT4H', resolution: 'PT16H' },
              calendar: 'office',
            },
          ],
          reopen: { within: 'P7D', to: 'fix' },
          survey: {},
        }),
        { actor: 'admin' },
      );
      const start = (actor: string) =>
        runtime.startTicket({ workflow: key, actor, data: { summary: 'x' } });
      const a = await start('ann');
      const b = await start('max');
      // A: eve resolves it herself at 11:00 — answered and resolved in 2 h, first contact.
      advance(2 * H);
      await runtime.act({ ticket: a.id, action: 'submit', actor: 'eve' });
      // B: eve hands it to kim at 19:00 (8 office hours), kim resolves it Tuesday 11:00.
      advance(8 * H);
      await runtime.act({ ticket: b.id, action: 'reassign', actor: 'eve', to: 'kim' });
      advance(16 * H);
      const bDone = await runtime.act({ ticket: b.id, action: 'submit', actor: 'kim' });
      expect(bDone.stats).toMatchObject({
        catalog: 'IT / Laptops',
        calendar: 'office',
        responseMs: 10 * H,
        responseWorkMs: 8 * H,
        resolveMs: 26 * H,
        resolveWorkMs: 10 * H,
        firstAgent: 'eve',
        agent: 'kim',
        handedOff: true,
        firstContact: false,
        surveyed: true,
        resolvedAt: '2026-11-24T11:00:00.000Z',
      });
      expect(bDone.stats?.department).toBeUndefined();
      // A is rated, then reopened by ann and resolved again by eve: no longer first contact.
      const aDone = await runtime.getTicket(a.id);
      expect(aDone.stats).toMatchObject({
        department: 'sales',
        responseMs: 2 * H,
        resolveMs: 2 * H,
        resolveWorkMs: 2 * H,
        agent: 'eve',
        firstContact: true,
        endedAt: '2026-11-23T11:00:00.000Z',
      });
      await runtime.act({ ticket: a.id, action: 'rate', actor: 'ann', data: { rating: 4 } });
      const byAgent = await runtime.aggregate({
        workflow: [key],
        groupBy: ['agent'],
        metric: 'resolveTime',
        time: 'working',
      });
      expect(byAgent.groups).toEqual([
        { key: { agent: 'eve' }, value: 2 * H },
        { key: { agent: 'kim' }, value: 10 * H },
      ]);
      const fcr: AggregateQuery = { workflow: [key], groupBy: [], metric: 'firstContactRate' };
      expect((await runtime.aggregate(fcr)).groups).toEqual([{ key: {}, value: 0.5 }]);
      expect(
        (await runtime.aggregate({ workflow: [key], groupBy: [], metric: 'csatResponseRate' }))
          .groups,
      ).toEqual([{ key: {}, value: 0.5 }]);
      // Backlog now (Tuesday 11:00, the runtime's clock): none; Monday noon: B.
      expect(
        (await runtime.aggregate({ workflow: [key], groupBy: [], metric: 'backlog' })).groups,
      ).toEqual([]);
      expect(
        (
          await runtime.aggregate({
            workflow: [key],
            groupBy: ['department'],
            metric: 'backlog',
            at: '2026-11-23T12:00:00.000Z',
          })
        ).groups,
      ).toEqual([{ key: { department: null }, value: 1 }]);
      advance(H);
      const again = await runtime.act({
        ticket: a.id,
        action: 'reopen',
        actor: 'ann',
        reason: 'still broken',
      });
      expect(again.stats?.resolvedAt).toBeUndefined();
      expect(again.stats?.endedAt).toBeUndefined();
      expect(again.stats?.firstContact).toBe(false);
      expect((await runtime.aggregate(fcr)).groups).toEqual([{ key: {}, value: 0 }]);
      expect(
        (await runtime.aggregate({ workflow: [key], groupBy: [], metric: 'reopenRate' })).groups,
      ).toEqual([{ key: {}, value: 0.5 }]);
      advance(H);
      const reResolved = await runtime.act({ ticket: a.id, action: 'submit', actor: 'eve' });
      // Measured from creation: Monday 09:00 to Tuesday 13:00.
      expect(reResolved.stats).toMatchObject({
        resolveMs: 28 * H,
        resolveWorkMs: 12 * H,
        firstContact: false,
      });
      // The desk's time zone buckets the days (in Tokyo both were created on 23 November 18:00),
      // through a user's client too.
      const tokyo = setup({ storage, calendars: { office }, timeZone: 'Asia/Tokyo' });
      const byDay = await tokyo.runtime.aggregate({
        workflow: [key],
        groupBy: ['day'],
        metric: 'resolved',
      });
      expect(byDay.groups).toEqual([{ key: { day: '2026-11-24' }, value: 2 }]);
      const created = await tokyo.runtime
        .client('eve')
        .aggregate({ workflow: [key], groupBy: ['week'] });
      expect(created.groups).toEqual([{ key: { week: '2026-11-23' }, value: 2 }]);
    });
  });
}

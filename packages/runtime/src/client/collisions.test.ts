import { ValidationError } from '../errors/errors';
import { chain, FORM, setup, task } from '../engine/testkit';
import { STORAGES } from '../engine/testkit.storages';
import type { StorageAdapter } from '../storage/storage.types';

const change = chain('chg', [task('plan', { strategy: 'fixed', to: [{ group: 'desk' }] })], {
  form: {
    ...FORM,
    schema: {
      ...FORM.schema,
      properties: {
        ...FORM.schema.properties,
        ci: { type: 'string' },
        plannedStart: { type: 'string' },
        plannedEnd: { type: 'string' },
      },
    },
  },
});
const fields = { start: 'plannedStart', end: 'plannedEnd', target: 'ci' };

for (const { name, open } of STORAGES) {
  describe(`change collisions through the client on ${name}`, () => {
    let storage: StorageAdapter;
    let dispose: () => Promise<void>;
    beforeAll(async () => ({ storage, dispose } = await open()), 60_000);
    afterAll(() => dispose());

    let n = 0;
    async function desk() {
      const kit = setup({ storage });
      const wf = `chg${++n}`;
      await kit.runtime.publish({ ...change, key: wf }, { actor: 'admin' });
      const plan = (actor: string, summary: string, ci: string, from: string, to: string) =>
        kit.runtime.client(actor).startTicket({
          workflow: wf,
          data: { summary, ci, plannedStart: from, plannedEnd: to },
        });
      return { ...kit, wf, plan };
    }

    it('finds open changes on the same CI whose windows overlap, never the change itself', async () => {
      const { runtime, wf, plan } = await desk();
      const db = await plan(
        'ann',
        'Patch db-01',
        'db-01',
        '2026-12-01T20:00:00Z',
        '2026-12-01T23:00:00Z',
      );
      const other = await plan(
        'bob',
        'Resize db-01',
        'db-01',
        '2026-12-01T22:00:00.000Z',
        '2026-12-02T01:00:00.000Z',
      );
      await plan('bob', 'Touching only', 'db-01', '2026-12-01T23:00:00Z', '2026-12-02T02:00:00Z');
      await plan('bob', 'Other CI', 'web-01', '2026-12-01T21:00:00Z', '2026-12-01T22:00:00Z');
      const cancelled = await plan(
        'bob',
        'Dropped',
        'db-01',
        '2026-12-01T21:00:00Z',
        '2026-12-01T22:00:00Z',
      );
      await runtime
        .client('bob')
        .act({ ticket: cancelled.id, action: 'cancel', comment: 'not needed' });

      const eve = runtime.client('eve');
      const planned = { workflows: [wf], fields, target: 'db-01' };
      const hits = await eve.changeCollisions({
        ...planned,
        start: '2026-12-01T20:00:00Z',
        end: '2026-12-01T23:00:00Z',
        ticket: db.id,
      });
      expect(hits).toEqual([
        {
          id: other.id,
          number: other.number,
          title: other.title,
          status: 'open',
          start: '2026-12-01T22:00:00.000Z',
          end: '2026-12-02T01:00:00.000Z',
          target: 'db-01',
        },
      ]);
      // Before it is raised, the planned change collides with both open ones.
      const before = await eve.changeCollisions({
        ...planned,
        start: '2026-12-01T22:30:00+01:00',
        end: '2026-12-01T22:45:00+01:00',
      });
      expect(before.map((c) => c.id)).toEqual([db.id]);
      expect(
        await eve.changeCollisions({
          ...planned,
          start: '2026-12-03T00:00:00Z',
          end: '2026-12-03T01:00:00Z',
        }),
      ).toEqual([]);

      // A requester sees only the changes they may see: Ann's own, not Bob's.
      const ann = await runtime.client('ann').changeCollisions({
        ...planned,
        start: '2026-12-01T21:00:00Z',
        end: '2026-12-01T22:30:00Z',
      });
      expect(ann.map((c) => c.id)).toEqual([db.id]);
    });

    it('refuses a window that ends before it starts, or a field that is not a form field', async () => {
      const { runtime, wf } = await desk();
      const eve = runtime.client('eve');
      const base = { workflows: [wf], fields, target: 'db-01' };
      await expect(
        eve.changeCollisions({
          ...base,
          start: '2026-12-02T00:00:00Z',
          end: '2026-12-01T00:00:00Z',
        }),
      ).rejects.toThrow(ValidationError);
      await expect(
        eve.changeCollisions({ ...base, start: 'soon', end: '2026-12-01T00:00:00Z' }),
      ).rejects.toThrow(/start: must be an ISO date-time/);
      await expect(
        eve.changeCollisions({
          ...base,
          fields: { ...fields, target: 'ci.name' },
          start: '2026-12-01T00:00:00Z',
          end: '2026-12-01T01:00:00Z',
        }),
      ).rejects.toThrow(/fields.target/);
    });
  });
}

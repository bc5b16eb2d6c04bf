import { ActionNotAllowedError, ValidationError } from '../errors/errors';
import type { StorageAdapter } from '../storage/storage.types';
import { chain, setup, task } from './testkit';
import { STORAGES } from './testkit.storages';

for (const { name, open } of STORAGES) {
  describe(`field inheritance and backfill on ${name}`, () => {
    let storage: StorageAdapter;
    let dispose: () => Promise<void>;
    beforeAll(async () => ({ storage, dispose } = await open()), 60_000);
    afterAll(() => dispose());

    it('links with inherit and backfill, spawns a problem without fields hidden from the actor', async () => {
      const { runtime } = setup({ storage });
      const sfx = name.replace(/\W/g, '');
      const inc = `inc-${sfx}`;
      const prb = `prb-${sfx}`;
      const desk = { strategy: 'fixed' as const, to: [{ group: 'desk' }] };
      await runtime.publish(chain(inc, [task('fix', desk, { fields: { internal: 'hidden' } })]), {
        actor: 'admin',
      });
      await runtime.publish(chain(prb, [task('analyse', desk)]), { actor: 'admin' });
      const ann = runtime.client('ann');
      const eve = runtime.client('eve');
      const a = await ann.startTicket({
        workflow: inc,
        data: { summary: 'VPN down', category: 'access', internal: 'secret', amount: 3 },
      });
      // Raise a problem from the incident: it inherits what eve sees of it, never the hidden field.
      const p = await eve.relate({ op: 'spawn', ticket: a.id, workflow: prb, type: 'causes' });
      expect(p.data).toEqual({ summary: 'VPN down', category: 'access', amount: 3 });
      expect((await runtime.getTicket(p.id)).data).not.toHaveProperty('internal');
      expect(p.links).toEqual([{ type: 'causes', ticketId: a.id, number: a.number }]);

      // Another incident linked to the problem inherits its category; the problem gets its amount.
      const b = await ann.startTicket({ workflow: inc, data: { summary: 'VPN again', amount: 7 } });
      // sam works both (eve raised the problem: she is its requester, not its desk).
      const sam = runtime.client('sam');
      await sam.relate({
        op: 'link',
        ticket: b.id,
        to: p.id,
        type: 'causedBy',
        inherit: ['category'],
        backfill: ['amount'],
      });
      expect((await runtime.getTicket(b.id)).data).toMatchObject({ category: 'access', amount: 7 });
      expect((await runtime.getTicket(p.id)).data).toMatchObject({ category: 'access', amount: 7 });
      expect((await ann.history(b.id)).at(-1)).toMatchObject({
        type: 'fieldsChanged',
        actor: 'sam',
        changes: [{ field: 'category', from: null, to: 'access' }],
        detail: { inheritedFrom: p.number },
      });
      expect((await eve.history(p.id)).at(-1)).toMatchObject({
        type: 'fieldsChanged',
        changes: [{ field: 'amount', from: 3, to: 7 }],
        detail: { backfilledFrom: b.number },
      });
      // Copying fields is the desk's: the requester may link, not write the other's fields.
      const c = await ann.startTicket({ workflow: inc, data: { summary: 'Third' } });
      await expect(
        ann.relate({ op: 'link', ticket: c.id, to: b.id, inherit: ['category'] }),
      ).rejects.toBeInstanceOf(ActionNotAllowedError);
      expect((await runtime.getTicket(c.id)).links).toBeUndefined();
      await expect(
        sam.relate({ op: 'link', ticket: c.id, to: p.id, inherit: ['nope'] }),
      ).rejects.toBeInstanceOf(ValidationError);
      expect((await runtime.getTicket(c.id)).links).toBeUndefined();
    });
  });
}

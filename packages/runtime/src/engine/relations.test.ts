import { ActionNotAllowedError, NotFoundError } from '../errors/errors';
import type { StorageAdapter } from '../storage/storage.types';
import { chain, setup, task } from './testkit';
import { STORAGES } from './testkit.storages';

for (const { name, open } of STORAGES) {
  describe(`relations on ${name}`, () => {
    let storage: StorageAdapter;
    let dispose: () => Promise<void>;
    beforeAll(async () => ({ storage, dispose } = await open()), 60_000);
    afterAll(() => dispose());

    it('links with back-links, merges duplicates, spawns a problem; only across visible tickets', async () => {
      const { runtime } = setup({ storage });
      await runtime.publish(
        chain('inc', [task('fix', { strategy: 'fixed', to: [{ group: 'desk' }] })]),
        { actor: 'admin' },
      );
      await runtime.publish(
        chain('prb', [task('analyse', { strategy: 'fixed', to: [{ user: 'max' }] })]),
        { actor: 'admin' },
      );
      const ann = runtime.client('ann');
      const eve = runtime.client('eve');
      const a = await ann.startTicket({ workflow: 'inc', data: { summary: 'VPN down' } });
      const b = await ann.startTicket({
        workflow: 'inc',
        data: { summary: 'VPN again' },
        watchers: ['kim'],
      });
      const c = await runtime
        .client('bob')
        .startTicket({ workflow: 'inc', data: { summary: 'x' } });
      await ann.act({ ticket: b.id, action: 'comment', comment: 'also at home' });

      const linked = await eve.relate({ op: 'link', ticket: a.id, to: b.id, type: 'blocks' });
      expect(linked.links).toEqual([{ type: 'blocks', ticketId: b.id, number: b.number }]);
      expect((await runtime.getTicket(b.id)).links).toEqual([
        { type: 'blockedBy', ticketId: a.id, number: a.number },
      ]);
      expect((await ann.history(b.id)).at(-1)).toMatchObject({
        type: 'linked',
        actor: 'eve',
        detail: { type: 'blockedBy', ticketId: a.id },
      });
      // ann cannot see bob's ticket: it does not exist for her, and nothing is written.
      await expect(ann.relate({ op: 'link', ticket: a.id, to: c.id })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(ann.relate({ op: 'link', ticket: c.id, to: a.id })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      expect((await runtime.getTicket(c.id)).links).toBeUndefined();
      await eve.relate({ op: 'unlink', ticket: a.id, to: b.id, type: 'blocks' });
      expect((await runtime.getTicket(b.id)).links).toEqual([]);

      // Merge: only the desk side; comments and watchers move to the primary.
      await expect(ann.relate({ op: 'merge', ticket: b.id, to: a.id })).rejects.toBeInstanceOf(
        ActionNotAllowedError,
      );
      const primary = await eve.relate({ op: 'merge', ticket: b.id, to: a.id, comment: 'same' });
      expect(primary.id).toBe(a.id);
      expect(primary.watchers).toEqual(['kim']);
      const dup = await runtime.getTicket(b.id);
      expect(dup).toMatchObject({
        status: 'closed',
        resolution: 'merged',
        links: [{ type: 'duplicates', ticketId: a.id }],
      });
      expect((await runtime.tasks('eve')).map((w) => w.ticketId)).not.toContain(b.id);
      const moved = (await runtime.history(a.id)).filter((e) => e.action === 'comment');
      expect(moved).toMatchObject([
        { actor: 'ann', comment: 'also at home', detail: { mergedFrom: b.number } },
      ]);
      expect((await runtime.history(b.id)).find((e) => e.detail?.mergedInto)).toMatchObject({
        actor: 'eve',
        comment: 'same',
      });

      // A problem from the incident: linked, inheriting the fields its form has.
      const problem = await eve.relate({
        op: 'spawn',
        ticket: a.id,
        workflow: 'prb',
        type: 'causes',
      });
      expect(problem).toMatchObject({
        workflow: { key: 'prb' },
        requester: 'eve',
        data: { summary: 'VPN down' },
        links: [{ type: 'causes', ticketId: a.id }],
      });
      expect((await runtime.getTicket(a.id)).links).toContainEqual({
        type: 'causedBy',
        ticketId: problem.id,
        number: problem.number,
      });
      // Split: a new ticket with some fields; clone: all of them.
      const split = await ann.relate({
        op: 'spawn',
        ticket: a.id,
        fields: [],
        data: { summary: 'part 2' },
      });
      expect(split).toMatchObject({ data: { summary: 'part 2' }, links: [{ type: 'relates' }] });
    });

    it('bulk assign: a dispatcher (permissions.assign) reassigns work they do not hold', async () => {
      const { runtime } = setup({ storage });
      await runtime.publish(
        chain('disp', [task('fix', { strategy: 'fixed', to: [{ user: 'kim' }] })], {
          permissions: { assign: [{ role: 'manager' }] },
        }),
        { actor: 'admin' },
      );
      const start = () =>
        runtime.client('ann').startTicket({ workflow: 'disp', data: { summary: 'x' } });
      const [a, b] = [await start(), await start()];
      // eve works on neither and is no dispatcher: refused per ticket, nothing written.
      const refused = await runtime
        .client('eve')
        .bulkAct({ tickets: [a.id, b.id], action: 'reassign', to: 'sam' });
      expect(refused.map((r) => r.error?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
      const max = runtime.client('max');
      expect((await max.viewTicket(a.id)).actions).toContain('reassign');
      expect((await max.listTickets({})).tickets.map((t) => t.id)).toEqual(
        expect.arrayContaining([a.id, b.id]),
      );
      const done = await max.bulkAct({ tickets: [a.id, b.id], action: 'reassign', to: 'sam' });
      expect(done.map((r) => r.ok)).toEqual([true, true]);
      const mine = async (u: string) =>
        (await runtime.tasks(u)).map((w) => w.ticketId).filter((id) => id === a.id || id === b.id);
      expect((await mine('sam')).sort()).toEqual([a.id, b.id].sort());
      expect(await mine('kim')).toEqual([]);
      expect((await runtime.history(a.id)).find((e) => e.action === 'reassign')).toMatchObject({
        actor: 'max',
        detail: { from: 'kim', to: 'sam' },
      });
      // The requester is no dispatcher of her own ticket, whatever her roles.
      expect((await runtime.client('ann').viewTicket(a.id)).actions).not.toContain('reassign');
    });

    it('bulkAct: one action on many tickets, each checked on its own', async () => {
      const { runtime } = setup({ storage });
      await runtime.publish(
        chain('bulk', [task('fix', { strategy: 'fixed', to: [{ group: 'desk' }] })]),
        { actor: 'admin' },
      );
      const start = (u: string) =>
        runtime.client(u).startTicket({ workflow: 'bulk', data: { summary: 'x' } });
      const [a, b, c] = [await start('ann'), await start('ann'), await start('bob')];
      const eve = runtime.client('eve');
      const missing = await eve.bulkAct({ tickets: [a!.id, b!.id], action: 'hold' });
      expect(missing.map((r) => [r.ok, r.error?.code])).toEqual([
        [false, 'VALIDATION_FAILED'],
        [false, 'VALIDATION_FAILED'],
      ]);
      const held = await eve.bulkAct({
        tickets: [a!.id, 'nope', c!.id],
        action: 'hold',
        reason: 'vendor outage',
      });
      expect(held).toMatchObject([
        { ticketId: a!.id, ok: true, ticket: { status: 'pending' } },
        { ticketId: 'nope', ok: false, error: { code: 'NOT_FOUND' } },
        { ticketId: c!.id, ok: true, ticket: { status: 'pending' } },
      ]);
      const ann = await runtime
        .client('ann')
        .bulkAct({ tickets: [b!.id, c!.id], action: 'watch', to: 'kim' });
      expect(ann.map((r) => [r.ok, r.error?.code])).toEqual([
        [true, undefined],
        [false, 'NOT_FOUND'],
      ]);
    });
  });
}

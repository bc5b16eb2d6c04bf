import { ValidationError } from '../../errors/errors';
import type { StorageAdapter } from '../../storage/storage.types';
import { approval, chain, setup, task } from '../testkit';
import { STORAGES } from '../testkit.storages';

for (const { name, open } of STORAGES) {
  describe(`reasons on ${name}`, () => {
    let storage: StorageAdapter;
    let dispose: () => Promise<void>;
    beforeAll(async () => ({ storage, dispose } = await open()), 60_000);
    afterAll(() => dispose());

    async function env(key: string, requireReason?: string[]) {
      const { runtime } = setup({ storage });
      const extra = requireReason ? { requireReason: requireReason as never } : {};
      await runtime.publish(
        chain(key, [
          task('triage', { strategy: 'fixed', to: [{ user: 'eve' }] }, extra),
          approval('review', { mode: 'single' }, { strategy: 'fixed', to: [{ user: 'max' }] }),
        ]),
        { actor: 'admin' },
      );
      const t = await runtime.startTicket({ workflow: key, actor: 'ann', data: { summary: 'x' } });
      return { runtime, t };
    }

    it('hold and reject need a reason by default; it shows in the history', async () => {
      const { runtime, t } = await env(`r1-${name.length}`);
      const err = await runtime.act({ ticket: t.id, action: 'hold', actor: 'eve' }).catch((e) => e);
      expect(err).toBeInstanceOf(ValidationError);
      expect(err.issues).toMatchObject([{ path: '/reason', code: 'REQUIRED' }]);
      await expect(
        runtime.act({ ticket: t.id, action: 'hold', actor: 'eve', reason: '  ' }),
      ).rejects.toBeInstanceOf(ValidationError);
      await runtime.act({
        ticket: t.id,
        action: 'hold',
        actor: 'eve',
        reason: 'waiting for parts',
      });
      await runtime.act({ ticket: t.id, action: 'resume', actor: 'eve' });
      // Not required for reassign here, but kept when given.
      await runtime.act({
        ticket: t.id,
        action: 'reassign',
        actor: 'eve',
        to: 'kim',
        reason: 'away',
      });
      await runtime.act({ ticket: t.id, action: 'submit', actor: 'kim' });
      await expect(runtime.act({ ticket: t.id, action: 'reject', actor: 'max' })).rejects.toThrow(
        /"reject" on ticket .* needs a reason/,
      );
      const done = await runtime.act({
        ticket: t.id,
        action: 'reject',
        actor: 'max',
        reason: 'no budget',
      });
      expect(done.status).toBe('rejected');
      const reasons = (await runtime.history(t.id))
        .filter((e) => e.reason)
        .map((e) => [e.action, e.reason]);
      expect(reasons).toEqual([
        ['hold', 'waiting for parts'],
        ['reassign', 'away'],
        ['reject', 'no budget'],
      ]);
    });

    it('a step declares its own: cancel and reassign required, hold not', async () => {
      const { runtime, t } = await env(`r2-${name.length}`, ['cancel', 'reassign']);
      await runtime.act({ ticket: t.id, action: 'hold', actor: 'eve' });
      await runtime.act({ ticket: t.id, action: 'resume', actor: 'eve' });
      await expect(
        runtime.act({ ticket: t.id, action: 'reassign', actor: 'eve', to: 'kim' }),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(
        runtime.act({ ticket: t.id, action: 'cancel', actor: 'ann' }),
      ).rejects.toMatchObject({ issues: [{ path: '/reason' }] });
      const cancelled = await runtime.act({
        ticket: t.id,
        action: 'cancel',
        actor: 'ann',
        reason: 'duplicate request',
      });
      expect(cancelled.status).toBe('cancelled');
      expect((await runtime.history(t.id)).find((e) => e.action === 'cancel')?.reason).toBe(
        'duplicate request',
      );
    });
  });
}

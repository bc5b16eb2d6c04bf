import { NotFoundError } from '../../errors/errors';
import type { StorageAdapter } from '../../storage/storage.types';
import { chain, setup, task } from '../testkit';
import { STORAGES } from '../testkit.storages';

for (const { name, open } of STORAGES) {
  describe(`@mentions in comments on ${name}`, () => {
    let storage: StorageAdapter;
    let dispose: () => Promise<void>;
    beforeAll(async () => ({ storage, dispose } = await open()), 60_000);
    afterAll(() => dispose());

    it('records the users the directory knows; unknown names and e-mail addresses stay text', async () => {
      const { runtime } = setup({ storage });
      const key = `men-${name.replace(/\W/g, '')}`;
      await runtime.publish(
        chain(key, [task('fix', { strategy: 'fixed', to: [{ group: 'desk' }] })]),
        { actor: 'admin' },
      );
      const ann = runtime.client('ann');
      const t = await ann.startTicket({ workflow: key, data: { summary: 'VPN' } });
      const text = 'Thanks @kim, @nobody and @bob; mail eve@example.com, cc @kim again.';
      await runtime.client('eve').act({ ticket: t.id, action: 'comment', comment: text });
      const event = (await ann.history(t.id)).at(-1);
      expect(event).toMatchObject({
        action: 'comment',
        comment: text,
        detail: { mentions: ['kim', 'bob'] },
      });
      await runtime.client('eve').act({ ticket: t.id, action: 'comment', comment: 'no one here' });
      expect((await ann.history(t.id)).at(-1)).not.toHaveProperty('detail');
      // Being mentioned shows bob nothing: the ticket is not his to see.
      await expect(runtime.client('bob').viewTicket(t.id)).rejects.toBeInstanceOf(NotFoundError);
      expect((await runtime.client('bob').listTickets({ search: 'vpn' })).tickets).toEqual([]);
    });

    it("keeps attachments with their comment: a work note's files are the desk's alone", async () => {
      const { runtime } = setup({ storage });
      const key = `att-${name.replace(/\W/g, '')}`;
      await runtime.publish(
        chain(key, [task('fix', { strategy: 'fixed', to: [{ group: 'desk' }] })]),
        { actor: 'admin' },
      );
      const ann = runtime.client('ann');
      const eve = runtime.client('eve');
      const t = await ann.startTicket({ workflow: key, data: { summary: 'Screen' } });
      const shot = {
        id: 'f1',
        name: 'screen.png',
        size: 2048,
        type: 'image/png',
        url: 'https://files.test/f1',
      };
      const log = { id: 'f2', name: 'trace.log', url: 'data:text/plain;base64,aGk=' };
      // A file alone is a comment.
      await ann.act({ ticket: t.id, action: 'comment', attachments: [shot] });
      await eve.act({
        ticket: t.id,
        action: 'comment',
        comment: 'trace',
        internal: true,
        attachments: [log],
      });
      const mine = (await ann.history(t.id)).filter((e) => e.attachments);
      expect(mine).toEqual([expect.objectContaining({ actor: 'ann', attachments: [shot] })]);
      const desk = (await eve.history(t.id)).filter((e) => e.attachments);
      expect(desk.map((e) => e.attachments)).toEqual([[shot], [log]]);
      for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', '//evil.test/x']) {
        await expect(
          ann.act({ ticket: t.id, action: 'comment', attachments: [{ id: 'x', name: 'x', url }] }),
        ).rejects.toMatchObject({ issues: [{ path: '/attachments/0/url' }] });
      }
      await expect(
        ann.act({ ticket: t.id, action: 'comment', attachments: [{ id: '', name: 'x' }] }),
      ).rejects.toMatchObject({ issues: [{ path: '/attachments/0/id' }] });
    });
  });
}

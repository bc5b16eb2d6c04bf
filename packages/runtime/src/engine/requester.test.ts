import { memoryDirectory } from '../directory/memory';
import { USERS, chain, setup, task } from './testkit';
import { STORAGES } from './testkit.storages';
import type { StorageAdapter } from '../storage/storage.types';

const directory = () =>
  memoryDirectory({
    users: [
      ...USERS,
      {
        id: 'vic',
        name: 'Vic',
        roles: ['employee'],
        groups: ['board'],
        department: 'finance',
        manager: 'max',
        vip: true,
        attributes: { tier: 'gold', site: 'Lyon' },
      },
    ],
  });

for (const { name, open } of STORAGES) {
  describe(`$requester in conditions on ${name}`, () => {
    let storage: StorageAdapter;
    let dispose: () => Promise<void>;
    beforeAll(async () => ({ storage, dispose } = await open()), 60_000);
    afterAll(() => dispose());

    it('SLA by customer group, VIP routing and rules by directory attributes, with no host code', async () => {
      const { runtime } = setup({ storage, directory: directory() });
      const key = `vip-${name.replace(/\W/g, '')}`;
      await runtime.publish(
        chain(
          key,
          [
            task('vipdesk', { strategy: 'fixed', to: [{ user: 'sam' }] }),
            task('desk', { strategy: 'fixed', to: [{ user: 'eve' }] }),
          ],
          {
            edges: [
              { id: 'e1', from: 'start', to: 'vipdesk', when: '$requester.vip' },
              { id: 'e2', from: 'start', to: 'desk', default: true },
              { id: 'e3', from: 'vipdesk', to: 'end' },
              { id: 'e4', from: 'desk', to: 'end' },
            ],
            sla: [
              {
                id: 'board',
                name: 'Board members',
                when: "'board' in $requester.groups and $requester.department = 'finance'",
                targets: { resolution: 'PT1H' },
              },
              { id: 'std', name: 'Standard', targets: { resolution: 'PT8H' } },
            ],
            triggers: [
              {
                id: 'gold',
                on: ['created'],
                when: "$requester.attributes.tier = 'gold' and $requester.manager = 'max'",
                actions: [
                  { type: 'setPriority', value: "'high'" },
                  { type: 'set', field: 'owner', value: '$requester.attributes.site' },
                ],
              },
            ],
          },
        ),
        { actor: 'admin' },
      );
      const vip = await runtime.startTicket({
        workflow: key,
        actor: 'vic',
        data: { summary: 'Board deck' },
      });
      const other = await runtime.startTicket({
        workflow: key,
        actor: 'ann',
        data: { summary: 'Mouse' },
      });
      expect(vip.active).toEqual(['vipdesk']);
      expect(other.active).toEqual(['desk']);
      expect(vip.sla.map((c) => c.policy)).toEqual(['board']);
      expect(other.sla.map((c) => c.policy)).toEqual(['std']);
      expect(vip.priority).toBe('high');
      expect(vip.data.owner).toBe('Lyon');
      expect(other.priority).toBeUndefined();
      expect(other.data.owner).toBeUndefined();
    });
  });
}

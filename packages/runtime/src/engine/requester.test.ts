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

    it('form rules read $requester: VIP-only fields, required by department, computed values', async () => {
      const { runtime } = setup({ storage, directory: directory() });
      const key = `rules-${name.replace(/\W/g, '')}`;
      await runtime.publish(
        chain(key, [task('desk', { strategy: 'fixed', to: [{ user: 'eve' }] })], {
          form: {
            schema: {
              type: 'object',
              properties: {
                summary: { type: 'string' },
                amount: { type: 'number' },
                notes: { type: 'string', title: 'Concierge notes' },
                owner: { type: 'string' },
              },
            },
            rules: [
              { id: 'vip', field: 'notes', visible: '$requester.vip' },
              { id: 'fin', field: 'amount', required: "$requester.department = 'finance'" },
              { id: 'site', field: 'owner', value: '$requester.attributes.site' },
            ],
          },
        }),
        { actor: 'admin' },
      );
      const vic = runtime.client('vic');
      // The runtime enforces it: finance must give an amount, others need not.
      await expect(
        vic.startTicket({ workflow: key, data: { summary: 'Board deck' } }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      const vip = await vic.startTicket({
        workflow: key,
        data: { summary: 'Board deck', amount: 10, notes: 'Call first' },
      });
      expect(vip.data).toMatchObject({ notes: 'Call first', owner: 'Lyon' });
      const ann = runtime.client('ann');
      const plain = await ann.startTicket({ workflow: key, data: { summary: 'Mouse' } });
      // Not a VIP: the concierge field is hidden from her, and writing it is refused.
      await expect(
        ann.startTicket({ workflow: key, data: { summary: 'Mouse', notes: 'x' } }),
      ).rejects.toBeTruthy();
      expect(plain.data.notes).toBeUndefined();
      // The view names the requester's profile for a form renderer's `bindings`.
      const seen = await runtime.client('eve').viewTicket(vip.id);
      expect(seen.form.schema.properties).toHaveProperty('notes');
      expect(seen.bindings?.requester).toMatchObject({
        id: 'vic',
        vip: true,
        department: 'finance',
      });
      const annView = await ann.viewTicket(plain.id);
      expect(annView.form.schema.properties).not.toHaveProperty('notes');
      expect(annView.bindings?.requester).toMatchObject({ id: 'ann', vip: false });
      // Only what the rules read leaves the runtime: vip, department and the `site` attribute,
      // not Vic's e-mail, groups, roles, manager or other attributes.
      expect(seen.bindings?.requester).toEqual({
        id: 'vic',
        vip: true,
        department: 'finance',
        groups: [],
        roles: [],
        attributes: { site: 'Lyon' },
      });
    });

    it('a rule that uses $requester whole gets the whole profile in the view', async () => {
      const { runtime } = setup({ storage, directory: directory() });
      const key = `whole-${name.replace(/\W/g, '')}`;
      await runtime.publish(
        chain(key, [task('desk', { strategy: 'fixed', to: [{ user: 'eve' }] })], {
          form: {
            schema: {
              type: 'object',
              properties: { summary: { type: 'string' }, notes: { type: 'string' } },
            },
            rules: [{ id: 'any', field: 'notes', visible: '$exists($requester)' }],
          },
        }),
        { actor: 'admin' },
      );
      const t = await runtime.client('vic').startTicket({ workflow: key, data: { summary: 'x' } });
      const seen = await runtime.client('eve').viewTicket(t.id);
      expect(seen.bindings?.requester).toMatchObject({
        id: 'vic',
        department: 'finance',
        attributes: { site: 'Lyon', tier: 'gold' },
      });
    });
  });
}

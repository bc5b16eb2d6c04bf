// client.getDefinition answers each user only what they may read of a workflow: its designers the
// whole definition; everyone else the fields some context of theirs shows (starting it, tickets
// they raise, view or work), without the internal configuration.
import type { LocalizedDefinition } from '../definition/definition.types';
import { fieldPermissionsAt } from '../form/permissions';
import { setup, USERS } from '../engine/testkit';
import { STORAGES } from '../engine/testkit.storages';
import type { StorageAdapter } from '../storage/storage.types';

const purchase = (key: string): LocalizedDefinition => ({
  schemaVersion: 1,
  key,
  name: { en: 'Purchase', 'zh-CN': '采购' },
  locales: ['en', 'zh-CN'],
  title: 'summary & supplierScore',
  permissions: { start: [{ role: 'employee' }] },
  form: {
    schema: {
      type: 'object',
      required: ['summary'],
      properties: {
        summary: { type: 'string', title: 'Summary' },
        amount: { type: 'number', title: 'Amount' },
        // Hidden at every step: the buyers' own rating of the supplier.
        supplierScore: { type: 'string', title: 'Supplier score (confidential)' },
        // Never shown to the person who raised the ticket.
        deskNote: { type: 'string', title: 'Desk note' },
        vipLine: { type: 'string', title: 'VIP line' },
      },
    },
    ui: {
      layout: [
        { type: 'field', field: 'summary' },
        {
          type: 'group',
          id: 'buyers',
          title: 'Buyers only',
          children: [{ type: 'field', field: 'supplierScore' }],
        },
        { type: 'field', field: 'deskNote' },
      ],
      fields: {
        summary: { widget: 'text' },
        supplierScore: {
          widget: 'select',
          options: [
            { value: 'blacklisted', label: 'Blacklisted supplier' },
            { value: 'preferred', label: 'Preferred supplier' },
          ],
        },
      },
    },
    rules: [
      { id: 'score-needs-amount', field: 'amount', required: "supplierScore = 'blacklisted'" },
      { id: 'score', field: 'supplierScore', visible: 'amount > 0' },
      { id: 'desk-only', field: 'deskNote', visible: '$actor.id != $ticket.requester' },
      { id: 'vip', field: 'vipLine', visible: '$requester.vip' },
    ],
    templates: [
      { id: 'chairs', name: 'Chairs', values: { summary: 'Chairs', supplierScore: 'preferred' } },
    ],
  },
  nodes: [
    {
      id: 'start',
      type: 'start',
      fields: { supplierScore: 'hidden', deskNote: 'hidden' },
    },
    {
      id: 'buy',
      type: 'task',
      name: { en: 'Buy', 'zh-CN': '购买' },
      assign: { strategy: 'claim', to: [{ group: 'desk' }] },
      fields: { supplierScore: 'hidden', deskNote: 'edit', amount: 'edit' },
      ola: { target: 'PT4H', onBreach: [{ type: 'notify', to: [{ user: 'max' }] }] },
    },
    {
      id: 'book',
      type: 'automation',
      automation: { actions: [{ type: 'call', handler: 'erp.book', input: { code: 'summary' } }] },
    },
    { id: 'done', type: 'end', status: 'resolved' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'buy' },
    { id: 'e2', from: 'buy', to: 'book', when: "supplierScore != 'blacklisted'" },
    { id: 'e3', from: 'book', to: 'done' },
  ],
  sla: [
    {
      id: 'big',
      name: 'Big purchase',
      when: "supplierScore = 'preferred'",
      targets: { resolution: 'P2D' },
      onBreach: [{ type: 'call', handler: 'pager.page' }],
    },
  ],
  triggers: [
    {
      id: 'erp',
      name: 'Tell the ERP',
      on: ['created'],
      when: "supplierScore = 'blacklisted'",
      actions: [{ type: 'call', handler: 'erp.flag', input: { score: 'supplierScore' } }],
    },
  ],
});

const fields = (d: { form: { schema: { properties?: object } } }) =>
  Object.keys(d.form.schema.properties ?? {});

for (const { name, open } of STORAGES) {
  describe(`client.getDefinition on ${name}`, () => {
    let storage: StorageAdapter;
    let dispose: () => Promise<void>;
    beforeAll(async () => ({ storage, dispose } = await open()), 60_000);
    afterAll(() => dispose());
    const key = `purchase-${name.replace(/\W/g, '')}`;

    const desk = () => {
      const t = setup({
        storage,
        auditors: [{ user: 'kim' }],
        seed: {
          users: [
            ...USERS,
            { id: 'vic', name: 'Vic', roles: ['employee'], vip: true },
            { id: 'zed', name: 'Zed', roles: [] },
            { id: 'ned', name: 'Ned', roles: [] },
            { id: 'ola', name: 'Ola', roles: [] },
          ],
        },
      });
      return t.runtime;
    };

    it('gives whoever may publish the workflow the whole definition', async () => {
      const runtime = desk();
      await runtime.client('admin').publish(purchase(key));
      const def = await runtime.client('admin').getDefinition(key);
      expect(fields(def)).toContain('supplierScore');
      expect(def.edges[1]?.when).toBe("supplierScore != 'blacklisted'");
      expect(def.triggers?.[0]?.actions).toHaveLength(1);
      expect(def.permissions).toBeDefined();
    });

    it('leaves a requester out of fields hidden from them and out of the internal configuration', async () => {
      const runtime = desk();
      await runtime.client('admin').publish(purchase(key));
      const ann = runtime.client('ann');
      const def = await ann.getDefinition(key);

      // Amount is read at "Buy" (a requester views their ticket there); the others never show.
      expect(fields(def)).toEqual(['summary', 'amount']);
      expect(def.form.schema.required).toEqual(['summary']);
      expect(def.form.ui?.fields).toEqual({ summary: { widget: 'text' } });
      expect(def.form.ui?.layout).toEqual([{ type: 'field', field: 'summary' }]);
      expect(def.form.rules).toBeUndefined();
      expect(def.form.templates).toEqual([
        { id: 'chairs', name: 'Chairs', values: { summary: 'Chairs' } },
      ]);
      expect(def.nodes.map((n) => n.fields)).toEqual([
        undefined,
        { amount: 'edit' },
        undefined,
        undefined,
      ]);

      expect(def).not.toHaveProperty('title');
      expect(def).not.toHaveProperty('permissions');
      expect(def.edges.map((e) => e.when)).toEqual([undefined, undefined, undefined]);
      expect(def.nodes[1]).not.toHaveProperty('assign');
      expect(def.nodes[1]).not.toHaveProperty('ola');
      expect(def.nodes[2]).toMatchObject({ type: 'automation', automation: { actions: [] } });
      expect(def.sla).toEqual([
        { id: 'big', name: 'Big purchase', targets: { resolution: 'P2D' } },
      ]);
      expect(def.triggers).toEqual([
        { id: 'erp', name: 'Tell the ERP', on: ['created'], actions: [] },
      ]);
      // Nothing of it names the hidden fields, their options or the host's handlers.
      const text = JSON.stringify(def);
      for (const secret of [
        'supplierScore',
        'Supplier score',
        'Blacklisted',
        'deskNote',
        'vipLine',
        'erp.',
        'pager',
      ])
        expect(text).not.toContain(secret);

      // The request form still works from it: the start step's permissions, then the ticket.
      expect(fieldPermissionsAt(def, 'start')).toEqual({ summary: 'edit', amount: 'edit' });
      const ticket = await ann.startTicket({ workflow: key, data: { summary: 'Desk chairs' } });
      expect((await ann.viewTicket(ticket.id)).ticket.data).toEqual({ summary: 'Desk chairs' });
      // In their language, like the rest of their answers.
      expect(
        (await runtime.client('ann', { locale: 'zh-CN' }).getDefinition(key)).nodes[1]?.name,
      ).toBe('购买');
    });

    it('shows each field to whom a context of theirs shows it', async () => {
      const runtime = desk();
      await runtime.client('admin').publish(purchase(key));
      const of = async (actor: string) => fields(await runtime.client(actor).getDefinition(key));
      // A VIP requester: `$requester.vip` holds on the tickets they raise.
      expect(await of('vic')).toEqual(['summary', 'amount', 'vipLine']);
      // Eve works "Buy": other people's tickets show her the desk note and, for VIPs, their line.
      expect(await of('eve')).toEqual(['summary', 'amount', 'deskNote', 'vipLine']);
      // An auditor reads every field of a finished ticket.
      expect(await of('kim')).toEqual([
        'summary',
        'amount',
        'supplierScore',
        'deskNote',
        'vipLine',
      ]);
      // Zed may not start it and works none of it: the steps, no field.
      const zed = await runtime.client('zed').getDefinition(key);
      expect(fields(zed)).toEqual([]);
      expect(zed.nodes.map((n) => n.id)).toEqual(['start', 'buy', 'book', 'done']);
    });

    // Who reaches a ticket in person only (a watcher, a user named in a field, whom work was
    // handed to) reads in getDefinition what viewTicket shows them on it: no less, no more.
    const viewed = async (runtime: ReturnType<typeof desk>, actor: string, ticket: string) =>
      Object.keys((await runtime.client(actor).viewTicket(ticket)).form.permissions);

    it('shows a watcher the fields their tickets show them, and nothing more', async () => {
      const runtime = desk();
      await runtime.client('admin').publish(purchase(key));
      const zed = runtime.client('zed');
      expect(fields(await zed.getDefinition(key))).toEqual([]);
      const ticket = await runtime
        .client('ann')
        .startTicket({ workflow: key, data: { summary: 'Chairs', amount: 40 }, watchers: ['zed'] });
      const shown = await viewed(runtime, 'zed', ticket.id);
      // At "Buy" others read the amount and, as they are not its requester, the desk note.
      expect(shown.sort()).toEqual(['amount', 'deskNote', 'summary']);
      const def = await zed.getDefinition(key);
      expect(fields(def).sort()).toEqual(shown.sort());
      expect(def.form.ui?.layout).toEqual([
        { type: 'field', field: 'summary' },
        { type: 'field', field: 'deskNote' },
      ]);
      const text = JSON.stringify(def);
      for (const secret of ['supplierScore', 'vipLine', 'erp.', 'pager'])
        expect(text).not.toContain(secret);
      expect(def.edges.map((e) => e.when)).toEqual([undefined, undefined, undefined]);
      expect(def).not.toHaveProperty('permissions');
      // A VIP's ticket shows the VIP line too.
      await runtime
        .client('vic')
        .startTicket({ workflow: key, data: { summary: 'Desk' }, watchers: ['zed'] });
      expect(fields(await zed.getDefinition(key)).sort()).toEqual([
        'amount',
        'deskNote',
        'summary',
        'vipLine',
      ]);
      // Another version's tickets say nothing of this one.
      const v2 = await runtime.client('admin').publish(purchase(key));
      expect(fields(await zed.getDefinition(key, v2.version))).toEqual([]);
    });

    it('shows whom work was handed to, or a field names, what their ticket shows them', async () => {
      const runtime = desk();
      const def = purchase(key);
      def.form.schema.properties!.buyer = { type: 'string', title: 'Buyer' };
      def.nodes.splice(2, 0, {
        id: 'receive',
        type: 'task',
        name: 'Receive',
        assign: { strategy: 'field', field: 'buyer' },
        fields: { supplierScore: 'hidden', deskNote: 'hidden' },
      });
      def.edges = [
        { id: 'e1', from: 'start', to: 'buy' },
        { id: 'e2', from: 'buy', to: 'receive' },
        { id: 'e3', from: 'receive', to: 'book' },
        { id: 'e4', from: 'book', to: 'done' },
      ];
      await runtime.client('admin').publish(def);
      const ticket = await runtime
        .client('ann')
        .startTicket({ workflow: key, data: { summary: 'Chairs', buyer: 'ola' } });
      expect(fields(await runtime.client('ned').getDefinition(key))).toEqual([]);
      expect(fields(await runtime.client('ola').getDefinition(key))).toEqual([]);

      // Eve hands her work to Ned, who is not in the desk group.
      const eve = runtime.client('eve');
      await eve.act({ ticket: ticket.id, action: 'claim' });
      await eve.act({ ticket: ticket.id, action: 'reassign', to: 'ned', comment: 'Ned buys' });
      const ned = await viewed(runtime, 'ned', ticket.id);
      expect(ned.sort()).toEqual(['amount', 'buyer', 'deskNote', 'summary']);
      expect(fields(await runtime.client('ned').getDefinition(key)).sort()).toEqual(ned.sort());

      // Ned buys; "Receive" goes to Ola, named in the buyer field.
      await runtime.client('ned').act({ ticket: ticket.id, action: 'submit', data: { amount: 5 } });
      const ola = await viewed(runtime, 'ola', ticket.id);
      expect(ola.sort()).toEqual(['amount', 'buyer', 'summary']);
      expect(fields(await runtime.client('ola').getDefinition(key)).sort()).toEqual(ola.sort());
    });
  });
}

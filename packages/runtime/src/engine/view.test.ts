import { PermissionError, ValidationError } from '../errors/errors';
import { approval, chain, setup, task } from './testkit';

async function env() {
  const e = setup();
  const def = chain('view', [
    task(
      'triage',
      { strategy: 'claim', to: [{ group: 'desk' }] },
      { fields: { notes: 'edit', owner: 'required', internal: 'edit' } },
    ),
    approval(
      'review',
      { mode: 'single' },
      { strategy: 'fixed', to: [{ user: 'max' }] },
      { fields: { internal: 'hidden', notes: 'required' } },
    ),
  ]);
  def.form = {
    ...def.form,
    rules: [{ field: 'due', visible: "category = 'hardware'" }],
  };
  await e.runtime.publish(def, { actor: 'admin' });
  const t = await e.runtime.startTicket({
    workflow: 'view',
    actor: 'ann',
    data: { summary: 'laptop', category: 'software', internal: 'secret' },
  });
  return { ...e, t };
}

describe('viewTicket', () => {
  it('gives the holder the step permissions and rules, with the actions they may take', async () => {
    const { runtime, t } = await env();
    await runtime.act({ ticket: t.id, action: 'claim', actor: 'kim' });
    const v = await runtime.viewTicket(t.id, 'kim');
    expect(v.form.permissions).toMatchObject({
      summary: 'read',
      notes: 'edit',
      owner: 'required',
      internal: 'edit',
    });
    expect(v.form.permissions).not.toHaveProperty('due'); // hidden by a rule
    expect(v.form.schema.properties).not.toHaveProperty('due');
    expect(v.form.schema.required).toEqual(['summary', 'owner']); // the schema's own required stays
    expect(v.form.schema.properties?.summary).toMatchObject({ readOnly: true });
    expect(v.actions).toEqual(
      expect.arrayContaining(['submit', 'update', 'release', 'reassign', 'hold', 'comment']),
    );
    expect(v.actions).not.toContain('claim');
    expect(v.actions).not.toContain('approve');
    expect(v.workItems.map((w) => w.nodeId)).toEqual(['triage']);
  });

  it('offers queue members the claim action only', async () => {
    const { runtime, t } = await env();
    const v = await runtime.viewTicket(t.id, 'eve');
    expect(v.actions).toEqual(['claim', 'comment', 'watch']);
    expect(Object.values(v.form.permissions).every((p) => p === 'read')).toBe(true);
  });

  it('shows the requester everything visible read-only; hidden fields leave schema and data', async () => {
    const { runtime, t } = await env();
    await runtime.act({ ticket: t.id, action: 'claim', actor: 'kim' });
    await runtime.act({ ticket: t.id, action: 'submit', actor: 'kim', data: { owner: 'kim' } });
    const v = await runtime.viewTicket(t.id, 'ann');
    expect(v.ticket.data).toEqual({ summary: 'laptop', category: 'software', owner: 'kim' });
    expect(v.form.schema.properties).not.toHaveProperty('internal');
    expect(Object.values(v.form.permissions).every((p) => p === 'read')).toBe(true);
    expect(v.actions.sort()).toEqual(['cancel', 'comment', 'recall', 'urge', 'watch']);
    expect(v.workItems).toEqual([]);
    const max = await runtime.viewTicket(t.id, 'max');
    expect(max.actions).toEqual(
      expect.arrayContaining(['approve', 'reject', 'addApprover', 'rollback']),
    );
    expect(max.form.permissions.notes).toBe('required');
    expect(max.ticket.data).not.toHaveProperty('internal');
  });

  it('sends no UI setting, layout item, rule or template that names or reads a hidden field', async () => {
    const e = setup();
    const def = chain('leak', [
      task(
        'triage',
        { strategy: 'fixed', to: [{ user: 'kim' }] },
        { fields: { internal: 'edit', notes: 'edit' } },
      ),
      approval(
        'review',
        { mode: 'single', onReject: 'previous' },
        { strategy: 'fixed', to: [{ user: 'max' }] },
        { fields: { internal: 'hidden', notes: 'edit' } },
      ),
    ]);
    def.form = {
      ...def.form,
      ui: {
        fields: { internal: { label: 'Fraud score (internal)' }, notes: { label: 'Notes' } },
        layout: [
          {
            type: 'group',
            id: 'g-internal',
            title: 'Back office',
            children: [{ type: 'field', field: 'internal' }],
          },
          { type: 'field', field: 'notes' },
        ],
      },
      rules: [
        { field: 'notes', required: "internal = 'fraud-suspected'" },
        { field: 'internal', readonly: "category = 'access'" },
        { field: 'due', visible: "category = 'hardware'" },
      ],
      templates: [
        { id: 't1', name: 'Escalation', values: { internal: 'fraud-suspected', notes: 'n' } },
      ],
    };
    await e.runtime.publish(def, { actor: 'admin' });
    const t = await e.runtime.startTicket({
      workflow: 'leak',
      actor: 'ann',
      data: { summary: 'refund', category: 'software' },
    });
    await e.runtime.act({
      ticket: t.id,
      action: 'submit',
      actor: 'kim',
      data: { internal: 'fraud-suspected', notes: 'checked' },
    });

    const reviewer = await e.runtime.viewTicket(t.id, 'max');
    expect(JSON.stringify(reviewer)).not.toMatch(/internal|fraud|Fraud|Back office/i);
    expect(reviewer.form.rules).toEqual([{ field: 'due', visible: "category = 'hardware'" }]);
    expect(reviewer.form.ui).toEqual({
      fields: { notes: { label: 'Notes' } },
      layout: [{ type: 'field', field: 'notes' }],
    });
    expect(reviewer.form.templates).toEqual([
      { id: 't1', name: 'Escalation', values: { notes: 'n' } },
    ]);

    // At a step that shows the field, the same form arrives whole.
    await e.runtime.act({ ticket: t.id, action: 'reject', actor: 'max', comment: 'again' });
    const agent = await e.runtime.viewTicket(t.id, 'kim');
    expect(agent.form.rules).toHaveLength(3);
    expect(agent.form.ui.fields).toHaveProperty('internal');
    expect(agent.form.templates[0]?.values).toHaveProperty('internal', 'fraud-suspected');
  });

  it('refuses people who have nothing to do with the ticket', async () => {
    const { runtime, t } = await env();
    await expect(runtime.viewTicket(t.id, 'bob')).rejects.toBeInstanceOf(PermissionError);
  });
});

describe('publish and catalog', () => {
  it('keeps tickets on the version they started on; new tickets use the latest', async () => {
    const { runtime } = setup();
    const v1 = chain('ver', [task('one', { strategy: 'fixed', to: [{ user: 'eve' }] })]);
    await runtime.publish(v1, { actor: 'admin' });
    const old = await runtime.startTicket({
      workflow: 'ver',
      actor: 'ann',
      data: { summary: 'x' },
    });
    const v2 = chain('ver', [task('two', { strategy: 'fixed', to: [{ user: 'kim' }] })]);
    expect(await runtime.publish(v2, { actor: 'admin' })).toEqual({ key: 'ver', version: 2 });
    const fresh = await runtime.startTicket({
      workflow: 'ver',
      actor: 'ann',
      data: { summary: 'x' },
    });
    expect(fresh).toMatchObject({ workflow: { key: 'ver', version: 2 }, active: ['two'] });
    expect((await runtime.act({ ticket: old.id, action: 'submit', actor: 'eve' })).status).toBe(
      'resolved',
    );
    expect((await runtime.getDefinition('ver', 1)).nodes.map((n) => n.id)).toEqual([
      'start',
      'one',
      'end',
    ]);
  });

  it('refuses invalid definitions with every issue, and unauthorised publishers', async () => {
    const { runtime } = setup({ publishers: [{ role: 'admin' }] });
    await expect(runtime.publish(chain('p', []), { actor: 'ann' })).rejects.toBeInstanceOf(
      PermissionError,
    );
    const broken = chain('p', []);
    broken.edges.push({ id: 'dangling', from: 'start', to: 'nowhere' });
    const err = await runtime.publish(broken, { actor: 'admin' }).catch((e) => e);
    expect(err.name).toBe('DefinitionError');
    expect(err.issues.length).toBeGreaterThan(0);
    expect(err.issues.every((i: { path: string }) => typeof i.path === 'string')).toBe(true);
  });

  it('lists what an actor may start, by catalog path, and refuses others at start', async () => {
    const { runtime } = setup();
    await runtime.publish(
      chain('laptop', [], {
        name: 'Laptop',
        catalog: ['Hardware', 'Devices'],
        permissions: { start: [{ role: 'employee' }] },
      }),
      { actor: 'admin' },
    );
    await runtime.publish(
      chain('firewall', [], {
        name: 'Firewall change',
        catalog: ['Infrastructure'],
        permissions: { start: [{ group: 'cab' }] },
      }),
      { actor: 'admin' },
    );
    expect((await runtime.catalog('ann')).map((c) => [c.key, c.path])).toEqual([
      ['laptop', ['Hardware', 'Devices']],
    ]);
    expect((await runtime.catalog('max')).map((c) => c.key)).toEqual(['laptop', 'firewall']);
    await expect(
      runtime.startTicket({ workflow: 'firewall', actor: 'ann', data: { summary: 'x' } }),
    ).rejects.toThrow(/ann may not start "Firewall change".*group "cab"/);
  });

  it('pre-fills templates; template values may fill fields the requester cannot edit', async () => {
    const { runtime } = setup();
    const def = chain('tpl', [task('w', { strategy: 'fixed', to: [{ user: 'eve' }] })]);
    def.nodes[0] = { id: 'start', type: 'start', fields: { category: 'read' } };
    def.form = {
      ...def.form,
      templates: [
        { id: 'hw', name: 'Hardware', values: { category: 'hardware', summary: 'New laptop' } },
      ],
    };
    await runtime.publish(def, { actor: 'admin' });
    const t = await runtime.startTicket({
      workflow: 'tpl',
      actor: 'ann',
      template: 'hw',
      data: { amount: 2 },
    });
    expect(t.data).toEqual({ category: 'hardware', summary: 'New laptop', amount: 2 });
    await expect(
      runtime.startTicket({ workflow: 'tpl', actor: 'ann', template: 'nope' }),
    ).rejects.toThrow(/no template "nope" \(templates: "hw"\)/);
  });

  it('computes the title from the title expression', async () => {
    const { runtime } = setup();
    await runtime.publish(
      chain('titled', [task('w', { strategy: 'fixed', to: [{ user: 'eve' }] })], {
        title: "'Request: ' & summary",
      }),
      { actor: 'admin' },
    );
    const t = await runtime.startTicket({
      workflow: 'titled',
      actor: 'ann',
      data: { summary: 'VPN' },
    });
    expect(t.title).toBe('Request: VPN');
    expect((await runtime.tasks('eve'))[0]?.title).toBe('Request: VPN');
    const def = chain(
      'titled2',
      [task('w', { strategy: 'fixed', to: [{ user: 'eve' }] }, { fields: { summary: 'edit' } })],
      { title: 'summary' },
    );
    await runtime.publish(def, { actor: 'admin' });
    const t2 = await runtime.startTicket({
      workflow: 'titled2',
      actor: 'ann',
      data: { summary: 'old' },
    });
    await runtime.act({ ticket: t2.id, action: 'update', actor: 'eve', data: { summary: 'new' } });
    expect((await runtime.tasks('eve')).find((w) => w.ticketId === t2.id)?.title).toBe('new');
  });
});

describe('queries through the runtime', () => {
  it('lists, pages and aggregates tickets from the adapter', async () => {
    const { runtime } = setup();
    await runtime.publish(
      chain('qq', [task('w', { strategy: 'roundRobin', to: [{ group: 'desk' }] })]),
      { actor: 'admin' },
    );
    for (let i = 0; i < 5; i++)
      await runtime.startTicket({
        workflow: 'qq',
        actor: i % 2 ? 'ann' : 'bob',
        data: { summary: `n${i}`, category: i < 2 ? 'hardware' : 'software' },
      });
    const page1 = await runtime.listTickets({
      limit: 2,
      sort: { field: 'number', direction: 'asc' },
    });
    const page2 = await runtime.listTickets({
      limit: 2,
      sort: { field: 'number', direction: 'asc' },
      after: page1.next as string,
    });
    expect([...page1.tickets, ...page2.tickets].map((t) => t.number.slice(-1))).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    expect((await runtime.aggregate({ groupBy: ['data.category'] })).groups).toEqual([
      { key: { 'data.category': 'hardware' }, value: 2 },
      { key: { 'data.category': 'software' }, value: 3 },
    ]);
    expect(
      (await runtime.aggregate({ groupBy: ['assignee'], requester: 'ann' })).groups.map(
        (g) => g.value,
      ),
    ).toEqual([1, 1]);
  });
});

describe('startTicket with a parent', () => {
  it('is engine-only: a caller cannot link a ticket under another one', async () => {
    const { runtime } = setup();
    await runtime.publish(
      chain('main', [task('w', { strategy: 'fixed', to: [{ user: 'eve' }] })]),
      { actor: 'admin' },
    );
    const parent = await runtime.startTicket({
      workflow: 'main',
      actor: 'ann',
      data: { summary: 'outage' },
    });
    const err = await runtime
      .startTicket({
        workflow: 'main',
        actor: 'eve',
        data: { summary: 'replace switch' },
        parent: { ticketId: parent.id, nodeId: 'w' },
      })
      .catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.issues).toMatchObject([{ path: '/parent', code: 'ENGINE_ONLY' }]);
    expect((await runtime.getTicket(parent.id)).children).toEqual([]);
    expect((await runtime.listTickets({ workflow: ['main'] })).total).toBe(1);
  });
});

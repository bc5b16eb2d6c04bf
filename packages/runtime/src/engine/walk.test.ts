import { DefinitionError, ValidationError } from '../errors/errors';
import type { WorkflowDefinition } from '../definition/definition.types';
import { FORM, approval, chain, edges, setup, task } from './testkit';

function def(
  key: string,
  nodes: WorkflowDefinition['nodes'],
  e: WorkflowDefinition['edges'],
  extra: Partial<WorkflowDefinition> = {},
): WorkflowDefinition {
  return { schemaVersion: 1, key, name: key, form: FORM, nodes, edges: e, ...extra };
}

describe('graph execution', () => {
  it('exclusive: takes the first edge whose condition holds, in edge order, else the default', async () => {
    const { runtime } = setup();
    await runtime.publish(
      def(
        'route',
        [
          { id: 'start', type: 'start' },
          { id: 'gw', type: 'exclusive' },
          task('big', { strategy: 'fixed', to: [{ user: 'max' }] }),
          task('huge', { strategy: 'fixed', to: [{ user: 'eve' }] }),
          task('small', { strategy: 'fixed', to: [{ user: 'kim' }] }),
          { id: 'end', type: 'end' },
        ],
        edges(
          ['start', 'gw'],
          { id: 'toBig', from: 'gw', to: 'big', when: 'amount > 100' },
          { id: 'toHuge', from: 'gw', to: 'huge', when: 'amount > 1000' },
          { id: 'toSmall', from: 'gw', to: 'small', default: true },
          { id: 'b', from: 'big', to: 'end' },
          { id: 'h', from: 'huge', to: 'end' },
          { id: 's', from: 'small', to: 'end' },
        ),
      ),
      { actor: 'admin' },
    );
    const big = await runtime.startTicket({
      workflow: 'route',
      actor: 'ann',
      data: { summary: 'a', amount: 5000 },
    });
    expect(big.active).toEqual(['big']);
    const small = await runtime.startTicket({
      workflow: 'route',
      actor: 'ann',
      data: { summary: 'a', amount: 5 },
    });
    expect(small.active).toEqual(['small']);
    const history = await runtime.history(big.id);
    expect(history.find((e) => e.type === 'entered' && e.nodeId === 'big')?.detail).toEqual({
      edge: 'toBig',
    });
  });

  it('exclusive: fails with a DefinitionError naming the gateway when no edge applies', async () => {
    const { runtime } = setup();
    await runtime.publish(
      def(
        'noroute',
        [
          { id: 'start', type: 'start' },
          { id: 'gw', type: 'exclusive', exhaustive: true },
          { id: 'end', type: 'end' },
          { id: 'end2', type: 'end' },
        ],
        edges(
          ['start', 'gw'],
          { id: 'a', from: 'gw', to: 'end', when: "category = 'hardware'" },
          { id: 'b', from: 'gw', to: 'end2', when: "category = 'software'" },
        ),
      ),
      { actor: 'admin' },
    );
    const err = await runtime
      .startTicket({
        workflow: 'noroute',
        actor: 'ann',
        data: { summary: 'x', category: 'access' },
      })
      .catch((e) => e);
    expect(err).toBeInstanceOf(DefinitionError);
    expect(err.message).toMatch(/cannot leave step "gw".*no condition/);
    expect((await runtime.listTickets()).tickets).toHaveLength(0);
  });

  it('parallel: splits into branches and the join waits for every incoming branch', async () => {
    const { runtime } = setup();
    await runtime.publish(
      def(
        'par',
        [
          { id: 'start', type: 'start' },
          { id: 'split', type: 'parallel' },
          task('hw', { strategy: 'fixed', to: [{ user: 'eve' }] }),
          task('sw', { strategy: 'fixed', to: [{ user: 'kim' }] }),
          { id: 'join', type: 'parallel' },
          task('check', { strategy: 'fixed', to: [{ user: 'max' }] }),
          { id: 'end', type: 'end' },
        ],
        edges(
          ['start', 'split'],
          ['split', 'hw'],
          ['split', 'sw'],
          ['hw', 'join'],
          ['sw', 'join'],
          ['join', 'check'],
          ['check', 'end'],
        ),
      ),
      { actor: 'admin' },
    );
    const t = await runtime.startTicket({ workflow: 'par', actor: 'ann', data: { summary: 'x' } });
    expect(t.active.sort()).toEqual(['hw', 'sw']);
    expect(t.assignees.sort()).toEqual(['eve', 'kim']);
    const afterHw = await runtime.act({ ticket: t.id, action: 'submit', actor: 'eve' });
    expect(afterHw.active.sort()).toEqual(['join', 'sw']);
    expect(await runtime.tasks('max')).toEqual([]);
    const afterSw = await runtime.act({ ticket: t.id, action: 'submit', actor: 'kim' });
    expect(afterSw.active).toEqual(['check']);
    expect(afterSw.tokens).toHaveLength(1);
    const done = await runtime.act({ ticket: t.id, action: 'submit', actor: 'max' });
    expect(done.status).toBe('resolved');
  });

  it('end: sets the end node status, and resolved by default', async () => {
    const { runtime } = setup();
    const d = chain('closing', []);
    d.nodes[1] = { id: 'end', type: 'end', status: 'closed' };
    await runtime.publish(d, { actor: 'admin' });
    const t = await runtime.startTicket({
      workflow: 'closing',
      actor: 'ann',
      data: { summary: 'x' },
    });
    expect(t).toMatchObject({ status: 'closed', active: [] });
    expect(t.closedAt).toBe('2026-11-23T09:00:00.000Z');
  });

  it('automation: sets fields from jsonata, calls host handlers and notifies subscribers', async () => {
    const calls: Array<Record<string, unknown>> = [];
    const { runtime } = setup({
      handlers: {
        cmdb: (input) => {
          calls.push(input);
          return { owner: 'eve', notAField: 1 };
        },
      },
    });
    const events: string[] = [];
    runtime.subscribe((e) =>
      events.push(
        `${e.type}${e.type === 'notified' ? `:${(e.detail?.to as string[]).join(',')}` : ''}`,
      ),
    );
    await runtime.publish(
      chain('auto', [
        {
          id: 'enrich',
          type: 'automation',
          automation: {
            actions: [
              { type: 'set', field: 'notes', value: "'Amount was ' & $string(amount)" },
              { type: 'call', handler: 'cmdb', input: { item: 'summary', twice: 'amount * 2' } },
              { type: 'notify', to: [{ group: 'desk' }], message: 'New request' },
              { type: 'setPriority', value: "amount > 100 ? 'high' : 'low'" },
            ],
          },
        },
        task('work', { strategy: 'field', field: 'owner' }),
      ]),
      { actor: 'admin' },
    );
    const t = await runtime.startTicket({
      workflow: 'auto',
      actor: 'ann',
      data: { summary: 'disk', amount: 500 },
    });
    expect(calls).toEqual([{ item: 'disk', twice: 1000 }]);
    expect(t.data).toMatchObject({ notes: 'Amount was 500', owner: 'eve' });
    expect(t.data).not.toHaveProperty('notAField');
    expect(t.priority).toBe('high');
    expect(t.assignees).toEqual(['eve']);
    expect(events).toContain('notified:eve,sam,kim');
    const h = await runtime.history(t.id);
    expect(h.find((e) => e.type === 'automation')?.changes).toEqual([
      { field: 'owner', from: null, to: 'eve' },
    ]);
  });

  it('automation: an unregistered handler fails the command with a message naming it', async () => {
    const { runtime } = setup();
    await runtime.publish(
      chain('nohandler', [
        {
          id: 'a',
          type: 'automation',
          automation: { actions: [{ type: 'call', handler: 'webhook' }] },
        },
      ]),
      { actor: 'admin' },
    );
    await expect(
      runtime.startTicket({ workflow: 'nohandler', actor: 'ann', data: { summary: 'x' } }),
    ).rejects.toThrow(/handler "webhook", which the host did not register/);
  });

  it('timer: waits for a duration and tick fires it once', async () => {
    const errors: unknown[] = [];
    const { runtime, storage, advance, at } = setup({ onError: (e) => errors.push(e) });
    await runtime.publish(
      chain('wait', [
        { id: 'cool', type: 'timer', timer: { duration: 'PT4H' } },
        task('after', { strategy: 'fixed', to: [{ user: 'eve' }] }),
      ]),
      { actor: 'admin' },
    );
    const t = await runtime.startTicket({ workflow: 'wait', actor: 'ann', data: { summary: 'x' } });
    expect(t.active).toEqual(['cool']);
    const [timer] = await storage.listTimers(t.id);
    expect(timer).toMatchObject({
      kind: 'timerNode',
      dueAt: '2026-11-23T13:00:00.000Z',
      payload: { nodeId: 'cool' },
    });
    expect(await runtime.tick()).toEqual({ fired: 0, failed: 0 });
    advance(4 * 3_600_000);
    const [a, b] = await Promise.all([runtime.tick(at()), runtime.tick(at())]);
    expect(errors).toEqual([]);
    expect(a.fired + b.fired).toBe(1);
    const after = await runtime.getTicket(t.id);
    expect(after.active).toEqual(['after']);
    expect((await runtime.history(t.id)).filter((e) => e.type === 'timerFired')).toHaveLength(1);
    expect(await storage.listTimers(t.id)).toEqual([]);
  });

  it('timer: waits until a date field, and a cancelled ticket drops its timer', async () => {
    const { runtime, storage } = setup();
    await runtime.publish(
      chain('until', [{ id: 'w', type: 'timer', timer: { untilField: 'due' } }]),
      { actor: 'admin' },
    );
    const t = await runtime.startTicket({
      workflow: 'until',
      actor: 'ann',
      data: { summary: 'x', due: '2026-12-01T08:00:00Z' },
    });
    expect((await storage.listTimers(t.id))[0]?.dueAt).toBe('2026-12-01T08:00:00.000Z');
    const cancelled = await runtime.act({ ticket: t.id, action: 'cancel', actor: 'ann' });
    expect(cancelled.status).toBe('cancelled');
    expect(await storage.listTimers(t.id)).toEqual([]);
    await expect(
      runtime.startTicket({ workflow: 'until', actor: 'ann', data: { summary: 'x', due: 'soon' } }),
    ).rejects.toThrow(/field "due" holds "soon", not a date/);
  });

  it('subworkflow: starts a linked child with inputs, waits, and copies outputs back', async () => {
    const { runtime } = setup();
    await runtime.publish(
      chain(
        'child',
        [task('do', { strategy: 'fixed', to: [{ user: 'kim' }] }, { fields: { notes: 'edit' } })],
        { numberPrefix: 'CH' },
      ),
      { actor: 'admin' },
    );
    await runtime.publish(
      chain(
        'parent',
        [
          {
            id: 'sub',
            type: 'subworkflow',
            subworkflow: {
              key: 'child',
              inputs: { summary: 'summary', amount: 'amount' },
              outputs: { notes: 'notes' },
            },
          },
          task('final', { strategy: 'fixed', to: [{ user: 'max' }] }),
        ],
        { numberPrefix: 'PA' },
      ),
      { actor: 'admin' },
    );
    const p = await runtime.startTicket({
      workflow: 'parent',
      actor: 'ann',
      data: { summary: 'onboard', amount: 3 },
    });
    expect(p.active).toEqual(['sub']);
    expect(p.children).toHaveLength(1);
    const child = await runtime.getTicket(p.children[0] as string);
    expect(child).toMatchObject({
      parent: { ticketId: p.id, nodeId: 'sub' },
      data: { summary: 'onboard', amount: 3 },
      requester: 'ann',
      active: ['do'],
    });
    expect(child.number).toMatch(/^CH-/);
    expect((await runtime.listTickets({ parent: p.id })).tickets.map((t) => t.id)).toEqual([
      child.id,
    ]);
    await runtime.act({
      ticket: child.id,
      action: 'submit',
      actor: 'kim',
      data: { notes: 'laptop ready' },
    });
    const after = await runtime.getTicket(p.id);
    expect(after).toMatchObject({ active: ['final'], data: { notes: 'laptop ready' } });
    expect((await runtime.getTicket(child.id)).status).toBe('resolved');
    const h = await runtime.history(p.id);
    expect(h.find((e) => e.type === 'childFinished')).toMatchObject({
      outcome: 'resolved',
      changes: [{ field: 'notes', from: null, to: 'laptop ready' }],
    });
  });

  it('subworkflow: refuses mapped data the child form does not accept, and writes nothing', async () => {
    const { runtime } = setup();
    const child = chain('small', [task('do', { strategy: 'fixed', to: [{ user: 'kim' }] })]);
    child.form = {
      schema: {
        type: 'object',
        properties: { summary: { type: 'string' }, amount: { type: 'number', maximum: 10 } },
      },
    };
    await runtime.publish(child, { actor: 'admin' });
    await runtime.publish(
      chain('big', [
        {
          id: 'sub',
          type: 'subworkflow',
          subworkflow: { key: 'small', inputs: { summary: 'summary', amount: 'amount' } },
        },
      ]),
      { actor: 'admin' },
    );
    const err = await runtime
      .startTicket({ workflow: 'big', actor: 'ann', data: { summary: 'x', amount: 50 } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).message).toMatch(/starts a "Workflow small" \(small\) ticket/);
    expect((err as ValidationError).issues).toEqual([
      expect.objectContaining({ path: '/data/amount', code: 'OUT_OF_RANGE', nodeId: 'sub' }),
    ]);
    expect((await runtime.listTickets({})).tickets).toEqual([]);
    // Data it accepts starts the child.
    const ok = await runtime.startTicket({
      workflow: 'big',
      actor: 'ann',
      data: { summary: 'x', amount: 5 },
    });
    expect(ok.children).toHaveLength(1);
  });

  it('subworkflow: publishing refuses a target that is not published', async () => {
    const { runtime } = setup();
    const err = await runtime
      .publish(
        chain('orphan', [{ id: 'sub', type: 'subworkflow', subworkflow: { key: 'missing' } }]),
        { actor: 'admin' },
      )
      .catch((e) => e);
    expect(err).toBeInstanceOf(DefinitionError);
    expect(err.issues[0]).toMatchObject({
      code: 'SUBWORKFLOW_MISSING',
      path: '/nodes/1/subworkflow/key',
      nodeId: 'sub',
    });
  });

  it('cancelling a parent cancels its open child', async () => {
    const { runtime } = setup();
    await runtime.publish(
      chain('kid', [task('do', { strategy: 'fixed', to: [{ user: 'kim' }] })]),
      { actor: 'admin' },
    );
    await runtime.publish(
      chain('mum', [{ id: 'sub', type: 'subworkflow', subworkflow: { key: 'kid' } }]),
      { actor: 'admin' },
    );
    const p = await runtime.startTicket({ workflow: 'mum', actor: 'ann', data: { summary: 'x' } });
    await runtime.act({ ticket: p.id, action: 'cancel', actor: 'ann' });
    const child = await runtime.getTicket(p.children[0] as string);
    expect(child.status).toBe('cancelled');
    expect(await runtime.tasks('kim')).toEqual([]);
  });

  it('approval edges: follows outcome "rejected" and "approved" edges', async () => {
    const { runtime } = setup();
    const d = def(
      'outcomes',
      [
        { id: 'start', type: 'start' },
        approval('ok', { mode: 'single' }, { strategy: 'fixed', to: [{ user: 'max' }] }),
        task('fix', { strategy: 'fixed', to: [{ user: 'eve' }] }),
        { id: 'end', type: 'end' },
      ],
      edges(
        ['start', 'ok'],
        { id: 'yes', from: 'ok', to: 'end', outcome: 'approved' },
        { id: 'no', from: 'ok', to: 'fix', outcome: 'rejected' },
        ['fix', 'end'],
      ),
    );
    await runtime.publish(d, { actor: 'admin' });
    const t = await runtime.startTicket({
      workflow: 'outcomes',
      actor: 'ann',
      data: { summary: 'x' },
    });
    expect(
      (await runtime.act({ ticket: t.id, action: 'reject', actor: 'max', reason: 'no' })).active,
    ).toEqual(['fix']);
    const t2 = await runtime.startTicket({
      workflow: 'outcomes',
      actor: 'ann',
      data: { summary: 'x' },
    });
    expect((await runtime.act({ ticket: t2.id, action: 'approve', actor: 'max' })).status).toBe(
      'resolved',
    );
  });

  it('timer: counts a duration in working time when the node names a calendar', async () => {
    const { runtime, storage } = setup({
      clock: () => new Date('2026-11-27T15:00:00Z'), // a Friday, 16:00 in Paris
      calendars: {
        office: {
          timeZone: 'Europe/Paris',
          week: { mon: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
        },
      },
    });
    await runtime.publish(
      chain('office', [
        { id: 'w', type: 'timer', timer: { duration: 'PT2H', calendar: 'office' } },
      ]),
      { actor: 'admin' },
    );
    const t = await runtime.startTicket({
      workflow: 'office',
      actor: 'ann',
      data: { summary: 'x' },
    });
    // 1 h on Friday, 1 h on Monday from 09:00 Paris time.
    expect((await storage.listTimers(t.id))[0]?.dueAt).toBe('2026-11-30T09:00:00.000Z');
  });

  it("subworkflow: runs a pinned version, and a rejected child follows the parent's rejected edge", async () => {
    const { runtime } = setup();
    await runtime.publish(
      chain('vet', [
        approval('ok', { mode: 'single' }, { strategy: 'fixed', to: [{ user: 'max' }] }),
      ]),
      { actor: 'admin' },
    );
    await runtime.publish(
      chain('vet', [task('other', { strategy: 'fixed', to: [{ user: 'kim' }] })]),
      { actor: 'admin' },
    );
    await runtime.publish(
      def(
        'outer',
        [
          { id: 'start', type: 'start' },
          { id: 'sub', type: 'subworkflow', subworkflow: { key: 'vet', version: 1 } },
          task('fix', { strategy: 'fixed', to: [{ user: 'eve' }] }),
          { id: 'end', type: 'end' },
        ],
        edges(
          ['start', 'sub'],
          { id: 'ok', from: 'sub', to: 'end' },
          { id: 'no', from: 'sub', to: 'fix', outcome: 'rejected' },
          ['fix', 'end'],
        ),
      ),
      { actor: 'admin' },
    );
    const p = await runtime.startTicket({
      workflow: 'outer',
      actor: 'ann',
      data: { summary: 'x' },
    });
    const child = await runtime.getTicket(p.children[0] as string);
    expect(child.workflow).toEqual({ key: 'vet', version: 1 });
    await runtime.act({ ticket: child.id, action: 'reject', actor: 'max', reason: 'no' });
    expect((await runtime.getTicket(p.id)).active).toEqual(['fix']);
  });

  it('reports a timer kind nobody handles and a throwing listener through onError', async () => {
    const errors: string[] = [];
    const { runtime, storage, at } = setup({
      onError: (e) => errors.push(String((e as Error).message)),
    });
    await storage.commit({
      tickets: [],
      events: [],
      timers: {
        schedule: [{ id: 'odd', kind: 'mystery', dueAt: '2026-01-01T00:00:00Z', payload: {} }],
      },
    });
    expect(await runtime.tick(at())).toEqual({ fired: 0, failed: 1 });
    expect(errors[0]).toMatch(/kind "mystery", which no runtime extension handles/);
    runtime.subscribe(() => {
      throw new Error('listener broke');
    });
    await runtime.publish(chain('ok', []), { actor: 'admin' });
    expect(
      (await runtime.startTicket({ workflow: 'ok', actor: 'ann', data: { summary: 'x' } })).status,
    ).toBe('resolved');
    expect(errors).toContain('listener broke');
  });
});

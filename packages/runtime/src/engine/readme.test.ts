// The example of the README's "Runtime API" section, kept runnable here.
import { createRuntime, memoryDirectory, memoryStorage, type WorkflowDefinition } from '../index';

it('README example runs', async () => {
  const runtime = createRuntime({
    storage: memoryStorage(),
    directory: memoryDirectory({
      users: [
        { id: 'ann', roles: ['employee'] },
        { id: 'max', roles: ['employee', 'manager'] },
        { id: 'eve', groups: ['desk'] },
        { id: 'kim', groups: ['desk'] },
        { id: 'ada', roles: ['admin'] },
      ],
    }),
    publishers: [{ role: 'admin' }],
    clock: () => new Date('2026-11-23T09:00:00Z'),
  });

  const access: WorkflowDefinition = {
    schemaVersion: 1,
    key: 'access-request',
    name: 'Access request',
    numberPrefix: 'ACC',
    permissions: { start: [{ role: 'employee' }] },
    form: {
      schema: {
        type: 'object',
        required: ['system'],
        properties: { system: { type: 'string' }, account: { type: 'string' } },
      },
    },
    nodes: [
      { id: 'start', type: 'start', fields: { account: 'hidden' } },
      {
        id: 'manager',
        type: 'approval',
        approval: { mode: 'single', onReject: 'requester' },
        assign: { strategy: 'fixed', to: [{ role: 'manager' }] },
      },
      {
        id: 'provision',
        type: 'task',
        assign: { strategy: 'claim', to: [{ group: 'desk' }] },
        fields: { account: 'required' },
      },
      { id: 'done', type: 'end' },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'manager' },
      { id: 'e2', from: 'manager', to: 'provision' },
      { id: 'e3', from: 'provision', to: 'done' },
    ],
  };

  await runtime.publish(access, { actor: 'ada' });
  const unsubscribe = runtime.subscribe((e) => {
    if (e.type === 'assigned')
      console.log(`${e.ticket.number}: work for`, e.detail?.assignee ?? e.detail?.candidates);
  });

  const ticket = await runtime.startTicket({
    workflow: 'access-request',
    actor: 'ann',
    data: { system: 'VPN' },
  });
  // ticket.number === 'ACC-20261123-0001', ticket.active === ['manager']

  const [approval] = await runtime.tasks('max');
  await runtime.act({
    ticket: ticket.id,
    action: 'approve',
    actor: 'max',
    workItem: approval!.id,
    comment: 'ok',
  });

  await runtime.act({ ticket: ticket.id, action: 'claim', actor: 'kim' });
  const view = await runtime.viewTicket(ticket.id, 'kim');
  // view.form.permissions → { system: 'read', account: 'required' }; view.actions includes 'submit'
  const done = await runtime.act({
    ticket: ticket.id,
    action: 'submit',
    actor: 'kim',
    data: { account: 'ann.vpn' },
    expectedVersion: view.ticket.version,
  });
  // done.status === 'resolved'
  unsubscribe();

  expect(ticket.number).toBe('ACC-20261123-0001');
  expect(view.form.permissions).toEqual({ system: 'read', account: 'required' });
  expect(view.actions).toContain('submit');
  expect(done.status).toBe('resolved');
  expect((await runtime.history(ticket.id)).length).toBeGreaterThan(10);
});

import {
  createRuntime,
  memoryDirectory,
  memoryStorage,
  type Runtime,
  type WorkflowDefinition,
} from '@deskkit/runtime';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dashboard } from '../dashboard/Dashboard';
import type { DashboardDocument, WidgetLibrary } from '../model/dashboard.types';
import type { DashboardDataSource } from './dataSource.types';

// A runtime must be usable as a data source as it is (checked at compile time).
const _structural: (runtime: Runtime) => DashboardDataSource = (runtime) => runtime;

const incident: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'incident',
  name: 'Incident',
  numberPrefix: 'INC',
  title: 'summary',
  form: {
    schema: {
      type: 'object',
      properties: {
        summary: { type: 'string' },
        priority: { type: 'string', enum: ['P1', 'P2', 'P3'] },
      },
      required: ['summary'],
    },
  },
  nodes: [
    { id: 'start', type: 'start' },
    {
      id: 'triage',
      type: 'automation',
      automation: { actions: [{ type: 'setPriority', value: 'priority' }] },
    },
    {
      id: 'work',
      type: 'task',
      name: 'Resolve',
      assign: { strategy: 'fixed', to: [{ group: 'desk' }] },
    },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'triage' },
    { id: 'e2', from: 'triage', to: 'work' },
    { id: 'e3', from: 'work', to: 'end' },
  ],
} as WorkflowDefinition;

async function seededRuntime() {
  const directory = memoryDirectory({
    users: [
      { id: 'ann', name: 'Ann Lee', roles: ['employee'] },
      { id: 'sam', name: 'Sam Okafor', roles: ['agent'], groups: ['desk'] },
    ],
    groups: [{ id: 'desk', name: 'Service desk' }],
    rotas: [{ id: 'desk', members: ['sam', 'ann'], start: '2026-11-01T00:00:00Z', shift: 'P1D' }],
  });
  const runtime = createRuntime({
    storage: memoryStorage(),
    directory,
    clock: () => new Date('2026-11-23T10:00:00Z'),
    publishers: 'anyone',
  });
  await runtime.publish(incident, { actor: 'admin' });
  const tickets = [];
  for (const [summary, priority] of [
    ['VPN is down', 'P1'],
    ['Printer jams', 'P3'],
    ['Mail is slow', 'P2'],
    ['Screen flickers', 'P3'],
  ] as const) {
    tickets.push(
      await runtime.startTicket({
        workflow: 'incident',
        data: { summary, priority },
        actor: 'ann',
      }),
    );
  }
  return { runtime, tickets };
}

const library: WidgetLibrary = {
  counts: {
    type: 'counters',
    title: 'By priority',
    config: { by: 'priority', values: ['P1', 'P2', 'P3'], showTotal: false },
  },
  todo: { type: 'todo', title: 'My to-do', config: { limit: 10 } },
  table: {
    type: 'ticketTable',
    title: 'Tickets',
    config: { pageSize: 2, columns: ['number', 'title', 'priority', 'status'] },
  },
  oncall: {
    type: 'onCall',
    title: 'On call',
    config: { rotas: [{ id: 'desk', label: 'Desk' }], days: 2 },
  },
};
const doc: DashboardDocument = {
  id: 'd',
  name: 'Live',
  items: Object.keys(library).map((k) => ({ i: k, widget: k })),
  layouts: {},
};

describe('widgets on a real runtime (memory adapter)', () => {
  it('counts, lists, pages and shows on-call from the runtime, and follows its changes', async () => {
    const { runtime, tickets } = await seededRuntime();
    const user = userEvent.setup();
    render(<Dashboard value={doc} library={library} dataSource={runtime} user="sam" />);

    expect(await screen.findByRole('button', { name: /^Show 2 tickets: P3/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Show 1 tickets: P1/ })).toBeInTheDocument();

    const todo = screen.getByRole('region', { name: 'My to-do' });
    expect(await within(todo).findByText('4 open')).toBeInTheDocument();
    expect(within(todo).getByText('VPN is down')).toBeInTheDocument();

    const table = screen.getByRole('region', { name: 'Tickets' });
    await within(table).findByText(/4 tickets/);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    await user.click(within(table).getByRole('button', { name: 'Next page' }));
    await within(table).findByText(/Page 2/);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('button', { name: 'Next page' })).toBeDisabled();

    const oncall = screen.getByRole('region', { name: 'Desk' });
    expect((await within(oncall).findAllByText('Sam Okafor')).length).toBeGreaterThan(0);

    // Resolving a ticket in the runtime reaches the widgets through runtime.subscribe.
    const vpn = tickets[0];
    if (!vpn) throw new Error('no ticket');
    const [item] = await runtime.tasks('sam', { ticketId: vpn.id });
    await act(async () => {
      await runtime.act({ ticket: vpn.id, action: 'submit', actor: 'sam', workItem: item?.id });
    });
    await waitFor(() => expect(within(todo).getByText('3 open')).toBeInTheDocument(), {
      timeout: 3000,
    });
  });

  it('SLA board: every warned and breached ticket from the runtime clocks, a page at a time', async () => {
    let now = new Date('2026-11-23T08:00:00Z');
    const runtime = createRuntime({
      storage: memoryStorage(),
      directory: memoryDirectory({ users: [{ id: 'ann' }, { id: 'sam', groups: ['desk'] }] }),
      clock: () => now,
      publishers: 'anyone',
    });
    await runtime.publish(
      {
        ...incident,
        sla: [{ id: 'fix', name: 'Fix', targets: { resolution: 'PT4H' }, warnAt: [50] }],
      } as WorkflowDefinition,
      { actor: 'admin' },
    );
    const raise = (summary: string) =>
      runtime.startTicket({
        workflow: 'incident',
        data: { summary, priority: 'P2' },
        actor: 'ann',
      });
    const hours = (h: number) => new Date(Date.parse('2026-11-23T08:00:00Z') + h * 3_600_000);
    await raise('Breached: VPN is down');
    now = hours(2);
    await raise('Warned: mail is slow');
    now = hours(4.5);
    await raise('Fine: new keyboard');
    now = hours(5);
    await runtime.tick(now);

    const user = userEvent.setup();
    const board: WidgetLibrary = {
      sla: { type: 'slaBoard', title: 'SLA watch', config: { criticalAt: 90, pageSize: 1 } },
    };
    render(
      <Dashboard
        value={{ id: 's', name: 'SLA', items: [{ i: 'sla', widget: 'sla' }], layouts: {} }}
        library={board}
        dataSource={runtime}
        user="sam"
      />,
    );
    const widget = await screen.findByRole('region', { name: 'SLA watch' });
    const pager = await within(widget).findByRole('navigation', { name: 'Page 1' });
    expect(pager).toHaveTextContent('2 tickets at risk');
    const summary = widget.querySelector('.dk-sla__summary');
    expect(summary).toHaveTextContent('1 Breached');
    expect(summary).toHaveTextContent('1 Near breach');
    expect(within(widget).getByText('Breached: VPN is down')).toBeInTheDocument();
    await user.click(within(widget).getByRole('button', { name: 'Next page' }));
    expect(await within(widget).findByText('Warned: mail is slow')).toBeInTheDocument();
    expect(within(widget).getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(within(widget).queryByText('Fine: new keyboard')).not.toBeInTheDocument();
  });
});

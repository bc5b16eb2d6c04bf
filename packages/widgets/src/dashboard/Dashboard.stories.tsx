import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import type { DashboardDocument, PersonalLayout, WidgetLibrary } from '../model/dashboard.types';
import { dashboardsForRoles } from '../model/layouts';
import {
  agentDashboard,
  demoDashboards,
  demoLibrary,
  leadDashboard,
} from '../testing/demoDashboards';
import { fixtureDataSource, fixtureUsers } from '../testing/fixtures';
import { Dashboard, type DashboardProps } from './Dashboard';

type Args = Partial<DashboardProps> & { initialPersonal?: PersonalLayout | null };

/** A host that keeps the dashboard JSON in state, as a portal would (and would persist it). */
function Host({ value, initialPersonal = null, ...rest }: Args) {
  const dataSource = useMemo(() => fixtureDataSource(), []);
  const [doc, setDoc] = useState<DashboardDocument>(value ?? agentDashboard);
  const [library, setLibrary] = useState<WidgetLibrary>(demoLibrary);
  const [personal, setPersonal] = useState<PersonalLayout | null>(initialPersonal);
  return (
    <Dashboard
      value={doc}
      onChange={setDoc}
      library={library}
      onLibraryChange={setLibrary}
      personal={personal}
      onPersonalChange={setPersonal}
      dataSource={dataSource}
      user="sam"
      ticketHref={(t) => `#/tickets/${t.id}`}
      {...rest}
    />
  );
}

const meta: Meta<typeof Host> = {
  title: 'Widgets/Dashboard',
  component: Host,
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <div style={{ padding: 24, background: '#f4f6fa', minHeight: '100vh' }}>{Story()}</div>
    ),
  ],
};
export default meta;
type Story = StoryObj<typeof Host>;

/** What an agent sees: to-do, counters, SLA watch, open tickets and who is on call. */
export const AgentView: Story = {
  args: { value: agentDashboard },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'Agent overview' }),
    ).toBeInTheDocument();
    await expect(await canvas.findByRole('heading', { name: 'My to-do' })).toBeInTheDocument();
  },
};

/** A team lead's view: charts, workload and the change calendar; not personalisable. */
export const TeamLeadView: Story = {
  args: { value: leadDashboard, onPersonalChange: undefined },
};

/** An admin editing the agents' default layout: add, configure, remove, drag and resize. */
export const AdminEditsRoleView: Story = {
  args: { value: agentDashboard, editTarget: 'shared', mode: 'edit' },
};

/** An agent personalising their layout; "Reset to default" goes back to the role's layout. */
export const PersonalLayoutEditing: Story = {
  args: {
    value: agentDashboard,
    mode: 'edit',
    initialPersonal: {
      dashboard: 'agent-overview',
      user: 'sam',
      basedOn: 3,
      layouts: {
        lg: [
          { i: 'todo', x: 0, y: 0, w: 4, h: 7 },
          { i: 'status', x: 4, y: 0, w: 8, h: 3 },
          { i: 'table', x: 4, y: 3, w: 8, h: 8 },
          { i: 'sla', x: 0, y: 7, w: 4, h: 7 },
          { i: 'oncall', x: 4, y: 11, w: 8, h: 5 },
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Personal layout')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Reset to default' }));
    await expect(canvas.queryByText('Personal layout')).not.toBeInTheDocument();
  },
};

/** Views per role: the dashboards a user may open follow their roles. */
export const PerRoleViews: Story = {
  render: function PerRole() {
    const [userId, setUserId] = useState('sam');
    const roles = fixtureUsers.find((u) => u.id === userId)?.roles ?? [];
    const views = dashboardsForRoles(demoDashboards, roles);
    const first = views[0];
    return (
      <div>
        <label style={{ display: 'inline-flex', gap: 8, marginBottom: 16, font: '14px system-ui' }}>
          Signed in as
          <select value={userId} onChange={(e) => setUserId(e.target.value)}>
            {fixtureUsers
              .filter((u) => u.roles?.some((r) => r === 'agent' || r === 'teamLead'))
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.roles?.join(', ')})
                </option>
              ))}
          </select>
        </label>
        {first && <Host key={first.id} value={first} user={userId} />}
      </div>
    );
  },
};

/** The dark theme. */
export const Dark: Story = {
  args: { value: leadDashboard, theme: 'dark' },
  decorators: [
    (Story) => (
      <div style={{ padding: 24, background: '#0b1020', minHeight: '100vh' }}>{Story()}</div>
    ),
  ],
};

/** An empty dashboard in edit mode invites the admin to add a widget. */
export const Empty: Story = {
  args: {
    value: { id: 'empty', name: 'New dashboard', items: [], layouts: {} },
    editTarget: 'shared',
    mode: 'edit',
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SlaClock, TicketStatus } from '@deskkit/runtime';
import { expect, within } from 'storybook/test';
import { loadedScene, sceneLoader } from '../stories/loaders';
import { incidentScene, withDesk } from '../stories/storyDesk';
import { PriorityChip, SlaChip, StatusChip } from './chips';
import { Card, Empty, ErrorNote, Loading, NotAvailable, PageHeader } from './layout';

const statuses: TicketStatus[] = ['open', 'pending', 'resolved', 'closed', 'rejected', 'cancelled'];

/** The chips and page furniture every page uses. */
const meta = {
  title: 'Playground/Chips and layout',
  decorators: [withDesk],
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const Chips: Story = {
  loaders: [sceneLoader((desk) => incidentScene(desk, 3))],
  render: (_args, { loaded }) => {
    const { ticket } = loadedScene(loaded);
    return (
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        {statuses.map((s) => (
          <StatusChip key={s} status={s} />
        ))}
        {['P1', 'P2', 'P3', 'P4', undefined].map((p) => (
          <PriorityChip key={p ?? 'none'} priority={p} />
        ))}
        {ticket.sla.map((clock: SlaClock) => (
          <SlaChip key={`${clock.policy}-${clock.target}`} clock={clock} />
        ))}
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('P1')).toBeTruthy();
    await expect(canvas.getAllByText(/resolved/i).length).toBeGreaterThan(0);
  },
};

export const Layout: Story = {
  loaders: [sceneLoader((desk) => incidentScene(desk))],
  render: () => (
    <>
      <PageHeader
        title="My tasks"
        hint="Work held by you and queues you may claim from."
        actions={<button className="pg-button">Refresh</button>}
      />
      <Card title="Queue" actions={<button className="pg-button">+ Add</button>}>
        <Empty>Nothing waits in this queue.</Empty>
      </Card>
      <Card title="States">
        <Loading />
        <ErrorNote error={new Error('The ticket INC-20261123-0001 does not exist.')} />
        <NotAvailable what="The Overview" pkg="@deskkit/widgets" />
      </Card>
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'My tasks' })).toBeTruthy();
    await expect(canvas.getByRole('alert').textContent).toMatch(/does not exist/);
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { Desk } from '../desk/desk';
import { loadedScene, sceneLoader } from '../stories/loaders';
import { ticketScene, withDesk } from '../stories/storyDesk';
import { TicketsPage } from './TicketsPage';

/** Three incidents in the service-desk queue. */
async function queue(desk: Desk) {
  const ids = [];
  for (const summary of ['Badge reader broken', 'Printer jam on floor 2', 'Calendar not syncing'])
    ids.push(
      (
        await desk.runtime.startTicket({
          workflow: 'incident',
          actor: 'alice',
          data: { summary, priority: 'P3' },
        })
      ).id,
    );
  return ticketScene(desk, ids[0]!);
}

/** The ticket list: search, saved views, sortable columns, bulk actions, CSV export. */
const meta = {
  title: 'Playground/Pages/TicketsPage',
  decorators: [withDesk],
  parameters: { deskUser: 'sam' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** An agent selects two tickets: the bulk bar says what they offer. */
export const BulkSelection: Story = {
  loaders: [sceneLoader(queue)],
  render: () => <TicketsPage />,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const { ticket } = loadedScene(loaded);
    await userEvent.click(await canvas.findByRole('checkbox', { name: `Select ${ticket.number}` }));
    const bar = canvas.getByRole('toolbar', { name: 'Bulk actions' });
    await expect(await within(bar).findByRole('button', { name: 'Claim' })).toBeTruthy();
  },
};

/** Searching narrows the list. */
export const Search: Story = {
  loaders: [sceneLoader(queue)],
  render: () => <TicketsPage />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search tickets' }), 'printer');
    await expect(await canvas.findByText('Printer jam on floor 2')).toBeTruthy();
  },
};

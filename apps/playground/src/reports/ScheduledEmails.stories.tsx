import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { managerDashboard, widgetLibrary } from '../demo/dashboards';
import { loadDesk, withDesk } from '../stories/storyDesk';
import { ScheduledEmails } from './ScheduledEmails';
import { snapshotReports } from './snapshotReports';

/** A dashboard's scheduled e-mails: the figures of its reports, mailed to chosen people. */
const meta = {
  title: 'Playground/Reports/ScheduledEmails',
  component: ScheduledEmails,
  decorators: [withDesk],
  loaders: [loadDesk],
  args: { name: 'Manager overview', reports: snapshotReports(managerDashboard, widgetLibrary) },
} satisfies Meta<typeof ScheduledEmails>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing scheduled yet. */
export const Empty: Story = {};

/** The "Schedule e-mail" dialog with the next runs of a weekly schedule. */
export const Dialog: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    await userEvent.click(await canvas.findByRole('button', { name: 'Schedule e-mail' }));
    const dialog = canvas.getByRole('dialog', { name: 'Schedule e-mail' });
    const runs = within(dialog).getByRole('region', { name: 'Next runs' });
    await expect(await within(runs).findAllByRole('listitem')).toHaveLength(3);
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { loadDesk, withDesk } from '../stories/storyDesk';
import { InboxPage } from './InboxPage';
import { loadResolvedForAlice, loadWaitingApprovals } from './stories.data';

/** The inbox page: the signed-in user's notifications, newest first. */
const meta = {
  title: 'Playground/InboxPage',
  component: InboxPage,
  decorators: [withDesk],
  parameters: { deskUser: 'victor' },
  loaders: [loadWaitingApprovals],
} satisfies Meta<typeof InboxPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Two approvals requested by Alice, unread. */
export const Unread: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Notifications' });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await expect(canvas.getByText('2 unread')).toBeInTheDocument();
  },
};

/** “Mark all read” empties the unread count. */
export const MarkAllRead: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Mark all read' }));
    await expect(await canvas.findByText('All read')).toBeInTheDocument();
  },
};

/** Nothing yet. */
export const Empty: Story = {
  loaders: [loadDesk],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No notifications yet.')).toBeInTheDocument();
  },
};

/** Alice's resolved tickets ask for her satisfaction right in their notifications. */
export const SatisfactionInNotification: Story = {
  parameters: { deskUser: 'alice' },
  loaders: [loadResolvedForAlice],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '5 – Very satisfied' }));
    await expect(await canvas.findByText('Thanks — you rated 5/5')).toBeInTheDocument();
  },
};

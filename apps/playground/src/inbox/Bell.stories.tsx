import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { loadDesk, withDesk } from '../stories/storyDesk';
import { Bell } from './Bell';
import { loadWaitingApprovals } from './stories.data';

/** The top bar's bell: a link to the inbox with the unread count. */
const meta = {
  title: 'Playground/Bell',
  component: Bell,
  decorators: [
    (Story) => (
      <div className="pg-topbar" style={{ padding: 12 }}>
        <Story />
      </div>
    ),
    withDesk,
  ],
  parameters: { deskUser: 'victor' },
  loaders: [loadDesk],
} satisfies Meta<typeof Bell>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing unread. */
export const Quiet: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('link', { name: 'Notifications, none unread' }),
    ).toBeInTheDocument();
  },
};

/** Two requests wait for Victor's approval. */
export const TwoUnread: Story = {
  loaders: [loadWaitingApprovals],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('link', { name: 'Notifications, 2 unread' }),
    ).toHaveTextContent('2');
  },
};

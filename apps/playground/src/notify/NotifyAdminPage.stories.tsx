import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { loadedDesk, withDesk } from '../stories/storyDesk';
import { NotifyAdminPage } from './NotifyAdminPage';
import { loadDelivery, storyPort } from './stories.data';

/** Notification delivery for admins: caught mails and the outbox, SMTP, webhooks, defaults. */
const meta = {
  title: 'Playground/NotifyAdminPage',
  component: NotifyAdminPage,
  decorators: [withDesk],
  loaders: [loadDelivery],
  render: (args, { loaded }) => (
    <NotifyAdminPage {...args} port={storyPort(loadedDesk(loaded).desk)} />
  ),
} satisfies Meta<typeof NotifyAdminPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The mail Victor got, previewed, above the outbox with its delivery states. */
export const Outbox: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const mails = await canvas.findByRole('list', { name: 'Caught mails' });
    await expect(within(mails).getAllByRole('button')).toHaveLength(1);
    await expect(await canvas.findByRole('table', { name: 'Outbox messages' })).toBeInTheDocument();
  },
};

/** The SMTP server (the mail catcher by default) and the test mail. */
export const Smtp: Story = {
  args: { tab: 'email' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Send test mail' }));
    await expect(await canvas.findByText(/^Test mail sent to /)).toBeInTheDocument();
  },
};

/** One endpoint with its log; "Send test" adds a line. */
export const Webhooks: Story = {
  args: { tab: 'webhooks' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table', { name: 'Webhook endpoints' });
    await userEvent.click(within(table).getByRole('button', { name: 'Send test' }));
    await expect(
      await canvas.findByText('Test sent to ops-bridge: the receiver answered.'),
    ).toBeInTheDocument();
  },
};

/** Channels per event for everyone and per role. */
export const Defaults: Story = { args: { tab: 'defaults' } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { loadDesk, withDesk } from '../stories/storyDesk';
import { PreferencesPage } from './PreferencesPage';

/** Everyone's notification preferences: per event, inbox, e-mail or digest. */
const meta = {
  title: 'Playground/PreferencesPage',
  component: PreferencesPage,
  decorators: [withDesk],
  parameters: { deskUser: 'victor' },
  loaders: [loadDesk],
} satisfies Meta<typeof PreferencesPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Everything on the defaults. */
export const Defaults: Story = {};

/** Victor stops approval e-mails, keeps the inbox. */
export const InboxOnlyApprovals: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole('checkbox', { name: 'Approval requested: use Default' }),
    );
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Approval requested by E-mail' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save preferences' }));
    await expect(await canvas.findByText('Preferences saved.')).toBeInTheDocument();
  },
};

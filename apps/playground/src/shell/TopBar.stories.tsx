import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { loadDesk, withDesk } from '../stories/storyDesk';
import { TopBar } from './TopBar';

/** The top bar: the simulated clock control, the signed-in user and sign out, the save state and reset. */
const meta = {
  title: 'Playground/TopBar',
  component: TopBar,
  decorators: [withDesk],
  loaders: [loadDesk],
} satisfies Meta<typeof TopBar>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Signed in as Ada (admin) on Monday 10:00 Paris. */
export const Admin: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('clock').textContent).toBe('Mon 23 Nov, 10:00');
  },
};

/** Moving the clock: `+1 hour` then `+1 day`. */
export const ClockControl: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '+1 hour' }));
    await waitFor(() => expect(canvas.getByTestId('clock').textContent).toBe('Mon 23 Nov, 11:00'));
    await userEvent.click(canvas.getByRole('button', { name: '+1 day' }));
    await waitFor(() => expect(canvas.getByTestId('clock').textContent).toBe('Tue 24 Nov, 11:00'));
  },
};

/** Signed in as Alice, a requester: her name, her part in the demo, and sign out. */
export const SignedInRequester: Story = {
  parameters: { deskUser: 'alice' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const account = canvas.getByRole('group', { name: 'Signed in' });
    await expect(within(account).getByTestId('signed-in-user').textContent).toBe('Alice Martin');
    await expect(within(account).getByText('Requester')).toBeTruthy();
    await expect(within(account).getByRole('button', { name: 'Sign out' })).toBeTruthy();
    // The clock is shown to everyone; only an administrator may move it.
    await expect(canvas.getByTestId('clock')).toBeTruthy();
    await expect(canvas.queryByRole('button', { name: '+1 hour' })).toBeNull();
  },
};

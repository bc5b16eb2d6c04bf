import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { loadDesk, withDesk } from '../stories/storyDesk';
import { TopBar } from './TopBar';

/** The top bar: the simulated clock control, the user switcher, the save state and reset. */
const meta = {
  title: 'Playground/TopBar',
  component: TopBar,
  decorators: [withDesk],
  loaders: [loadDesk],
} satisfies Meta<typeof TopBar>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Acting as Ada (admin) on Monday 10:00 Paris. */
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

/** Acting as Alice, a requester; switching to Samira, an agent. */
export const UserSwitcher: Story = {
  parameters: { deskUser: 'alice' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const switcher = canvas.getByLabelText<HTMLSelectElement>(/Acting as/);
    await expect(switcher.value).toBe('alice');
    await userEvent.selectOptions(switcher, 'sam');
    await expect(switcher.value).toBe('sam');
  },
};

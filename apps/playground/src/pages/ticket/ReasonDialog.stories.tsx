import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ReasonDialog } from './ReasonDialog';

/** Asks why before an action that needs a reason (hold, reject, cancel, reopen, reassign). */
const meta = {
  title: 'Playground/Ticket/ReasonDialog',
  component: ReasonDialog,
  args: {
    title: 'Put on hold',
    description: 'The ticket waits, its clocks pause, until someone resumes it.',
    confirm: 'Put on hold',
    onConfirm: fn(),
    onCancel: fn(),
  },
} satisfies Meta<typeof ReasonDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A reason is required: confirming empty says so. */
export const Hold: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = within(canvasElement).getByRole('dialog', { name: 'Put on hold' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Put on hold' }));
    await expect(within(dialog).getByRole('alert').textContent).toBe('Give a reason.');
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'Waiting for the supplier');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Put on hold' }));
    await expect(args.onConfirm).toHaveBeenCalledWith('Waiting for the supplier');
  },
};

/** Rejecting: the confirm button is red. */
export const Reject: Story = {
  args: { title: 'Reject', confirm: 'Reject', danger: true, description: undefined },
};

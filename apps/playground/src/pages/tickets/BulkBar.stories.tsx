import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { loadDesk, withDesk } from '../../stories/storyDesk';
import { BulkBar } from './BulkBar';

/** One action on the selected tickets; the answer per ticket. */
const meta = {
  title: 'Playground/Tickets/BulkBar',
  component: BulkBar,
  decorators: [withDesk],
  loaders: [loadDesk],
  args: {
    count: 3,
    offers: { claim: 3, close: 2, watch: 3, hold: 1 },
    needsReason: ['hold'],
    onRun: fn(),
    onClear: fn(),
  },
} satisfies Meta<typeof BulkBar>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Three selected: assign is offered by none of them, close by two. */
export const Selected: Story = {
  play: async ({ canvasElement, args }) => {
    const bar = within(canvasElement).getByRole('toolbar', { name: 'Bulk actions' });
    await expect(within(bar).getByRole('button', { name: 'Assign to…' })).toBeDisabled();
    await userEvent.click(within(bar).getByRole('button', { name: /Claim/ }));
    await expect(args.onRun).toHaveBeenCalledWith({ action: 'claim' });
  },
};

/** Putting on hold asks for the reason first. */
export const HoldAsksWhy: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Put on hold/ }));
    const dialog = canvas.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'Change freeze');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Put on hold' }));
    await expect(args.onRun).toHaveBeenCalledWith({ action: 'hold', reason: 'Change freeze' });
  },
};

/** The answer: two closed, one refused with the runtime's reason. */
export const PartlyRefused: Story = {
  args: {
    count: 1,
    outcome: {
      action: 'close',
      results: [
        { ticketId: 'a', number: 'INC-20261123-0001', ok: true },
        { ticketId: 'b', number: 'INC-20261123-0002', ok: true },
        {
          ticketId: 'c',
          number: 'INC-20261123-0003',
          ok: false,
          message: {
            text: 'This action is not available at this step.',
            detail: 'close is not available on ticket INC-20261123-0003.',
          },
        },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert.textContent).toContain('Close: 2 of 3 done.');
    await expect(alert.textContent).toContain('INC-20261123-0003');
  },
};

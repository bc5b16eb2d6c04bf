import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { loadDesk, withDesk } from '../../stories/storyDesk';
import { WatchersPanel } from './WatchersPanel';

/** Who follows a ticket, with the watch buttons the ticket's view offers. */
const meta = {
  title: 'Playground/Ticket/WatchersPanel',
  component: WatchersPanel,
  decorators: [withDesk],
  loaders: [loadDesk],
  args: {
    watchers: ['bruno', 'victor'],
    actions: ['watch', 'unwatch'],
    onWatch: fn(async () => true),
  },
} satisfies Meta<typeof WatchersPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The desk side (Ada): follows, adds and removes others. */
export const DeskSide: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      canvas.getByRole('button', { name: 'Remove Victor Lambert from the watchers' }),
    );
    await expect(args.onWatch).toHaveBeenCalledWith({ action: 'unwatch', to: 'victor' });
  },
};

/** A watcher with no other part: may only stop watching. */
export const Watcher: Story = {
  args: { watchers: ['ada'], actions: ['unwatch'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Stop watching' })).toBeTruthy();
    await expect(canvas.queryByRole('combobox', { name: 'Add a watcher' })).toBeNull();
  },
};

/** Nobody follows it yet. */
export const Empty: Story = { args: { watchers: [], actions: ['watch'] } };

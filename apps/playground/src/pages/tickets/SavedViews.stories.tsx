import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SavedViews } from './SavedViews';

const views = [
  {
    id: 'v1',
    name: 'My open P1s',
    columns: ['number', 'title', 'status'],
    query: { status: ['open' as const], priority: ['P1'] },
    updatedAt: '2026-11-23T09:00:00.000Z',
  },
];

/** The user's saved list views: apply, save, delete. */
const meta = {
  title: 'Playground/Tickets/SavedViews',
  component: SavedViews,
  args: {
    views,
    current: '',
    snapshot: { columns: ['title'], query: { status: ['pending'] } },
    onApply: fn(),
    onSave: fn(),
    onDelete: fn(),
  },
} satisfies Meta<typeof SavedViews>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Saving the list as it is under a new name. */
export const SaveNew: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save view…' }));
    await userEvent.type(canvas.getByLabelText('Name'), 'Waiting');
    await userEvent.click(canvas.getByRole('button', { name: 'Save view' }));
    await expect(args.onSave).toHaveBeenCalledWith({
      name: 'Waiting',
      columns: ['title'],
      query: { status: ['pending'] },
    });
  },
};

/** A view in use: it can be deleted. */
export const InUse: Story = {
  args: { current: 'v1' },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Delete view' }));
    await expect(args.onDelete).toHaveBeenCalledWith('v1');
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { ColumnChooser } from './ColumnChooser';
import { defaultColumns, ticketColumns } from './columns';

function Chooser() {
  const [shown, setShown] = useState(defaultColumns);
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', minHeight: 320 }}>
      <ColumnChooser columns={ticketColumns} shown={shown} onChange={setShown} />
      <output className="pg-sr-only">{shown.join(',')}</output>
    </div>
  );
}

/** The "Columns" menu of the ticket list. */
const meta = {
  title: 'Playground/Tickets/ColumnChooser',
  component: Chooser,
} satisfies Meta<typeof Chooser>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Opened: the updated column is added in its place. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Columns' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Updated' }));
    await expect(canvas.getByRole('status').textContent).toContain('createdAt,updatedAt');
  },
};

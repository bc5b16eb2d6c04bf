import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Ticket } from '@deskkit/runtime';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { loadedScene, sceneLoader } from '../stories/loaders';
import { incidentScene, withDesk } from '../stories/storyDesk';
import { TicketPicker } from './TicketPicker';

function Picker() {
  const [value, setValue] = useState<Ticket | null>(null);
  return (
    <div style={{ maxWidth: 360 }}>
      <TicketPicker label="Ticket to link" value={value} onChange={setValue} />
    </div>
  );
}

/** Finds a ticket the user may see by number or title. */
const meta = {
  title: 'Playground/TicketPicker',
  decorators: [withDesk],
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** Typing part of a title lists the matches; picking one shows it. */
export const Search: Story = {
  loaders: [sceneLoader((desk) => incidentScene(desk))],
  render: () => <Picker />,
  play: async ({ canvasElement, loaded }) => {
    const scene = loadedScene(loaded);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('combobox', { name: 'Ticket to link' }), 'Payments');
    await userEvent.click(
      await canvas.findByRole('option', { name: new RegExp(scene.ticket.number) }),
    );
    await expect(canvas.getByRole('group', { name: 'Ticket to link' }).textContent).toContain(
      scene.ticket.number,
    );
  },
};

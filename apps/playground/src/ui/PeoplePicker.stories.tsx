import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { loadDesk, withDesk } from '../stories/storyDesk';
import { PeoplePicker } from './PeoplePicker';

function Picker(props: { initial: string[] }) {
  const [ids, setIds] = useState(props.initial);
  return (
    <div style={{ maxWidth: 360 }}>
      <PeoplePicker label="CC" value={ids} onChange={setIds} />
    </div>
  );
}

/** Several people as chips: who to keep informed on a request. */
const meta = {
  title: 'Playground/PeoplePicker',
  component: Picker,
  decorators: [withDesk],
  loaders: [loadDesk],
  args: { initial: ['bruno', 'victor'] },
} satisfies Meta<typeof Picker>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Two chosen; removing one. */
export const Chosen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Remove Bruno Leroy' }));
    await expect(canvas.getByRole('list', { name: 'CC: chosen' }).textContent).not.toContain(
      'Bruno Leroy',
    );
  },
};

/** Nobody chosen yet. */
export const Empty: Story = { args: { initial: [] } };

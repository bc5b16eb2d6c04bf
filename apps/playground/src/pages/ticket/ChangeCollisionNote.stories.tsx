import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { storyDesk, storyUser, withDesk } from '../../stories/storyDesk';
import { ChangeCollisionNote } from './ChangeCollisionNote';

const plan = {
  summary: 'Upgrade the core switch',
  target: 'CI-1001',
  risk: 'medium',
  plannedStart: '2026-12-12T20:00:00.000Z',
  plannedEnd: '2026-12-12T23:00:00.000Z',
};

/** A desk with one planned change on CI-1001, 12 Dec 21:00–24:00 Paris time. */
async function loadPlannedChange(context: { parameters?: unknown }) {
  const data = await storyDesk(storyUser(context));
  await data.desk.runtime.startTicket({ workflow: 'change-request', actor: 'nina', data: plan });
  return data;
}

/** The warning a change form shows before it is submitted, from `client.changeCollisions`. */
const meta = {
  title: 'Playground/Ticket/ChangeCollisionNote',
  component: ChangeCollisionNote,
  decorators: [withDesk],
  loaders: [loadPlannedChange],
  args: {
    workflow: 'change-request',
    data: {
      ...plan,
      plannedStart: '2026-12-12T22:00:00.000Z',
      plannedEnd: '2026-12-13T01:00:00.000Z',
    },
  },
} satisfies Meta<typeof ChangeCollisionNote>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Another change on the same CI overlaps the window. */
export const Overlapping: Story = {
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert.textContent).toContain('1 other change on CI-1001');
  },
};

/** The window is clear. */
export const Clear: Story = {
  args: {
    data: {
      ...plan,
      plannedStart: '2026-12-14T20:00:00.000Z',
      plannedEnd: '2026-12-14T22:00:00.000Z',
    },
  },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('status');
  },
};

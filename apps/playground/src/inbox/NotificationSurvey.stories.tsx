import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { useDeskQuery } from '../desk/DeskContext';
import { withDesk } from '../stories/storyDesk';
import { NotificationSurvey } from './NotificationSurvey';
import { loadResolvedForAlice } from './stories.data';

/** The survey of Alice's "resolved" notification of one workflow (`incident` or `password-reset`). */
function Resolved(props: { workflow: 'incident' | 'password-reset' }) {
  const inbox = useDeskQuery(
    async ({ client }) => {
      const { notifications } = await client.notifications({ limit: 20 });
      for (const n of notifications) {
        if (n.type !== 'resolved') continue;
        const view = await client.viewTicket(n.ticketId);
        if (view.ticket.workflow.key === props.workflow) return n;
      }
      return undefined;
    },
    [props.workflow],
  );
  return inbox.data ? <NotificationSurvey n={inbox.data} /> : null;
}

/** A "resolved" notification's satisfaction survey, answered in the notification. */
const meta = {
  title: 'Playground/NotificationSurvey',
  component: Resolved,
  decorators: [withDesk],
  parameters: { deskUser: 'alice' },
  loaders: [loadResolvedForAlice],
  args: { workflow: 'incident' },
} satisfies Meta<typeof Resolved>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The 1–5 rating: five star buttons and a comment; a star sends it and thanks. */
export const Rating: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Anything to add? (optional)'), 'Fast');
    await userEvent.click(canvas.getByRole('button', { name: '4 – Satisfied' }));
    await expect(await canvas.findByText('Thanks — you rated 4/5')).toBeInTheDocument();
  },
};

/** A survey with its own form is answered on the ticket: a link to it. */
export const OwnForm: Story = {
  args: { workflow: 'password-reset' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('link', { name: /Answer the survey on/ })).toBeVisible();
  },
};

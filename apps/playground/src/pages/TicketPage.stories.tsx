import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { Desk } from '../desk/desk';
import { claimAndSubmit } from '../desk/testing';
import { loadedScene, sceneLoader } from '../stories/loaders';
import { ticketScene, withDesk } from '../stories/storyDesk';
import { TicketPage } from './TicketPage';

/** A P3 incident Alice raised, with a work note from Samira, resolved by her. */
async function resolvedIncident(desk: Desk) {
  const ticket = await desk.runtime.startTicket({
    workflow: 'incident',
    actor: 'alice',
    template: 'laptop-dead',
    watchers: ['victor'],
  });
  await desk.runtime.act({
    ticket: ticket.id,
    action: 'comment',
    actor: 'sam',
    comment: 'Adapter stock is low.',
    internal: true,
  });
  await claimAndSubmit(desk, ticket, 'sam', 'resolve', {
    resolutionCode: 'fixed',
    resolution: 'Replaced the power adapter.',
  });
  return ticketScene(desk, ticket.id);
}

/** The whole ticket page: conversation, reasons, reopen, survey, watchers and relations. */
const meta = {
  title: 'Playground/Pages/TicketPage',
  decorators: [withDesk],
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** The requester of a resolved incident: reopen and the survey; no work note anywhere. */
export const RequesterResolved: Story = {
  parameters: { deskUser: 'alice' },
  loaders: [sceneLoader(resolvedIncident)],
  render: (_args, { loaded }) => <TicketPage ticketId={loadedScene(loaded).ticket.id} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Send feedback' })).toBeTruthy();
    await expect(canvas.getByRole('region', { name: 'Reopen' })).toBeTruthy();
    await expect(canvas.queryByText('Adapter stock is low.')).toBeNull();
    await expect(canvas.queryByRole('tab', { name: 'Internal note' })).toBeNull();
  },
};

/** The agent who resolved it: the work note in the history, marked internal. */
export const AgentResolved: Story = {
  parameters: { deskUser: 'sam' },
  loaders: [sceneLoader(resolvedIncident)],
  render: (_args, { loaded }) => <TicketPage ticketId={loadedScene(loaded).ticket.id} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const note = await canvas.findByText('Adapter stock is low.');
    await expect(note.closest('[data-internal="true"]')).toBeTruthy();
    await expect(canvas.queryByRole('button', { name: 'Send feedback' })).toBeNull();
  },
};

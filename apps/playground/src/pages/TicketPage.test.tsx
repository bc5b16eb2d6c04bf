import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderDesk } from '../desk/renderDesk';
import { claimAndSubmit, freshDesk } from '../desk/testing';
import { TicketPage } from './TicketPage';

async function openIncident() {
  const desk = await freshDesk();
  const ticket = await desk.runtime.startTicket({
    workflow: 'incident',
    actor: 'alice',
    template: 'laptop-dead',
  });
  return { desk, ticket };
}

describe('<TicketPage>', () => {
  it('the agent writes a work note the requester never sees, and holds with a reason shown in the history', async () => {
    const user = userEvent.setup();
    const { desk, ticket } = await openIncident();
    await desk.runtime.act({ ticket: ticket.id, action: 'claim', actor: 'sam' });
    const view = await renderDesk(<TicketPage ticketId={ticket.id} />, { desk, user: 'sam' });
    await user.click(await screen.findByRole('tab', { name: 'Internal note' }));
    await user.type(screen.getByRole('textbox', { name: 'Internal note' }), 'VIP, call first');
    await user.click(screen.getByRole('button', { name: 'Add internal note' }));
    await screen.findByText('Done: internal note added.');

    // A reply with a file: the history offers it.
    await user.click(screen.getByRole('tab', { name: 'Reply' }));
    await user.upload(
      screen.getByLabelText('Attach files'),
      new File(['x'], 'screenshot.png', { type: 'image/png' }),
    );
    await screen.findByRole('list', { name: 'Attached files' });
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    await screen.findByText('Done: reply sent.');
    expect(
      within(screen.getByRole('list', { name: 'Files' })).getByRole('link', {
        name: 'screenshot.png',
      }),
    ).toHaveAttribute('href', expect.stringMatching(/^data:image\/png/));

    await user.click(screen.getByRole('button', { name: 'Put on hold…' }));
    const dialog = screen.getByRole('dialog', { name: 'Put on hold' });
    await user.type(within(dialog).getByLabelText('Reason'), 'Waiting for parts');
    await user.click(within(dialog).getByRole('button', { name: 'Put on hold' }));
    await screen.findByText('Put on hold: done.');
    expect(screen.getByRole('list', { name: 'History' })).toHaveTextContent(
      'Reason: Waiting for parts',
    );
    view.unmount();

    await renderDesk(<TicketPage ticketId={ticket.id} />, { desk, user: 'alice' });
    await screen.findByRole('list', { name: 'History' });
    expect(screen.getByRole('list', { name: 'History' })).toHaveTextContent('Waiting for parts');
    expect(screen.queryByText('VIP, call first')).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Internal note' })).not.toBeInTheDocument();
  });

  it('the requester reopens a resolved ticket with a reason, and rates it', async () => {
    const user = userEvent.setup();
    const { desk, ticket } = await openIncident();
    await claimAndSubmit(desk, ticket, 'sam', 'resolve', {
      resolutionCode: 'fixed',
      resolution: 'Done',
    });
    await renderDesk(<TicketPage ticketId={ticket.id} />, { desk, user: 'alice' });
    await user.click(await screen.findByRole('radio', { name: '5 – Very satisfied' }));
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    await screen.findByRole('img', { name: '5 out of 5' });
    expect((await desk.runtime.getTicket(ticket.id)).satisfaction?.rating).toBe(5);

    await user.click(
      within(screen.getByRole('region', { name: 'Reopen' })).getByRole('button', {
        name: 'Reopen',
      }),
    );
    await user.type(screen.getByLabelText('Reason'), 'Broken again');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Reopen' }));
    await waitFor(async () =>
      expect((await desk.runtime.getTicket(ticket.id)).status).toBe('open'),
    );
  });
});

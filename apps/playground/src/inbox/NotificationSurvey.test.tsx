import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderDesk } from '../desk/renderDesk';
import { claimAndSubmit, freshDesk, resolvedIncident } from '../desk/testing';
import { InboxPage } from './InboxPage';

async function itemOf(number: string) {
  const list = await screen.findByRole('list', { name: 'Notifications' });
  return within(list)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.includes(`${number} was resolved: tell us how we did`))!;
}

describe('<NotificationSurvey> in the inbox', () => {
  it('the requester rates from the notification with a comment: thanked, and the notification is read', async () => {
    const user = userEvent.setup();
    const desk = await freshDesk();
    const ticket = await resolvedIncident(desk);
    await renderDesk(<InboxPage />, { desk, user: 'alice' });
    const item = await itemOf(ticket.number);
    expect(item).toHaveAttribute('data-unread', 'true');
    const survey = await within(item).findByRole('group', {
      name: `How satisfied are you with how ${ticket.number} was handled?`,
    });
    expect(within(survey).getAllByRole('button')).toHaveLength(5);
    await user.type(within(survey).getByLabelText('Anything to add? (optional)'), 'Quick fix');
    await user.click(within(survey).getByRole('button', { name: '4 – Satisfied' }));
    expect(await within(item).findByRole('status')).toHaveTextContent('Thanks — you rated 4/5');
    await waitFor(() => expect(item).toHaveAttribute('data-unread', 'false'));
    const stored = await desk.runtime.getTicket(ticket.id);
    expect(stored.satisfaction).toMatchObject({ rating: 4, comment: 'Quick fix' });
  });

  it('says when the survey was answered meanwhile (the runtime refuses), and when it has closed', async () => {
    const user = userEvent.setup();
    const desk = await freshDesk();
    const ticket = await resolvedIncident(desk);
    const view = await renderDesk(<InboxPage />, { desk, user: 'alice' });
    const item = await itemOf(ticket.number);
    await within(item).findByRole('button', { name: '5 – Very satisfied' });
    // Answered on the ticket page in another tab after the inbox showed the stars.
    await act(() =>
      desk.runtime.client('alice').act({ ticket: ticket.id, action: 'rate', data: { rating: 2 } }),
    );
    await user.click(within(item).getByRole('button', { name: '5 – Very satisfied' }));
    // The runtime's refusal, through the desk's error layer: its words and why.
    expect(await within(item).findByRole('alert')).toHaveTextContent('it was rated already');
    expect((await desk.runtime.getTicket(ticket.id)).satisfaction?.rating).toBe(2);
    view.unmount();

    // Opened again, the notification shows the answer given.
    const again = await renderDesk(<InboxPage />, { desk, user: 'alice' });
    expect(await within(await itemOf(ticket.number)).findByRole('status')).toHaveTextContent(
      'Thanks — you rated 2/5',
    );
    again.unmount();

    // Another ticket left unanswered past the survey's five days: no stars.
    const late = await resolvedIncident(desk);
    await desk.advanceClock(6 * 86_400_000);
    await renderDesk(<InboxPage />, { desk, user: 'alice' });
    const lateItem = await itemOf(late.number);
    expect(await within(lateItem).findByText('This survey is no longer open.')).toBeInTheDocument();
    expect(within(lateItem).queryByRole('button')).not.toBeInTheDocument();
  });

  it('links to the ticket’s survey when the workflow’s survey is a form of its own', async () => {
    const desk = await freshDesk();
    const ticket = await desk.runtime.startTicket({
      workflow: 'password-reset',
      actor: 'alice',
      data: { system: 'admin', verification: 'sms', mobile: '+33 6 12 34 56 78' },
    });
    await claimAndSubmit(desk, ticket, 'sam', 'manual', { resetStatus: 'link-sent' });
    await renderDesk(<InboxPage />, { desk, user: 'alice' });
    const item = await itemOf(ticket.number);
    const link = await within(item).findByRole('link', {
      name: `Answer the survey on ${ticket.number}`,
    });
    expect(link).toHaveAttribute('href', `#/ticket/${ticket.id}`);
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderDesk } from '../desk/renderDesk';
import { InboxPage } from './InboxPage';

const access = { beneficiary: 'alice', system: 'CI-1001', level: 'read', approver: 'victor' };

describe('<InboxPage>', () => {
  it('lists what concerns the user, newest first; opening one or “Mark all read” reads them', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<InboxPage />, { user: 'victor' });
    expect(await screen.findByText('No notifications yet.')).toBeInTheDocument();
    const alice = desk.runtime.client('alice');
    const first = await act(() => alice.startTicket({ workflow: 'access-request', data: access }));
    const second = await act(() => alice.startTicket({ workflow: 'access-request', data: access }));
    const list = await screen.findByRole('list', { name: 'Notifications' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(`Alice Martin asks for your approval on ${second.number}`);
    expect(items[1]).toHaveTextContent(`Alice Martin asks for your approval on ${first.number}`);
    expect(screen.getByText('2 unread')).toBeInTheDocument();

    await user.click(within(items[1]!).getByRole('link'));
    await waitFor(() => expect(screen.getByText('1 unread')).toBeInTheDocument());
    expect(items[1]).toHaveAttribute('data-unread', 'false');

    await user.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    await waitFor(() => expect(within(list).queryAllByRole('listitem')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByText('Nothing unread.')).toBeInTheDocument();
    expect(screen.getByText('All read')).toBeInTheDocument();
    expect((await desk.runtime.client('victor').notifications()).unread).toBe(0);
  });
});

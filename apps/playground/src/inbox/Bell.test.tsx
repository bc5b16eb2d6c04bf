import { act, screen, waitFor } from '@testing-library/react';
import { renderDesk } from '../desk/renderDesk';
import { Bell } from './Bell';

const access = {
  beneficiary: 'alice',
  system: 'CI-1001',
  level: 'read',
  approver: 'victor',
};

describe('<Bell>', () => {
  it('lights up with the unread count when another user’s request waits for this user', async () => {
    const { desk } = await renderDesk(<Bell />, { user: 'victor' });
    const bell = await screen.findByRole('link', { name: 'Notifications, none unread' });
    expect(bell).toHaveAttribute('href', '#/inbox');
    await act(() =>
      desk.runtime.client('alice').startTicket({ workflow: 'access-request', data: access }),
    );
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Notifications, 1 unread' })).toHaveTextContent('1'),
    );
    await act(() => desk.runtime.client('victor').markAllNotificationsRead());
    await act(() =>
      desk.runtime.client('alice').startTicket({ workflow: 'access-request', data: access }),
    );
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Notifications, 1 unread' })).toBeInTheDocument(),
    );
  });
});

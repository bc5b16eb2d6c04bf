import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderDesk } from '../../desk/renderDesk';
import { freshDesk } from '../../desk/testing';
import { WatchersPanel } from './WatchersPanel';

describe('<WatchersPanel>', () => {
  it('lists the watchers by name and adds one through the client, as the view allows', async () => {
    const user = userEvent.setup();
    const desk = await freshDesk();
    const ticket = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      template: 'laptop-dead',
      watchers: ['bruno'],
    });
    const client = desk.runtime.client('alice');
    const view = await client.viewTicket(ticket.id);
    const calls: unknown[] = [];
    await renderDesk(
      <WatchersPanel
        watchers={view.ticket.watchers ?? []}
        actions={view.actions}
        onWatch={async (input) => {
          calls.push(input);
          await client.act({ ticket: ticket.id, ...input });
          return true;
        }}
      />,
      { desk, user: 'alice' },
    );
    expect(screen.getByRole('list', { name: 'Watchers' })).toHaveTextContent('Bruno Leroy');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Add a watcher' }),
      'Victor Lambert',
    );
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(calls).toEqual([{ action: 'watch', to: 'victor' }]));
    // The call is recorded before the client's act resolves: wait for the stored ticket.
    await waitFor(async () =>
      expect((await desk.runtime.getTicket(ticket.id)).watchers).toEqual(['bruno', 'victor']),
    );
  });

  it('a plain watcher may only stop watching', async () => {
    await renderDesk(
      <WatchersPanel
        watchers={['ada', 'bruno']}
        actions={['unwatch']}
        onWatch={async () => true}
      />,
    );
    expect(screen.getByRole('button', { name: 'Stop watching' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Add a watcher' })).not.toBeInTheDocument();
  });
});

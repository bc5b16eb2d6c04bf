import type { RelateInput } from '@deskkit/runtime';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderDesk } from '../../desk/renderDesk';
import { freshDesk } from '../../desk/testing';
import { RelationsPanel } from './RelationsPanel';

describe('<RelationsPanel>', () => {
  it('links an existing ticket found by its number, with a back-link on it', async () => {
    const user = userEvent.setup();
    const desk = await freshDesk();
    const start = (summary: string) =>
      desk.runtime.startTicket({
        workflow: 'incident',
        actor: 'alice',
        data: { summary, priority: 'P3' },
      });
    const a = await start('Printer jams on floor 2');
    const b = await start('Printer offline on floor 2');
    const client = desk.runtime.client('ada');
    await renderDesk(
      <RelationsPanel
        ticket={a}
        linked={[]}
        deskSide
        startable={['incident']}
        fields={[]}
        onRelate={async (input: Omit<RelateInput, 'actor' | 'ticket'>) => {
          await client.relate({ ...input, ticket: a.id });
          return true;
        }}
      />,
      { desk },
    );
    expect(screen.getByText('No related ticket.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Link ticket' }));
    await user.selectOptions(screen.getByLabelText('This ticket…'), 'Blocks');
    await user.type(screen.getByRole('combobox', { name: 'Ticket to link' }), b.number);
    await user.click(await screen.findByRole('option', { name: new RegExp(b.number) }));
    await user.click(screen.getByRole('button', { name: 'Link' }));
    await waitFor(async () =>
      expect((await desk.runtime.getTicket(b.id)).links).toEqual([
        { type: 'blockedBy', ticketId: a.id, number: a.number },
      ]),
    );
  });

  it('shows links with their type, and merge only to the desk side of an open ticket', async () => {
    const desk = await freshDesk();
    const a = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      data: { summary: 'Screen flickers', priority: 'P3' },
    });
    const ticket = {
      ...a,
      links: [{ type: 'causedBy' as const, ticketId: 'x1', number: 'PRB-1' }],
    };
    const { rerender } = await renderDesk(
      <RelationsPanel
        ticket={ticket}
        linked={[]}
        deskSide={false}
        startable={[]}
        fields={[]}
        onRelate={async () => true}
      />,
      { desk, user: 'alice' },
    );
    expect(screen.getByRole('list', { name: 'Related tickets' })).toHaveTextContent(
      'Caused byPRB-1',
    );
    expect(screen.queryByRole('button', { name: 'Merge into…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clone' })).not.toBeInTheDocument();
    rerender(
      <RelationsPanel
        ticket={ticket}
        linked={[]}
        deskSide
        startable={['incident']}
        fields={[]}
        onRelate={async () => true}
      />,
    );
    expect(screen.getByRole('button', { name: 'Merge into…' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clone' })).toBeInTheDocument();
  });
});

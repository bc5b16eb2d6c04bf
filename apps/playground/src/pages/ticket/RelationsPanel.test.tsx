import type { RelateInput } from '@deskkit/runtime';
import { screen, waitFor, within } from '@testing-library/react';
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

  it('links with field inheritance and backfill, choosing the fields', async () => {
    const user = userEvent.setup();
    const desk = await freshDesk();
    const start = (data: Record<string, unknown>) =>
      desk.runtime.startTicket({
        workflow: 'incident',
        actor: 'alice',
        data: { priority: 'P3', ...data },
      });
    const a = await start({ summary: 'VPN drops at home', description: 'Since Monday' });
    const b = await start({ summary: 'VPN outage', affectedService: 'VPN' });
    const client = desk.runtime.client('ada');
    const sent: unknown[] = [];
    await renderDesk(
      <RelationsPanel
        ticket={a}
        linked={[]}
        deskSide
        startable={['incident']}
        fields={[
          { name: 'description', title: 'What happened?' },
          { name: 'affectedService', title: 'Affected service' },
        ]}
        onRelate={async (input: Omit<RelateInput, 'actor' | 'ticket'>) => {
          sent.push(input);
          await client.relate({ ...input, ticket: a.id });
          return true;
        }}
      />,
      { desk },
    );
    await user.click(screen.getByRole('button', { name: 'Link ticket' }));
    await user.selectOptions(screen.getByLabelText('This ticket…'), 'Caused by');
    await user.type(screen.getByRole('combobox', { name: 'Ticket to link' }), b.number);
    await user.click(await screen.findByRole('option', { name: new RegExp(b.number) }));
    const inherit = screen.getByRole('group', { name: 'Inherit from the linked ticket' });
    await user.click(within(inherit).getByRole('checkbox', { name: 'Affected service' }));
    await user.click(screen.getByRole('checkbox', { name: /^Backfill/ }));
    // Backfill on with no field chosen: nothing to send yet.
    expect(screen.getByRole('button', { name: 'Link' })).toBeDisabled();
    const back = screen.getByRole('group', { name: 'Fields to backfill' });
    await user.click(within(back).getByRole('checkbox', { name: 'What happened?' }));
    await user.click(screen.getByRole('button', { name: 'Link' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      op: 'link',
      to: b.id,
      type: 'causedBy',
      inherit: ['affectedService'],
      backfill: ['description'],
    });
    expect((await desk.runtime.getTicket(a.id)).data.affectedService).toBe('VPN');
    expect((await desk.runtime.getTicket(b.id)).data.description).toBe('Since Monday');
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

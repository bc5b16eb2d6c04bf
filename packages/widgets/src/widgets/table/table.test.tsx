import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TicketQuery } from '@deskkit/runtime';
import { SingleWidget } from '../../testing/SingleWidget';
import { fixtureDataSource } from '../../testing/fixtures';

function lastTicketQuery(ds: ReturnType<typeof fixtureDataSource>): TicketQuery | undefined {
  const calls = ds.calls.filter((c) => c.method === 'listTickets');
  const last = calls[calls.length - 1];
  return last?.method === 'listTickets' ? last.query : undefined;
}

describe('ticket table widget', () => {
  it('turns the filters a person sets into the query, narrowing the configured ones', async () => {
    const ds = fixtureDataSource();
    const user = userEvent.setup();
    render(
      <SingleWidget
        dataSource={ds}
        instance={{
          type: 'ticketTable',
          title: 'Tickets',
          config: { status: ['open', 'pending'], pageSize: 5 },
        }}
      />,
    );
    await screen.findAllByRole('row');
    expect(lastTicketQuery(ds)).toEqual({
      status: ['open', 'pending'],
      sort: { field: 'createdAt', direction: 'desc' },
      limit: 5,
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'pending');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'P2');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Group' }), 'network');
    await user.type(screen.getByLabelText('Created from'), '2026-11-20');
    await user.type(screen.getByLabelText('Created to'), '2026-11-22');
    await waitFor(() =>
      expect(lastTicketQuery(ds)).toEqual({
        status: ['pending'],
        priority: ['P2'],
        where: [{ field: 'group', op: 'in', value: ['network'] }],
        createdFrom: '2026-11-20',
        createdTo: '2026-11-23',
        sort: { field: 'createdAt', direction: 'desc' },
        limit: 5,
      }),
    );
    // Every row shown is one the data source answered with: nothing is filtered in the browser.
    const rows = screen.queryAllByRole('row').slice(1);
    for (const row of rows) expect(within(row).getByText('On hold')).toBeInTheDocument();
  });

  it('sorts by a column header and pages with keyset cursors', async () => {
    const ds = fixtureDataSource();
    const user = userEvent.setup();
    render(
      <SingleWidget dataSource={ds} instance={{ type: 'ticketTable', config: { pageSize: 4 } }} />,
    );
    await screen.findByText('Page 1', { exact: false });
    await user.click(screen.getByRole('button', { name: /^Number/ }));
    await waitFor(() =>
      expect(lastTicketQuery(ds)?.sort).toEqual({ field: 'number', direction: 'asc' }),
    );
    expect(screen.getByRole('columnheader', { name: /Number/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const firstPage = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText(/Page 2/);
    const cursor = lastTicketQuery(ds)?.after;
    expect(cursor).toEqual(expect.any(String));
    const second = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(second).not.toEqual(firstPage);

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await screen.findByText(/Page 1/);
    expect(lastTicketQuery(ds)?.after).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  });

  it('opens a ticket from its number', async () => {
    const onOpenTicket = vi.fn();
    const user = userEvent.setup();
    render(
      <SingleWidget
        onOpenTicket={onOpenTicket}
        instance={{ type: 'ticketTable', config: { pageSize: 3 } }}
      />,
    );
    const link = (await screen.findAllByRole('button', { name: /^(INC|REQ|CHG)-/ }))[0];
    if (!link) throw new Error('no ticket link');
    await user.click(link);
    expect(onOpenTicket).toHaveBeenCalledWith({
      id: expect.stringMatching(/^t-/),
      number: link.textContent,
    });
  });
});

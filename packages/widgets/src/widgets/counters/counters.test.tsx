import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SingleWidget } from '../../testing/SingleWidget';
import { fixtureDataSource } from '../../testing/fixtures';

describe('counters widget', () => {
  it('counts with one aggregate query and links each counter to the filtered ticket list', async () => {
    const ds = fixtureDataSource();
    const onOpenTicketList = vi.fn();
    const user = userEvent.setup();
    render(
      <SingleWidget
        dataSource={ds}
        onOpenTicketList={onOpenTicketList}
        instance={{
          type: 'counters',
          config: {
            by: 'priority',
            values: ['P1', 'P2', 'P3', 'P4'],
            status: ['open'],
            showTotal: true,
          },
        }}
      />,
    );
    const p1 = await screen.findByRole('button', { name: /tickets: P1/ });
    expect(ds.calls).toEqual([
      { method: 'aggregate', query: { status: ['open'], groupBy: ['priority'] } },
    ]);
    const expected = ds.tickets.filter((t) => t.status === 'open' && t.priority === 'P1').length;
    expect(p1).toHaveAccessibleName(new RegExp(`^Show ${expected} tickets: P1 `));
    await user.click(p1);
    expect(onOpenTicketList).toHaveBeenCalledWith(
      { status: ['open'], priority: ['P1'] },
      'Show ' + expected + ' tickets: P1',
    );
    await user.click(screen.getByRole('button', { name: /tickets: Total/ }));
    expect(onOpenTicketList).toHaveBeenLastCalledWith(
      { status: ['open'] },
      expect.stringContaining('Total'),
    );
  });

  it('renders real links when the host gives ticketListHref', async () => {
    render(
      <SingleWidget
        ticketListHref={(q) => `#/tickets?status=${q.status?.join(',') ?? ''}`}
        instance={{ type: 'counters', config: { by: 'status', values: ['open'] } }}
      />,
    );
    expect(await screen.findByRole('link', { name: /tickets: Open/ })).toHaveAttribute(
      'href',
      '#/tickets?status=open',
    );
  });
});

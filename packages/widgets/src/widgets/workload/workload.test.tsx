import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SingleWidget } from '../../testing/SingleWidget';
import { fixtureDataSource } from '../../testing/fixtures';

describe('workload widget', () => {
  it('counts open work per agent with one aggregate, busiest first, each linking to their list', async () => {
    const ds = fixtureDataSource();
    const onOpenTicketList = vi.fn();
    const user = userEvent.setup();
    render(
      <SingleWidget
        dataSource={ds}
        onOpenTicketList={onOpenTicketList}
        instance={{ type: 'workload', config: {} }}
      />,
    );
    const rows = await screen.findAllByRole('button', { name: /^Show \d+ tickets of / });
    expect(ds.calls[0]).toEqual({
      method: 'aggregate',
      query: { status: ['open', 'pending'], groupBy: ['assignee', 'priority'] },
    });
    const counts = rows.map((r) =>
      Number(/Show (\d+)/.exec(r.getAttribute('aria-label') ?? '')?.[1]),
    );
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    // Agent names come from the directory after the counts: wait for the resolved name.
    await user.click(await screen.findByRole('button', { name: /tickets of Lucas Meyer/ }));
    expect(onOpenTicketList).toHaveBeenCalledWith(
      { status: ['open', 'pending'], assignee: 'lucas' },
      expect.any(String),
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Group' }), 'network');
    await waitFor(() =>
      expect(ds.calls.at(-1)).toEqual({
        method: 'aggregate',
        query: {
          status: ['open', 'pending'],
          where: [{ field: 'group', op: 'in', value: ['network'] }],
          groupBy: ['assignee', 'priority'],
        },
      }),
    );
  });

  it('counts per group with group names from the directory', async () => {
    render(
      <SingleWidget instance={{ type: 'workload', config: { by: 'group', byPriority: false } }} />,
    );
    expect(await screen.findByRole('button', { name: /tickets of Network/ })).toBeInTheDocument();
  });
});

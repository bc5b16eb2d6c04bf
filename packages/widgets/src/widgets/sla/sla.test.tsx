import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SingleWidget } from '../../testing/SingleWidget';
import { fixtureDataSource } from '../../testing/fixtures';

describe('SLA board widget', () => {
  it('shows breached and near-breach tickets coloured by threshold, and filters through the query', async () => {
    const ds = fixtureDataSource();
    const user = userEvent.setup();
    render(
      <SingleWidget
        dataSource={ds}
        instance={{ type: 'slaBoard', config: { warnAt: 75, criticalAt: 90 } }}
      />,
    );
    const near = await screen.findByRole('region', { name: 'Near breach' });
    const router = within(near).getByText('Core router CPU at 95% in Paris DC').closest('li');
    expect(router).toHaveClass('dk-sla--critical');
    const backups = within(near).getByText('Backups failing on the HR file share').closest('li');
    expect(backups).toHaveClass('dk-sla--warning');
    const breached = screen.getByRole('region', { name: 'Breached' });
    expect(
      within(breached)
        .getAllByRole('listitem')
        .every((li) => li.classList.contains('dk-sla--breached')),
    ).toBe(true);
    expect(ds.calls[0]).toEqual({
      method: 'listTickets',
      query: {
        status: ['open', 'pending'],
        sort: { field: 'createdAt', direction: 'asc' },
        limit: 200,
      },
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'P1');
    await waitFor(() =>
      expect(ds.calls.at(-1)).toEqual({
        method: 'listTickets',
        query: {
          status: ['open', 'pending'],
          priority: ['P1'],
          sort: { field: 'createdAt', direction: 'asc' },
          limit: 200,
        },
      }),
    );
    await waitFor(() =>
      expect(screen.queryByText('Backups failing on the HR file share')).not.toBeInTheDocument(),
    );
    expect(screen.getByText('Core router CPU at 95% in Paris DC')).toBeInTheDocument();
  });
});

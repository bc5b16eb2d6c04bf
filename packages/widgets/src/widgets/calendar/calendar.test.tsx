import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SingleWidget } from '../../testing/SingleWidget';
import { fixtureDataSource } from '../../testing/fixtures';

describe('change calendar widget', () => {
  it('queries change tickets whose planned window meets the month, and switches to the week', async () => {
    const ds = fixtureDataSource();
    const onOpenTicket = vi.fn();
    const user = userEvent.setup();
    render(
      <SingleWidget
        dataSource={ds}
        onOpenTicket={onOpenTicket}
        instance={{ type: 'changeCalendar', config: {} }}
      />,
    );
    await screen.findByText('November 2026');
    const month = ds.calls[0];
    expect(month?.method === 'listTickets' && month.query).toMatchObject({
      workflow: ['change-request'],
      where: [
        { field: 'data.plannedStart', op: 'lt', value: expect.any(String) },
        { field: 'data.plannedEnd', op: 'gte', value: expect.any(String) },
      ],
      sort: { field: 'data.plannedStart', direction: 'asc' },
    });
    const today = screen.getByRole('listitem', { name: /November 23/ });
    expect(within(today).getAllByRole('button').length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Week' }));
    await waitFor(() => expect(screen.getAllByRole('listitem', { name: /, / })).toHaveLength(7));
    const week = ds.calls.at(-1);
    const where = week?.method === 'listTickets' ? week.query.where : undefined;
    const from = Date.parse(String(where?.[1]?.value));
    const to = Date.parse(String(where?.[0]?.value));
    // The week, a day wider on each side (a desk's midnight is up to 14 hours off UTC's).
    expect(to - from).toBe(9 * 86_400_000);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'pending');
    await waitFor(() => {
      const last = ds.calls.at(-1);
      expect(last?.method === 'listTickets' && last.query.status).toEqual(['pending']);
    });
    const entry = (await screen.findAllByRole('button', { name: /^CHG-.*On hold/ }))[0];
    if (!entry) throw new Error('no change shown');
    await user.click(entry);
    expect(onOpenTicket).toHaveBeenCalled();
  });
});

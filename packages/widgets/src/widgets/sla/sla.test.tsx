import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SingleWidget } from '../../testing/SingleWidget';
import { fixtureDataSource } from '../../testing/fixtures';
import type { Ticket } from '@deskkit/runtime';
import { slaEntries } from './sla';

const atRisk = { state: ['warning', 'breached'] };

describe('SLA board widget', () => {
  it('asks the runtime for warned and breached tickets, coloured by threshold, filtered by the query', async () => {
    const ds = fixtureDataSource();
    const user = userEvent.setup();
    render(
      <SingleWidget dataSource={ds} instance={{ type: 'slaBoard', config: { criticalAt: 90 } }} />,
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
    const base = { status: ['open', 'pending'] };
    expect(ds.calls.slice(0, 3)).toEqual([
      {
        method: 'listTickets',
        query: { ...base, sla: atRisk, sort: { field: 'createdAt', direction: 'asc' }, limit: 20 },
      },
      { method: 'aggregate', query: { ...base, sla: atRisk, groupBy: [] } },
      { method: 'aggregate', query: { ...base, sla: { state: ['breached'] }, groupBy: [] } },
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'P1');
    await waitFor(() =>
      expect(ds.calls).toContainEqual({
        method: 'listTickets',
        query: {
          ...base,
          priority: ['P1'],
          sla: atRisk,
          sort: { field: 'createdAt', direction: 'asc' },
          limit: 20,
        },
      }),
    );
    await waitFor(() =>
      expect(screen.queryByText('Backups failing on the HR file share')).not.toBeInTheDocument(),
    );
    expect(screen.getByText('Core router CPU at 95% in Paris DC')).toBeInTheDocument();
  });

  it('shows every at-risk ticket a page at a time, with counts over all pages', async () => {
    const ds = fixtureDataSource();
    const expected = ds.tickets.filter(
      (t) =>
        (t.status === 'open' || t.status === 'pending') &&
        t.sla.some((c) => c.state === 'breached' || ((c.warned ?? 0) > 0 && c.state !== 'met')),
    );
    const breachedCount = expected.filter((t) => t.sla.some((c) => c.state === 'breached')).length;
    expect(expected.length).toBeGreaterThan(3);
    const user = userEvent.setup();
    render(
      <SingleWidget
        dataSource={ds}
        instance={{ type: 'slaBoard', config: { criticalAt: 90, pageSize: 3 } }}
      />,
    );
    const pager = await screen.findByRole('navigation', { name: 'Page 1' });
    expect(pager).toHaveTextContent(`${expected.length} tickets at risk`);
    const summary = document.querySelector('.dk-sla__summary');
    expect(summary).toHaveTextContent(`${breachedCount} Breached`);
    expect(summary).toHaveTextContent(`${expected.length - breachedCount} Near breach`);

    const seen = new Set<string>();
    const collect = () =>
      document.querySelectorAll('.dk-sla__number').forEach((a) => seen.add(a.textContent ?? ''));
    collect();
    for (let page = 2; seen.size < expected.length; page++) {
      expect(page).toBeLessThan(expected.length + 2);
      await user.click(screen.getByRole('button', { name: 'Next page' }));
      await screen.findByRole('navigation', { name: `Page ${page}` });
      collect();
    }
    expect([...seen].sort()).toEqual(expected.map((t) => t.number).sort());
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    const last = Math.ceil(expected.length / 3);
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByRole('navigation', { name: `Page ${last - 1}` })).toBeInTheDocument();
  });

  it('never lists a cancelled clock, even one past due with a warning passed', () => {
    const clock = { policy: 'p', dueAt: '2026-11-23T08:00:00.000Z', remainingMs: -60_000 };
    const ticket = {
      id: 't1',
      sla: [
        { ...clock, target: 'ola', nodeId: 'build', state: 'cancelled', warned: 75 },
        { ...clock, target: 'resolution', state: 'running', remainingMs: 3_600_000, percent: 20 },
      ],
    } as unknown as Ticket;
    const now = new Date('2026-11-23T09:00:00.000Z');
    expect(slaEntries([ticket], { criticalAt: 90 }, now)).toEqual([]);
  });
});

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SingleWidget } from '../../testing/SingleWidget';
import { fixtureDataSource, FIXTURE_NOW } from '../../testing/fixtures';

describe('chart widget', () => {
  it('asks for the configured metric by dimension and series, over the last days', async () => {
    const ds = fixtureDataSource();
    render(
      <SingleWidget
        dataSource={ds}
        instance={{
          type: 'chart',
          config: {
            kind: 'stackedBar',
            metric: 'count',
            dimension: 'workflow',
            series: 'status',
            days: 7,
          },
        }}
      />,
    );
    const figure = await screen.findByRole('img', { name: 'Tickets by Workflow' });
    expect(figure.querySelector('canvas')).not.toBeNull();
    expect(figure.closest('.dk-chart--bar')).not.toBeNull();
    const since = new Date(FIXTURE_NOW.getTime() - 7 * 86_400_000).toISOString().slice(0, 10);
    expect(ds.calls[0]).toEqual({
      method: 'aggregate',
      query: { createdFrom: since, groupBy: ['workflow', 'status'], metric: 'count' },
    });
    // The figures as a table for screen readers: a row per workflow (by its name), a column per
    // status.
    const table = screen.getByRole('table', { name: 'Tickets by Workflow' });
    expect(await within(table).findByRole('rowheader', { name: 'Incident' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Access request' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Open' })).toBeInTheDocument();
  });

  it('turns the date range and status a person picks into the aggregate query', async () => {
    const ds = fixtureDataSource();
    const user = userEvent.setup();
    render(
      <SingleWidget
        dataSource={ds}
        instance={{
          type: 'chart',
          config: { kind: 'donut', metric: 'slaBreached', dimension: 'priority', days: 0 },
        }}
      />,
    );
    await screen.findByRole('img', { name: 'SLA breached by Priority' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'open');
    await user.type(screen.getByLabelText('Created from'), '2026-11-01');
    await user.type(screen.getByLabelText('Created to'), '2026-11-15');
    await waitFor(() =>
      expect(ds.calls.at(-1)).toEqual({
        method: 'aggregate',
        query: {
          status: ['open'],
          createdFrom: '2026-11-01',
          createdTo: '2026-11-16',
          groupBy: ['priority'],
          metric: 'slaBreached',
        },
      }),
    );
  });

  it('draws each chart kind with its Chart.js chart', async () => {
    const marks = {
      bar: '.dk-chart--bar',
      line: '.dk-chart--line',
      area: '.dk-chart--area',
      pie: '.dk-chart--pie',
      donut: '.dk-chart--donut',
    };
    for (const kind of ['bar', 'line', 'area', 'pie', 'donut'] as const) {
      const { unmount } = render(
        <SingleWidget
          instance={{
            type: 'chart',
            config: { kind, metric: 'count', dimension: 'status', days: 0 },
          }}
        />,
      );
      const figure = await screen.findByRole('img', { name: 'Tickets by Status' });
      expect(figure.closest(marks[kind])).not.toBeNull();
      expect(figure.querySelector('canvas')).not.toBeNull();
      unmount();
    }
  });

  it('orders statuses by their life cycle and opens the tickets of a chosen bar', async () => {
    const onOpenTicketList = vi.fn();
    const user = userEvent.setup();
    render(
      <SingleWidget
        onOpenTicketList={onOpenTicketList}
        instance={{
          type: 'chart',
          config: { kind: 'bar', metric: 'count', dimension: 'status', days: 0 },
        }}
      />,
    );
    const figure = await screen.findByRole('img', { name: 'Tickets by Status' });
    const rows = within(screen.getByRole('table')).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Open',
      'On hold',
      'Resolved',
      'Closed',
      'Rejected',
    ]);
    figure.focus();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(onOpenTicketList).toHaveBeenCalledWith({ status: ['pending'] }, 'On hold');
  });

  it('shows every day of a time series, days without tickets as zero', async () => {
    render(
      <SingleWidget
        instance={{
          type: 'chart',
          config: { kind: 'line', metric: 'count', dimension: 'day', days: 10 },
        }}
      />,
    );
    await screen.findByRole('img', { name: 'Tickets by Day' });
    const days = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(days).toHaveLength(11);
  });

  it('sums a series split back into the slices of a pie', async () => {
    const tableOf = async (config: Record<string, unknown>) => {
      const { unmount } = render(
        <SingleWidget
          instance={{
            type: 'chart',
            config: { metric: 'count', dimension: 'workflow', days: 0, ...config },
          }}
        />,
      );
      await screen.findByRole('img', { name: 'Tickets by Workflow' });
      // Workflow names arrive after the figures: wait for them.
      await within(screen.getByRole('table')).findByRole('rowheader', { name: 'Incident' });
      const rows = within(screen.getByRole('table'))
        .getAllByRole('row')
        .map((r) => [...r.children].map((c) => c.textContent));
      unmount();
      return rows;
    };
    const pie = await tableOf({ kind: 'pie', series: 'status' });
    const bar = await tableOf({ kind: 'bar' });
    expect(pie[0]).toEqual(['Workflow', 'Tickets']);
    expect(pie).toEqual(bar);
  });
});

import { render, screen, waitFor } from '@testing-library/react';
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
    expect(figure.querySelector('svg')).not.toBeNull();
    const since = new Date(FIXTURE_NOW.getTime() - 7 * 86_400_000).toISOString().slice(0, 10);
    expect(ds.calls[0]).toEqual({
      method: 'aggregate',
      query: { createdFrom: since, groupBy: ['workflow', 'status'], metric: 'count' },
    });
    expect(screen.getByText(/^incident: /)).toBeInTheDocument();
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

  it('renders each chart kind', async () => {
    for (const kind of ['bar', 'line', 'area', 'pie'] as const) {
      const { unmount } = render(
        <SingleWidget
          instance={{
            type: 'chart',
            config: { kind, metric: 'count', dimension: 'status', days: 0 },
          }}
        />,
      );
      const figure = await screen.findByRole('img', { name: 'Tickets by Status' });
      await waitFor(() => expect(figure.querySelector('.recharts-surface')).not.toBeNull());
      unmount();
    }
  });
});

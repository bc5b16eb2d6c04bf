import { aggregateInMemory, matchesTicketQuery, type AggregateQuery } from '@deskkit/runtime';
import { render, screen, within } from '@testing-library/react';
import { SingleWidget } from '../../testing/SingleWidget';
import { FIXTURE_NOW, fixtureDataSource } from '../../testing/fixtures';
import { createTranslator } from '../../i18n/messages';
import { kpiTrend } from './kpi';
import { ageBuckets } from './backlogAgeing';
import { bucketKeys } from './createdResolved';
import { formatMeasure } from './measure';

const t = createTranslator();
const DAY = 86_400_000;

/** What the runtime's reference aggregate answers over the fixture tickets. */
function expected(ds: ReturnType<typeof fixtureDataSource>, query: AggregateQuery) {
  const tickets = ds.tickets.filter((x) => matchesTicketQuery(x, query));
  return aggregateInMemory(tickets, { timeZone: 'UTC', ...query }).groups;
}

describe('report widgets', () => {
  it('the KPI tile shows the period and its trend against the previous one, judged better or worse', async () => {
    const ds = fixtureDataSource();
    render(
      <SingleWidget
        dataSource={ds}
        instance={{
          type: 'kpi',
          title: 'Resolve time',
          config: { metric: 'resolveTime', days: 7 },
        }}
      />,
    );
    const from = new Date(FIXTURE_NOW.getTime() - 7 * DAY).toISOString();
    const before = new Date(FIXTURE_NOW.getTime() - 14 * DAY).toISOString();
    expect(ds.calls.filter((c) => c.method === 'aggregate').map((c) => c.query)).toEqual([
      {
        metric: 'resolveTime',
        resolvedFrom: from,
        resolvedTo: FIXTURE_NOW.toISOString(),
        groupBy: [],
      },
      { metric: 'resolveTime', resolvedFrom: before, resolvedTo: from, groupBy: [] },
    ]);
    const value = expected(ds, {
      metric: 'resolveTime',
      resolvedFrom: from,
      resolvedTo: FIXTURE_NOW.toISOString(),
      groupBy: [],
    })[0]!.value;
    expect(value).toBeGreaterThan(0);
    expect(await screen.findByText(formatMeasure('resolveTime', value, t))).toHaveClass(
      'dk-report-kpi__value',
    );
    expect(screen.getByText(/Last 7 days/)).toBeInTheDocument();
    expect(screen.getByText(/^Previous 7 days: /)).toHaveClass('dk-report-kpi__previous');
  });

  it('works out trends: up, down, flat, and nothing to compare with', () => {
    expect(kpiTrend(12, 10)).toEqual({ direction: 'up', percent: 20 });
    expect(kpiTrend(5, 10)).toEqual({ direction: 'down', percent: 50 });
    expect(kpiTrend(10, 10)).toEqual({ direction: 'flat', percent: 0 });
    expect(kpiTrend(3, 0)).toEqual({ direction: 'new', percent: 0 });
    expect(kpiTrend(undefined, undefined)).toEqual({ direction: 'flat', percent: 0 });
  });

  it('counts the tickets created in the period and compares them with the period before', async () => {
    const ds = fixtureDataSource();
    const { unmount } = render(
      <SingleWidget
        dataSource={ds}
        instance={{ type: 'kpi', config: { metric: 'created', days: 3 } }}
      />,
    );
    const trend = await screen.findByText(/on the previous 3 days|Nothing to compare/);
    const created = (from: number, to: number) =>
      ds.tickets.filter(
        (x) =>
          Date.parse(x.createdAt) >= FIXTURE_NOW.getTime() - from * DAY &&
          Date.parse(x.createdAt) < FIXTURE_NOW.getTime() - to * DAY,
      ).length;
    const now = created(3, 0);
    const before = created(6, 3);
    expect(screen.getByText(String(now))).toHaveClass('dk-report-kpi__value');
    const direction = kpiTrend(now, before).direction;
    expect(trend.className).toContain(`dk-report-kpi__trend--${direction}`);
    unmount();
  });

  it('the created-vs-resolved line asks for both counts per bucket and draws two series', async () => {
    const ds = fixtureDataSource();
    render(
      <SingleWidget
        dataSource={ds}
        instance={{ type: 'createdResolved', config: { days: 10, bucket: 'day' } }}
      />,
    );
    const chart = await screen.findByRole('img', { name: /Created vs resolved/ });
    expect(chart).toBeInTheDocument();
    const queries = ds.calls.filter((c) => c.method === 'aggregate').map((c) => c.query);
    expect(queries.map((q) => [q.metric, q.groupBy])).toEqual([
      ['created', ['day']],
      ['resolved', ['day']],
    ]);
    // The screen-reader table holds a row per day with both counts.
    const table = screen.getByRole('table', { hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true }).length).toBe(
      bucketKeys(new Date(FIXTURE_NOW.getTime() - 10 * DAY), FIXTURE_NOW, 'day').length + 1,
    );
  });

  it('the report chart shows SLA compliance by group as percentages from the runtime aggregate', async () => {
    const ds = fixtureDataSource();
    render(
      <SingleWidget
        dataSource={ds}
        instance={{
          type: 'reportChart',
          config: { metric: 'slaMetRate', dimension: 'group', kind: 'bar', days: 30 },
        }}
      />,
    );
    await screen.findByRole('img', { name: /SLA compliance by Group/ });
    const query = ds.calls.find((c) => c.method === 'aggregate')!.query;
    const groups = expected(ds, query);
    expect(groups.length).toBeGreaterThan(0);
    const table = screen.getByRole('table', { hidden: true });
    for (const g of groups) {
      expect(
        within(table).getAllByText(formatMeasure('slaMetRate', g.value, t), { exact: false })
          .length,
      ).toBeGreaterThan(0);
    }
  });

  it('names what it breaks down by: workflows by their names, months as months', async () => {
    const ds = fixtureDataSource();
    const { unmount } = render(
      <SingleWidget
        dataSource={ds}
        instance={{
          type: 'reportChart',
          config: { metric: 'created', dimension: 'workflow', kind: 'bar', days: 60 },
        }}
      />,
    );
    const byWorkflow = await screen.findByRole('table', { hidden: true });
    expect(await within(byWorkflow).findByText('Incident')).toBeInTheDocument();
    expect(within(byWorkflow).queryByText('incident')).toBeNull();
    unmount();
    render(
      <SingleWidget
        dataSource={ds}
        instance={{
          type: 'reportChart',
          config: { metric: 'created', dimension: 'month', kind: 'bar', days: 60 },
        }}
      />,
    );
    const byMonth = await screen.findByRole('table', { hidden: true });
    expect(within(byMonth).getByText('Nov 2026')).toBeInTheDocument();
    expect(within(byMonth).queryByText('2026-11')).toBeNull();
  });

  it('the agent scorecard lists agents by resolved tickets with time, first contact and CSAT', async () => {
    const ds = fixtureDataSource();
    render(
      <SingleWidget
        dataSource={ds}
        instance={{ type: 'agentScorecard', config: { days: 30, top: 3 } }}
      />,
    );
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeLessThanOrEqual(3);
    const query = ds.calls.find((c) => c.method === 'aggregate')!.query;
    const resolved = expected(ds, { ...query, metric: 'resolved' })
      .filter((g) => g.key.agent)
      .sort((a, b) => b.value - a.value);
    const first = resolved[0]!;
    const csat = expected(ds, { ...query, metric: 'csat' }).find(
      (g) => g.key.agent === first.key.agent,
    );
    const cells = within(rows[0]!).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(String(first.value));
    expect(cells[3]).toHaveTextContent(csat ? csat.value.toFixed(2) : '–');
  });

  it('backlog ageing counts open tickets per age bucket at the data source clock', async () => {
    expect(ageBuckets([7, 1, 3])).toEqual([
      [0, 1],
      [1, 3],
      [3, 7],
      [7, undefined],
    ]);
    const ds = fixtureDataSource();
    render(
      <SingleWidget
        dataSource={ds}
        instance={{ type: 'backlogAgeing', config: { limits: [1, 3] } }}
      />,
    );
    await screen.findByRole('img', { name: /Open tickets by age/ });
    const queries = ds.calls.filter((c) => c.method === 'aggregate').map((c) => c.query);
    expect(queries).toHaveLength(3);
    const total = queries.map((q) => expected(ds, q)[0]?.value ?? 0).reduce((a, b) => a + b, 0);
    // The buckets split the whole backlog, each ticket in one of them.
    const backlog = expected(ds, {
      groupBy: [],
      metric: 'backlog',
      at: FIXTURE_NOW.toISOString(),
    })[0]!.value;
    expect(total).toBe(backlog);
    expect(backlog).toBeGreaterThan(0);
  });
});

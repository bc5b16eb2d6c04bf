import { toCsv } from '@deskkit/runtime/export';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import type { WidgetExportFile } from '../../dashboard/exportTable';
import { createTranslator } from '../../i18n/messages';
import { SingleWidget } from '../../testing/SingleWidget';
import { FIXTURE_NOW, fixtureDataSource } from '../../testing/fixtures';
import { aggregateInMemory, matchesTicketQuery, type AggregateQuery } from '@deskkit/runtime';
import { bucketKeys } from './createdResolved';

const t = createTranslator();

function expected(ds: ReturnType<typeof fixtureDataSource>, query: AggregateQuery) {
  const tickets = ds.tickets.filter((x) => matchesTicketQuery(x, query));
  return aggregateInMemory(tickets, { timeZone: 'UTC', ...query }).groups;
}

const aggregates = (ds: ReturnType<typeof fixtureDataSource>) =>
  ds.calls.flatMap((c) => (c.method === 'aggregate' ? [c.query] : []));

/** Clicks the widget's export button and returns the file it wrote. */
async function exportAs(format: 'CSV' | 'XLSX'): Promise<WidgetExportFile> {
  fireEvent.click(await screen.findByRole('button', { name: /^Export / }));
  const button = await screen.findByRole('button', { name: new RegExp(`as ${format}$`) });
  const before = exported.mock.calls.length;
  fireEvent.click(button);
  await waitFor(() => expect(exported.mock.calls.length).toBe(before + 1));
  return exported.mock.calls.at(-1)![0] as WidgetExportFile;
}

/** The first worksheet's rows as arrays of cell values (exceljs rows start at column 1). */
async function readXlsx(file: WidgetExportFile): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((file.data as Uint8Array).buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

let exported = vi.fn();
beforeEach(() => {
  exported = vi.fn();
});

describe('report widgets export their figures', () => {
  it('SLA compliance by group as a workbook: one row per group, percentages as numbers', async () => {
    const ds = fixtureDataSource();
    render(
      <SingleWidget
        dataSource={ds}
        onExport={exported}
        instance={{
          type: 'reportChart',
          title: 'SLA by group',
          config: { metric: 'slaMetRate', dimension: 'group', kind: 'bar', days: 30 },
        }}
      />,
    );
    const file = await exportAs('XLSX');
    expect(file.fileName).toBe('sla-by-group-2026-11-23.xlsx');
    const rows = await readXlsx(file);
    expect(rows[0]).toEqual(['Group', 'SLA compliance (%)']);
    const query = ds.calls.find((c) => c.method === 'aggregate')!.query;
    const groups = expected(ds, query);
    expect(groups.length).toBeGreaterThan(0);
    const names = new Map(
      (await ds.directory!.list!('group')).map((g) => [g.id, g.name ?? g.id] as const),
    );
    expect(rows.slice(1)).toEqual(
      groups.map((g) => [names.get(g.key.group ?? '') ?? 'None', Math.round(g.value * 1000) / 10]),
    );
  });

  it('created vs resolved as CSV: a row per day of the desk time zone, both counts', async () => {
    const ds = fixtureDataSource();
    // At 10:00 UTC it is already the next day on Kiritimati (UTC+14).
    ds.timeZone = 'Pacific/Kiritimati';
    render(
      <SingleWidget
        dataSource={ds}
        onExport={exported}
        instance={{ type: 'createdResolved', config: { days: 7, bucket: 'day' } }}
      />,
    );
    const file = await exportAs('CSV');
    expect(file.mediaType).toMatch(/^text\/csv/);
    const queries = ds.calls.filter((c) => c.method === 'aggregate').map((c) => c.query);
    expect(queries.map((q) => q.timeZone)).toEqual(['Pacific/Kiritimati', 'Pacific/Kiritimati']);
    const keys = bucketKeys(
      new Date(FIXTURE_NOW.getTime() - 7 * 86_400_000),
      FIXTURE_NOW,
      'day',
      'Pacific/Kiritimati',
    );
    expect(keys.at(-1)).toBe('2026-11-24');
    expect(keys[0]).toBe('2026-11-17');
    const count = (q: AggregateQuery, key: string) =>
      expected(ds, q).find((g) => g.key.day === key)?.value ?? 0;
    const rows = keys.map((k) => [k, count(queries[0]!, k), count(queries[1]!, k)]);
    expect(rows.some(([, c]) => Number(c) > 0)).toBe(true);
    expect(file.data).toBe(toCsv({ columns: ['Day', 'Created', 'Resolved'], rows }));
  });

  it('the agent scorecard as a workbook: hours and percentages per agent', async () => {
    const ds = fixtureDataSource();
    render(
      <SingleWidget
        dataSource={ds}
        onExport={exported}
        instance={{ type: 'agentScorecard', config: { days: 30, top: 5 } }}
      />,
    );
    await screen.findByRole('table');
    const rows = await readXlsx(await exportAs('XLSX'));
    expect(rows[0]).toEqual([
      'Agent',
      'Resolved',
      'Avg. time to resolve (h)',
      'First contact (%)',
      'CSAT',
    ]);
    const query = ds.calls.find((c) => c.method === 'aggregate')!.query;
    const top = expected(ds, { ...query, metric: 'resolved' })
      .filter((g) => g.key.agent)
      .sort((a, b) => b.value - a.value)[0]!;
    const time = expected(ds, { ...query, metric: 'resolveTime' }).find(
      (g) => g.key.agent === top.key.agent,
    )!;
    const user = await ds.directory!.getUser(top.key.agent!);
    expect(rows[1]![0]).toBe(user?.name ?? top.key.agent);
    expect(rows[1]![1]).toBe(top.value);
    expect(rows[1]![2]).toBe(Math.round((time.value / 3_600_000) * 100) / 100);
  });

  it('the KPI tile and backlog ageing export their periods and buckets', async () => {
    const ds = fixtureDataSource();
    const { unmount } = render(
      <SingleWidget
        dataSource={ds}
        onExport={exported}
        instance={{ type: 'kpi', title: 'Created', config: { metric: 'created', days: 7 } }}
      />,
    );
    const kpi = await readXlsx(await exportAs('XLSX'));
    const [current, previous] = aggregates(ds);
    expect(kpi).toEqual([
      ['Period', 'From', 'To', 'Created'],
      [
        t('kpi.period', { days: 7 }),
        current!.createdFrom,
        current!.createdTo,
        expected(ds, current!)[0]?.value ?? 0,
      ],
      [
        t('kpi.previousPeriod', { days: 7 }),
        previous!.createdFrom,
        previous!.createdTo,
        expected(ds, previous!)[0]?.value ?? 0,
      ],
    ]);
    unmount();
    ds.calls.length = 0;
    render(
      <SingleWidget
        dataSource={ds}
        onExport={exported}
        instance={{ type: 'backlogAgeing', config: { limits: [1, 3] } }}
      />,
    );
    const ageing = await readXlsx(await exportAs('XLSX'));
    const counts = aggregates(ds).map((q) => expected(ds, q)[0]?.value ?? 0);
    expect(ageing).toEqual([
      ['Age', 'Backlog'],
      ['Under 1 d', counts[0]],
      ['1–3 d', counts[1]],
      ['Over 3 d', counts[2]],
    ]);
  });

  it('widgets without a table offer no export', async () => {
    render(<SingleWidget onExport={exported} instance={{ type: 'counters', config: {} }} />);
    await screen.findByText('Rejected');
    expect(screen.queryByRole('button', { name: /^Export / })).toBeNull();
  });
});

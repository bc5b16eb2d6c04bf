import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, open, shoot } from './desk';
import { browserAvailable, openSession, withDemoHistory, type Session } from './harness';

// Three weeks of history, four tickets a working day: enough for every report, quick to seed.
withDemoHistory('21x4');

const DAY = 86_400_000;

describe.skipIf(!browserAvailable)('journey: the manager overview on a fresh desk', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('shows non-zero figures that are the runtime aggregate the manager may see', async () => {
    const { page } = session;
    page.setDefaultTimeout(60_000);
    await open(page, 'overview');
    await actAs(page, 'lea');
    await page.getByRole('tab', { name: 'Manager overview' }).click();
    const resolved = page.getByRole('region', { name: 'Resolved' });
    const value = resolved.locator('.dk-report-kpi__value');
    await value.waitFor();
    const shown = Number(await value.getAttribute('data-value'));
    expect(shown).toBeGreaterThan(0);

    // The same question over HTTP as Léa: the widgets' period, to the minute of their clock.
    const answer = await page.evaluate(async (day) => {
      const now = Math.floor(Date.now() / 60_000) * 60_000;
      const ask = async (body: unknown) => {
        const res = await fetch('/api/aggregate', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return (await res.json()) as {
          groups: Array<{ key: Record<string, string>; value: number }>;
        };
      };
      return {
        resolved: await ask({
          groupBy: [],
          metric: 'resolved',
          resolvedFrom: new Date(now - 7 * day).toISOString(),
          resolvedTo: new Date(now).toISOString(),
        }),
        byGroup: await ask({
          groupBy: ['group'],
          metric: 'slaMetRate',
          createdFrom: new Date(now - 30 * day).toISOString(),
          createdTo: new Date(now).toISOString(),
        }),
      };
    }, DAY);
    expect(shown).toBe(answer.resolved.groups[0]?.value);

    // SLA compliance by group: a bar per group the aggregate answers for, as percentages.
    const sla = page.getByRole('region', { name: 'SLA compliance by group' });
    await sla.getByRole('img').first().waitFor();
    const table = sla.getByRole('table', { includeHidden: true });
    expect(answer.byGroup.groups.length).toBeGreaterThan(0);
    for (const g of answer.byGroup.groups) {
      const percent = `${Math.round(g.value * 1000) / 10}%`;
      expect(await table.getByText(percent, { exact: false }).count()).toBeGreaterThan(0);
    }
    // The manager exports the same figures as a workbook: one row per group, percentages.
    await sla.getByRole('button', { name: 'Export SLA compliance by group', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      sla.getByRole('button', { name: 'Export SLA compliance by group as XLSX' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^sla-compliance-by-group-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const workbook = new ExcelJS.Workbook();
    // The browser runs apart from the test: its download is saved here to be read.
    const file = join(tmpdir(), `dk-e2e-${Date.now()}.xlsx`);
    await download.saveAs(file);
    await workbook.xlsx.readFile(file);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['Group', 'SLA compliance (%)']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(
      answer.byGroup.groups.map((g) => Math.round(g.value * 1000) / 10),
    );

    await page.getByRole('region', { name: 'Agent scorecard' }).getByRole('row').nth(1).waitFor();
    await shoot(session, 'journey-manager-overview');
    expect(session.errors).toEqual([]);
  }, 180_000);
});

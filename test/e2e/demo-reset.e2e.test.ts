import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, open } from './desk';
import { browserAvailable, openSession, withDemoHistory, type Session } from './harness';

// Ten days of history, four tickets a working day: quick to seed, twice (start and reset).
withDemoHistory('10x4');

const DAY = 86_400_000;

describe.skipIf(!browserAvailable)('journey: an admin resets the demo data', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('regenerates the history after a confirmation; the overview figures are the aggregate again', async () => {
    const { page } = session;
    page.setDefaultTimeout(60_000);
    await open(page, 'admin');
    await actAs(page, 'ada');
    // A ticket of today, which the reset takes away.
    const made = await page.evaluate(async () => {
      const res = await fetch('/api/tickets', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          workflow: 'change-request',
          data: {
            summary: 'Before the reset',
            target: 'CI-2001',
            risk: 'low',
            plannedStart: '2030-01-01T20:00:00.000Z',
            plannedEnd: '2030-01-01T21:00:00.000Z',
            rollbackPlan: 'Undo.',
          },
        }),
      });
      return ((await res.json()) as { id: string }).id;
    });

    await page.getByRole('tab', { name: 'Demo data' }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Reset demo data' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Demo data regenerated: \d+ tickets/ })
      .waitFor();
    const gone = await page.evaluate(
      async (id) => (await fetch(`/api/tickets/${id}`)).status,
      made,
    );
    expect(gone).toBe(404);

    await open(page, 'overview');
    await page.getByRole('tab', { name: 'Manager overview' }).click();
    const value = page.getByRole('region', { name: 'Resolved' }).locator('.dk-report-kpi__value');
    await value.waitFor();
    const shown = Number(await value.getAttribute('data-value'));
    expect(shown).toBeGreaterThan(0);
    const answer = await page.evaluate(async (day) => {
      const now = Math.floor(Date.now() / 60_000) * 60_000;
      const res = await fetch('/api/aggregate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          groupBy: [],
          metric: 'resolved',
          resolvedFrom: new Date(now - 7 * day).toISOString(),
          resolvedTo: new Date(now).toISOString(),
        }),
      });
      return ((await res.json()) as { groups: Array<{ value: number }> }).groups[0]?.value;
    }, DAY);
    expect(shown).toBe(answer);
    expect(session.errors).toEqual([]);
  }, 300_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, open, shoot, ticketNumber } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('journey 6: the simulated clock drives SLA clocks', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('moving the clock forward turns the resolution clock to warning, then breached', async () => {
    const { page } = session;
    await open(page, 'request/incident');
    await actAs(page, 'alice');
    await page.getByLabel('Summary').fill('Payments API returns 502 for everyone');
    await page.getByLabel('Priority').selectOption({ label: 'P1 – Critical' });
    await page.getByRole('button', { name: 'Submit request' }).click();
    await expect(ticketNumber(page)).resolves.toMatch(/^INC-/);

    const resolution = page.locator('.pg-sla-item[data-target="resolution"]');
    await expect(resolution.getAttribute('data-sla')).resolves.toBe('ok');
    // The clock is the whole desk's: only an administrator moves it. Ada (admin) watches the
    // ticket Alice raised while she moves it.
    await actAs(page, 'ada');
    await expect(page.getByRole('button', { name: '+1 hour' }).count()).resolves.toBe(1);
    const clock = page.getByTestId('clock');
    const before = await clock.getAttribute('datetime');

    // P1: resolution within 4 hours around the clock, warnings at 50 % and 75 %.
    await page.getByRole('button', { name: '+1 hour' }).click();
    await page.getByRole('button', { name: '+1 hour' }).click();
    await page.locator('.pg-sla-item[data-target="resolution"][data-sla="warning"]').waitFor();
    // Simulated time is real time plus the offset the buttons add.
    const moved =
      Date.parse((await clock.getAttribute('datetime')) ?? '') - Date.parse(before ?? '');
    expect(moved).toBeGreaterThanOrEqual(2 * 3_600_000);
    expect(moved).toBeLessThan(2 * 3_600_000 + 120_000);
    await expect(page.getByText(/SLA warning/).count()).resolves.toBeGreaterThan(0);

    await page.getByRole('button', { name: '+1 day' }).click();
    await page.locator('.pg-sla-item[data-target="resolution"][data-sla="breached"]').waitFor();
    await expect(page.getByText(/SLA breached/).count()).resolves.toBeGreaterThan(0);
    await shoot(session, 'journey-6-sla-breached');
    expect(session.errors).toEqual([]);
  });
});

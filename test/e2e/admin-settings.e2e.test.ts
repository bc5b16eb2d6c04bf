import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, open, saved, shoot } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('admin: calendars and SLA policies are edited and kept', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an admin edits a calendar and an SLA policy; both survive a reload', async () => {
    const { page } = session;
    await open(page, 'admin');
    await actAs(page, 'ada');

    // A calendar: shorter Monday hours and a new name.
    await page.getByRole('tab', { name: 'Calendars' }).click();
    const calendar = page.getByRole('form', { name: 'Calendar business' });
    await calendar.getByLabel('Name', { exact: true }).fill('Paris office (short Mondays)');
    await calendar.getByLabel('Monday').fill('09:00-12:00');
    // A typo is refused next to the field and nothing is saved.
    await calendar.getByLabel('Tuesday').fill('9 to 5');
    await calendar.getByRole('button', { name: 'Save calendar' }).click();
    await calendar.getByRole('alert').filter({ hasText: 'is not a time range' }).waitFor();
    await expect(calendar.getByLabel('Tuesday').getAttribute('aria-invalid')).resolves.toBe('true');
    await calendar.getByLabel('Tuesday').fill('09:00-18:00');
    await calendar.getByRole('button', { name: 'Save calendar' }).click();
    await calendar.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    // An SLA policy: P3 resolves within 6 hours around the clock.
    await page.getByRole('tab', { name: 'SLA policies' }).click();
    const sla = page.getByRole('form', { name: 'SLA policies of Report an incident' });
    const p3 = sla.getByRole('listitem', { name: 'Policy P3 – medium' });
    await p3.getByLabel('Resolution target').fill('PT6H');
    await p3.getByLabel('Calendar').selectOption('24x7');
    await sla.getByRole('button', { name: 'Publish version 2' }).click();
    await sla.getByRole('status').filter({ hasText: 'version 2' }).waitFor();
    await saved(page);

    // Reload: both edits are still there.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('tab', { name: 'Calendars' }).click();
    const again = page.getByRole('form', { name: 'Calendar business' });
    await expect(again.getByLabel('Monday').inputValue()).resolves.toBe('09:00-12:00');
    await expect(again.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(
      'Paris office (short Mondays)',
    );
    await shoot(session, 'admin-calendar-after-reload');
    await page.getByRole('tab', { name: 'SLA policies' }).click();
    const policy = page
      .getByRole('form', { name: 'SLA policies of Report an incident' })
      .getByRole('listitem', { name: 'Policy P3 – medium' });
    await expect(policy.getByLabel('Resolution target').inputValue()).resolves.toBe('PT6H');
    await page.getByText('Version 2 is published.').waitFor();

    // And it takes effect: a new P3 incident gets 6 hours around the clock.
    await actAs(page, 'alice');
    await open(page, 'request/incident');
    await page.getByLabel('Summary').fill('Printer on floor 2 jams');
    await page.getByLabel('Priority').selectOption({ label: 'P3 – Medium' });
    await page.getByRole('button', { name: 'Submit request' }).click();
    const resolution = page.locator('.pg-sla-item[data-target="resolution"]');
    await resolution.getByText(/5 h 5\d min left|6 h 00 min left/).waitFor();
    await shoot(session, 'admin-sla-applies-to-new-ticket');
    expect(session.errors).toEqual([]);
  });
});

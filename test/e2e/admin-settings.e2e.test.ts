import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialog } from 'playwright-core';
import { actAs, open, shoot } from './desk';
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
    // A closed day and a date with its own hours.
    const holidays = calendar.getByLabel('Holidays');
    await holidays.fill(`${await holidays.inputValue()}, 2026-12-31`.replace(/^, /, ''));
    await calendar.getByLabel('Exceptions').fill('2026-12-24: 09:00-12:00');
    await calendar.getByRole('button', { name: 'Save calendar' }).click();
    await calendar.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    // An SLA policy: P3 resolves within 6 hours around the clock.
    await page.getByRole('tab', { name: 'SLA policies' }).click();
    const sla = page.getByRole('form', { name: 'SLA policies of Report an incident' });
    const p3 = sla.getByRole('listitem', { name: 'Policy P3 – medium' });
    // Around the clock, then 6 hours: an amount and a unit, never ISO 8601 text.
    await p3.getByLabel('Calendar').selectOption('24x7');
    await p3.getByLabel('Resolution target: amount').fill('6');
    await p3.getByLabel('Resolution target: unit').selectOption('hours');
    await sla.getByRole('button', { name: 'Publish version 2' }).click();
    await sla.getByRole('status').filter({ hasText: 'version 2' }).waitFor();

    // Reload: both edits are still there.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('tab', { name: 'Calendars' }).click();
    const again = page.getByRole('form', { name: 'Calendar business' });
    await expect(again.getByLabel('Monday').inputValue()).resolves.toBe('09:00-12:00');
    await expect(again.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(
      'Paris office (short Mondays)',
    );
    await expect(again.getByLabel('Holidays').inputValue()).resolves.toContain('2026-12-31');
    await expect(again.getByLabel('Exceptions').inputValue()).resolves.toBe(
      '2026-12-24: 09:00-12:00',
    );
    await shoot(session, 'admin-calendar-after-reload');
    await page.getByRole('tab', { name: 'SLA policies' }).click();
    const policy = page
      .getByRole('form', { name: 'SLA policies of Report an incident' })
      .getByRole('listitem', { name: 'Policy P3 – medium' });
    await expect(policy.getByLabel('Resolution target: amount').inputValue()).resolves.toBe('6');
    await expect(policy.getByLabel('Resolution target: unit').inputValue()).resolves.toBe('hours');
    await policy.getByText('PT6H', { exact: true }).waitFor();
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

  it('the directory refuses to remove a manager, removes someone else; a schedule previews its runs', async () => {
    const { page } = session;
    await open(page, 'admin');
    await actAs(page, 'ada');
    await page.getByRole('tab', { name: 'Directory' }).click();
    // Removing asks first.
    const asked: string[] = [];
    const accept = (dialog: Dialog) => {
      asked.push(dialog.message());
      void dialog.accept();
    };
    page.on('dialog', accept);
    await page.getByRole('button', { name: 'Remove Victor Lambert' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Victor Lambert cannot be removed: manager of Alice Martin.' })
      .waitFor();
    await shoot(session, 'admin-directory-remove-refused');
    await page.getByRole('button', { name: 'Remove Bruno Leroy' }).click();
    await page.getByRole('status').filter({ hasText: 'Removed Bruno Leroy.' }).waitFor();
    page.off('dialog', accept);
    expect(asked).toEqual([
      expect.stringContaining('Remove Victor Lambert from the directory?'),
      expect.stringContaining('Remove Bruno Leroy from the directory?'),
    ]);
    // A role renamed.
    const roles = page.getByRole('form', { name: 'Roles' });
    await roles.getByLabel('Name').nth(1).fill('Desk analyst');
    await roles.getByRole('button', { name: 'Save roles' }).click();
    await roles.getByRole('status').filter({ hasText: 'Roles saved.' }).waitFor();
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('tab', { name: 'Directory' }).click();
    await page.getByRole('button', { name: 'Edit Victor Lambert' }).waitFor();
    await expect(page.getByRole('button', { name: 'Edit Bruno Leroy' }).count()).resolves.toBe(0);
    await expect(
      page.getByRole('form', { name: 'Roles' }).getByLabel('Name').nth(1).inputValue(),
    ).resolves.toBe('Desk analyst');

    await page.getByRole('tab', { name: /Schedules/ }).click();
    await page.getByRole('button', { name: '+ Add schedule' }).click();
    const form = page.getByRole('form', { name: 'New schedule' });
    // "The second Tuesday of every month", built with the designer's ScheduleEditor (no RRULE).
    await form.getByRole('combobox', { name: 'Repeats' }).selectOption('monthly');
    await form.getByRole('radio', { name: 'the' }).check();
    await form.getByRole('combobox', { name: 'Week of the month' }).selectOption('2');
    await form.getByRole('combobox', { name: 'Weekday' }).selectOption('tue');
    await form.getByLabel('First run (local time)').fill('2026-01-13T09:00');
    const preview = form.getByRole('region', { name: 'Next runs' });
    await preview.getByRole('listitem').nth(4).waitFor();
    await expect(preview.getByRole('listitem').count()).resolves.toBe(5);
    for (const text of await preview.getByRole('listitem').allTextContents())
      expect(text).toMatch(/^Tue, (0[89]|1[0-4]) [A-Z][a-z]{2} 20\d\d, 09:00$/);
    await shoot(session, 'admin-schedule-preview');
    await form.getByLabel('Time zone').fill('Mars/Olympus');
    await preview.getByRole('alert').filter({ hasText: 'No preview' }).waitFor();
    await expect(form.getByLabel('Time zone').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(session.errors).toEqual([]);
  });
});

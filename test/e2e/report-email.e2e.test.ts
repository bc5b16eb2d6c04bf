import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open, shoot, signIn } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('journey: a dashboard snapshot e-mailed on a schedule', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('schedules the manager overview, moves the clock past the run and finds the mail in the Outbox', async () => {
    const { page } = session;
    page.setDefaultTimeout(30_000);
    await open(page, 'overview');
    await signIn(page, 'ada');
    await page.getByRole('tab', { name: 'Manager overview' }).click();

    await page.getByRole('button', { name: 'Schedule e-mail' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule e-mail' });
    await dialog.getByLabel('Subject', { exact: true }).fill('Morning figures');
    await dialog
      .getByRole('combobox', { name: 'Add a person to Recipients' })
      .selectOption({ label: 'Léa Bernard' });
    await dialog.getByRole('combobox', { name: 'Repeats' }).selectOption({ label: 'Daily' });
    await dialog.getByLabel('At', { exact: true }).fill('08:00');
    const runs = dialog.getByRole('region', { name: 'Next runs' }).getByRole('listitem');
    await runs.nth(2).waitFor();
    await dialog.getByRole('checkbox', { name: 'CSV (one file per report)' }).check();
    await shoot(session, 'report-email-dialog');
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await dialog.waitFor({ state: 'detached' });
    const list = page.getByRole('list', { name: 'Scheduled e-mails' });
    await list.getByText('Morning figures').waitFor();
    await expect(list.textContent()).resolves.toContain('Léa Bernard');

    // A day later every daily run has come at least once: the desk's timers send the snapshot.
    await page.getByRole('button', { name: '+1 day' }).click();
    await open(page, 'outbox');
    const mails = page.getByRole('list', { name: 'Caught mails' });
    const mail = mails.getByRole('button').filter({ hasText: 'Morning figures: figures of' });
    await mail.first().waitFor({ timeout: 60_000 });
    await expect(mails.textContent()).resolves.toContain('ada.admin@example.com');
    await mail.first().click();
    const preview = page.getByRole('article', { name: /Mail: Morning figures/ });
    await page.getByRole('button', { name: 'Text', exact: true }).click();
    await expect(preview.locator('pre').textContent()).resolves.toContain(
      'SLA compliance by group',
    );
    await shoot(session, 'report-email-outbox');
    expect(session.errors).toEqual([]);
  });
});

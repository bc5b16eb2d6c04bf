import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, open, shoot } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('studio: authoring without JSON', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the studio follows the workflow picked in the list, without a reload', async () => {
    const { page } = session;
    await open(page, 'studio');
    await actAs(page, 'ada');
    const list = page.getByRole('list', { name: 'Workflows' });
    const general = page
      .getByRole('tabpanel', { name: 'Settings' })
      .getByRole('region', { name: 'General' });
    for (const name of ['Report an incident', 'Normal change', 'Report an incident']) {
      await list.getByRole('link', { name }).click();
      await page.getByRole('tab', { name: 'Settings', exact: true }).click();
      await expect
        .poll(() => general.getByRole('textbox', { name: 'Name', exact: true }).inputValue())
        .toBe(name);
    }
    expect(session.errors).toEqual([]);
  });

  it('an admin fixes an ambiguous SLA duration, adds a periodic automation and changes auto-close, then publishes and compares', async () => {
    const { page } = session;
    await open(page, 'studio');
    await actAs(page, 'ada');
    await page
      .getByRole('list', { name: 'Workflows' })
      .getByRole('link', { name: 'Report an incident' })
      .click();
    await page.getByRole('tab', { name: 'Settings', exact: true }).click();
    const settings = page.getByRole('tabpanel', { name: 'Settings' });

    // The seeded policies count working days in hours: nothing is ambiguous.
    const policies = settings.getByRole('region', { name: 'SLA policies' });
    await policies.getByRole('listitem').first().waitFor();
    await expect(policies.getByText(/counts days of 24 working hours/).count()).resolves.toBe(0);
    // A new policy resolves in one calendar day ("P1D"); moved onto the business calendar, "P1D"
    // counts 24 working hours: the editor says what it really means and offers the fix.
    await settings.getByRole('button', { name: 'Add SLA policy' }).click();
    const added = policies
      .getByRole('listitem')
      .filter({ has: page.getByRole('textbox', { name: 'Policy id' }) })
      .last();
    await added.getByText('P1D', { exact: true }).waitFor();
    await added.getByLabel('Calendar', { exact: true }).fill('business');
    await added.getByText(/counts days of 24 working hours/).waitFor();
    await added.getByRole('button', { name: /Keep 24 working hours \(PT24H\)/ }).click();
    await added.getByText('PT24H', { exact: true }).waitFor();
    await expect(added.getByText(/counts days of 24 working hours/).count()).resolves.toBe(0);
    await expect(
      added.getByRole('combobox', { name: 'Resolution target: unit' }).inputValue(),
    ).resolves.toBeTruthy();

    // A periodic automation, in units that say which.
    const periodic = settings.getByRole('region', { name: 'Periodic automations' });
    await periodic.getByRole('button', { name: 'Add periodic automation' }).click();
    const automation = periodic.getByRole('group', { name: 'Automation 1' });
    await automation.getByRole('spinbutton', { name: 'Runs every: amount' }).fill('3');
    await automation
      .getByRole('combobox', { name: 'Runs every: unit' })
      .selectOption({ label: 'calendar days' });
    await automation.getByText('P3D', { exact: true }).waitFor();
    await automation.getByRole('button', { name: 'Add action' }).click();
    await automation.getByLabel('Action type 1').selectOption('comment');
    await automation.getByLabel('Text').fill('Still on hold: is anything missing?');

    // Auto-close after 7 calendar days.
    const autoClose = settings.getByRole('region', { name: 'Auto-close' });
    await autoClose.getByRole('spinbutton', { name: 'Close after: amount' }).fill('7');
    await autoClose.getByText('P7D', { exact: true }).waitFor();
    await shoot(session, 'studio-authoring-settings');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published incident version 2.').waitFor();
    // The list and the versions follow at once.
    await page
      .getByRole('list', { name: 'Workflows' })
      .getByRole('listitem')
      .filter({ hasText: 'Report an incident' })
      .getByText('v2')
      .waitFor();
    await page.getByRole('list', { name: 'Versions' }).getByText('v2').waitFor();

    await page.getByRole('tab', { name: 'Compare versions' }).click();
    const changes = page.getByRole('region', { name: /Changes from v1 to / });
    await changes
      .getByText(/automation/i)
      .first()
      .waitFor();
    await shoot(session, 'studio-authoring-compare');
    expect(session.errors).toEqual([]);
  });
});

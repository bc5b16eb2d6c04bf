import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, open, raiseIncident as raise, shoot } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('journey: linking with field inheritance and backfill', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an agent links two incidents: this one inherits a field, the linked one is backfilled', async () => {
    const { page } = session;
    await open(page, 'catalog');
    await actAs(page, 'alice');
    const home = await raise(page, {
      summary: 'VPN drops when working from home',
      description: 'Disconnects every ten minutes since Monday',
    });
    await actAs(page, 'bruno');
    const outage = await raise(page, { summary: 'VPN outage for the finance team' });

    // The agent links Alice's incident to the outage it is caused by: her ticket takes the
    // outage's summary (inherit), the outage gets her description (backfill).
    await actAs(page, 'sam');
    await open(page, `ticket/${home.id}`);
    const related = page.getByRole('region', { name: 'Related tickets' });
    await related.getByRole('button', { name: 'Link ticket' }).click();
    const form = related.getByRole('form', { name: 'Link a ticket' });
    await form.getByLabel('This ticket…').selectOption({ label: 'Caused by' });
    await form.getByRole('combobox', { name: 'Ticket to link' }).fill(outage.number);
    await form.getByRole('option', { name: new RegExp(outage.number) }).click();
    await form
      .getByRole('group', { name: 'Inherit from the linked ticket' })
      .getByRole('checkbox', { name: 'Summary' })
      .check();
    await form.getByRole('checkbox', { name: /^Backfill/ }).check();
    await form
      .getByRole('group', { name: 'Fields to backfill' })
      .getByRole('checkbox', { name: 'What happened?' })
      .check();
    await form.getByRole('button', { name: 'Link' }).click();

    // This ticket now carries the linked ticket's summary, and the history says so.
    await page
      .getByRole('list', { name: 'Related tickets' })
      .locator('li[data-link="causedBy"]')
      .filter({ hasText: outage.number })
      .waitFor();
    await expect
      .poll(() => page.getByRole('textbox', { name: /^Summary/ }).inputValue(), { timeout: 10_000 })
      .toBe('VPN outage for the finance team');
    await page.getByText('Samira Haddad changed summary').first().waitFor();
    await shoot(session, 'journey-link-inherit');

    // The outage shows the back-link and the description written back from Alice's ticket.
    await open(page, `ticket/${outage.id}`);
    await page
      .getByRole('list', { name: 'Related tickets' })
      .locator('li[data-link="causes"]')
      .filter({ hasText: home.number })
      .waitFor();
    await expect
      .poll(() => page.getByRole('textbox', { name: /^What happened\?/ }).inputValue(), {
        timeout: 10_000,
      })
      .toBe('Disconnects every ten minutes since Monday');
    await page.getByText('Samira Haddad changed description').first().waitFor();
    await shoot(session, 'journey-link-backfill');
    expect(session.errors).toEqual([]);
  });
});

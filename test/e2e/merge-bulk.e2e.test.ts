import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, open, raiseIncident, shoot } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

/** Raises a P3 incident as the signed-in user; its number and id. */
const raise = (page: Page, summary: string) => raiseIncident(page, { summary });

/**
 * Waits until the ticket list shows the answer to its current search: the Results count says
 * `count`. Until the answer arrives the list still shows the rows of the query before (every
 * ticket of the desk, the raised ones among them), so waiting for the raised rows alone proves
 * nothing about the search.
 */
const listed = (page: Page, count: number) =>
  page
    .getByRole('region', { name: 'Results' })
    .getByRole('heading', { name: `Results ${count}`, exact: true })
    .waitFor();

describe.skipIf(!browserAvailable)('journeys: merge duplicates, bulk close', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an agent merges two duplicates into the primary incident; their requester follows it', async () => {
    const { page } = session;
    await open(page, 'catalog');
    await actAs(page, 'alice');
    const primary = await raise(page, 'Wi-Fi down in building B');
    await actAs(page, 'bruno');
    const dupes = [
      await raise(page, 'No Wi-Fi on floor 2'),
      await raise(page, 'Wi-Fi keeps dropping'),
    ];

    await actAs(page, 'sam');
    for (const dupe of dupes) {
      await open(page, `ticket/${dupe.id}`);
      const related = page.getByRole('region', { name: 'Related tickets' });
      await related.getByRole('button', { name: 'Merge into…' }).click();
      await related.getByRole('combobox', { name: 'Primary ticket' }).fill(primary.number);
      await related.getByRole('option', { name: new RegExp(primary.number) }).click();
      await related.getByRole('button', { name: `Merge into ${primary.number}` }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Merged into ${primary.number}` })
        .waitFor();
      await page.locator('.pg-page-header [data-status="closed"]').waitFor();
      await page.getByText('Closed as a duplicate').waitFor();
    }

    await open(page, `ticket/${primary.id}`);
    const links = page.getByRole('list', { name: 'Related tickets' });
    for (const dupe of dupes)
      await links
        .locator('li[data-link="duplicatedBy"]')
        .filter({ hasText: dupe.number })
        .waitFor();
    await page.getByRole('list', { name: 'Watchers' }).getByText('Bruno Leroy').waitFor();
    await shoot(session, 'journey-merge-duplicates');
    expect(session.errors).toEqual([]);
  });

  it('an agent bulk-closes three tickets from the list', async () => {
    const { page } = session;
    await actAs(page, 'alice');
    const raised = [];
    for (const summary of [
      'Printer jam in room 1',
      'Printer jam in room 2',
      'Printer jam in room 3',
    ])
      raised.push(await raise(page, summary));

    await actAs(page, 'sam');
    await open(page, 'tickets');
    await page.getByRole('searchbox', { name: 'Search tickets' }).fill('Printer jam');
    await listed(page, 3);
    const table = page.getByRole('table', { name: 'Tickets' });
    for (const r of raised) await table.locator(`tr[data-ticket="${r.number}"]`).waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(3);

    const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
    await page.getByRole('checkbox', { name: 'Select all listed tickets' }).check();
    await bar.getByRole('button', { name: 'Claim' }).click();
    await page.getByRole('status').filter({ hasText: 'Claim: 3 of 3 done.' }).waitFor();

    await page.getByRole('checkbox', { name: 'Select all listed tickets' }).check();
    await bar.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('status').filter({ hasText: 'Close: 3 of 3 done.' }).waitFor();
    for (const r of raised)
      await table.locator(`tr[data-ticket="${r.number}"] [data-status="closed"]`).waitFor();
    await shoot(session, 'journey-bulk-close');
    expect(session.errors).toEqual([]);
  });

  it('a team lead bulk-assigns queued incidents they hold no work on to an agent', async () => {
    const { page } = session;
    await actAs(page, 'alice');
    const raised = [
      await raise(page, 'Projector dead in room 4'),
      await raise(page, 'Projector dead in room 5'),
    ];

    await actAs(page, 'lea');
    await open(page, 'tickets');
    await page.getByRole('searchbox', { name: 'Search tickets' }).fill('Projector dead');
    await listed(page, 2);
    const table = page.getByRole('table', { name: 'Tickets' });
    for (const r of raised) await table.locator(`tr[data-ticket="${r.number}"]`).waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(2);
    await page.getByRole('checkbox', { name: 'Select all listed tickets' }).check();
    const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
    const assign = bar.getByRole('button', { name: 'Assign to…' });
    await expect.poll(() => assign.isEnabled()).toBe(true);
    await assign.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Assign to').selectOption('sam');
    await dialog.getByRole('button', { name: 'Assign to', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Assign to: 2 of 2 done.' }).waitFor();

    // Samira now holds both: they are on her list of work.
    await actAs(page, 'sam');
    await open(page, 'tickets');
    await page.getByLabel('Assignee').selectOption('sam');
    await page.getByRole('searchbox', { name: 'Search tickets' }).fill('Projector dead');
    await listed(page, 2);
    for (const r of raised) await table.locator(`tr[data-ticket="${r.number}"]`).waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(2);
    await shoot(session, 'journey-bulk-assign');
    expect(session.errors).toEqual([]);
  });
});

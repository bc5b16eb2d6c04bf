import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, currentTicketId, open, shoot, ticketNumber } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('journey: full-text search respects work notes', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the requester finds her ticket by a word of its description, not by a word of an internal note', async () => {
    const { page } = session;
    await open(page, 'catalog');
    await actAs(page, 'alice');
    await open(page, 'request/incident');
    await page.getByLabel('Summary').fill('Screen goes dark');
    await page.getByLabel('What happened?').fill('The monitor keeps flickering after lunch.');
    await page.getByRole('button', { name: 'Submit request' }).click();
    const number = await ticketNumber(page);
    const id = await currentTicketId(page);

    // The desk writes a work note with a word of its own.
    await actAs(page, 'sam');
    await open(page, `ticket/${id}`);
    await page.getByRole('tab', { name: 'Internal note' }).click();
    await page
      .getByRole('textbox', { name: 'Internal note' })
      .fill('Suspect the docking firmware, quarantine the dock.');
    await page.locator('button[data-action="note"]').click();
    await page.locator('.pg-timeline [data-internal="true"]').first().waitFor();

    const search = page.getByRole('searchbox', { name: 'Search tickets' });
    const table = page.getByRole('table', { name: 'Tickets' });
    const row = table.locator(`tr[data-ticket="${number}"]`);
    // The desk finds it by the note's word; it may export what it sees.
    await open(page, 'tickets');
    await search.fill('quarantine');
    // The search's own answer (the list shows the previous query's rows, busy, until it comes).
    await table.and(page.locator('[aria-busy="false"]')).waitFor();
    await page
      .getByRole('region', { name: 'Results' })
      .getByRole('heading', { level: 2, name: 'Results 1' })
      .waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(1);
    await row.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tickets-.*\.csv$/);
    const csv = await text(await download.createReadStream());
    expect(csv).toContain(number);
    expect(csv.split('\r\n')).toHaveLength(3); // header, one ticket, final line end

    await actAs(page, 'alice');
    await open(page, 'tickets');
    await search.fill('flickering');
    await page
      .getByRole('region', { name: 'Results' })
      .getByRole('heading', { level: 2, name: 'Results 1' })
      .waitFor();
    await row.waitFor();
    await search.fill('quarantine');
    await page.getByText('No ticket matches.').waitFor();
    await expect(row.count()).resolves.toBe(0);
    await shoot(session, 'journey-search-requester');
    expect(session.errors).toEqual([]);
  });
});

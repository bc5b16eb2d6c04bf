import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, actAs, open, ticketNumber, shoot } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)(
  'journey 1: request from the catalog, claimed and resolved',
  () => {
    let session: Session;
    beforeAll(async () => {
      session = await openSession();
    });
    afterAll(async () => {
      await session?.close();
    });

    it('a requester raises a request with a template; an agent claims and resolves it; the requester sees it resolved', async () => {
      const { page } = session;
      await open(page, 'catalog');
      await actAs(page, 'alice');

      // The requester picks the service from the multi-level catalog and a template.
      await page.getByRole('button', { name: /IT support/ }).click();
      await page.getByRole('link', { name: /Report an incident/ }).click();
      await page.getByRole('button', { name: /Laptop does not start/ }).click();
      await expect(page.getByLabel('Summary').inputValue()).resolves.toBe(
        'My laptop does not start',
      );
      await page.getByRole('button', { name: 'Submit request' }).click();
      const number = await ticketNumber(page);
      expect(number).toMatch(/^INC-\d{8}-\d{4}$/);
      await expect(page.locator('[data-status]').first().getAttribute('data-status')).resolves.toBe(
        'open',
      );

      // The agent finds it in the service-desk queue, claims it and resolves it.
      await actAs(page, 'sam');
      await open(page, 'tasks');
      const row = page.locator(`tr[data-ticket="${number}"]`);
      await row.getByRole('button', { name: `Claim ${number}` }).click();
      await page
        .getByRole('table', { name: 'Assigned to me' })
        .locator(`tr[data-ticket="${number}"]`)
        .waitFor();
      await page
        .getByRole('table', { name: 'Assigned to me' })
        .locator(`tr[data-ticket="${number}"]`)
        .getByRole('link', { name: 'Open' })
        .click();
      await page.getByRole('tab', { name: 'Handling' }).click();
      await page.getByLabel('Resolution code').selectOption({ label: 'Fixed' });
      await page.getByRole('textbox', { name: /^Resolution/ }).fill('Replaced the power adapter.');
      await act(page, 'submit');
      await expect(page.locator('[data-status]').first().getAttribute('data-status')).resolves.toBe(
        'resolved',
      );

      // The requester sees it resolved, with the agent's resolution.
      await actAs(page, 'alice');
      await page.locator('[data-status="resolved"]').first().waitFor();
      await page.getByRole('tab', { name: 'Handling' }).click();
      await expect(page.getByRole('textbox', { name: /^Resolution/ }).inputValue()).resolves.toBe(
        'Replaced the power adapter.',
      );
      await expect(page.getByLabel('Internal notes').count()).resolves.toBe(0);
      await shoot(session, 'journey-1-request-resolved');
      expect(session.errors).toEqual([]);
    });
  },
);

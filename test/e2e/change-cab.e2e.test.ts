import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, actAs, currentTicketId, open, ticketNumber, shoot } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

/** The steps the ticket page says the ticket is at now. */
async function nowAt(page: Page): Promise<string> {
  return (await page.getByTestId('now-at').textContent()) ?? '';
}

describe.skipIf(!browserAvailable)('journey 2: CAB countersign on a change request', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('needs both CAB members to approve; one rejection sends it back to planning', async () => {
    const { page } = session;
    await open(page, 'catalog');
    await actAs(page, 'sam');
    await page.getByRole('button', { name: /Infrastructure/ }).click();
    await page.getByRole('link', { name: /Normal change/ }).click();
    await page.getByRole('button', { name: /Firewall rule change/ }).click();
    // The date-time widget is a date input and a time input, named after the field.
    for (const [field, time] of [
      ['Planned start', '20:00'],
      ['Planned end', '22:00'],
    ] as const) {
      await page.getByRole('textbox', { name: `${field} date` }).fill('2026-11-28');
      await page.getByRole('textbox', { name: `${field} time` }).fill(time);
    }
    await page.getByRole('button', { name: 'Submit request' }).click();
    const number = await ticketNumber(page);
    expect(number).toMatch(/^CHG-/);
    const id = await currentTicketId(page);

    const plan = async () => {
      await actAs(page, 'sam');
      await act(page, 'claim');
      await act(page, 'submit');
      await expect(nowAt(page)).resolves.toBe('CAB approval');
    };
    const decide = async (user: string, action: 'approve' | 'reject', comment?: string) => {
      await actAs(page, user);
      await page.locator(`button[data-action="${action}"]`).waitFor();
      if (comment) await page.getByLabel('Comment').fill(comment);
      await act(page, action);
    };

    await plan();
    // One approval is not enough under countersign.
    await decide('carlos', 'approve');
    await expect(nowAt(page)).resolves.toBe('CAB approval');
    // One rejection sends it back to planning.
    await decide('chloe', 'reject', 'Not during the month-end close.');
    await expect(nowAt(page)).resolves.toBe('Plan the change');
    await expect(
      page.getByText('Not during the month-end close.').count(),
    ).resolves.toBeGreaterThan(0);

    // Re-planned, both approve: implementation starts on both branches.
    await plan();
    await decide('carlos', 'approve');
    await expect(nowAt(page)).resolves.toBe('CAB approval');
    await decide('chloe', 'approve');
    await expect(nowAt(page)).resolves.toBe('Network implementation + Database implementation');
    await open(page, `ticket/${id}`);
    await shoot(session, 'journey-2-change-cab-countersign');
    expect(session.errors).toEqual([]);
  });
});

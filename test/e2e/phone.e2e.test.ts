import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, open, shoot, signIn, ticketNumber, pickUser } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

// The desk on a phone (390 × 844): a requester raises a request, comments on it and follows it
// from the ticket list; the approving manager approves it, and rejects a second one with a reason. No page scrolls sideways and every
// control the journey touches is at least 44 px tall.
const noSideScroll = (page: Page) =>
  expect(
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).resolves.toBeLessThanOrEqual(0);

async function tap(target: Locator): Promise<void> {
  const box = await target.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  await target.click();
}

describe.skipIf(!browserAvailable)('the desk on a phone', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await session.page.setViewportSize({ width: 390, height: 844 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('raise a request, comment, follow it, and approve it at 390 × 844', async () => {
    const { page } = session;
    await open(page, 'catalog');
    await noSideScroll(page);
    await signIn(page, 'alice');
    await noSideScroll(page);

    await tap(page.getByRole('link', { name: /Request access to a system/ }));
    await tap(page.getByRole('button', { name: /CRM read access/ }));
    await pickUser(page, 'Who needs access', 'Alice', 'Alice Martin');
    await pickUser(page, 'Approving manager', 'Victor', 'Victor Lambert');
    await noSideScroll(page);
    await tap(page.getByRole('button', { name: 'Submit request' }));
    const number = await ticketNumber(page);
    await noSideScroll(page);

    await page.getByRole('textbox', { name: 'Comment' }).fill('Needed for the Monday demo.');
    const comment = page.locator('button[data-action="comment"]');
    expect((await comment.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await act(page, 'comment');
    await page.getByText('Needed for the Monday demo.').first().waitFor();

    // Following it: the ticket list leads back to it.
    await open(page, 'tickets');
    await noSideScroll(page);
    await tap(page.getByRole('link', { name: new RegExp(number) }).first());
    await expect(ticketNumber(page)).resolves.toBe(number);
    await shoot(session, 'phone-requester-ticket');

    // The manager approves it from their tasks.
    await signIn(page, 'victor');
    await open(page, 'tasks');
    await noSideScroll(page);
    const row = page
      .getByRole('table', { name: 'Assigned to me' })
      .locator(`tr[data-ticket="${number}"]`);
    await tap(row.getByRole('link', { name: 'Open' }));
    const approve = page.locator('button[data-action="approve"]');
    await approve.waitFor();
    expect((await approve.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await noSideScroll(page);
    await act(page, 'approve');
    await page
      .getByTestId('now-at')
      .filter({ hasText: 'Security review + Prepare the account' })
      .waitFor();
    await noSideScroll(page);
    await shoot(session, 'phone-approver-ticket');
    expect(session.errors).toEqual([]);
  });

  it('reject a request with a reason at 390 × 844', async () => {
    const { page } = session;
    await signIn(page, 'alice');
    await open(page, 'catalog');
    await tap(page.getByRole('link', { name: /Request access to a system/ }));
    await tap(page.getByRole('button', { name: /CRM read access/ }));
    await pickUser(page, 'Who needs access', 'Alice', 'Alice Martin');
    await pickUser(page, 'Approving manager', 'Victor', 'Victor Lambert');
    await tap(page.getByRole('button', { name: 'Submit request' }));
    const number = await ticketNumber(page);

    await signIn(page, 'victor');
    await open(page, 'tasks');
    const row = page
      .getByRole('table', { name: 'Assigned to me' })
      .locator(`tr[data-ticket="${number}"]`);
    await tap(row.getByRole('link', { name: 'Open' }));
    await tap(page.locator('button[data-action="reject"]'));
    // Rejecting asks why, in a dialog that fits the screen.
    const dialog = page.getByRole('dialog', { name: 'Reject' });
    await dialog.waitFor();
    await noSideScroll(page);
    await dialog.getByRole('textbox').fill('Alice already has CRM access through her team.');
    await tap(dialog.getByRole('button', { name: 'Reject' }));
    await page.getByRole('status').filter({ hasText: 'done' }).waitFor();
    await page.getByText('Alice already has CRM access through her team.').first().waitFor();
    await noSideScroll(page);

    // The requester sees the refusal and its reason on the ticket.
    await signIn(page, 'alice');
    await open(page, 'tickets');
    await tap(page.getByRole('link', { name: new RegExp(number) }).first());
    await expect(ticketNumber(page)).resolves.toBe(number);
    await page.getByText('Alice already has CRM access through her team.').first().waitFor();
    await noSideScroll(page);
    await shoot(session, 'phone-requester-rejected');
    expect(session.errors).toEqual([]);
  });

  it('an admin reaches every page without sideways scrolling at 390 × 844', async () => {
    const { page } = session;
    await signIn(page, 'ada');
    // The top bar keeps the clock's advance buttons and the sign-out within reach.
    for (const control of [
      page.getByRole('group', { name: 'Simulated clock' }).getByRole('button', { name: '+1 hour' }),
      page.getByRole('button', { name: 'Sign out' }),
    ]) {
      const box = await control.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    }
    const main = page.getByRole('main');
    for (const [route, ready] of [
      ['overview', main.getByRole('region', { name: /Open by priority/ })],
      ['tickets', main.getByRole('heading', { level: 2, name: /^Results \d/ })],
      ['studio', main.getByRole('heading', { level: 1, name: 'Studio' })],
      // The directory table's visually hidden column captions once widened this page to 788 px.
      ['admin', main.getByRole('columnheader', { name: 'Department' })],
    ] as const) {
      await open(page, route);
      await ready.first().waitFor();
      // The page as it settles once loaded (its lazy parts in), named in the failure.
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await expect
        .poll(overflow, { message: `${route} scrolls sideways at 390 px`, timeout: 10_000 })
        .toBeLessThanOrEqual(0);
    }
    await shoot(session, 'phone-admin-directory');
    expect(session.errors).toEqual([]);
  });
});

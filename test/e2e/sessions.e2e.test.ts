import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { act, open, shoot, signIn, signOut, ticketNumber, pickUser } from './desk';
import { browserAvailable, deskUrl, twoSessions } from './harness';
import { E2E_SESSION_SECRET, sessionToken as sessionValue } from './server';

/** The status of an API call made from the page (with its cookies). */
const apiStatus = (page: Page, path: string) =>
  page.evaluate(async (url) => (await fetch(url)).status, path);

describe.skipIf(!browserAvailable)('the desk on the server: sessions and live updates', () => {
  const sessions = twoSessions();

  it('two browsers signed in as requester and approver see each other’s changes live', async () => {
    const { requester, approver } = sessions;
    const alice = requester.page;
    const victor = approver.page;
    await open(victor, 'tasks');
    await signIn(victor, 'victor');
    await victor.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    // Neither page may reload: a flag on each window must survive to the end.
    await Promise.all([alice, victor].map((p) => p.evaluate(() => (window.name = 'no-reload'))));

    await open(alice, 'catalog');
    await signIn(alice, 'alice');
    await alice.getByRole('link', { name: /Request access to a system/ }).click();
    await alice.getByRole('button', { name: /CRM read access/ }).click();
    await pickUser(alice, 'Who needs access', 'Alice', 'Alice Martin');
    await pickUser(alice, 'Approving manager', 'Victor', 'Victor Lambert');
    await alice.getByRole('button', { name: 'Submit request' }).click();
    const number = await ticketNumber(alice);

    // Victor's task list shows Alice's request without a reload.
    const row = victor
      .getByRole('table', { name: 'Assigned to me' })
      .locator(`tr[data-ticket="${number}"]`);
    await row.waitFor();
    await row.getByRole('link', { name: 'Open' }).click();
    await act(victor, 'approve');

    // Alice, still on her ticket, sees the approval move it on without a reload.
    await alice
      .getByTestId('now-at')
      .filter({ hasText: 'Security review + Prepare the account' })
      .waitFor();
    await alice
      .getByText(/Victor Lambert/)
      .first()
      .waitFor();
    // And Victor sees Alice's comment appear on the ticket he has open.
    await alice.getByRole('textbox', { name: 'Comment' }).fill('Thanks, Victor!');
    await act(alice, 'comment');
    await victor.getByText('Thanks, Victor!').waitFor();

    for (const page of [alice, victor])
      await expect(page.evaluate(() => window.name)).resolves.toBe('no-reload');
    await shoot(requester, 'sessions-live-requester');
    await shoot(approver, 'sessions-live-approver');
    expect(requester.errors).toEqual([]);
    expect(approver.errors).toEqual([]);
  });

  it('signing out ends the session: the API refuses the tab, a reload shows the sign-in page', async () => {
    const { approver } = sessions;
    const page = approver.page;
    await expect(apiStatus(page, '/api/tasks')).resolves.toBe(200);
    await signOut(page);
    await expect(apiStatus(page, '/api/tasks')).resolves.toBe(401);
    await expect(apiStatus(page, '/api/desk/me')).resolves.toBe(401);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Main' }).count()).resolves.toBe(0);
    await shoot(approver, 'sessions-sign-in');
    // Only the refused calls this test made itself.
    expect(approver.errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });

  it('refuses a forged or expired session cookie', async () => {
    const { approver } = sessions;
    const page = approver.page;
    const url = await deskUrl();
    const future = Date.now() + 3_600_000;
    const cookies = {
      // Ada (admin) with a signature made with another key.
      forged: sessionValue('ada', future, 'not-the-server-secret-but-long-enough!!'),
      // Alice's session cookie with Ada's name put in (her signature kept).
      altered: [
        sessionValue('ada', future, E2E_SESSION_SECRET).split('.').slice(0, 2).join('.'),
        sessionValue('alice', future, E2E_SESSION_SECRET).split('.')[2],
      ].join('.'),
      // A real session of Ada's that ended a minute ago.
      expired: sessionValue('ada', Date.now() - 60_000, E2E_SESSION_SECRET),
    };
    for (const [kind, value] of Object.entries(cookies)) {
      await page.context().clearCookies();
      await page.context().addCookies([{ name: 'deskkit_session', value, url }]);
      await expect(apiStatus(page, '/api/tasks'), kind).resolves.toBe(401);
      await expect(apiStatus(page, '/api/desk/admin/timers'), kind).resolves.toBe(401);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    }
    // The same cookie, signed with the server's key and still valid, signs Ada in.
    await page.context().clearCookies();
    await page
      .context()
      .addCookies([
        { name: 'deskkit_session', value: sessionValue('ada', future, E2E_SESSION_SECRET), url },
      ]);
    await expect(apiStatus(page, '/api/desk/me')).resolves.toBe(200);
    expect(approver.errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});

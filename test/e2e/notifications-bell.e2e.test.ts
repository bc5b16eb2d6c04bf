import { describe, expect, it } from 'vitest';
import { open, shoot, signIn, ticketNumber, pickUser } from './desk';
import { browserAvailable, twoSessions } from './harness';

describe.skipIf(!browserAvailable)('journey: the approver’s bell', () => {
  const sessions = twoSessions();

  it('lights up when another user raises a request that waits for their approval', async () => {
    const { requester, approver } = sessions;
    const alice = requester.page;
    const victor = approver.page;
    await open(victor, 'catalog');
    await signIn(victor, 'victor');
    await victor.evaluate(() => (window.name = 'no-reload'));
    const bell = victor.locator('a.pg-bell');
    const before = Number(await bell.getAttribute('data-unread'));

    await open(alice, 'catalog');
    await signIn(alice, 'alice');
    await alice.getByRole('link', { name: /Request access to a system/ }).click();
    await alice.getByRole('button', { name: /CRM read access/ }).click();
    await pickUser(alice, 'Who needs access', 'Alice', 'Alice Martin');
    await pickUser(alice, 'Approving manager', 'Victor', 'Victor Lambert');
    await alice.getByRole('button', { name: 'Submit request' }).click();
    const number = await ticketNumber(alice);

    // Victor's bell counts one more unread notification, without a reload.
    await victor.getByRole('link', { name: `Notifications, ${before + 1} unread` }).waitFor();
    await expect(victor.evaluate(() => window.name)).resolves.toBe('no-reload');
    await shoot(approver, 'bell-lit');

    // The inbox names the request; opening it reads it and leads to the ticket.
    await bell.click();
    const item = victor
      .getByRole('list', { name: 'Notifications' })
      .getByRole('listitem')
      .filter({ hasText: `Alice Martin asks for your approval on ${number}` });
    await item.waitFor();
    await expect(item.getAttribute('data-unread')).resolves.toBe('true');
    await shoot(approver, 'inbox');
    await item.getByRole('link').click();
    await expect(ticketNumber(victor)).resolves.toBe(number);
    await victor
      .getByRole('link', { name: `Notifications, ${before === 0 ? 'none' : before} unread` })
      .waitFor();
    expect(requester.errors).toEqual([]);
    expect(approver.errors).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFindings, report } from './axe';
import { actAs, claimAndResolve, open, raiseIncident, shoot } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('journey: a satisfaction survey answered from the bell', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the requester rates the fix in the notification; the agent sees the rating on the ticket', async () => {
    const { page } = session;
    await open(page, 'catalog');
    await actAs(page, 'alice');
    const { id, number } = await raiseIncident(page, { summary: 'Docking station flickers' });
    await claimAndResolve(page, id, 'Replaced the docking station.');

    // Alice's bell leads to the notification, which asks for her rating right there.
    await actAs(page, 'alice');
    await page.getByRole('link', { name: /^Notifications, \d+ unread$/ }).click();
    const item = page
      .getByRole('list', { name: 'Notifications' })
      .getByRole('listitem')
      .filter({ hasText: `${number} was resolved: tell us how we did` });
    await expect(item.getAttribute('data-unread')).resolves.toBe('true');
    const survey = item.getByRole('group', {
      name: `How satisfied are you with how ${number} was handled?`,
    });
    await survey.getByLabel('Anything to add? (optional)').fill('Works fine now.');
    await shoot(session, 'journey-inbox-survey-ask');
    // The stars are real buttons with names; axe finds nothing serious on the page.
    expect(report('inbox with a survey', await axeFindings(page))).toEqual([]);
    await survey.getByRole('button', { name: '4 – Satisfied' }).click();
    await item.getByRole('status').filter({ hasText: 'Thanks — you rated 4/5' }).waitFor();
    await page
      .getByRole('list', { name: 'Notifications' })
      .getByRole('listitem')
      .filter({ hasText: `${number} was resolved` })
      .and(page.locator('[data-unread="false"]'))
      .waitFor();
    await shoot(session, 'journey-inbox-survey-thanks');

    // The agent finds the rating and the comment on the ticket.
    await actAs(page, 'sam');
    await open(page, `ticket/${id}`);
    const feedback = page.getByRole('region', { name: 'Your feedback' });
    await feedback.getByRole('img', { name: '4 out of 5' }).waitFor();
    await feedback.getByText('Works fine now.').waitFor();
    expect(session.errors).toEqual([]);
  });

  it('the e-mail’s “5 – Very satisfied” link opens the ticket with 5 chosen; one click confirms it', async () => {
    const { page } = session;
    await actAs(page, 'alice');
    const { id } = await raiseIncident(page, { summary: 'Headset crackles' });
    await claimAndResolve(page, id, 'New headset.');
    await actAs(page, 'alice');
    await open(page, `ticket/${id}?rate=5`);
    const feedback = page.getByRole('region', { name: 'Your feedback' });
    // The link's choice is applied once the ticket has loaded: wait for what it says, then check
    // the radio (reading it at once raced the page in CI).
    await feedback.getByText('You chose 5 out of 5: send it to confirm.').waitFor();
    await expect(
      feedback.getByRole('radio', { name: '5 – Very satisfied' }).isChecked(),
    ).resolves.toBe(true);
    await feedback.getByRole('button', { name: 'Send feedback' }).click();
    await feedback.getByRole('img', { name: '5 out of 5' }).waitFor();
    expect(session.errors).toEqual([]);
  });
});

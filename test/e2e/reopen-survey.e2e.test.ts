import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, claimAndResolve, currentTicketId, open, shoot, ticketNumber } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('journey: reopen, then a satisfaction survey', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the requester reopens a resolved incident with a reason, then rates the second fix; work notes stay on the desk', async () => {
    const { page } = session;
    await open(page, 'catalog');
    await actAs(page, 'alice');
    await open(page, 'request/incident');
    await page.getByRole('button', { name: /Laptop does not start/ }).click();
    // Her manager is kept informed (CC): he follows the ticket.
    await page
      .getByRole('combobox', { name: 'Add a person to CC' })
      .selectOption({ label: 'Victor Lambert' });
    await page.getByRole('button', { name: 'Submit request' }).click();
    const number = await ticketNumber(page);
    const id = await currentTicketId(page);

    // The agent writes a work note (the requester never reads it) and resolves.
    await actAs(page, 'sam');
    await open(page, `ticket/${id}`);
    await page.getByRole('tab', { name: 'Internal note' }).click();
    await page.getByRole('textbox', { name: 'Internal note' }).fill('Adapter stock is low.');
    await page.locator('button[data-action="note"]').click();
    await page.locator('.pg-timeline [data-internal="true"]').first().waitFor();
    await claimAndResolve(page, id, 'Replaced the power adapter.');

    // The requester reopens it: a reason is asked for and shows in the history.
    await actAs(page, 'alice');
    await open(page, `ticket/${id}`);
    await expect(page.getByText('Adapter stock is low.').count()).resolves.toBe(0);
    await page.getByRole('list', { name: 'Watchers' }).getByText('Victor Lambert').waitFor();
    await expect(page.getByRole('tab', { name: 'Internal note' }).count()).resolves.toBe(0);
    await page
      .getByRole('region', { name: 'Reopen' })
      .getByRole('button', { name: 'Reopen' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Reopen' });
    await dialog.getByLabel('Reason').fill('It died again this morning.');
    await dialog.getByRole('button', { name: 'Reopen' }).click();
    await page.getByRole('status').filter({ hasText: 'done' }).waitFor();
    await page.locator('.pg-page-header [data-status="open"]').waitFor();
    await page.locator('.pg-reason').filter({ hasText: 'It died again this morning.' }).waitFor();
    await page.getByText('Reopened 1×').waitFor();

    // Fixed for good; now the requester answers the survey.
    await claimAndResolve(page, id, 'Replaced the battery as well.');
    await actAs(page, 'alice');
    await open(page, `ticket/${id}`);
    const feedback = page.getByRole('region', { name: 'Your feedback' });
    await feedback.getByRole('radio', { name: '4 – Satisfied' }).check();
    await feedback.getByLabel('Anything to add? (optional)').fill('Quick second time.');
    await feedback.getByRole('button', { name: 'Send feedback' }).click();
    await feedback.getByRole('img', { name: '4 out of 5' }).waitFor();
    await expect(feedback.getByText('Quick second time.').count()).resolves.toBe(1);
    expect(number).toMatch(/^INC-/);
    await shoot(session, 'journey-reopen-survey');
    expect(session.errors).toEqual([]);
  });

  it('the requester answers a survey with its own form from the “resolved” notification', async () => {
    const { page } = session;
    const api = (path: string, body: unknown) =>
      page.evaluate(
        async ({ path, body }) => {
          const res = await fetch(path, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
          return (await res.json()) as { id: string; number: string; status: string };
        },
        { path, body },
      );
    // An administrator account's reset needs an agent, who resolves it by hand.
    await actAs(page, 'alice');
    const raised = await api('/api/tickets', {
      workflow: 'password-reset',
      data: { system: 'admin', verification: 'sms', mobile: '+33 6 12 34 56 78' },
    });
    await actAs(page, 'sam');
    await api(`/api/tickets/${raised.id}/actions`, { action: 'claim' });
    const done = await api(`/api/tickets/${raised.id}/actions`, {
      action: 'submit',
      data: { resetStatus: 'link-sent' },
    });
    expect(done.status).toBe('resolved');

    await actAs(page, 'alice');
    await open(page, 'inbox');
    const note = page
      .getByRole('list', { name: 'Notifications' })
      .getByRole('link', { name: new RegExp(`${raised.number} was resolved: tell us how we did`) });
    await note.first().click();
    await page.waitForURL(new RegExp(`#/ticket/${raised.id}$`));
    const feedback = page.getByRole('region', { name: 'Your feedback' });
    // The workflow's own survey form, rendered by the kit's FormRenderer: no stars.
    await expect(feedback.getByRole('radio', { name: '4 – Satisfied' }).count()).resolves.toBe(0);
    await feedback.getByRole('textbox', { name: /How was resetting your password/ }).fill('4');
    await feedback.getByLabel('Did the link work the first time?').selectOption('yes');
    await feedback.getByRole('textbox', { name: 'What could be better?' }).fill('Nothing.');
    await feedback.getByRole('button', { name: 'Send feedback' }).click();
    await feedback.getByRole('img', { name: '4 out of 5' }).waitFor();
    await shoot(session, 'journey-survey-form');
    expect(session.errors).toEqual([]);
  });
});

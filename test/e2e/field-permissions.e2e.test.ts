import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, actAs, currentTicketId, open, shoot, pickUser } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('journey 3: one field, two roles, the same step', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the security assessment is editable for the security officer and hidden from the agent', async () => {
    const { page } = session;
    await open(page, 'catalog');
    await actAs(page, 'alice');
    await page.getByRole('link', { name: /Request access to a system/ }).click();
    await page.getByRole('button', { name: /CRM read access/ }).click();
    await pickUser(page, 'Who needs access', 'Alice', 'Alice Martin');
    await pickUser(page, 'Approving manager', 'Victor', 'Victor Lambert');
    await page.getByRole('button', { name: 'Submit request' }).click();
    const id = await currentTicketId(page);
    // The requester never sees the security review fields.
    await expect(page.getByLabel('Security assessment').count()).resolves.toBe(0);

    await actAs(page, 'victor');
    await act(page, 'approve');
    await expect(page.getByTestId('now-at').textContent()).resolves.toBe(
      'Security review + Prepare the account',
    );

    // The security officer works the security review: the assessment is there and editable.
    await actAs(page, 'sofia');
    await act(page, 'claim');
    const assessment = page.getByRole('textbox', { name: /^Security assessment/ });
    await expect(assessment.isEditable()).resolves.toBe(true);
    await assessment.fill('Read access to CRM is low risk for a sales employee.');
    await act(page, 'update');
    await shoot(session, 'journey-3-security-officer-view');

    // At the same moment the agent works the account preparation: no assessment at all.
    await actAs(page, 'sam');
    await open(page, `ticket/${id}`);
    await act(page, 'claim');
    await expect(page.getByTestId('now-at').textContent()).resolves.toBe(
      'Security review + Prepare the account',
    );
    await expect(page.getByRole('textbox', { name: /^Account name/ }).isEditable()).resolves.toBe(
      true,
    );
    await expect(page.getByText('Security assessment').count()).resolves.toBe(0);
    await expect(page.getByText('low risk for a sales employee').count()).resolves.toBe(0);
    await shoot(session, 'journey-3-agent-view');
    expect(session.errors).toEqual([]);
  });
});

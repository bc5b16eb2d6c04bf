import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, currentTicketId, open, shoot, ticketNumber } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('journey: a $requester rule for a VIP', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a VIP is asked for a call-back number and gets the VIP SLA; another requester gets neither', async () => {
    const { page } = session;
    // Alice is no VIP: the incident form has no call-back field, her P3 gets the P3 policy.
    await open(page, 'request/incident');
    await actAs(page, 'alice');
    await page.getByLabel('Summary').fill('Outlook will not open my shared calendar');
    await page.getByRole('textbox', { name: /^What happened\?/ }).waitFor();
    await expect(page.getByRole('textbox', { name: /^Call-back number/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Submit request' }).click();
    await expect(ticketNumber(page)).resolves.toMatch(/^INC-/);
    const response = page.locator('.pg-sla-item[data-target="response"]');
    await expect(response.textContent()).resolves.toContain('P3 – medium');

    // Victor is a VIP in the directory: the form's rule ($requester.vip) shows him the field,
    // and the SLA policy whose `when` reads $requester.vip applies to his ticket.
    await actAs(page, 'victor');
    await open(page, 'request/incident');
    await page.getByLabel('Summary').fill('Cannot present from the boardroom screen');
    await page.getByRole('textbox', { name: /^Call-back number/ }).fill('+33 6 12 34 56 78');
    await page.getByRole('button', { name: 'Submit request' }).click();
    await expect(ticketNumber(page)).resolves.toMatch(/^INC-/);
    const id = await currentTicketId(page);
    await expect(response.textContent()).resolves.toContain('VIP – executive');
    await shoot(session, 'journey-vip-requester');

    // The agent working it sees the number: the rule reads the requester, not the viewer.
    await actAs(page, 'sam');
    await open(page, `ticket/${id}`);
    const callback = page.getByRole('textbox', { name: /^Call-back number/ });
    await callback.waitFor();
    await expect.poll(() => callback.inputValue(), { timeout: 10_000 }).toBe('+33 6 12 34 56 78');
    await expect(response.textContent()).resolves.toContain('VIP – executive');
    await shoot(session, 'journey-vip-agent');
    expect(session.errors).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, currentTicketId, open, shoot } from './desk';
import { artifactsDir, browserAvailable, openSession, type Session } from './harness';

const everyone = ['Service catalog', 'My tasks', 'Tickets', 'Overview'];
// The problem board is for the desk (agents, engineers, team leads, admins).
const desk = [...everyone, 'Problems'];
// `tickets`: how many of the two incidents each finds on the Tickets page.
const roles = [
  { user: 'alice', part: 'requester', pages: everyone, tickets: 1 },
  { user: 'sam', part: 'agent', pages: desk, tickets: 2 },
  { user: 'lea', part: 'team-lead', pages: desk, tickets: 2 },
  { user: 'carlos', part: 'cab', pages: everyone, tickets: 0 },
  { user: 'ada', part: 'admin', pages: [...desk, 'Studio', 'Admin', 'Outbox'], tickets: 2 },
] as const;

describe.skipIf(!browserAvailable)('every page as each role', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows each role only the pages, tickets and actions their permissions allow', async () => {
    const { page } = session;
    // Two requesters raise an incident each.
    await open(page, 'request/incident');
    await actAs(page, 'bruno');
    await page.getByRole('button', { name: /VPN/ }).first().click();
    await page.getByRole('button', { name: 'Submit request' }).click();
    const bruno = await currentTicketId(page);
    await actAs(page, 'alice');
    await open(page, 'request/incident');
    await page.getByRole('button', { name: /Laptop does not start/ }).click();
    await page.getByRole('button', { name: 'Submit request' }).click();
    const alice = await currentTicketId(page);

    for (const role of roles) {
      await actAs(page, role.user);
      const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
      await expect(nav.allTextContents()).resolves.toEqual(
        role.pages.map((p) => expect.stringContaining(p)),
      );
      for (const name of role.pages) {
        await nav.filter({ hasText: name }).click();
        await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
        if (name === 'Tickets') {
          // A requester finds their own ticket only, a CAB member no incident, the desk both.
          const results = page.getByRole('region', { name: 'Results' });
          await results
            .locator('.pg-count')
            .filter({ hasText: String(role.tickets) })
            .waitFor();
          await expect(results.locator('tbody tr').count()).resolves.toBe(role.tickets);
        }
        await page.screenshot({
          path: `${artifactsDir}roles-${role.part}-${name.toLowerCase().replace(/\W+/g, '-')}.png`,
        });
      }
      // The requester's ticket: its requester and the desk may open it; a CAB member may not.
      await open(page, `ticket/${alice}`);
      if (role.user === 'carlos') {
        // The client answers a ticket one may not see exactly like one that does not exist.
        await page
          .getByRole('alert')
          .filter({ hasText: /does not exist|not found|may not view/i })
          .waitFor();
      } else {
        await page.getByTestId('now-at').waitFor();
        const actions = page.getByRole('group', { name: 'Ticket actions' }).getByRole('button');
        const offered = await actions.evaluateAll((els) =>
          els.map((e) => e.getAttribute('data-action')),
        );
        if (role.user === 'alice') expect(offered).not.toContain('claim');
        if (role.user === 'sam') expect(offered).toContain('claim');
      }
      await shoot(session, `roles-${role.part}-ticket`);
    }
    // A requester may not open someone else's ticket by its address.
    await actAs(page, 'alice');
    await open(page, `ticket/${bruno}`);
    await page
      .getByRole('alert')
      .filter({ hasText: /does not exist|not found|may not view/i })
      .waitFor();
    expect(session.errors).toEqual([]);
  });
});

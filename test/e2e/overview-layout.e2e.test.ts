import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, open, shoot } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('journey 5: a personal overview layout', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a user rearranges their overview and the layout survives a reload', async () => {
    const { page } = session;
    await open(page, 'overview');
    await actAs(page, 'sam');
    const sla = page.getByRole('region', { name: 'SLA watch' });
    await sla.waitFor();
    const before = await sla.boundingBox();

    // Rearrange with the keyboard path of the dashboard: move "SLA watch" two columns right.
    await page.getByRole('button', { name: 'Customize' }).click();
    const handle = page.getByRole('button', { name: 'Move or resize SLA watch' });
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByText(/SLA watch moved to column 3/).waitFor();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.waitForTimeout(400);
    const moved = await sla.boundingBox();
    expect(moved!.x).toBeGreaterThan(before!.x + 50);

    // Reload: the same user sees their arrangement.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await sla.waitFor();
    await page.waitForTimeout(400);
    const after = await sla.boundingBox();
    expect(Math.round(after!.x)).toBe(Math.round(moved!.x));
    expect(Math.round(after!.y)).toBe(Math.round(moved!.y));

    // Another agent still sees the default arrangement.
    await actAs(page, 'tom');
    await page.waitForTimeout(400);
    const other = await sla.boundingBox();
    expect(Math.round(other!.x)).toBe(Math.round(before!.x));
    await actAs(page, 'sam');
    await page.waitForTimeout(400);
    await shoot(session, 'journey-5-overview-layout');
    expect(session.errors).toEqual([]);
  });
});

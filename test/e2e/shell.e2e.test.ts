import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, open } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('playground shell in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('renders the navigation and every page without console errors', async () => {
    const { page } = session;
    await open(page);
    // An admin is offered every page.
    await actAs(page, 'ada');
    for (const name of ['Service catalog', 'My tasks', 'Tickets', 'Overview', 'Studio', 'Admin']) {
      await page.getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    }
    await session.screenshot('shell');
    expect(session.errors).toEqual([]);
  });
});

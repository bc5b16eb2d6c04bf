import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, open, shoot, ticketNumber } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('journey 4: design, publish, use', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an admin designs a new form and workflow in the Studio, publishes it, and a requester raises a ticket of it', async () => {
    const { page } = session;
    await open(page, 'studio');
    await actAs(page, 'ada');
    await page.getByLabel('New workflow name').fill('Software request');
    await page.getByRole('button', { name: 'Create' }).click();

    // The form: add a multi-line text field from the builder's palette.
    await page.getByRole('tab', { name: 'Form', exact: true }).click();
    await page
      .getByRole('button', { name: /Multi-line text/ })
      .first()
      .click();
    await page.getByRole('tab', { name: 'Preview' }).click();
    const preview = page.locator('.dk-designer .dk-form');
    await expect(preview.getByRole('textbox').count()).resolves.toBe(2);
    const newLabel =
      (await preview.locator('label').nth(1).textContent())?.replace('*', '').trim() ?? '';
    expect(newLabel).not.toBe('');

    // Publish the first version; it appears in the version list.
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published software-request version 1.').waitFor();
    await page.getByRole('list', { name: 'Versions' }).getByText('v1').waitFor();
    await shoot(session, 'journey-4-studio-form-published');

    // A requester finds it in the catalog and raises a ticket with the new field.
    await actAs(page, 'alice');
    await open(page, 'catalog');
    await page.getByRole('link', { name: /Software request/ }).click();
    await page.getByLabel('Summary').fill('Install a diagram editor');
    await page
      .getByRole('textbox', { name: new RegExp(`^${newLabel}`) })
      .fill('Needed for the network maps.');
    await page.getByRole('button', { name: 'Submit request' }).click();
    const number = await ticketNumber(page);
    expect(number).not.toBe('');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Install a diagram editor',
    );
    await expect(
      page.getByRole('textbox', { name: new RegExp(`^${newLabel}`) }).inputValue(),
    ).resolves.toBe('Needed for the network maps.');
    await shoot(session, 'journey-4-studio-published-and-used');
    expect(session.errors).toEqual([]);
  });

  it('the Studio opens a demo workflow on its process graph', async () => {
    const { page } = session;
    await open(page, 'studio');
    await actAs(page, 'ada');
    await page.getByRole('link', { name: 'Normal change' }).click();
    await page.locator('.dk-designer .react-flow__node').nth(5).waitFor();
    await shoot(session, 'studio-change-request');
    expect(session.errors).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, open, shoot } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

// The workflow canvas without a pointer, as the designer README's "Keyboard" table documents it:
// every step below is a key press (or focus moved the way Tab would), and each action is checked
// in the live region a screen reader reads and in the canvas's own label.
const canvasLabel = (page: Page) =>
  page.locator('.dk-designer .react-flow').first().getAttribute('aria-label');

const announced = (page: Page, text: string | RegExp) =>
  page
    .locator('.dk-designer [role="status"][aria-live="polite"]')
    .filter({ hasText: text })
    .waitFor();

const transformOf = (page: Page, id: string) =>
  page.locator(`.dk-designer .react-flow__node[data-id="${id}"]`).evaluate((el) => {
    return (el as HTMLElement).style.transform;
  });

describe.skipIf(!browserAvailable)('the workflow canvas by keyboard', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('adds, selects, moves, connects, deletes and restores a step with keys only, each announced', async () => {
    const { page } = session;
    await open(page, 'studio');
    await actAs(page, 'ada');
    await page.getByLabel('New workflow name').fill('Keyboard flow');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.locator('.dk-designer .react-flow__node').first().waitFor();
    const before = await page.locator('.dk-designer .react-flow__node').count();
    expect(await canvasLabel(page)).toMatch(new RegExp(`^Workflow canvas: ${before} steps`));

    // Enter on a palette item adds that step; the live region says so and the canvas counts it.
    const palette = page.getByRole('navigation', { name: 'Add a step' });
    await palette.getByRole('button', { name: /^Approval/ }).focus();
    await page.keyboard.press('Enter');
    await announced(page, /^Added Approval step /);
    const added = (await page
      .locator('.dk-designer [role="status"][aria-live="polite"]')
      .textContent())!.replace(/^Added Approval step /, '');
    await expect.poll(() => canvasLabel(page)).toMatch(`Workflow canvas: ${before + 1} steps`);
    const node = page.locator(`.dk-designer .react-flow__node[data-id="${added}"]`);
    expect(await node.getAttribute('aria-label')).toMatch(/Approval/);

    // Tab to the step (it is focusable), Enter selects it, arrow keys move it.
    await node.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => node.getAttribute('class')).toMatch(/selected/);
    const at = await transformOf(page, added);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => transformOf(page, added)).not.toBe(at);

    // Connecting without a pointer: the inspector's "Connect to…", driven by the keyboard.
    const connectTo = page.getByLabel('Connect to');
    await connectTo.focus();
    const target = await connectTo.locator('option').nth(1).getAttribute('value');
    expect(target).toBeTruthy();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => connectTo.inputValue()).toBe(target);
    await page.getByRole('button', { name: 'Connect', exact: true }).focus();
    await page.keyboard.press('Enter');
    await announced(page, /^Connected /);
    await shoot(session, 'canvas-keyboard-connected');

    // Back on the step: Delete removes it (and its connection), Ctrl+Z brings both back.
    await node.focus();
    await page.keyboard.press('Delete');
    await announced(page, /^Deleted \d+ item/);
    await expect.poll(() => canvasLabel(page)).toMatch(`Workflow canvas: ${before} steps`);
    // The deleted step had the focus; Tab brings it back into the designer (here: the palette).
    await palette.getByRole('button').first().focus();
    await page.keyboard.press('Control+z');
    await announced(page, 'Undone');
    await expect.poll(() => canvasLabel(page)).toMatch(`Workflow canvas: ${before + 1} steps`);
    await node.waitFor();
    expect(session.errors).toEqual([]);
  });
});

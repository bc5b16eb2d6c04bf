import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actAs, open, shoot } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

/**
 * Waits until the widget's box satisfies `ok` and has stopped moving (the grid animates moves:
 * two reads in a row agree), and returns it.
 */
async function boxWhen(
  widget: Locator,
  ok: (box: { x: number; y: number }) => boolean,
): Promise<{ x: number; y: number }> {
  let last = '';
  return vi.waitFor(
    async () => {
      const box = await widget.boundingBox();
      const seen = JSON.stringify(box);
      const settled = seen === last;
      last = seen;
      if (!box || !ok(box) || !settled) throw new Error(`the widget is at ${seen}`);
      return box;
    },
    { timeout: 10_000, interval: 60 },
  );
}

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
    const moved = await boxWhen(sla, (box) => box.x > before!.x + 50);

    // Reload: the same user sees their arrangement.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await sla.waitFor();
    const same = (a: number, b: number) => Math.round(a) === Math.round(b);
    await boxWhen(sla, (box) => same(box.x, moved.x) && same(box.y, moved.y));

    // Another agent still sees the default arrangement.
    await actAs(page, 'tom');
    await boxWhen(sla, (box) => same(box.x, before!.x));
    await actAs(page, 'sam');
    await boxWhen(sla, (box) => same(box.x, moved.x));
    await shoot(session, 'journey-5-overview-layout');

    // The same with the mouse: drag "SLA watch" by its handle back to the first column.
    await page.getByRole('button', { name: 'Customize' }).click();
    const grip = await handle.boundingBox();
    if (!grip) throw new Error('no handle');
    const [x0, y0] = [grip.x + grip.width / 2, grip.y + grip.height / 2];
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move(x0 + (before!.x - moved.x) / 2, y0, { steps: 4 });
    await page.mouse.move(x0 + (before!.x - moved.x), y0, { steps: 4 });
    await page.mouse.up();
    await page.getByText(/SLA watch moved to column 1/).waitFor();
    await page.getByRole('button', { name: 'Done' }).click();
    await boxWhen(sla, (box) => same(box.x, before!.x));
    expect(session.errors).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { baseUrl, type Session } from './harness';

/** Opens a page of the playground by its hash route and waits for the desk to boot. */
export async function open(page: Page, route = 'catalog'): Promise<void> {
  const url = `${baseUrl()}#/${route}`;
  page.setDefaultTimeout(10_000);
  if (page.url() === 'about:blank') await page.goto(url);
  else await page.evaluate((hash) => (window.location.hash = hash), `#/${route}`);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** Switches the user the playground acts as (the top bar's user switcher). */
export async function actAs(page: Page, userId: string): Promise<void> {
  await page.getByLabel('Acting as').selectOption(userId);
}

/** Waits until every change is written to IndexedDB (the top bar says "Saved"). */
export async function saved(page: Page): Promise<void> {
  await page.locator('[data-saved="true"]').waitFor();
}

/** The ticket id of the ticket page currently shown (`#/ticket/<id>`). */
export async function currentTicketId(page: Page): Promise<string> {
  await page.waitForURL(/#\/ticket\/[^/]+$/);
  return decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
}

/** Clicks an action button of the ticket page (by its `data-action`) and waits for "done". */
export async function act(page: Page, action: string): Promise<void> {
  await page.locator(`button[data-action="${action}"]`).click();
  await page.getByRole('status').filter({ hasText: 'done' }).waitFor();
}

/** The number of the ticket page currently shown (from its subtitle, `INC-… · Workflow`). */
export async function ticketNumber(page: Page): Promise<string> {
  await page.waitForURL(/#\/ticket\/[^/]+$/);
  const hint = await page.locator('.pg-page-header .pg-hint').first().textContent();
  return (hint ?? '').split(' ')[0] ?? '';
}

/** Saves the journey's screenshot with the page scrolled to the top (the top bar is sticky). */
export async function shoot(session: Session, name: string): Promise<string> {
  await session.page.evaluate(() => window.scrollTo(0, 0));
  return session.screenshot(name);
}

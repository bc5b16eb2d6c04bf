import type { Page } from 'playwright-core';
import { deskUrl, type Session } from './harness';

/** The desk once it has started: signed in (the navigation) or the sign-in page. */
const ready = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Main' })
    .or(page.getByRole('heading', { level: 1, name: 'Sign in' }))
    .waitFor();

/** Opens a page of the playground by its hash route and waits for the desk to boot. */
export async function open(page: Page, route = 'catalog'): Promise<void> {
  const url = `${await deskUrl()}#/${route}`;
  page.setDefaultTimeout(10_000);
  if (page.url() === 'about:blank') await page.goto(url);
  else await page.evaluate((hash) => (window.location.hash = hash), `#/${route}`);
  await ready(page);
}

/** Signs out when someone is signed in, and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  const account = page.getByRole('group', { name: 'Signed in' });
  if (await account.count()) await account.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
}

/**
 * Signs in as a demo user on the sign-in page (signing the current user out first); the desk
 * stays on the page its address names.
 */
export async function signIn(page: Page, userId: string): Promise<void> {
  if (page.url() === 'about:blank') await open(page);
  const current = page.getByTestId('signed-in-user');
  if (await current.count()) await signOut(page);
  await page.getByLabel('Demo account').selectOption(userId);
  await page.getByRole('button', { name: /^Sign in as / }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** The journeys' "now as this user": sign in as them. */
export const actAs = signIn;

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
  // The ticket page loads on first use: wait for its subtitle, not the previous page's.
  const subtitle = page.locator('.pg-page-header .pg-hint').filter({ hasText: /^[A-Z]+-\d/ });
  await subtitle.first().waitFor();
  const hint = await subtitle.first().textContent();
  return (hint ?? '').split(' ')[0] ?? '';
}

/** Saves the journey's screenshot with the page scrolled to the top (the top bar is sticky). */
export async function shoot(session: Session, name: string): Promise<string> {
  await session.page.evaluate(() => window.scrollTo(0, 0));
  return session.screenshot(name);
}

/** Picks a person in a user-picker field of a form: types part of the name, chooses the option. */
export async function pickUser(
  page: Page,
  label: string,
  search: string,
  name: string,
): Promise<void> {
  await page.getByRole('combobox', { name: new RegExp(`^${label}`) }).fill(search);
  await page
    .locator('.dk-form [role="listbox"]')
    .getByRole('option', { name: new RegExp(name) })
    .click();
}

/**
 * Raises an incident (P3 unless `data` says otherwise) as the signed-in user through the desk's
 * own API; its number and id.
 */
export async function raiseIncident(
  page: Page,
  data: Record<string, string>,
): Promise<{ id: string; number: string }> {
  return page.evaluate(async (data) => {
    const res = await fetch('/api/tickets', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workflow: 'incident', data: { priority: 'P3', ...data } }),
    });
    if (!res.ok) throw new Error(`POST /api/tickets: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: string; number: string };
  }, data);
}

/** The agent claims the incident from the queue and resolves it with `resolution`. */
export async function claimAndResolve(page: Page, id: string, resolution: string): Promise<void> {
  await actAs(page, 'sam');
  await open(page, `ticket/${id}`);
  await act(page, 'claim');
  await page.getByRole('tab', { name: 'Handling' }).click();
  await page.getByLabel('Resolution code').selectOption({ label: 'Fixed' });
  await page.getByRole('textbox', { name: /^Resolution/ }).fill(resolution);
  await act(page, 'submit');
  await page.locator('.pg-page-header [data-status="resolved"]').waitFor();
}

import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFindings, report, unknown } from './axe';
import { open, signIn, signOut } from './desk';
import {
  artifactsDir,
  browserAvailable,
  openSession,
  withDemoHistory,
  type Session,
} from './harness';
import { knownDeskFindings } from './axe-known';

// axe-core over every page of the desk as an administrator sees it (the sign-in page first), with
// the kit's components light and dark (`dk-dark` on the document): no serious or critical
// violation beyond the ones axe-known.ts lists (each one a recorded debt, never a new one).
// A few days of demo history, so the lists, the dashboards and a ticket page have something to show.
withDemoHistory('3x2');

const pages: Array<[string, (page: Page) => Promise<unknown>]> = [
  ['catalog', (p) => p.getByRole('heading', { level: 1, name: 'Service catalog' }).waitFor()],
  ['tasks', (p) => p.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor()],
  ['tickets', (p) => p.locator('tr[data-ticket]').first().waitFor({ timeout: 30_000 })],
  ['overview', (p) => p.locator('.dk-dashboard .dk-widget').first().waitFor()],
  ['problems', (p) => p.getByRole('heading', { level: 1, name: 'Problems' }).waitFor()],
  ['studio', (p) => p.getByRole('heading', { level: 1, name: 'Studio' }).waitFor()],
  ['admin', (p) => p.getByRole('heading', { level: 1, name: 'Admin' }).waitFor()],
  ['inbox', (p) => p.getByRole('heading', { level: 1 }).first().waitFor()],
];

const setDark = (page: Page, dark: boolean) =>
  page.evaluate((on) => document.documentElement.classList.toggle('dk-dark', on), dark);

describe.skipIf(!browserAvailable)('axe over every desk page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('sign-in, every page, a request form and a ticket, light and dark', async () => {
    const { page } = session;
    const problems: string[] = [];
    const counts = { light: 0, dark: 0 };
    const check = async (where: string) => {
      for (const theme of ['light', 'dark'] as const) {
        await setDark(page, theme === 'dark');
        const found = await axeFindings(page, theme === 'dark' ? ['color-contrast'] : undefined);
        counts[theme] += found.length;
        problems.push(...report(`${where} (${theme})`, found));
      }
      await setDark(page, false);
    };
    await open(page, 'catalog');
    const account = page.getByTestId('signed-in-user');
    if (await account.count()) await signOut(page);
    await check('sign-in');
    await signIn(page, 'ada');
    for (const [route, shown] of pages) {
      await open(page, route);
      await shown(page);
      await check(route);
    }
    // A request form (the first service of the catalog) and a ticket (the first of the list).
    await open(page, 'catalog');
    await page.locator('a.pg-service').first().click();
    await page.locator('.dk-form').first().waitFor();
    await check('request');
    await open(page, 'tickets');
    await page.locator('tr[data-ticket] a.pg-mono').first().click();
    await page.locator('.pg-timeline').waitFor();
    await check('ticket');

    writeFileSync(`${artifactsDir}axe-desk.txt`, problems.join('\n'));
    console.log(
      `[axe] desk pages: serious/critical rule violations light ${counts.light}, dark ${counts.dark}`,
    );
    expect(unknown(problems, knownDeskFindings)).toEqual([]);
  });
});

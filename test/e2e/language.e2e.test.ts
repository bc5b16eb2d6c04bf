import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, open } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('desk language in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    // The next journey of this browser reads English again.
    await session?.page.evaluate(() => localStorage.removeItem('deskkit.playground.locale'));
    await session?.close();
  });

  it('an agent switches the desk to Chinese in the top bar, and it stays Chinese after a reload', async () => {
    const { page } = session;
    await open(page);
    await actAs(page, 'ada');
    await page.getByLabel('Language').selectOption('zh-CN');
    // The playground's pages and the kit's components (the dashboard) speak Chinese at once.
    await page.getByRole('link', { name: '概览', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '概览' }).waitFor();
    await page.getByRole('button', { name: '自定义' }).first().waitFor();
    await page.getByRole('link', { name: '服务目录', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '服务目录' }).waitFor();
    await session.screenshot('language-zh-CN');
    await page.reload();
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    await expect(page.getByLabel('语言').inputValue()).resolves.toBe('zh-CN');
    await expect(page.getByRole('button', { name: '退出登录' }).count()).resolves.toBe(1);
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(session.errors).toEqual([]);
  });
});

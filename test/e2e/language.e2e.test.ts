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

  it('a workflow written in English and Chinese: the Chinese desk serves its 中文 texts, the Studio edits both side by side', async () => {
    const { page } = session;
    await open(page, 'catalog');
    await actAs(page, 'alice');
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('heading', { level: 1, name: '服务目录' }).waitFor();
    // The catalog: the password reset's name and catalog path in Chinese.
    await page.getByText('账号与权限').first().waitFor();
    await page.getByRole('link', { name: /重置我的密码/ }).click();
    // The request page: its title, field titles and option labels in Chinese.
    await page.getByRole('heading', { level: 1, name: '重置我的密码' }).waitFor();
    await page.getByRole('combobox', { name: /^哪个账号？/ }).waitFor();
    await page.getByRole('radio', { name: '短信' }).waitFor();
    await page.getByRole('radio', { name: '由我的经理确认' }).waitFor();
    await expect(page.getByText('Which account?').count()).resolves.toBe(0);
    await session.screenshot('language-zh-CN-request');
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Reset my password' }).waitFor();

    // The Studio opens the definition as written: both variants, one input per language.
    await open(page, 'studio');
    await actAs(page, 'ada');
    await page.getByRole('link', { name: 'Reset my password' }).click();
    await page.locator('.dk-designer .react-flow__node').first().waitFor();
    await page.getByRole('tab', { name: 'Settings', exact: true }).click();
    const en = page.getByRole('textbox', { name: 'Name (English)', exact: true });
    const zh = page.getByRole('textbox', { name: /^Name \(Chinese/ });
    await expect(en.inputValue()).resolves.toBe('Reset my password');
    await expect(zh.first().inputValue()).resolves.toBe('重置我的密码');
    const [a, b] = [await en.boundingBox(), await zh.first().boundingBox()];
    // Side by side on a wide screen: the two inputs share a line.
    expect(a && b && Math.abs(a.y - b.y) < 4 && b.x > a.x).toBe(true);
    await page.getByRole('tab', { name: 'Form', exact: true }).click();
    await page.getByRole('button', { name: /^Select Which account\?/ }).click();
    await expect(
      page
        .getByRole('textbox', { name: /^Label \(Chinese/ })
        .first()
        .inputValue(),
    ).resolves.toBe('哪个账号？');
    await session.screenshot('language-studio-side-by-side');
    expect(session.errors).toEqual([]);
  });
});

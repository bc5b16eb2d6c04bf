/**
 * Screenshots of the designer and the viewer for visual review: builds the bench page, opens each
 * view in Chromium and writes PNGs to $SHOTS_DIR (default /tmp/dk-shots).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, serve } from './serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = process.env.SHOTS_DIR ?? '/tmp/dk-shots';
mkdirSync(out, { recursive: true });
if (!process.argv.includes('--no-build')) await build({ configFile: `${here}vite.config.ts` });
const server = await serve(`${here}dist`);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
});
const views = (
  process.argv.find((a) => a.startsWith('--views='))?.slice(8) ??
  'itsm,broken,types,itsm&theme=dark,itsm&tab=permissions,itsm&tab=settings,viewer,viewer-dark'
).split(',');
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  for (const v of views) {
    await page.goto(`${server.url}?view=${v}`);
    await page.waitForSelector('.dk-designer');
    await page.waitForTimeout(600);
    const click = process.env.CLICK;
    if (click) {
      await page.locator(click).first().click();
      await page.waitForTimeout(300);
    }
    const file = `${out}/${v.replace(/[^a-z0-9]+/gi, '-')}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}

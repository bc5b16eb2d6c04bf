/**
 * Screenshots of the renderer, all widgets and the builder (light and dark) into bench/shots/,
 * from the production bundle served on 127.0.0.1. Options: --no-build.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, serve } from './serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
if (!process.argv.includes('--no-build')) await build({ configFile: `${here}vite.config.ts` });
const server = await serve(`${here}dist`);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
});
mkdirSync(`${here}shots`, { recursive: true });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  for (const [name, query] of [
    ['renderer', 'view=renderer'],
    ['renderer-dark', 'view=renderer&dark'],
    ['widgets', 'view=widgets'],
    ['widgets-dark', 'view=widgets&dark'],
    ['builder', 'view=builder'],
    ['builder-dark', 'view=builder&dark'],
  ]) {
    await page.goto(`${server.url}screens.html?${query}`);
    await page.waitForTimeout(600);
    if (name.startsWith('builder'))
      await page.getByRole('button', { name: 'Select Urgency' }).click();
    await page.screenshot({ path: `${here}shots/${name}.png`, fullPage: true });
    console.log(`bench/shots/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}

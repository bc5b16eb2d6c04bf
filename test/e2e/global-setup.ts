import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, findChromium } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string | null;
    chromiumMissingReason: string;
    /** The built desk (`vite build` of apps/playground) each test file's server serves. */
    deskDist: string;
    /** One Chromium shared by every test file (each opens its own context); '' when none. */
    browserEndpoint: string;
  }
}

/**
 * Builds the playground's desk for production, launches one Chromium the test files connect to,
 * and tells the tests where both are. A missing Chromium skips the browser tests locally and fails them when CI is set.
 */
export default async function setup(project: TestProject) {
  const browser = findChromium();
  if (browser.path === null) {
    if (process.env.CI)
      throw new Error(`CI is set but the browser tests cannot run: ${browser.reason}`);
    project.provide('chromiumPath', null);
    project.provide('chromiumMissingReason', browser.reason);
    project.provide('deskDist', '');
    project.provide('browserEndpoint', '');
    return;
  }
  // Build the desk once; each test file starts its own server on it (see harness.ts).
  const { build } = await import('vite');
  const root = fileURLToPath(new URL('../../apps/playground', import.meta.url));
  const deskDist = `${root}/dist`;
  await build({ configFile: `${root}/vite.config.ts`, root, logLevel: 'warn' });
  // Launching Chromium costs about a second on a busy machine: launch it once for all files.
  const { chromium } = await import('playwright-core');
  const shared = await chromium.launchServer({
    executablePath: browser.path,
    headless: true,
    args: chromiumArgs,
  });
  project.provide('chromiumPath', browser.path);
  project.provide('chromiumMissingReason', '');
  project.provide('deskDist', deskDist);
  project.provide('browserEndpoint', shared.wsEndpoint());
  return async () => {
    await shared.close();
  };
}

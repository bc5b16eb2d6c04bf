import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, findChromium } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string | null;
    chromiumMissingReason: string;
    baseUrl: string;
    /** One Chromium shared by every test file (each opens its own context); '' when none. */
    browserEndpoint: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Builds the playground for production, serves it on a free local port, launches one Chromium the
 * test files connect to, and tells the tests where both are. A missing Chromium skips the browser tests locally and fails them when CI is set.
 */
export default async function setup(project: TestProject) {
  const browser = findChromium();
  if (browser.path === null) {
    if (process.env.CI)
      throw new Error(`CI is set but the browser tests cannot run: ${browser.reason}`);
    project.provide('chromiumPath', null);
    project.provide('chromiumMissingReason', browser.reason);
    project.provide('baseUrl', '');
    project.provide('browserEndpoint', '');
    return;
  }
  const { build, preview } = await import('vite');
  const root = fileURLToPath(new URL('../../apps/playground', import.meta.url));
  const configFile = `${root}/vite.config.ts`;
  await build({ configFile, root, logLevel: 'warn' });
  const port = await freePort();
  const server = await preview({
    configFile,
    root,
    logLevel: 'warn',
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  // Launching Chromium costs about a second on a busy machine: launch it once for all files.
  const { chromium } = await import('playwright-core');
  const shared = await chromium.launchServer({
    executablePath: browser.path,
    headless: true,
    args: chromiumArgs,
  });
  project.provide('chromiumPath', browser.path);
  project.provide('chromiumMissingReason', '');
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  project.provide('browserEndpoint', shared.wsEndpoint());
  return async () => {
    await shared.close();
    await server.close();
  };
}

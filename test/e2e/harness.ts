import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromiumArgs } from './browser';
import { startDeskServer, type DeskServer } from './server';

export const artifactsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** True when the browser tests can run; otherwise the reason is printed once and they are skipped. */
export const browserAvailable = inject('chromiumPath') !== null;
if (!browserAvailable) {
  console.warn(`[e2e] skipping browser tests: ${inject('chromiumMissingReason')}`);
}

let server: Promise<DeskServer> | null = null;
let history: string | undefined;

/**
 * Makes this test file's server seed demo history on its first start (`DEMO_HISTORY` of the
 * playground server, e.g. `'21x4'`); call it before anything opens the desk.
 */
export function withDemoHistory(value: string): void {
  history = value;
}

/**
 * The URL of this test file's playground server, started on first use: the real Node server on a
 * free port with a fresh PGlite data folder, so each file starts from the demo data. It stops
 * when the file's tests are done.
 */
export function deskUrl(): Promise<string> {
  server ??= startDeskServer(inject('deskDist'), history ? { history } : {});
  return server.then((s) => s.url);
}
afterAll(async () => {
  const running = server;
  server = null;
  await (await running)?.stop();
});

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A fresh browser context (its own profile: no cookie, so nobody is signed in) on the Chromium the global
 * setup launched, or on one launched here when there is none, with a page that records console
 * errors.
 */
export async function openSession(): Promise<Session> {
  const path = inject('chromiumPath');
  if (!path) throw new Error('openSession() called although no Chromium is available');
  const endpoint = inject('browserEndpoint');
  const browser = endpoint
    ? await chromium.connect(endpoint)
    : await chromium.launch({ executablePath: path, headless: true, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    // A 4xx answer the desk shows (a refused removal, a ticket one may not see, a call after
    // signing out) is logged by Chromium as a failed resource: that is the desk working, not an error.
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(msg.text()))
      return;
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  mkdirSync(artifactsDir, { recursive: true });
  return {
    browser,
    context,
    page,
    errors,
    async screenshot(name) {
      const file = `${artifactsDir}${name}.png`;
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      // On a shared browser this only disconnects; the global setup closes it.
      await browser.close();
    },
  };
}

/**
 * Two browser sessions side by side (a requester's and an approver's), each with its own profile,
 * opened before and closed after the tests of the calling `describe`.
 */
export function twoSessions(): { readonly requester: Session; readonly approver: Session } {
  let pair: [Session, Session] | undefined;
  beforeAll(async () => {
    pair = await Promise.all([openSession(), openSession()]);
  });
  afterAll(async () => {
    await Promise.all(pair?.map((s) => s.close()) ?? []);
  });
  const get = (i: 0 | 1) => {
    if (!pair) throw new Error('twoSessions(): the sessions open in beforeAll');
    return pair[i];
  };
  return {
    get requester() {
      return get(0);
    },
    get approver() {
      return get(1);
    },
  };
}

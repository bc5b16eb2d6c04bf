import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './harness';

// @deskkit/forms under a strict Content-Security-Policy (no 'unsafe-eval'): the page at
// packages/forms/bench/csp.html renders a FormRenderer with rules (jsonata) and the runtime's
// eval-free validator, served with `script-src 'self'`.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'";
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

describe.skipIf(!browserAvailable)('@deskkit/forms under a strict CSP in Chromium', () => {
  let session: Session;
  let server: Server;
  let url = '';
  let outDir = '';

  beforeAll(async () => {
    const { build } = await import('vite');
    outDir = mkdtempSync(join(tmpdir(), 'deskkit-forms-csp-'));
    const configFile = fileURLToPath(
      new URL('../../packages/forms/bench/vite.config.ts', import.meta.url),
    );
    await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname
        .replace(/^\/+/, '')
        .replace(/\.\./g, '');
      const file = join(outDir, path || 'csp.html');
      if (path === 'favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      if (!existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
      });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/csp.html`;
    session = await openSession();
    await session.page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
  });

  afterAll(async () => {
    await session?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('renders, evaluates rules and validates without eval', async () => {
    const { page } = session;
    const response = await page.goto(url);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    // The policy is enforced: the page's own probe of `new Function` was refused.
    await expect.poll(() => page.locator('html').getAttribute('data-eval-blocked')).toBe('true');

    const email = page.getByRole('textbox', { name: 'Email' });
    await email.fill('not-an-email');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#submitted').textContent()).toBe('');

    await email.fill('ann@example.com');
    await page.getByRole('textbox', { name: 'Age' }).fill('70');
    // A jsonata rule shows and requires "Reason" from 65 on.
    const reason = page.getByRole('textbox', { name: /Reason/ });
    await reason.waitFor();
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('Retirement plan');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect
      .poll(() => page.locator('#submitted').textContent())
      .toBe(JSON.stringify({ email: 'ann@example.com', age: 70, reason: 'Retirement plan' }));

    await session.screenshot('forms-csp');
    const violations = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    // Only the probe's own attempt; the form itself never asked for eval.
    expect(violations).toEqual(['script-src eval']);
    expect(session.errors).toEqual([]);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open, signIn } from './desk';
import { browserAvailable, openSession, type Session } from './harness';
import { STRICT_CSP, recordViolations, serveStatic } from './static-csp';

// Every package under a strict Content-Security-Policy (no 'unsafe-eval'), with no option set:
// packages/forms/bench/csp.html (a FormRenderer with jsonata rules), test/e2e/pages/kit.html (the
// form builder, the workflow designer and viewer, and a dashboard) and the desk itself, which the
// playground server sends with the same policy.
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe.skipIf(!browserAvailable)('every package under a strict CSP in Chromium', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const outDirs: string[] = [];

  beforeAll(async () => {
    const { build } = await import('vite');
    const pages: Record<string, string> = {
      forms: '../../packages/forms/bench/vite.config.ts',
      kit: './pages/vite.config.ts',
    };
    const roots: Record<string, string> = {};
    for (const [name, config] of Object.entries(pages)) {
      const outDir = mkdtempSync(join(tmpdir(), `deskkit-csp-${name}-`));
      outDirs.push(outDir);
      const configFile = fileURLToPath(new URL(config, import.meta.url));
      await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
      roots[name] = outDir;
    }
    server = await serveStatic(roots);
    session = await openSession();
    await session.page.addInitScript(recordViolations);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('renders a form, evaluates rules and validates without eval', async () => {
    const { page } = session;
    const response = await page.goto(`${server.url}forms/csp.html`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
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
    // Only the probe's own attempt; the form itself never asked for eval.
    expect(await violations(page)).toEqual(['script-src eval']);
    expect(session.errors).toEqual([]);
  });

  it('runs the form builder, the designer, the viewer and a dashboard with no option set', async () => {
    const { page } = session;
    await page.goto(`${server.url}kit/kit.html`);
    await expect.poll(() => page.locator('html').getAttribute('data-eval-blocked')).toBe('true');

    // The builder shows its canvas and previews the form (rjsf on the eval-free validator).
    const builder = page.getByRole('region', { name: 'Form builder 1' });
    await builder.getByRole('tab', { name: 'Preview' }).click();
    await builder.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => builder.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);

    // The designer draws its steps; the viewer its path.
    const designer = page.getByRole('region', { name: 'Workflow designer 1' });
    await designer.locator('.react-flow__node').first().waitFor();
    const viewer = page.getByRole('region', { name: 'Workflow viewer 1' });
    await viewer.locator('.react-flow__node').first().waitFor();

    // Every dashboard widget validates its configuration and shows its content (a chart too:
    // Chart.js loads lazily from 'self'), none says its configuration is invalid.
    const dashboard = page.getByRole('region', { name: 'Dashboard 1' });
    await dashboard.getByRole('heading', { name: 'Team lead overview' }).waitFor();
    await dashboard.locator('canvas').first().waitFor();
    await expect.poll(() => dashboard.getByText(/invalid configuration/i).count()).toBe(0);

    await session.screenshot('kit-csp');
    expect(await violations(page)).toEqual(['script-src eval']);
    expect(session.errors).toEqual([]);
  });

  it('two of every component on one page share no DOM id, and leave the host page unstyled', async () => {
    const { page } = session;
    await page.goto(`${server.url}kit/kit.html?twice`);
    for (const n of [1, 2]) {
      await page
        .getByRole('region', { name: `Workflow designer ${n}` })
        .locator('.react-flow__node')
        .first()
        .waitFor();
      await page
        .getByRole('region', { name: `Workflow viewer ${n}` })
        .locator('.react-flow__node')
        .first()
        .waitFor();
      await page
        .getByRole('region', { name: `Dashboard ${n}` })
        .getByRole('heading', { name: 'Team lead overview' })
        .waitFor();
    }
    const duplicates = await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const el of document.querySelectorAll('[id]'))
        seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    expect(duplicates).toEqual([]);
    // The stylesheets style only Deskkit's own elements: the page keeps the browser's defaults.
    const host = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      return { margin: body.margin, font: body.fontFamily, color: body.color };
    });
    expect(host).toEqual({ margin: '8px', font: '"Times New Roman"', color: 'rgb(0, 0, 0)' });
    expect(session.errors).toEqual([]);
  });

  it('serves the desk with the strict policy, and the desk keeps to it', async () => {
    const { page } = session;
    await page.goto('about:blank');
    await open(page, 'catalog');
    const main = await page.request.get(page.url());
    expect(main.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(main.headers()['content-security-policy']).not.toContain('unsafe-eval');
    await signIn(page, 'ada');
    for (const route of ['overview', 'catalog', 'tickets', 'studio', 'admin']) {
      await open(page, route);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    expect(await violations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

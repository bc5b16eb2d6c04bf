import { describe, expect, it } from 'vitest';
import {
  budgets,
  ceilings,
  includesPackage,
  measureBundle,
  wholeKitSource,
} from '../../scripts/bundle-size';

// What an app bundler ships for the four packages, from source, measured as scripts/bench-size.mjs
// prints it (scripts/bundle-size.ts). The desk's initial load (≤ 350 kB) is checked on the built
// desk by test/e2e/desk-size.e2e.test.ts.
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

describe('what the kit ships', () => {
  it('no ajv, markdown-to-jsx, exceljs or csv-stringify; Chart.js, re2js and rrule only behind import()', async () => {
    const { eagerInputs, lazyInputs } = await measureBundle(wholeKitSource);
    const never = ['ajv', 'ajv-formats', 'markdown-to-jsx', '@rjsf/validator-ajv8', 'exceljs'];
    for (const pkg of [...never, 'csv-stringify']) {
      expect(includesPackage(eagerInputs, pkg), pkg).toBe(false);
      expect(includesPackage(lazyInputs, pkg), pkg).toBe(false);
    }
    for (const pkg of ['chart.js', 're2js', 'rrule']) {
      expect(includesPackage(eagerInputs, pkg), pkg).toBe(false);
      expect(includesPackage(lazyInputs, pkg), pkg).toBe(true);
    }
  });

  it('Chart.js is imported by name and registered part by part, never chart.js/auto', async () => {
    // The parts the charts do not draw with are tree-shaken: a radar chart is not in the chunk.
    const whole = await measureBundle("export * from './packages/widgets/node_modules/chart.js';");
    const kit = await measureBundle(wholeKitSource);
    const chartJs = (parts: { part: string; lazy: number; eager: number }[]) =>
      parts.find((p) => p.part === 'chart.js');
    expect(chartJs(kit.parts)?.lazy ?? 0).toBeGreaterThan(0);
    expect(chartJs(kit.parts)?.lazy ?? 0).toBeLessThan((chartJs(whole.parts)?.eager ?? 0) * 0.92);
  });

  // The budgets of docs/performance.md. The runtime's main entry and the whole kit are over
  // theirs (bench-size prints by how much and what is largest): until they are met, `ceilings`
  // (the figures when they were last worked down, plus a little room) keep them from growing.
  it(`the runtime main entry stays within ${kb(ceilings.runtimeMain)} (budget ${kb(budgets.runtimeMain)})`, async () => {
    const { js } = await measureBundle("export * from '@deskkit/runtime';");
    expect(js, kb(js)).toBeLessThanOrEqual(Math.max(ceilings.runtimeMain, budgets.runtimeMain));
  });

  it(`the whole kit stays within ${kb(ceilings.wholeKit)} (budget ${kb(budgets.wholeKit)})`, async () => {
    const { js, lazy, css } = await measureBundle(wholeKitSource);
    const total = js + lazy + css;
    expect(total, kb(total)).toBeLessThanOrEqual(Math.max(ceilings.wholeKit, budgets.wholeKit));
  });
});

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
  it('no ajv, markdown-to-jsx, exceljs, csv-stringify, Chart.js or re2js; redos-detector and rrule only behind import()', async () => {
    const { eagerInputs, lazyInputs } = await measureBundle(wholeKitSource);
    // The charts are the widgets' own SVG (packages/widgets/src/charts): no charting library.
    // re2js: regular expressions run on the native RegExp once the ReDoS check passed them.
    const never = [
      'ajv',
      'ajv-formats',
      'markdown-to-jsx',
      '@rjsf/validator-ajv8',
      'exceljs',
      'chart.js',
      '@kurkle/color',
      're2js',
    ];
    for (const pkg of [...never, 'csv-stringify']) {
      expect(includesPackage(eagerInputs, pkg), pkg).toBe(false);
      expect(includesPackage(lazyInputs, pkg), pkg).toBe(false);
    }
    for (const pkg of ['redos-detector', 'rrule']) {
      expect(includesPackage(eagerInputs, pkg), pkg).toBe(false);
      expect(includesPackage(lazyInputs, pkg), pkg).toBe(true);
    }
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

#!/usr/bin/env -S npx tsx
// Bundle size benchmark (run with tsx: `pnpm bench:size`): each package entry bundled with its
// dependencies from the package sources (React excluded), minified and gzipped, split at every
// import() the way an app bundler splits it (scripts/bundle-size.ts), printed beside the budgets
// of docs/performance.md; then the desk's initial load from a production build of the playground.
// "JS" is what loading the entry downloads, "lazy JS" the chunks behind import().
// test/integration/bundle-size.test.ts fails when a figure passes its ceiling.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgets, measureBundle, wholeKitSource } from './bundle-size.ts';
import { deskInitialLoad } from './desk-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The desk's initial load: the playground built for production as it is served (React included),
 * and what a browser downloads before the first page shows — index.html's script with its static
 * imports and stylesheets, and the server-host chunk main.tsx imports at boot. Pages that bring
 * the designer, the form builder, the form renderer or the dashboards load on first use.
 */
async function measureDesk() {
  const { build } = await import('vite');
  const app = `${root}apps/playground`;
  const outDir = mkdtempSync(join(tmpdir(), 'deskkit-size-desk-'));
  try {
    await build({
      configFile: `${app}/vite.config.ts`,
      root: app,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
    return deskInitialLoad(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const entries = [
  ['@deskkit/runtime (main entry, all exports)', "export * from '@deskkit/runtime';"],
  ['@deskkit/runtime/i18n', "export * from '@deskkit/runtime/i18n';"],
  ['@deskkit/runtime/ajv', "export * from '@deskkit/runtime/ajv';"],
  ['@deskkit/runtime/schedules', "export * from '@deskkit/runtime/schedules';"],
  ['@deskkit/runtime/export', "export * from '@deskkit/runtime/export';"],
  ['@deskkit/forms', "export * from '@deskkit/forms';\nimport './packages/forms/src/style.css';"],
  [
    '@deskkit/designer',
    "export * from '@deskkit/designer';\nimport './packages/designer/src/style.css';",
  ],
  [
    '@deskkit/widgets',
    "export * from '@deskkit/widgets';\nimport './packages/widgets/src/style.css';",
  ],
  // A browser desk talking to @deskkit/server pays only for this (no Hono, no jose, no engine).
  ['@deskkit/server/client (createHttpClient)', "export * from '@deskkit/server/client';"],
  ['whole kit (all four packages)', wholeKitSource],
];
const rows = [];
for (const [label, contents] of entries) rows.push({ label, ...(await measureBundle(contents)) });

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log('\nBundle size, minified + gzip, React excluded');
console.log('| bundle | JS | lazy JS | CSS |');
console.log('| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.label} | ${kb(r.js)} | ${kb(r.lazy)} | ${kb(r.css)} |`);

const runtime = rows[0];
const kit = rows[rows.length - 1];
console.log('\nWhole kit, largest parts (minified, before gzip; eager / lazy):');
for (const p of kit.parts.slice(0, 15))
  console.log(`  ${p.part.padEnd(36)} ${kb(p.eager).padStart(9)} / ${kb(p.lazy)}`);
console.log('Whole kit, lazy chunks (gzip, named by their largest part):');
for (const c of kit.chunks.filter((c) => !c.eager && c.gz > 2048))
  console.log(`  ${c.main.padEnd(36)} ${kb(c.gz).padStart(9)}`);

const httpClient = rows.find((r) => r.label.startsWith('@deskkit/server/client'));
const desk = await measureDesk();
const kitTotal = kit.js + kit.lazy + kit.css;
const deskTotal = desk.js + desk.css;
const verdict = (n, budget) => (n <= budget ? 'within' : `OVER by ${kb(n - budget)}`);
console.log(
  `\nruntime main entry (target ≤ ${kb(budgets.runtimeMain)}; jsonata 26 kB + ajv 38 kB): ${kb(runtime.js)}` +
    ` — ${verdict(runtime.js, budgets.runtimeMain)}` +
    ` (+ ${kb(runtime.lazy)} lazy: rrule on the first schedule, re2js on the first pattern or regular expression)`,
);
console.log(
  `@deskkit/server/client (a browser desk over HTTP, with the runtime's error classes): ${kb(httpClient.js)}`,
);
console.log(
  `whole kit (four packages, lazy chunks and CSS included, React excluded; target ≤ ${kb(budgets.wholeKit)};` +
    ` Form.io full 519 kB, SurveyJS Creator 689 kB, bpmn-js Modeler 170 kB JS + 76 kB CSS): ${kb(kitTotal)}` +
    ` (${kb(kit.js)} JS + ${kb(kit.lazy)} lazy JS + ${kb(kit.css)} CSS) — ${verdict(kitTotal, budgets.wholeKit)}`,
);
console.log(
  `desk initial load (apps/playground built, React included; target ≤ ${kb(budgets.deskInitial)}): ${kb(deskTotal)}` +
    ` (${kb(desk.js)} JS + ${kb(desk.css)} CSS; all of its JS, pages loaded on first use included: ${kb(desk.all)})` +
    ` — ${verdict(deskTotal, budgets.deskInitial)}`,
);

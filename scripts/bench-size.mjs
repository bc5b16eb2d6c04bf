#!/usr/bin/env node
// Bundle size benchmark: each package entry bundled with its dependencies (React excluded),
// minified and gzipped, printed beside the targets and peers of PERFORMANCE.md. Code behind a
// dynamic import() (e.g. rrule, loaded by the runtime on the first schedule) is split into chunks
// the way an app bundler splits it: "JS" is what loading the entry downloads, "lazy JS" the rest.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { deskInitialLoad } from './desk-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const alias = {
  '@deskkit/server/client': `${root}packages/server/src/client/index.ts`,
  '@deskkit/runtime/ajv': `${root}packages/runtime/src/ajv.ts`,
  '@deskkit/runtime/errors': `${root}packages/runtime/src/errors/errors.ts`,
  '@deskkit/runtime/schedules': `${root}packages/runtime/src/schedules.ts`,
  '@deskkit/runtime': `${root}packages/runtime/src/index.ts`,
  '@deskkit/forms': `${root}packages/forms/src/index.ts`,
  '@deskkit/designer': `${root}packages/designer/src/index.ts`,
  '@deskkit/widgets': `${root}packages/widgets/src/index.ts`,
};
// As in the @deskkit/forms build (packages/forms/tsup.config.ts): rjsf's markdown-to-jsx is replaced.
const plainMarkdown = {
  name: 'rjsf-plain-markdown',
  setup(b) {
    b.onResolve({ filter: /^markdown-to-jsx(\/react)?$/ }, () => ({
      path: `${root}packages/forms/src/renderer/plainMarkdown.tsx`,
    }));
  },
};
const external = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'react-dom/client',
  'pg',
  '@electric-sql/pglite',
];

async function measure(label, contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    splitting: true,
    metafile: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    alias,
    plugins: [plainMarkdown],
    external,
    outdir: 'out',
    loader: { '.css': 'css' },
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  // The entry chunk and the chunks it imports statically load with it; the others on demand.
  const outputs = result.metafile.outputs;
  // The stdin entry (code behind import() gets entry points of its own in the metafile).
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint === '<stdin>');
  const eager = new Set();
  const visit = (key) => {
    if (eager.has(key)) return;
    eager.add(key);
    for (const i of outputs[key].imports)
      if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  let js = 0;
  let lazy = 0;
  let css = 0;
  for (const file of result.outputFiles) {
    const gz = gzipSync(file.contents, { level: 9 }).length;
    const key = Object.keys(outputs).find((k) => file.path.endsWith(k));
    if (file.path.endsWith('.css')) css += gz;
    else if (eager.has(key)) js += gz;
    else lazy += gz;
  }
  return { label, js, lazy, css };
}

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

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const rows = [
  await measure('@deskkit/runtime (main entry, all exports)', "export * from '@deskkit/runtime';"),
  await measure('@deskkit/runtime/ajv', "export * from '@deskkit/runtime/ajv';"),
  await measure('@deskkit/runtime/schedules', "export * from '@deskkit/runtime/schedules';"),
  await measure(
    '@deskkit/forms',
    "export * from '@deskkit/forms';\nimport './packages/forms/src/style.css';",
  ),
  await measure(
    '@deskkit/designer',
    "export * from '@deskkit/designer';\nimport './packages/designer/src/style.css';",
  ),
  await measure(
    '@deskkit/widgets',
    "export * from '@deskkit/widgets';\nimport './packages/widgets/src/style.css';",
  ),
  // A browser desk talking to @deskkit/server pays only for this (no Hono, no jose, no engine).
  await measure(
    '@deskkit/server/client (createHttpClient)',
    "export * from '@deskkit/server/client';",
  ),
  await measure(
    'whole kit (all four packages)',
    [
      "export * as runtime from '@deskkit/runtime';",
      "export * as forms from '@deskkit/forms';",
      "export * as designer from '@deskkit/designer';",
      "export * as widgets from '@deskkit/widgets';",
      "import './packages/forms/src/style.css';",
      "import './packages/designer/src/style.css';",
      "import './packages/widgets/src/style.css';",
    ].join('\n'),
  ),
];
console.log('\nBundle size, minified + gzip, React excluded');
console.log('| bundle | JS | lazy JS | CSS |');
console.log('| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.label} | ${kb(r.js)} | ${kb(r.lazy)} | ${kb(r.css)} |`);
const runtime = rows[0];
const kit = rows[rows.length - 1];
console.log(
  `\nruntime main entry target ≤ 100 kB (jsonata 26 kB + ajv 38 kB): ${kb(runtime.js)}` +
    ` (+ ${kb(runtime.lazy)} lazy: rrule on the first schedule, re2js on the first pattern or regular expression)`,
);
const httpClient = rows.find((r) => r.label.startsWith('@deskkit/server/client'));
console.log(
  `@deskkit/server/client (a browser desk over HTTP, with the runtime's error classes): ${kb(httpClient.js)}`,
);
const desk = await measureDesk();
console.log(
  `whole kit (four packages, lazy chunks included; target ≤ 450 kB; Form.io full 519 kB, SurveyJS Creator 689 kB,` +
    ` bpmn-js Modeler 170 kB JS + 76 kB CSS): ${kb(kit.js + kit.lazy + kit.css)}`,
);
console.log(
  `desk initial load (apps/playground built, React included; target ≤ 350 kB): ${kb(desk.js + desk.css)}` +
    ` (${kb(desk.js)} JS + ${kb(desk.css)} CSS; all of its JS, pages loaded on first use included: ${kb(desk.all)})`,
);

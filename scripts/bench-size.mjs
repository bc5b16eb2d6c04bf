#!/usr/bin/env node
// Bundle size benchmark: each package entry bundled with its dependencies (React excluded),
// minified and gzipped, printed beside the targets and peers of PERFORMANCE.md.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const alias = {
  '@deskkit/runtime/ajv': `${root}packages/runtime/src/ajv.ts`,
  '@deskkit/runtime': `${root}packages/runtime/src/index.ts`,
  '@deskkit/forms': `${root}packages/forms/src/index.ts`,
  '@deskkit/designer': `${root}packages/designer/src/index.ts`,
  '@deskkit/widgets': `${root}packages/widgets/src/index.ts`,
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
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    alias,
    external,
    outdir: 'out',
    loader: { '.css': 'css' },
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  let js = 0;
  let css = 0;
  for (const file of result.outputFiles) {
    const gz = gzipSync(file.contents, { level: 9 }).length;
    if (file.path.endsWith('.css')) css += gz;
    else js += gz;
  }
  return { label, js, css };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const rows = [
  await measure('@deskkit/runtime (all exports)', "export * from '@deskkit/runtime';"),
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
console.log('| bundle | JS | CSS |');
console.log('| --- | --- | --- |');
for (const r of rows) console.log(`| ${r.label} | ${kb(r.js)} | ${kb(r.css)} |`);
const runtime = rows[0];
const kit = rows[rows.length - 1];
console.log(`\nruntime target ≤ 100 kB (jsonata 26 kB + ajv 38 kB): ${kb(runtime.js)}`);
console.log(
  `whole kit target ≤ 519 kB (Form.io full 519 kB; SurveyJS Creator 689 kB; bpmn-js Modeler 170 kB JS + 76 kB CSS): ${kb(kit.js + kit.css)}`,
);

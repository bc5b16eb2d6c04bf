import { defineConfig } from 'tsup';
import { reactTsupOptions } from '../../scripts/tsup.shared';

// Chart.js's parts (src/charts/chartjs.parts.ts) stay behind import() in a chunk of their own in the
// ESM build (code splitting), so an app bundler loads a tree-shaken Chart.js with the first chart.
// The CommonJS build is not split (tsup's CJS splitting would put "use strict" before
// "use client"): there the parts' require('chart.js') runs on the first chart too. Both builds
// clean only their own files; the types are the same for both (the build script copies
// index.d.ts to index.d.cts).
export default defineConfig([
  reactTsupOptions({
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    splitting: true,
    clean: ['*.js', '*.js.map', '*.d.ts'],
  }),
  reactTsupOptions({
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: false,
    clean: ['*.cjs', '*.cjs.map', '*.d.cts'],
  }),
]);

import { defineConfig } from 'tsup';
import { reactTsupOptions } from '../../scripts/tsup.shared';

// The ESM build splits code, so an import() of the package's own modules would stay a chunk of its
// own that an app bundler loads on first use (the table export's import('@deskkit/runtime/export')
// is external and stays an import() either way). The CommonJS build is not split
// (tsup's CJS splitting would put "use strict" before "use client"). Both builds
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

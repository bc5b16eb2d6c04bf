import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { tsupOptions } from '../../scripts/tsup.shared';

/**
 * The renderer imports rjsf's `getDefaultRegistry` from its own module, not from `@rjsf/core`'s
 * index: that index also exports a test helper importing `@rjsf/validator-ajv8` (only a dev
 * dependency of @rjsf/core), which bundlers then fail to resolve. @rjsf/core's CommonJS build is a
 * single file with no per-module entries, so the CommonJS output takes it from the index instead.
 */
const rjsfRegistryForCjs: Plugin = {
  name: 'rjsf-registry-cjs',
  // Only in the CommonJS config below (tsup may hand esbuild another format for it).
  setup(build) {
    build.onResolve({ filter: /^@rjsf\/core\/lib\/getDefaultRegistry\.js$/ }, () => ({
      path: 'rjsf-registry',
      namespace: 'rjsf-registry',
    }));
    build.onLoad({ filter: /.*/, namespace: 'rjsf-registry' }, () => ({
      contents: "export { getDefaultRegistry as default } from '@rjsf/core';",
      resolveDir: import.meta.dirname,
      loader: 'js',
    }));
  },
};

const entry = { index: 'src/index.ts' };

export default defineConfig([
  tsupOptions({ entry, format: ['esm'] }),
  tsupOptions({
    entry,
    format: ['cjs'],
    // Not external here, so the plugin above sees the import (tsup's externals resolve first).
    noExternal: [/^@rjsf\/core\/lib\/getDefaultRegistry\.js$/],
    esbuildPlugins: [rjsfRegistryForCjs],
    clean: false,
  }),
]);

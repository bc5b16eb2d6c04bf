import { join } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { reactTsupOptions } from '../../scripts/tsup.shared';

/**
 * @rjsf/core is bundled into the package (its ESM modules, so both outputs take the same code)
 * with `markdown-to-jsx/react` replaced by a plain-text stand-in (src/renderer/plainMarkdown.tsx):
 * rjsf imports markdown-to-jsx from its object field, file widget and templates, and a consumer's
 * bundler would otherwise ship all of it. Bundling also avoids rjsf's index, which imports
 * `@rjsf/validator-ajv8` (only a dev dependency of @rjsf/core) for a test helper.
 */
const plainMarkdown: Plugin = {
  name: 'rjsf-plain-markdown',
  setup(build) {
    build.onResolve({ filter: /^markdown-to-jsx(\/react)?$/ }, () => ({
      path: join(import.meta.dirname, 'src/renderer/plainMarkdown.tsx'),
    }));
  },
};

export default defineConfig(
  reactTsupOptions({
    entry: { index: 'src/index.ts' },
    noExternal: [/^@rjsf\/core(\/|$)/],
    esbuildPlugins: [plainMarkdown],
  }),
);

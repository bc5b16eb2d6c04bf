import type { Options } from 'tsup';

const baseOptions: Options = {
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { paths: {} } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  splitting: false,
};

/** Options every publishable package builds with: ESM + CJS + .d.ts, resolving sibling packages through node_modules. */
export function tsupOptions(overrides: Options): Options {
  return { ...baseOptions, ...overrides };
}

/**
 * Options of the React packages (forms, designer, widgets): as {@link tsupOptions}, with each
 * output starting with the `"use client"` directive (esbuild drops directives found in sources when
 * it bundles, so the banner adds it back), so React Server Components frameworks (Next.js app
 * router) import their components as client components.
 */
export function reactTsupOptions(overrides: Options): Options {
  return tsupOptions({ banner: { js: '"use client";' }, treeshake: false, ...overrides });
}

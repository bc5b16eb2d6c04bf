import type { Options } from 'tsup';

/** Options every publishable package builds with: ESM + CJS + .d.ts, resolving sibling packages through node_modules. */
export function tsupOptions(overrides: Options): Options {
  return {
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { paths: {} } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
    splitting: false,
    ...overrides,
  };
}

import { build, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What an app bundler ships for the four packages (from source, as scripts/bench-size.mjs
// measures them): ajv and markdown-to-jsx not at all, Chart.js, re2js and rrule only in chunks
// behind import().
const root = fileURLToPath(new URL('../../', import.meta.url));
const alias = {
  '@deskkit/runtime': `${root}packages/runtime/src/index.ts`,
  '@deskkit/forms': `${root}packages/forms/src/index.ts`,
  '@deskkit/designer': `${root}packages/designer/src/index.ts`,
  '@deskkit/widgets': `${root}packages/widgets/src/index.ts`,
  '@deskkit/runtime/schedules': `${root}packages/runtime/src/schedules.ts`,
  '@deskkit/runtime/errors': `${root}packages/runtime/src/errors/errors.ts`,
  '@deskkit/runtime/i18n': `${root}packages/runtime/src/i18n/index.ts`,
  '@deskkit/runtime/export': `${root}packages/runtime/src/export/index.ts`,
};

async function kit(): Promise<{ eager: string[]; lazy: string[] }> {
  const result = await build({
    stdin: {
      contents: ['runtime', 'forms', 'designer', 'widgets']
        .map((p) => `export * as ${p} from '@deskkit/${p}';`)
        .join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    splitting: true,
    metafile: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    outdir: 'out',
    alias,
    external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
    loader: { '.css': 'empty' },
    logLevel: 'silent',
    plugins: [
      {
        // As the @deskkit/forms build does (packages/forms/tsup.config.ts).
        name: 'rjsf-plain-markdown',
        setup(b) {
          b.onResolve({ filter: /^markdown-to-jsx(\/react)?$/ }, () => ({
            path: `${root}packages/forms/src/renderer/plainMarkdown.tsx`,
          }));
        },
      },
    ],
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const entry = Object.keys(outputs).find((k) => outputs[k]?.entryPoint === '<stdin>');
  const eagerKeys = new Set<string>();
  const visit = (key: string) => {
    if (eagerKeys.has(key)) return;
    eagerKeys.add(key);
    for (const i of outputs[key]?.imports ?? [])
      if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry ?? '');
  const inputs = (keys: string[]) => keys.flatMap((k) => Object.keys(outputs[k]?.inputs ?? {}));
  const all = Object.keys(outputs);
  return {
    eager: inputs(all.filter((k) => eagerKeys.has(k))),
    lazy: inputs(all.filter((k) => !eagerKeys.has(k))),
  };
}

describe('what the kit ships', () => {
  it('no ajv and no markdown-to-jsx; Chart.js, re2js and rrule only behind import()', async () => {
    const { eager, lazy } = await kit();
    const has = (files: string[], pkg: string) =>
      files.some((f) => f.includes(`/node_modules/${pkg}/`));
    for (const pkg of ['ajv', 'ajv-formats', 'markdown-to-jsx', '@rjsf/validator-ajv8']) {
      expect(has(eager, pkg), pkg).toBe(false);
      expect(has(lazy, pkg), pkg).toBe(false);
    }
    for (const pkg of ['chart.js', 're2js', 'rrule']) {
      expect(has(eager, pkg), pkg).toBe(false);
      expect(has(lazy, pkg), pkg).toBe(true);
    }
  });
});

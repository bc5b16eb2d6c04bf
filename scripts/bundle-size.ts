import { build, type Metafile, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { sourceAliases } from './vitest.shared';

/**
 * What an app bundler ships for some code importing the packages, built from the package sources
 * (through {@link sourceAliases}, as tests and the playground run) with esbuild: bundled,
 * minified, split at every `import()` the way an app bundler splits it, React excluded. `js` is
 * what loading the code downloads (the entry chunk and the chunks it imports statically), `lazy`
 * the chunks behind `import()`, gzip level 9; `eagerInputs` and `lazyInputs` the source files in
 * each. Used by scripts/bench-size.mjs (which prints the figures) and
 * test/integration/bundle-size.test.ts (which fails past the budgets).
 */
export interface BundleSize {
  js: number;
  lazy: number;
  css: number;
  eagerInputs: string[];
  lazyInputs: string[];
  /** Minified bytes (before gzip) per npm package or package source folder, eager and lazy. */
  parts: Array<{ part: string; eager: number; lazy: number }>;
  /** Each JavaScript chunk: gzip bytes, whether it loads with the entry, its largest part. */
  chunks: Array<{ gz: number; eager: boolean; main: string }>;
}

/** `node_modules/.pnpm/x@1/node_modules/@scope/x/...` → `@scope/x`; `packages/forms/src/a/b.ts` → `forms/a`. */
function partOf(input: string): string {
  const npm = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (npm) return npm[1] ?? input;
  const own = /^packages\/([^/]+)\/src\/([^/.]+)/.exec(input);
  return own ? `${own[1]}/${own[2]}` : input;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** The budgets of docs/performance.md, in bytes (minified + gzip). */
export const budgets = {
  /** `@deskkit/runtime`'s main entry, all exports, with its dependencies (lazy chunks apart). */
  runtimeMain: 100 * 1024,
  /** The four packages, lazy chunks and CSS included, React excluded. */
  wholeKit: 450 * 1024,
  /** The desk's first page (apps/playground built for production, React included). */
  deskInitial: 350 * 1024,
};

/**
 * Until a budget is met, the most its figure may reach: the figure when it was last worked down
 * (2026-12-07), plus about 2 kB of room. test/integration/bundle-size.test.ts fails past
 * `max(ceiling, budget)`; lower a ceiling when a figure drops, never raise it to let code in.
 */
export const ceilings = {
  // From 124: localized definition texts, resolved per reader in the actor's client (issue 18
  // item 2), +0.8 kB. Then down to 107.5 (106.6 kB measured): luxon gave way to src/time/zone.ts
  // on the platform's Intl time zones (issue 18 item 7), -20 kB; the actor-scoped getDefinition
  // (client/definitionFor.ts) had added 1.8 kB. Then down to 99.8 (98.8 kB measured): the action
  // handlers, links, drafts and versions, getDefinition's outline and the client's views, search,
  // export and report subscriptions load on first use, as one chunk (engine/on-demand.ts). The
  // budget is met; this ceiling keeps the entry below it.
  runtimeMain: 99.8 * 1024,
  // Raised once, from 586: the XLSX export moved from a hand-written ZIP writer onto
  // write-excel-file (issue 17 asks for a well-kept library), +17.7 kB in a chunk loaded on the
  // first export only. Then from 604: the report-subscription store (DeskClient's
  // saveReportSubscription, ...), +3.1 kB in a chunk loaded on its first call. Then from 608: the
  // builders' side-by-side LocalizedTextInput and their text resolution (issue 18 item 2),
  // +3.3 kB. Then down to 594 (593.0 kB measured): luxon left the runtime (issue 18 item 7). Then
  // down by 21.6 kB: the dashboard grid is the kit's own instead of react-grid-layout (with
  // react-draggable, react-resizable, prop-types, fast-equals). Then down by 1 kB: the runtime's
  // commands and studio code in one on-demand chunk. Then up by 11.5 kB: every definition finding
  // (74 codes of validation, lint and publishing) in the reader's language, issue 18 item 1 — the en
  // and zh-CN finding catalogs of @deskkit/runtime/i18n and the form builder's check messages. The
  // charts stay on Chart.js (issue 8 asks for a charting library, not hand-drawn SVG; an own-SVG
  // version landed and was reverted the same day) and patterns on re2js (linear time; a ReDoS
  // analysis in its place was reverted too): 583.4 kB measured. Then up to 587 (from 583.7): jsonata's errors in zh-CN by their code (i18n.expressionMessage, 33
  // codes) and the validators' finding params, +1.0 kB; edge, SLA, trigger and automation names
  // per locale; DOMPurify in a chunk of its own, loaded with the first rich-text field (−10.5 kB on
  // every page that bundles the forms, +1.4 kB here: a chunk gzips apart from the rest); the
  // canvas minimap's idle colour re-read and ICU's simple-argument shortcut, +0.2 kB; the form
  // builder's 28 field types in en and zh-CN (they showed English in a Chinese builder), +0.7 kB:
  // 585.9 kB measured. Then up to 589 (from 587): failures kept as a code and values to show in the
  // reader's language (errorRecord: schedules' and report subscriptions' lastError, migration
  // reasons) and the SMTP test mail through the e-mail catalogs (issue 18 item 1); the wall-clock
  // date-time helpers of @deskkit/runtime/i18n for the rota's date-time input; the builders split
  // into parts and pure commands (issue 19 item 6, +0.8 kB of module seams); the canvas's drag
  // fixes and the dashboard counters' narrow layout: 587.4 kB measured.
  wholeKit: 589 * 1024,
};

/** The sources of the whole kit: the four packages' main entries and stylesheets. */
export const wholeKitSource = [
  "export * as runtime from '@deskkit/runtime';",
  "export * as forms from '@deskkit/forms';",
  "export * as designer from '@deskkit/designer';",
  "export * as widgets from '@deskkit/widgets';",
  "import './packages/forms/src/style.css';",
  "import './packages/designer/src/style.css';",
  "import './packages/widgets/src/style.css';",
].join('\n');

/** The workspace packages resolved to their sources, exactly as `sourceAliases` lists them. */
const sources: Plugin = {
  name: 'deskkit-sources',
  setup(b) {
    b.onResolve({ filter: /^(@deskkit\/|markdown-to-jsx)/ }, (args) => {
      for (const { find, replacement } of sourceAliases) {
        const hit = typeof find === 'string' ? args.path === find : find.test(args.path);
        if (hit) return { path: replacement };
      }
      // As in the @deskkit/forms build (packages/forms/tsup.config.ts): rjsf's markdown-to-jsx is
      // replaced, under every name it is imported by.
      if (args.path.startsWith('markdown-to-jsx'))
        return { path: `${root}packages/forms/src/renderer/plainMarkdown.tsx` };
      return undefined;
    });
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

export async function measureBundle(contents: string): Promise<BundleSize> {
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
    plugins: [sources],
    external,
    outdir: 'out',
    loader: { '.css': 'css' },
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  // The stdin entry (code behind import() gets entry points of its own in the metafile).
  const entry = Object.keys(outputs).find((k) => outputs[k]?.entryPoint === '<stdin>') ?? '';
  const eager = new Set<string>();
  const visit = (key: string) => {
    if (eager.has(key)) return;
    eager.add(key);
    for (const i of outputs[key]?.imports ?? [])
      if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  let js = 0;
  let lazy = 0;
  let css = 0;
  const chunks: BundleSize['chunks'] = [];
  for (const file of result.outputFiles) {
    const gz = gzipSync(file.contents, { level: 9 }).length;
    const key = Object.keys(outputs).find((k) => file.path.endsWith(k)) ?? '';
    if (file.path.endsWith('.css')) {
      css += gz;
      continue;
    }
    if (eager.has(key)) js += gz;
    else lazy += gz;
    const largest = Object.entries(outputs[key]?.inputs ?? {}).sort(
      (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
    )[0]?.[0];
    chunks.push({ gz, eager: eager.has(key), main: largest ? partOf(largest) : '' });
  }
  const inputs = (keys: string[]) => keys.flatMap((k) => Object.keys(outputs[k]?.inputs ?? {}));
  const all = Object.keys(outputs).filter((k) => !k.endsWith('.css'));
  const parts = new Map<string, { part: string; eager: number; lazy: number }>();
  for (const key of all)
    for (const [input, { bytesInOutput }] of Object.entries(outputs[key]?.inputs ?? {})) {
      const part = partOf(input);
      const row = parts.get(part) ?? { part, eager: 0, lazy: 0 };
      row[eager.has(key) ? 'eager' : 'lazy'] += bytesInOutput;
      parts.set(part, row);
    }
  return {
    js,
    lazy,
    css,
    chunks: chunks.sort((a, b) => b.gz - a.gz),
    parts: [...parts.values()].sort((a, b) => b.eager + b.lazy - (a.eager + a.lazy)),
    eagerInputs: inputs(all.filter((k) => eager.has(k))),
    lazyInputs: inputs(all.filter((k) => !eager.has(k))),
  };
}

/** Whether some of `inputs` come from the npm package `name`. */
export function includesPackage(inputs: string[], name: string): boolean {
  return inputs.some((f) => f.includes(`node_modules/${name}/`));
}

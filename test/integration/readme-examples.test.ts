import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every ```ts / ```tsx block of every package README compiles in strict mode against the built
// packages (their published .d.ts files, through node_modules as an app resolves them, not the
// workspace's source paths), each block as its own module (a portal team copies them one by one).
// The blocks are checked as files of test/ (whose package.json installs the five packages and what
// the READMEs import besides: pg, @electric-sql/pglite, @hono/node-server), as in an app.
// A snippet that assumes names from its surroundings (a `runtime`, the `definition` being edited)
// declares them in an HTML comment right above it, invisible on the rendered page:
//   <!-- example context: import type { Runtime } from '@deskkit/runtime'; declare const runtime: Runtime; -->
// Needs the packages built (`pnpm build`, which CI runs first).
const root = fileURLToPath(new URL('../../', import.meta.url));
const packages = ['runtime', 'server', 'forms', 'designer', 'widgets'];
const readmes = [
  'README.md',
  ...packages.map((p) => `packages/${p}/README.md`),
  'apps/playground/README.md',
];
const built = packages.every((p) => existsSync(join(root, `packages/${p}/dist/index.d.ts`)));
if (!built && process.env.CI)
  throw new Error('CI is set but the packages are not built: run pnpm build');
if (!built) console.warn('[readme-examples] skipping: the packages are not built (run pnpm build)');

interface Example {
  readme: string;
  line: number;
  file: string;
  code: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const readme of readmes) {
    const lines = readFileSync(join(root, readme), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^```(ts|tsx|typescript)\s*$/.exec(lines[i] ?? '');
      if (!open) continue;
      // The context comment: the closest non-blank line above the fence.
      let above = i - 1;
      while (above >= 0 && !lines[above]?.trim()) above--;
      const context = /^<!-- example context: (.*) -->$/.exec(lines[above] ?? '')?.[1] ?? '';
      const start = i + 1;
      let end = start;
      while (end < lines.length && !/^```\s*$/.test(lines[end] ?? '')) end++;
      const ext = open[1] === 'tsx' ? 'tsx' : 'ts';
      const name = readme.replace(/[/.]/g, '_');
      out.push({
        readme,
        line: start,
        // Under test/, so that its node_modules resolve as for any of its files.
        file: join(root, 'test', 'readme-examples', `${name}_L${start}.${ext}`),
        // The context goes on the first line, so line numbers still match the README's.
        code: `${context} ${lines.slice(start, end).join('\n')}\nexport {};\n`,
      });
      i = end;
    }
  }
  return out;
}

function typecheck(list: Example[]): string[] {
  const base = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(base.config, ts.sys, root);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    strict: true,
    noEmit: true,
    types: ['node'],
    jsx: ts.JsxEmit.ReactJSX,
    // The published types, as an app sees them: no workspace paths to the sources.
    paths: {},
  };
  const virtual = new Map(list.map((e) => [e.file, e.code]));
  const host = ts.createCompilerHost(options);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (f) => virtual.has(f) || fileExists(f);
  host.readFile = (f) => virtual.get(f) ?? readFile(f);
  host.getSourceFile = (f, lang, ...rest) => {
    const code = virtual.get(f);
    return code !== undefined
      ? ts.createSourceFile(f, code, lang, true)
      : getSourceFile(f, lang, ...rest);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  const problems: string[] = [];
  for (const e of list) {
    const sf = program.getSourceFile(e.file);
    if (!sf) continue;
    for (const d of [
      ...program.getSyntacticDiagnostics(sf),
      ...program.getSemanticDiagnostics(sf),
    ]) {
      const { line } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
      problems.push(
        `${e.readme}:${e.line + line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
    }
  }
  return problems;
}

describe.skipIf(!built)('README examples', () => {
  it('compile in strict mode', () => {
    const list = examples();
    expect(list.length).toBeGreaterThan(10);
    expect(typecheck(list)).toEqual([]);
  }, 120_000);
});

import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// A portal team's first day: pack the five packages, install the tarballs into a fresh Vite +
// React 19 strict-TypeScript app outside the workspace (test/consumer-app, copied to a temporary
// folder; packages come from the pnpm store, the registry only for what the store lacks), then
// type-check it (published .d.ts files included: skipLibCheck off) and build it for production:
// the browser side (createHttpClient from @deskkit/server/client) with Vite, the Node side
// (server/main.ts: createHandler, sessionCookie, serve) with tsc under NodeNext, then start that
// server and ask it over HTTP. Needs the packages built (`pnpm build`, which CI runs first).
const root = fileURLToPath(new URL('../../', import.meta.url));
const packages = ['runtime', 'forms', 'designer', 'widgets', 'server'] as const;
const built = packages.every((p) => existsSync(join(root, `packages/${p}/dist/index.js`)));
if (!built && process.env.CI)
  throw new Error('CI is set but the packages are not built: run pnpm build');
if (!built) console.warn('[consumer] skipping: the packages are not built (run pnpm build)');

const pnpm = (args: string[], cwd: string) =>
  execFileSync('npx', ['-y', 'pnpm@10', ...args], { cwd, stdio: 'pipe', encoding: 'utf8' });
const bin = (app: string, name: string, args: string[]) =>
  execFileSync(join(app, 'node_modules/.bin', name), args, {
    cwd: app,
    stdio: 'pipe',
    encoding: 'utf8',
  });

describe.skipIf(!built)('the packed packages in a fresh Vite + React 19 app', () => {
  const work = mkdtempSync(join(tmpdir(), 'deskkit-consumer-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('install, type-check strictly and build', async () => {
    const tarballs = join(work, 'tarballs');
    mkdirSync(tarballs);
    const files: Record<string, string> = {};
    for (const p of packages) {
      pnpm(['pack', '--pack-destination', tarballs], join(root, 'packages', p));
      files[`@deskkit/${p}`] = `file:${join(tarballs, `deskkit-${p}-0.1.0.tgz`)}`;
    }
    // What each tarball carries: the licence, and the React packages' "use client".
    for (const p of packages) {
      const list = execFileSync('tar', ['-tzf', join(tarballs, `deskkit-${p}-0.1.0.tgz`)], {
        encoding: 'utf8',
      });
      expect(list, p).toContain('package/LICENSE');
    }

    const app = join(work, 'app');
    cpSync(join(root, 'test/consumer-app'), app, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(app, 'package.template.json'), 'utf8'));
    rmSync(join(app, 'package.template.json'));
    Object.assign(manifest.dependencies, files);
    // The tarballs depend on each other by version: take those from the tarballs too.
    manifest.pnpm = { overrides: files, onlyBuiltDependencies: ['esbuild'] };
    writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
    pnpm(['install', '--prefer-offline', '--ignore-workspace', '--config.lockfile=false'], app);

    for (const p of ['forms', 'designer', 'widgets']) {
      const dist = join(app, `node_modules/@deskkit/${p}/dist`);
      expect(readFileSync(join(dist, 'index.js'), 'utf8').startsWith('"use client";'), p).toBe(
        true,
      );
      expect(readFileSync(join(dist, 'index.cjs'), 'utf8').startsWith('"use client";'), p).toBe(
        true,
      );
    }

    bin(app, 'tsc', ['-p', 'tsconfig.json']);
    bin(app, 'vite', ['build', '--logLevel', 'warn']);

    // Chart.js loads on demand in the app's build: not among the entry's static imports.
    const vite = JSON.parse(readFileSync(join(app, 'dist/.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
    >;
    const entry = Object.keys(vite).find((k) => vite[k]?.isEntry) ?? '';
    const eager = new Set<string>();
    const visit = (k: string) => {
      if (eager.has(k)) return;
      eager.add(k);
      for (const i of vite[k]?.imports ?? []) visit(i);
    };
    visit(entry);
    const lazy = Object.keys(vite).filter((k) => !eager.has(k));
    // The widgets' import() of their Chart.js parts (dist/chartjs.parts-*.js, which imports them
    // from chart.js by name) is the lazy chunk's key; chart.js itself is tree-shaken into it.
    const chartJs = /chart\.js|chartjs\.parts/;
    expect([...eager].some((k) => chartJs.test(k))).toBe(false);
    expect(lazy.some((k) => chartJs.test(k))).toBe(true);
    const lazyChart = lazy.find((k) => chartJs.test(k)) ?? '';
    const chunk = readFileSync(join(app, 'dist', vite[lazyChart]?.file ?? ''), 'utf8');
    // Chart.js's controllers carry their ids: the registered ones are there, the others are not.
    expect(chunk).toMatch(/["']doughnut["']/);
    expect(chunk).not.toMatch(/["']radar["']/);

    // The server side: type-checked and compiled under NodeNext (the published exports as Node
    // resolves them), started, and asked over real HTTP with the session cookie it issues.
    bin(app, 'tsc', ['-p', 'server/tsconfig.json']);
    const server = spawn(process.execPath, [join(app, 'dist-server/main.js')], {
      cwd: app,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        server.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const m = /listening on (http:\/\/\S+)/.exec(output);
          if (m?.[1]) resolve(m[1]);
        });
        server.on('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
      });
      expect((await fetch(`${url}/api/catalog`)).status).toBe(401);
      const signin = await fetch(`${url}/signin`, {
        method: 'POST',
        body: JSON.stringify({ user: 'ann' }),
      });
      expect(signin.status).toBe(204);
      const cookie = (signin.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const catalog = await fetch(`${url}/api/catalog`, { headers: { cookie } });
      expect(catalog.status).toBe(200);
      expect(await catalog.json()).toMatchObject([
        { key: 'request', name: 'Request', path: ['IT'] },
      ]);
    } finally {
      // SIGTERM: the server shuts down gracefully and exits 0.
      if (server.exitCode === null && server.signalCode === null) {
        const exited = once(server, 'exit');
        server.kill('SIGTERM');
        const [code] = (await exited) as [number | null];
        expect(code, output).toBe(0);
      }
    }
  }, 600_000);
});

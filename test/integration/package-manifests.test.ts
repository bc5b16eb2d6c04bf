import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What every published package.json must say (attw --pack checks the built tarballs in each
// package build; this catches the manifest mistakes early, without a build).
const root = fileURLToPath(new URL('../../', import.meta.url));
const packages = ['runtime', 'forms', 'designer', 'widgets', 'server'] as const;
type Manifest = {
  license?: string;
  files?: string[];
  exports: Record<string, string | { import: { types: string } }>;
  typesVersions?: Record<string, Record<string, string[]>>;
  repository?: unknown;
  homepage?: unknown;
  scripts: Record<string, string>;
};
const manifest = (p: string): Manifest =>
  JSON.parse(readFileSync(join(root, `packages/${p}/package.json`), 'utf8')) as Manifest;

describe('package manifests', () => {
  it.each(packages)('%s: every typed subpath reaches node10 through typesVersions', (p) => {
    const m = manifest(p);
    const typed = Object.entries(m.exports).filter(
      ([k, v]) => k !== '.' && typeof v === 'object',
    ) as Array<[string, { import: { types: string } }]>;
    for (const [key, value] of typed)
      expect(m.typesVersions?.['*']?.[key.slice(2)], `${p} ${key}`).toEqual([value.import.types]);
  });

  it.each(packages)('%s: MIT, builds with publint and attw, no made-up URL', (p) => {
    const m = manifest(p);
    expect(m.license).toBe('MIT');
    expect(m.scripts.build).toMatch(/publint --strict && attw --pack/);
    // No public repository or homepage exists yet (see the root README): none is invented.
    expect(m.repository).toBeUndefined();
    expect(m.homepage).toBeUndefined();
  });
});

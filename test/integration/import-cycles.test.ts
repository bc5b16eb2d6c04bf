import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const packages = readdirSync(join(repoRoot, 'packages'));

/**
 * Layering: no package has an import cycle, type-only imports included (the runtime's core types
 * live in `model/`, the bottom layer, so storage, query and postgres never reach into `engine/`).
 */
describe('import cycles', () => {
  it.each(packages)('packages/%s/src has none', async (pkg) => {
    const dir = join(repoRoot, 'packages', pkg);
    const result = await madge(join(dir, 'src'), {
      fileExtensions: ['ts', 'tsx'],
      tsConfig: join(dir, 'tsconfig.json'),
      excludeRegExp: [/\.test\.tsx?$/, /\.stories\.tsx$/],
    });
    expect(result.circular()).toEqual([]);
  });

  it('the runtime storage, query and postgres layers do not import the engine', async () => {
    const dir = join(repoRoot, 'packages/runtime');
    const result = await madge(join(dir, 'src'), {
      fileExtensions: ['ts'],
      tsConfig: join(dir, 'tsconfig.json'),
      excludeRegExp: [/\.test\.ts$/, /testDatabases\.ts$/, /Worker\.ts$/],
    });
    const offenders = Object.entries(result.obj()).flatMap(([file, deps]) =>
      /^(storage|query|postgres|model)\//.test(file)
        ? deps.filter((d) => d.startsWith('engine/')).map((d) => `${file} -> ${d}`)
        : [],
    );
    expect(offenders).toEqual([]);
  });
});

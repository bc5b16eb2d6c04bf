import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const readmes = [
  'README.md',
  'docs/architecture.md',
  'packages/runtime/README.md',
  'packages/forms/README.md',
  'packages/designer/README.md',
  'packages/widgets/README.md',
  'packages/server/README.md',
  'apps/playground/README.md',
].filter((f) => existsSync(join(repoRoot, f)));

/** Relative Markdown links and images (`[x](path)`, `![x](path)`), anchors and queries dropped. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1] as string)
    .filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('#'))
    .map((href) => href.replace(/[#?].*$/, ''));
}

describe('documentation links', () => {
  it.each(readmes)('%s links only to files inside the repository', (file) => {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    const broken = relativeLinks(text).filter(
      (href) => !existsSync(join(repoRoot, dirname(file), href)),
    );
    expect(broken).toEqual([]);
  });

  it('no README sends a reader to a document a clone does not have', () => {
    const outside = readmes.filter((file) =>
      /`(DESIGN|CONVENTIONS|PERFORMANCE)\.md`|shared\/|seeds\//.test(
        readFileSync(join(repoRoot, file), 'utf8'),
      ),
    );
    expect(outside).toEqual([]);
  });
});

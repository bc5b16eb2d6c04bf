import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const probePath = join(repoRoot, 'packages/runtime/src/engine/__boundary_probe__.ts');

async function lintAsRuntime(code: string) {
  const eslint = new ESLint({ cwd: repoRoot });
  const [result] = await eslint.lintText(code, { filePath: probePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.ts$/.test(name) ? [full] : [];
  });
}

describe('@deskkit/runtime stays headless', () => {
  it('the lint rule rejects a React import in the runtime', async () => {
    const messages = await lintAsRuntime(
      "import { useState } from 'react';\nexport const x = useState;\n",
    );
    expect(
      messages.some(
        (m) => m.startsWith('no-restricted-imports') && m.includes('must not import React'),
      ),
    ).toBe(true);
  });

  it('the lint rule rejects react-dom subpaths and UI packages', async () => {
    const messages = await lintAsRuntime(
      "import { createRoot } from 'react-dom/client';\nimport { FormRenderer } from '@deskkit/forms';\nexport const x = [createRoot, FormRenderer];\n",
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(2);
  });

  it('the lint rule rejects DOM globals in the runtime', async () => {
    const messages = await lintAsRuntime(
      'export const title = () => document.title + window.name;\n',
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-globals'))).toHaveLength(2);
  });

  it('the same code is allowed in a React package', async () => {
    const eslint = new ESLint({ cwd: repoRoot });
    const [result] = await eslint.lintText(
      "import { useState } from 'react';\nexport const x = useState;\n",
      {
        filePath: join(repoRoot, 'packages/forms/src/__boundary_probe__.ts'),
      },
    );
    expect(result?.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  });

  it('no runtime source file imports React or react-dom today', () => {
    const offenders = sourceFiles(join(repoRoot, 'packages/runtime/src')).filter((file) =>
      /from\s+['"]react(-dom)?(\/[^'"]*)?['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

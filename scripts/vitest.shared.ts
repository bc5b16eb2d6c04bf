import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Source aliases so tests, Storybook and the playground run on package sources without a build. */
export const sourceAliases = [
  { find: '@deskkit/server/client', replacement: `${root}packages/server/src/client/index.ts` },
  { find: '@deskkit/server/notify', replacement: `${root}packages/server/src/notify/index.ts` },
  { find: '@deskkit/server/node', replacement: `${root}packages/server/src/node.ts` },
  { find: '@deskkit/server', replacement: `${root}packages/server/src/index.ts` },
  {
    find: '@deskkit/runtime/postgres',
    replacement: `${root}packages/runtime/src/postgres/index.ts`,
  },
  { find: '@deskkit/runtime/notify', replacement: `${root}packages/runtime/src/notify/index.ts` },
  { find: '@deskkit/runtime/reports', replacement: `${root}packages/runtime/src/reports/index.ts` },
  { find: '@deskkit/runtime/errors', replacement: `${root}packages/runtime/src/errors/errors.ts` },
  { find: '@deskkit/runtime/i18n', replacement: `${root}packages/runtime/src/i18n/index.ts` },
  { find: '@deskkit/runtime/ajv', replacement: `${root}packages/runtime/src/ajv.ts` },
  { find: '@deskkit/runtime/schedules', replacement: `${root}packages/runtime/src/schedules.ts` },
  { find: '@deskkit/runtime/export', replacement: `${root}packages/runtime/src/export/index.ts` },
  { find: '@deskkit/runtime/testing', replacement: `${root}packages/runtime/src/testing/index.ts` },
  { find: '@deskkit/runtime', replacement: `${root}packages/runtime/src/index.ts` },
  { find: '@deskkit/forms/style.css', replacement: `${root}packages/forms/src/style.css` },
  { find: '@deskkit/forms', replacement: `${root}packages/forms/src/index.ts` },
  { find: '@deskkit/designer/style.css', replacement: `${root}packages/designer/src/style.css` },
  { find: '@deskkit/designer', replacement: `${root}packages/designer/src/index.ts` },
  { find: '@deskkit/widgets/style.css', replacement: `${root}packages/widgets/src/style.css` },
  { find: '@deskkit/widgets', replacement: `${root}packages/widgets/src/index.ts` },
  // As in the @deskkit/forms build (its tsup.config.ts): rjsf's markdown-to-jsx is never shipped.
  {
    find: /^markdown-to-jsx\/react$/,
    replacement: `${root}packages/forms/src/renderer/plainMarkdown.tsx`,
  },
];

export function projectConfig(options: {
  name: string;
  environment: 'node' | 'jsdom';
  testTimeout?: number;
}): ViteUserConfig {
  const react = options.environment === 'jsdom';
  return {
    resolve: { alias: sourceAliases },
    test: {
      name: options.name,
      environment: options.environment,
      globals: true,
      include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
      setupFiles: react ? [`${root}scripts/vitest.setup-dom.ts`] : [],
      testTimeout: options.testTimeout ?? 20_000,
      css: false,
    },
  };
}

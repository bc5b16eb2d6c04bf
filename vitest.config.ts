import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'apps/playground/vitest.config.ts',
      'test/vitest.integration.config.ts',
      'test/vitest.e2e.config.ts',
    ],
  },
});

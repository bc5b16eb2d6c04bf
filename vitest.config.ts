import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one on CI's two, which ran the ~220
    // unit and component files one at a time. The e2e project runs after them, one file at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      'packages/*/vitest.config.ts',
      'apps/playground/vitest.config.ts',
      'test/vitest.integration.config.ts',
      'test/vitest.e2e.config.ts',
    ],
  },
});

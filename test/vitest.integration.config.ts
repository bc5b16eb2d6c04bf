import { defineProject } from 'vitest/config';
import { sourceAliases } from '../scripts/vitest.shared';

export default defineProject({
  resolve: { alias: sourceAliases },
  test: {
    name: 'integration',
    root: import.meta.dirname,
    environment: 'node',
    globals: true,
    include: ['integration/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
  },
});

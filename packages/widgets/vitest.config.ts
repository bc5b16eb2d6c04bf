import { defineProject } from 'vitest/config';
import { projectConfig } from '../../scripts/vitest.shared';

const base = projectConfig({ name: 'widgets', environment: 'jsdom' });

export default defineProject({
  ...base,
  test: {
    ...base.test,
    setupFiles: [base.test?.setupFiles ?? [], './src/testing/vitest.setup.ts'].flat(),
  },
});

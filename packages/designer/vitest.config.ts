import { defineProject } from 'vitest/config';
import { projectConfig } from '../../scripts/vitest.shared';

const base = projectConfig({ name: 'designer', environment: 'jsdom' });

// xyflow needs a little more of the DOM than the shared jsdom setup provides (see src/test-setup.ts).
export default defineProject({
  ...base,
  test: {
    ...base.test,
    setupFiles: [
      ...(base.test?.setupFiles ?? []),
      new URL('./src/test-setup.ts', import.meta.url).pathname,
    ],
  },
});

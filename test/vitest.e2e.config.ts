import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    environment: 'node',
    globals: true,
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // One Chromium at a time: the machine has 2 cores.
    fileParallelism: false,
    // After every other project, alone: the unit and component files run two at a time, and a
    // browser journey beside them would race its page on a busy machine.
    sequence: { groupOrder: 1 },
  },
});

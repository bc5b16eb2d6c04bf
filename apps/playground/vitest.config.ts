import { defineProject } from 'vitest/config';
import { projectConfig } from '../../scripts/vitest.shared';

export default defineProject(
  projectConfig({ name: 'playground', environment: 'jsdom', testTimeout: 30_000 }),
);

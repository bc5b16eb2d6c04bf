import { defineProject } from 'vitest/config';
import { projectConfig } from '../../scripts/vitest.shared';

const config = projectConfig({ name: 'playground', environment: 'jsdom', testTimeout: 30_000 });
// The server's tests (`server/*.test.ts`) run in Node (`@vitest-environment node` in each file).
config.test!.include = [...(config.test!.include ?? []), 'server/**/*.test.ts'];
export default defineProject(config);

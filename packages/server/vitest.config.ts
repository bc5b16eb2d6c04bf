import { defineProject } from 'vitest/config';
import { projectConfig } from '../../scripts/vitest.shared';

export default defineProject(projectConfig({ name: 'server', environment: 'node' }));

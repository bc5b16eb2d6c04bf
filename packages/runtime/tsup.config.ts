import { defineConfig } from 'tsup';
import { tsupOptions } from '../../scripts/tsup.shared';

export default defineConfig(
  tsupOptions({
    entry: {
      index: 'src/index.ts',
      ajv: 'src/ajv.ts',
      errors: 'src/errors/errors.ts',
      i18n: 'src/i18n/index.ts',
      schedules: 'src/schedules.ts',
      export: 'src/export/index.ts',
      postgres: 'src/postgres/index.ts',
      notify: 'src/notify/index.ts',
      reports: 'src/reports/index.ts',
      testing: 'src/testing/index.ts',
    },
    // Shared chunks: the subpaths use the main entry's error classes (instanceof holds across
    // entries) and code behind import() (schedule recurrences) stays out of the entry chunk.
    splitting: true,
  }),
);

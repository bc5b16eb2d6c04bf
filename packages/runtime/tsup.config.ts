import { defineConfig } from 'tsup';
import { tsupOptions } from '../../scripts/tsup.shared';

export default defineConfig(
  tsupOptions({
    entry: {
      index: 'src/index.ts',
      ajv: 'src/ajv.ts',
      postgres: 'src/postgres/index.ts',
      testing: 'src/testing/index.ts',
    },
  }),
);

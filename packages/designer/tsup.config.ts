import { defineConfig } from 'tsup';
import { reactTsupOptions } from '../../scripts/tsup.shared';

export default defineConfig(reactTsupOptions({ entry: { index: 'src/index.ts' } }));

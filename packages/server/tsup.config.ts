import { defineConfig } from 'tsup';
import { tsupOptions } from '../../scripts/tsup.shared';

export default defineConfig(
  tsupOptions({
    entry: {
      index: 'src/index.ts',
      client: 'src/client/index.ts',
      node: 'src/node.ts',
      notify: 'src/notify/index.ts',
    },
    // Shared chunks: the root entry re-exports the client, and both must be the same module.
    splitting: true,
  }),
);

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceAliases } from '../../scripts/vitest.shared';

// The playground runs on the package sources, so `pnpm dev` needs no prior build.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { alias: sourceAliases },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // @rjsf/core's index re-exports its test helper, which imports the ajv8 validator package;
      // Deskkit forms validate with the runtime instead, and the helper is tree-shaken away.
      external: ['@rjsf/validator-ajv8'],
    },
  },
});

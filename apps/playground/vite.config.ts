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
    // .vite/manifest.json: which chunks the first page loads (bench-size and the desk-size test).
    manifest: true,
  },
});

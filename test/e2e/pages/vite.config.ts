import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceAliases } from '../../../scripts/vitest.shared';

// The host pages of the browser tests (test/e2e/pages), bundled for production.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  resolve: { alias: sourceAliases },
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    // No inline module-preload polyfill: the CSP test allows scripts from 'self' only.
    modulePreload: { polyfill: false },
    rollupOptions: { input: { kit: `${import.meta.dirname}/kit.html` } },
  },
});

import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceAliases } from '../../../scripts/vitest.shared';

// Bench, screenshot and strict-CSP pages, bundled for production like the PERFORMANCE.md figures.
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
    // No inline module-preload polyfill: the CSP page allows scripts from 'self' only.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        screens: resolve(import.meta.dirname, 'screens.html'),
        csp: resolve(import.meta.dirname, 'csp.html'),
      },
    },
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { manifest: true, chunkSizeWarningLimit: 4000 },
  // `vite` in development: the API is the app's server (server/main.ts, port 8080).
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/signin': 'http://127.0.0.1:8080' } },
});

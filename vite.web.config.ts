// The renderer on its own: the same React app the desktop shell loads, built for any Chromium.
// Used by `npm run web`, the end-to-end tests and the benchmark.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Separate output folders let several builds (tests, benchmark) run side by side.
const outDir = resolve(process.env.WEB_OUT_DIR ?? 'dist-web');

export default defineConfig({
  root: resolve('renderer'),
  base: './',
  plugins: [react()],
  build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});

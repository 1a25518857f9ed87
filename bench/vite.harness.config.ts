// The benchmark's in-browser harness: a page that imports the app's data layer and shared code
// (and react-big-calendar on its own, for the calendar baseline). Built into its own folder so it
// never mixes with the app's build: BENCH_HARNESS_OUT picks it (default dist-web-bench/harness).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: resolve('bench/harness'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve(process.env.BENCH_HARNESS_OUT ?? 'dist-web-bench/harness'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
  },
});

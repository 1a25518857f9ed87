// The desktop build: main (ES module, out/main/index.js), preload (ONE CommonJS file,
// out/preload/index.cjs: a sandboxed preload cannot be an ES module and can require only
// `electron`), renderer (the React app from renderer/, out/renderer, served as app://touchpoint/).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    // electron-vite treats resources/ as the main process's public folder and would point
    // `?asset` imports at resources/ beside out/, which the package does not ship (files: out/**).
    // Without a public folder the window icon is copied into out/main/chunks instead.
    publicDir: resolve('electron/main/no-public-dir'),
    build: {
      // Bundle zod and shared/ into the main file: the packaged app ships out/** only.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      outDir: resolve('out/renderer'),
      chunkSizeWarningLimit: 4000,
      rolldownOptions: {
        input: { index: resolve('renderer/index.html') },
      },
    },
  },
});

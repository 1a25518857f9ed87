// Flat config: typescript-eslint + react-hooks, and the layer walls that keep shared/ pure
// and the renderer free of Electron and Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'worker_threads'];
const nodeBanned = [...nodeBuiltins, ...nodeBuiltins.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'dist-web*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches Electron only through renderer/platform and the preload bridge.' },
            ...nodeBanned.map((name) => ({ name, message: 'The renderer runs in a browser: no Node modules.' })),
          ],
          patterns: [{ group: ['**/electron/**'], message: 'The renderer must not import the Electron shell.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'shared/ is pure TypeScript: no React.' },
            { name: 'react-dom', message: 'shared/ is pure TypeScript: no React.' },
            { name: 'dexie', message: 'shared/ is pure TypeScript: storage lives in renderer/data.' },
            { name: 'electron', message: 'shared/ is pure TypeScript: no Electron.' },
            ...nodeBanned.map((name) => ({ name, message: 'shared/ is pure TypeScript: no Node modules.' })),
          ],
          patterns: [
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not depend on the app layers.' },
            { group: ['react/*', 'react-dom/*', 'dexie/*', 'electron/*'], message: 'shared/ is pure TypeScript.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ must not touch the DOM.' },
        { name: 'document', message: 'shared/ must not touch the DOM.' },
        { name: 'indexedDB', message: 'shared/ must not touch storage.' },
        { name: 'localStorage', message: 'shared/ must not touch storage.' },
      ],
    },
  },
);

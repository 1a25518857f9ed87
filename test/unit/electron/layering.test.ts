import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

/** Runtime (non-type) imports of a module specifier in a TypeScript source. */
function runtimeImports(source: string): string[] {
  const found: string[] = [];
  const re = /^\s*import\s+(?!type\b)([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) {
    const spec = m[2] ?? m[3];
    if (spec) found.push(spec);
  }
  for (const m of source.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    if (m[1]) found.push(m[1]);
  }
  return found;
}

describe('the shell stays thin', () => {
  const thin = new Set(['index.ts']);
  const mainDir = path.join(root, 'electron/main');
  const modules = readdirSync(mainDir).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !thin.has(f),
  );

  it('keeps every decision out of Electron: only index.ts imports electron at runtime', () => {
    expect(modules.length).toBeGreaterThanOrEqual(8);
    for (const file of modules) {
      const imports = runtimeImports(readFileSync(path.join(mainDir, file), 'utf8'));
      expect(
        imports.filter((i) => i === 'electron' || i.startsWith('electron/')),
        file,
      ).toEqual([]);
    }
    const bridge = runtimeImports(readFileSync(path.join(root, 'electron/preload/bridge.ts'), 'utf8'));
    expect(bridge).not.toContain('electron');
  });

  it('the preload exposes the bridge and never ipcRenderer itself', () => {
    const preload = readFileSync(path.join(root, 'electron/preload/index.ts'), 'utf8');
    expect(preload).toMatch(/contextBridge\.exposeInMainWorld\('touchpoint', createBridge\(ipcRenderer\)\)/);
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
  });

  const built = path.join(root, 'out/preload/index.cjs');
  if (!existsSync(built)) console.log('[skipped] built preload check: run `npx electron-vite build` first');
  it.skipIf(!existsSync(built))('builds the preload as one CommonJS file that requires only electron', () => {
    const code = readFileSync(built, 'utf8');
    const requires = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toMatch(/^\s*export\s/m);
    expect(existsSync(path.join(root, 'out/preload/index.mjs'))).toBe(false);
  });
});

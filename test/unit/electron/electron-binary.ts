/**
 * Finds a real Electron binary, without `require('electron')` (which would try to download one).
 * Used by the tests that need Electron itself: the packaged-fuses test and the e2e smoke test.
 * Where none exists they skip and print why.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type ElectronBinaryLookup =
  { found: true; distDir: string; executable: string } | { found: false; reason: string };

function executableIn(distDir: string): string | null {
  const candidates =
    process.platform === 'darwin'
      ? ['Electron.app/Contents/MacOS/Electron']
      : process.platform === 'win32'
        ? ['electron.exe']
        : ['electron'];
  for (const c of candidates) {
    const p = path.join(distDir, c);
    if (existsSync(p)) return p;
  }
  return null;
}

export function findElectronBinary(repoRoot: string): ElectronBinaryLookup {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const exe = executableIn(override);
    if (exe) return { found: true, distDir: override, executable: exe };
    return { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH=${override} holds no Electron executable` };
  }
  const pkgDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathTxt = path.join(pkgDir, 'path.txt');
  if (existsSync(pathTxt)) {
    const exe = path.join(pkgDir, 'dist', readFileSync(pathTxt, 'utf8').trim());
    if (existsSync(exe)) return { found: true, distDir: path.join(pkgDir, 'dist'), executable: exe };
  }
  return {
    found: false,
    reason:
      'no Electron binary on this machine: Electron 42+ downloads it on first launch, which this network ' +
      'blocks, and ELECTRON_OVERRIDE_DIST_PATH is not set (point it at an unpacked Electron 45 to run this)',
  };
}

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findElectronBinary } from './electron-binary';

const root = path.resolve(import.meta.dirname, '../../..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
> & {
  linux: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  electronFuses: Record<string, boolean>;
  files: string[];
  beforeBuild: string;
};
const electronVersion = (
  JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

// What electron-builder must flip in the binary (FuseV1Options index → '0'/'1' as 48/49).
const EXPECTED_FUSES: Record<number, number> = {
  0: 48, // RunAsNode off
  2: 48, // EnableNodeOptionsEnvironmentVariable off
  3: 48, // EnableNodeCliInspectArguments off
  4: 49, // EnableEmbeddedAsarIntegrityValidation on
  5: 49, // OnlyLoadAppFromAsar on
  7: 48, // GrantFileProtocolExtraPrivileges off
};

/**
 * Packages a tiny app with our electron-builder.yml (linux "dir" target, no network) using the
 * given unpacked Electron folder, and returns the packaged executable and app.asar.
 */
async function packageWith(electronDist: string): Promise<{ executable: string; asar: string }> {
  const project = mkdtempSync(path.join(os.tmpdir(), 'tp-pack-'));
  mkdirSync(path.join(project, 'out/main'), { recursive: true });
  writeFileSync(path.join(project, 'out/main/index.js'), 'export {};\n');
  writeFileSync(path.join(project, 'notes-not-shipped.txt'), 'source files stay out of the package');
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({
      name: 'touchpoint',
      productName: 'Touchpoint',
      version: '0.1.0',
      main: 'out/main/index.js',
      type: 'module',
    }),
  );
  cpSync(path.join(root, 'resources/icons'), path.join(project, 'resources/icons'), { recursive: true });
  cpSync(path.join(root, 'electron/build'), path.join(project, 'electron/build'), { recursive: true });
  const output = path.join(project, 'dist');
  const { build, Platform } = await import('electron-builder');
  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir'),
    config: {
      ...(config as object),
      electronVersion,
      electronDist,
      directories: { output, buildResources: 'resources' },
    },
    publish: 'never',
  });
  const unpacked = path.join(output, 'linux-unpacked');
  return { executable: path.join(unpacked, 'touchpoint'), asar: path.join(unpacked, 'resources/app.asar') };
}

/** A stand-in for Electron's executable: only the fuse wire, in Electron's format, with its defaults. */
function standInElectronDist(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tp-electron-standin-'));
  const wire = Buffer.concat([
    Buffer.alloc(1024, 0x90),
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), // @electron/fuses SENTINEL
    Buffer.from([1, 8]), // wire version 1, 8 fuses
    Buffer.from('10110001', 'ascii'), // Electron's defaults: RunAsNode on, … GrantFileProtocol on
    Buffer.alloc(1024, 0x90),
  ]);
  writeFileSync(path.join(dir, 'electron'), wire, { mode: 0o755 });
  mkdirSync(path.join(dir, 'resources'));
  return dir;
}

describe('electron-builder.yml', () => {
  it('is valid for electron-builder (its own schema check)', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const debugLogger = { isEnabled: false, add: () => undefined };
    await expect(validateConfiguration(config as never, debugLogger as never)).resolves.toBeUndefined();
  });

  it('names the app and builds AppImage + deb, dmg and nsis', () => {
    expect(config.appId).toBe('app.touchpoint.desktop');
    expect(config.productName).toBe('Touchpoint');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('ships only the built app, in an asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(existsSync(path.join(root, config.beforeBuild))).toBe(true);
  });

  it('points at icons that exist, square, in every size from 16 to 1024', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(path.join(root, config.linux.icon, `${size}x${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
    expect(pngSize(path.join(root, config.mac.icon))).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(path.join(root, config.win.icon)).width).toBeGreaterThanOrEqual(256);
    expect(existsSync(path.join(root, 'resources/icons/icon.svg'))).toBe(true);
  });

  it('burns the hardening fuses into the binary', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('packaging with this config', () => {
  it('flips the fuses and packs only out/** and package.json (stand-in Electron binary, no network)', async () => {
    const { executable, asar } = await packageWith(standInElectronDist());
    const { getCurrentFuseWire } = await import('@electron/fuses');
    const wire = (await getCurrentFuseWire(executable)) as unknown as Record<number, number>;
    for (const [index, state] of Object.entries(EXPECTED_FUSES)) {
      expect(wire[Number(index)], `fuse ${index}`).toBe(state);
    }
    const { listPackage } = await import('@electron/asar');
    const files = listPackage(asar, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    expect(files).toContain('/out/main/index.js');
    expect(files).toContain('/package.json');
    expect(files.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(files).not.toContain('/notes-not-shipped.txt');
    expect(files.filter((f) => f.startsWith('/resources'))).toEqual([]);
  }, 120_000);

  const electron = findElectronBinary(root);
  if (!electron.found) console.log(`[skipped] fuses in a real packaged Electron binary: ${electron.reason}`);
  it.skipIf(!electron.found || process.platform !== 'linux')(
    'flips the fuses in a real Electron 45 binary',
    async () => {
      if (!electron.found) return;
      const { executable } = await packageWith(electron.distDir);
      const { getCurrentFuseWire } = await import('@electron/fuses');
      const wire = (await getCurrentFuseWire(executable)) as unknown as Record<number, number>;
      for (const [index, state] of Object.entries(EXPECTED_FUSES)) {
        expect(wire[Number(index)], `fuse ${index}`).toBe(state);
      }
    },
    300_000,
  );
});

/**
 * The desktop app, started for real with Playwright's Electron driver: the window loads from
 * app://touchpoint, is sandboxed and isolated, has `window.touchpoint` and no Node, cannot reach
 * the network or open windows, and IPC validates what it is sent.
 *
 * Needs an Electron binary. None can be downloaded on the project's machines or CI, so there the
 * test is skipped with the reason printed; on a machine with one (or with
 * ELECTRON_OVERRIDE_DIST_PATH pointing at an unpacked Electron 45) it runs. It uses no page from
 * the config's web server.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createAssetHandler } from '../../electron/main/assets';
import { securityHeaders } from '../../electron/main/security';
import { BRIDGE_METHODS } from '../../shared/ipc';
import { findElectronBinary } from '../unit/electron/electron-binary';

const root = path.resolve(import.meta.dirname, '../..');
const binary = findElectronBinary(root);
const skipReason = binary.found ? '' : `Electron smoke test skipped: ${binary.reason}`;
if (!binary.found) console.log(skipReason);

/** The desktop build (electron-vite), made once if this checkout has none. */
function ensureDesktopBuild(): void {
  const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
  if (!built.every((f) => existsSync(path.join(root, f)))) {
    execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  }
}

test.describe('the desktop renderer under the desktop CSP (Chromium, no Electron needed)', () => {
  let server: http.Server;
  let base = '';

  test.beforeAll(async () => {
    ensureDesktopBuild();
    // The same handler and headers app:// uses, served over loopback http so plain Chromium can
    // load it: proves the built renderer runs under our Content Security Policy.
    const handler = createAssetHandler(path.join(root, 'out/renderer'), securityHeaders(null));
    server = http.createServer((req, res) => {
      void handler({ url: `app://touchpoint${req.url ?? '/'}` }).then(async (r) => {
        res.writeHead(r.status, Object.fromEntries(r.headers.entries()));
        res.end(Buffer.from(await r.arrayBuffer()));
      });
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((ok) => server.close(ok));
  });

  test('every screen renders with no CSP violation and no script error', async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && m.text().startsWith('CSP violation')) problems.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        // zod probes `new Function('')` once to pick its fast path and falls back when refused.
        if (e.blockedURI === 'eval' && e.violatedDirective === 'script-src') return;
        console.error(
          `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
        );
      });
    });
    const response = await page.goto(`${base}/index.html`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    const nav = page.getByRole('navigation').or(page.locator('aside')).first();
    await expect(nav.getByRole('link').first()).toBeVisible();
    const screens = await nav.getByRole('link').all();
    expect(screens.length).toBeGreaterThanOrEqual(3);
    for (const link of screens) {
      await link.click();
      await page.waitForTimeout(400);
    }
    expect(problems).toEqual([]);
  });
});

test.describe('desktop shell', () => {
  test.skip(!binary.found, skipReason);

  test.beforeAll(() => {
    ensureDesktopBuild();
  });

  test('starts on app://touchpoint with the bridge, without Node and without the network', async () => {
    if (!binary.found) return;
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) {
      // The dev-server URL would make the app load from Vite instead of app://.
      if (v !== undefined && k !== 'ELECTRON_RENDERER_URL') env[k] = v;
    }
    const userData = mkdtempSync(path.join(os.tmpdir(), 'tp-smoke-'));
    const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
    const app = await electron.launch({
      executablePath: binary.executable,
      args: [root, `--user-data-dir=${userData}`, ...(asRoot ? ['--no-sandbox'] : [])],
      cwd: root,
      env,
      timeout: 60_000,
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      expect(page.url()).toMatch(/^app:\/\/touchpoint\//);

      // The bridge: exactly our methods, and nothing of Node or Electron in the page.
      const keys = await page.evaluate(() => Object.keys(window.touchpoint ?? {}).sort());
      expect(keys).toEqual([...BRIDGE_METHODS].sort());
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
        'undefined',
      );

      // IPC works and validates.
      const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
      const info = await page.evaluate(() => window.touchpoint?.appInfo());
      expect(info?.version).toBe(pkg.version);
      const refused = await page.evaluate(() =>
        window.touchpoint?.readBackup({ name: '../../etc/passwd' }).then(
          () => 'read',
          (e: Error) => e.message,
        ),
      );
      expect(refused).toContain('That is not the name of a Touchpoint backup file');

      // Our responses carry the CSP; the network and new windows are refused.
      const csp = await page.evaluate(async () =>
        (await fetch('app://touchpoint/index.html')).headers.get('content-security-policy'),
      );
      expect(csp).toContain("script-src 'self'");
      const remote = await page.evaluate(() =>
        fetch('https://example.com/').then(
          () => 'reached',
          () => 'blocked',
        ),
      );
      expect(remote).toBe('blocked');
      expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);

      // Navigating away is cancelled: the window stays on our page.
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/touchpoint\//);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    } finally {
      await app.close();
    }
  });
});

import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAssetHandler, mimeTypeFor, resolveAssetPath } from '../../../electron/main/assets';

const root = mkdtempSync(path.join(os.tmpdir(), 'tp-renderer-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
writeFileSync(path.join(root, 'assets', 'index-abc.js'), '');
// A secret beside the renderer folder that no URL may reach.
const secret = path.join(path.dirname(root), `${path.basename(root)}-secret.txt`);
writeFileSync(secret, 'secret');

function resolved(url: string): string {
  const r = resolveAssetPath(root, url);
  if (!r.ok) throw new Error(`rejected ${url}: ${r.reason}`);
  return r.filePath;
}

function rejected(url: string): number {
  const r = resolveAssetPath(root, url);
  if (r.ok) throw new Error(`${url} resolved to ${r.filePath}`);
  return r.status;
}

describe('resolveAssetPath', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolved('app://touchpoint/')).toBe(path.join(root, 'index.html'));
    expect(resolved('app://touchpoint/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolved('app://touchpoint/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolved('app://touchpoint/assets/index-abc.js?v=3#x')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(existsSync(resolved('app://touchpoint/assets/index-abc.js'))).toBe(true);
  });

  it('decodes percent-encoded names (accents, CJK, spaces)', () => {
    expect(resolved('app://touchpoint/fonts/Zo%C3%AB%20Hand.ttf')).toBe(
      path.join(root, 'fonts', 'Zoë Hand.ttf'),
    );
    expect(resolved('app://touchpoint/cards/%E7%8E%8B%E5%B0%8F%E6%98%8E.png')).toBe(
      path.join(root, 'cards', '王小明.png'),
    );
  });

  it('rejects literal and encoded parent segments', () => {
    const name = `${path.basename(root)}-secret.txt`;
    for (const url of [
      `app://touchpoint/../${name}`,
      `app://touchpoint/assets/../../${name}`,
      `app://touchpoint/%2e%2e/${name}`,
      `app://touchpoint/%2E%2E/${name}`,
      `app://touchpoint/.%2e/${name}`,
      `app://touchpoint/assets/%2e%2e%2f%2e%2e%2f${name}`,
      `app://touchpoint/assets/..%2F..%2F${name}`,
      `app://touchpoint/assets/..%5C..%5C${name}`,
      `app://touchpoint/%2e/index.html`,
    ]) {
      const r = resolveAssetPath(root, url);
      expect(r.ok, url).toBe(false);
      if (r.ok) expect(r.filePath).not.toBe(secret);
    }
  });

  it('rejects absolute paths, drive letters, NUL and empty segments', () => {
    expect(rejected('app://touchpoint//etc/passwd')).toBe(403);
    expect(rejected('app://touchpoint/%2Fetc%2Fpasswd')).toBe(403);
    expect(rejected('app://touchpoint/C:%5CWindows%5Cwin.ini')).toBe(403);
    expect(rejected('app://touchpoint/C:/Windows/win.ini')).toBe(403);
    expect(rejected('app://touchpoint/%5C%5Cserver%5Cshare')).toBe(403);
    expect(rejected('app://touchpoint/index.html%00.png')).toBe(403);
    expect(rejected('app://touchpoint/assets//index-abc.js')).toBe(403);
  });

  it('rejects other origins and garbage', () => {
    expect(rejected('app://evil/index.html')).toBe(403);
    expect(rejected('file:///etc/passwd')).toBe(403);
    expect(rejected('https://touchpoint/index.html')).toBe(403);
    expect(rejected('not a url')).toBe(400);
    expect(rejected('app://touchpoint/%E0%A4%A')).toBe(400);
  });

  it('marks extension-less paths as single-page-app routes', () => {
    const route = resolveAssetPath(root, 'app://touchpoint/clients/42');
    expect(route).toEqual({ ok: true, filePath: path.join(root, 'clients', '42'), spaFallback: true });
    const file = resolveAssetPath(root, 'app://touchpoint/assets/missing.js');
    expect(file.ok && file.spaFallback).toBe(false);
  });
});

describe('mimeTypeFor', () => {
  it('gives Chromium the exact types it insists on', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/hb.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('/x/Caveat.TTF')).toBe('font/ttf');
    expect(mimeTypeFor('/x/f.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/card.pdf')).toBe('application/pdf');
    expect(mimeTypeFor('/x/unknown.xyz')).toBe('application/octet-stream');
  });
});

describe('the app:// handler', () => {
  const handler = createAssetHandler(root, { 'Content-Security-Policy': "default-src 'self'" });

  it('serves a file with its type and the security headers', async () => {
    const res = await handler({ url: 'app://touchpoint/index.html' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await res.text()).toBe('<!doctype html>');
  });

  it('serves index.html for a route and 404 for a missing asset', async () => {
    const route = await handler({ url: 'app://touchpoint/clients/42' });
    expect(route.status).toBe(200);
    expect(await route.text()).toBe('<!doctype html>');
    expect((await handler({ url: 'app://touchpoint/assets/missing.js' })).status).toBe(404);
  });

  it('never reads outside the folder', async () => {
    const name = `${path.basename(root)}-secret.txt`;
    const res = await handler({ url: `app://touchpoint/%2e%2e/${name}` });
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('secret');
  });
});

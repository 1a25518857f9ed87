/**
 * Maps `app://touchpoint/<path>` to a file in the built renderer folder (out/renderer).
 * Pure (node:path only) and unit-tested: this is the one place that turns a URL the renderer
 * controls into a path on disk, so every way out of the folder is rejected here.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_ORIGIN } from './origin';

export type AssetResolution =
  | { ok: true; filePath: string; spaFallback: boolean }
  | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Resolves a request URL to an absolute file path inside `rootDir`.
 *
 * Rejected: another scheme or host; encoded or literal `..` and `.` segments; encoded slashes or
 * backslashes (`%2F`, `%5C`) that would smuggle a separator past URL parsing; NUL; empty segments
 * (`//etc/passwd`); Windows drive letters and UNC-ish names (`C:`). A path without a file
 * extension that is not found is served `index.html` (the single-page app handles it).
 */
export function resolveAssetPath(rootDir: string, requestUrl: string): AssetResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'Not a URL' };
  }
  if (url.protocol !== `${APP_ORIGIN.scheme}:` || url.host !== APP_ORIGIN.host) {
    return { ok: false, status: 403, reason: `Not on ${APP_ORIGIN.scheme}://${APP_ORIGIN.host}` };
  }

  // The raw (still percent-encoded) path, straight from the string: URL parsing already folded
  // plain `..`, but we check the raw text too so nothing depends on one parser's normalisation.
  const rawPath = rawPathOf(requestUrl) ?? url.pathname;
  const rawSegments = rawPath.split('/').slice(1);
  if (rawSegments.length === 1 && rawSegments[0] === '') {
    return { ok: true, filePath: path.join(rootDir, 'index.html'), spaFallback: false };
  }

  const segments: string[] = [];
  for (const [i, raw] of rawSegments.entries()) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, reason: 'Malformed percent-encoding' };
    }
    const isLast = i === rawSegments.length - 1;
    if (seg === '' && isLast) {
      seg = 'index.html'; // "folder/" → folder/index.html
    } else if (seg === '') {
      return { ok: false, status: 403, reason: 'Empty path segment' };
    }
    if (seg === '.' || seg === '..') return { ok: false, status: 403, reason: 'Dot segment' };
    // eslint-disable-next-line no-control-regex
    if (/[/\\\u0000-\u001f]/.test(seg)) return { ok: false, status: 403, reason: 'Separator in segment' };
    if (/^[A-Za-z]:/.test(seg)) return { ok: false, status: 403, reason: 'Drive letter' };
    segments.push(seg);
  }

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  const rel = path.relative(root, filePath);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    return { ok: false, status: 403, reason: 'Outside the app folder' };
  }
  const last = segments[segments.length - 1] ?? '';
  return { ok: true, filePath, spaFallback: path.extname(last) === '' };
}

/** The path part of a URL string as written (before any dot-segment folding). */
function rawPathOf(url: string): string | null {
  const m = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)?/.exec(url);
  if (!m) return null;
  return m[1] ?? '/';
}

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
};

/** Content type by extension; wasm and module scripts must be exact or Chromium refuses them. */
export function mimeTypeFor(filePath: string): string {
  return MIME[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The app:// protocol handler: the file for a request, with its content type and our security
 * headers (CSP, nosniff) on every page, script and worker response. An extension-less route the
 * folder does not have gets index.html (the single-page app routes it).
 */
export function createAssetHandler(
  rootDir: string,
  headers: Readonly<Record<string, string>>,
): (request: { url: string }) => Promise<Response> {
  return async (request) => {
    const resolved = resolveAssetPath(rootDir, request.url);
    if (!resolved.ok) {
      return new Response(resolved.reason, {
        status: resolved.status,
        headers: { 'Content-Type': 'text/plain' },
      });
    }
    let file = resolved.filePath;
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      if (!resolved.spaFallback) {
        return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
      }
      file = path.join(rootDir, 'index.html');
      try {
        body = await readFile(file);
      } catch {
        return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
      }
    }
    return new Response(body as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: { ...headers, 'Content-Type': mimeTypeFor(file) },
    });
  };
}

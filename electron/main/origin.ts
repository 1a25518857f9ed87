/**
 * Where the renderer lives. Pure: no Electron import, so it is unit-tested in Node.
 */

/**
 * The packaged renderer is served from `app://touchpoint/`.
 *
 * NEVER CHANGE THE SCHEME OR THE HOST. IndexedDB, localStorage and every other web storage belong
 * to the page's origin (scheme + host + port). All of a user's clients, touchpoints and cards live
 * in IndexedDB under this origin: serving the app from any other origin (another host, `file://`,
 * a port) would open an empty database and the user's data would look lost.
 */
export const APP_ORIGIN = Object.freeze({ scheme: 'app', host: 'touchpoint' } as const);

/** `app://touchpoint` */
export const APP_ORIGIN_URL = `${APP_ORIGIN.scheme}://${APP_ORIGIN.host}`;

/** The page the main window loads in a packaged build. */
export const APP_INDEX_URL = `${APP_ORIGIN_URL}/index.html`;

/** True for a URL on our own origin: exactly `app://touchpoint`, no port, no user info. */
export function isAppUrl(url: string | undefined | null): boolean {
  const u = parseUrl(url);
  return (
    u !== null &&
    u.protocol === `${APP_ORIGIN.scheme}:` &&
    u.host === APP_ORIGIN.host &&
    u.username === '' &&
    u.password === ''
  );
}

/**
 * The electron-vite dev server, when the app runs unpackaged under `electron-vite dev`.
 * Only a plain http URL on this machine's loopback is accepted: a packaged app, or an env
 * variable pointing anywhere else, never loads remote code.
 */
export function devServerOrigin(rendererUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !rendererUrl) return null;
  const u = parseUrl(rendererUrl);
  if (!u || u.protocol !== 'http:' || u.username !== '' || u.password !== '') return null;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)) return null;
  return u.origin;
}

/** True for a URL on the dev server's origin (http or its HMR websocket). */
export function isDevServerUrl(url: string | undefined | null, devOrigin: string | null): boolean {
  if (!devOrigin) return false;
  const u = parseUrl(url);
  if (!u || u.username !== '' || u.password !== '') return false;
  const dev = new URL(devOrigin);
  if (u.host !== dev.host) return false;
  return u.protocol === 'http:' || u.protocol === 'ws:';
}

/** True when an IPC message comes from a frame showing our app (packaged or dev server). */
export function isTrustedSenderUrl(url: string | undefined | null, devOrigin: string | null): boolean {
  if (isAppUrl(url)) return true;
  const u = parseUrl(url);
  return devOrigin !== null && u !== null && u.protocol === 'http:' && isDevServerUrl(url, devOrigin);
}

export function parseUrl(url: string | undefined | null): URL | null {
  if (typeof url !== 'string' || url === '') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

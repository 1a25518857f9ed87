/**
 * The shell's security policy as plain, tested functions: window options, the Content Security
 * Policy, which requests may leave the renderer, which links may open in the system browser,
 * and which permissions a page gets. index.ts only wires these into Electron's hooks.
 * No Electron import at runtime (types only), so all of it runs under Vitest in Node.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { isAppUrl, isDevServerUrl, parseUrl } from './origin';

// ---------- windows ----------

export interface MainWindowOptionsInput {
  preloadPath: string;
  isDev: boolean;
  bounds: { x?: number; y?: number; width: number; height: number };
  title: string;
  icon?: string;
}

/** Smallest window the layout is designed for. */
export const MIN_WINDOW_SIZE = Object.freeze({ width: 900, height: 600 });

export function mainWindowOptions(input: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: input.title,
    // Shown on ready-to-show, so the user never sees a white flash.
    show: false,
    backgroundColor: '#faf7f2',
    ...(input.icon ? { icon: input.icon } : {}),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      plugins: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: input.isDev,
    },
  };
}

/**
 * The hidden window that prints a PDF. Chromium's PDF viewer is a plugin, so `plugins` is on here
 * (and only here); the window has no preload and its own in-memory session, so it can reach
 * neither our IPC nor our IndexedDB.
 */
export function printWindowOptions(partition: string, title: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1100,
    title,
    webPreferences: {
      partition,
      plugins: true,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    },
  };
}

// ---------- Content Security Policy ----------

/**
 * The CSP sent with every page response. Nothing remote: scripts only from our origin (plus
 * WebAssembly compilation, which the PDF and font code needs), workers from our origin or blob:,
 * images and fonts also from blob:/data: (generated previews, embedded fonts). In dev the
 * electron-vite server and its HMR websocket are added, with inline script for React refresh.
 */
export function buildCsp(devOrigin: string | null): string {
  const dev = devOrigin ? [devOrigin] : [];
  const devWs = devOrigin ? [devOrigin.replace(/^http:/, 'ws:')] : [];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...dev, ...(devOrigin ? ["'unsafe-inline'"] : [])]],
    // React sets style attributes through the DOM; some libraries inject <style> elements.
    ['style-src', ["'self'", "'unsafe-inline'", ...dev]],
    ['img-src', ["'self'", 'app:', 'blob:', 'data:', ...dev]],
    ['font-src', ["'self'", 'app:', 'blob:', 'data:', ...dev]],
    ['connect-src', ["'self'", 'app:', 'blob:', 'data:', ...dev, ...devWs]],
    ['worker-src', ["'self'", 'blob:', ...dev]],
    ['media-src', ["'self'", 'blob:', 'data:']],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** Headers added to every response of our origin. */
export function securityHeaders(devOrigin: string | null): Record<string, string> {
  return {
    'Content-Security-Policy': buildCsp(devOrigin),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

// ---------- requests ----------

/**
 * May the main window's session make this request? Touchpoint is offline: only our own origin,
 * in-memory URLs (blob:, data:), DevTools, and in dev the electron-vite server. Everything else,
 * http(s) anywhere, file://, other schemes, is cancelled before it leaves the machine.
 */
export function isRequestAllowed(url: string, devOrigin: string | null): boolean {
  if (isAppUrl(url)) return true;
  if (isDevServerUrl(url, devOrigin)) return true;
  const u = parseUrl(url);
  if (!u) return false;
  return u.protocol === 'blob:' || u.protocol === 'data:' || u.protocol === 'devtools:';
}

/** The print window's session: anything on this machine, nothing over the network. */
export function isLocalOnlyRequest(url: string): boolean {
  const u = parseUrl(url);
  if (!u) return false;
  return !['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(u.protocol);
}

// ---------- links opened in the system browser ----------

const PRIVATE_IPV4 = [/^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^0\./];

/**
 * May this link be handed to the operating system? Only web pages (http/https on a public
 * host name), mailto: addresses and tel: phone numbers. Everything else (file:, javascript:, smb:, custom handlers
 * such as ms-msdt:, links into this machine or the local network) is refused: `shell.openExternal`
 * runs whatever program is registered for a scheme.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  const u = parseUrl(url);
  if (!u) return false;
  if (u.protocol === 'mailto:') {
    // Decoded, so an encoded line break (header injection into the mail client) is seen too.
    const to = decodeSafe(u.pathname);
    return (
      /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+(,[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+)*$/.test(to) &&
      !hasControlCharacters(to)
    );
  }
  if (u.protocol === 'tel:') {
    // A phone number only (the client's, for a planned call); the dialer app handles the rest.
    return /^\+?[0-9][0-9 ()./-]{2,39}$/.test(decodeSafe(u.pathname));
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
  if (u.username !== '' || u.password !== '') return false;
  const host = u.hostname.toLowerCase();
  if (host === '' || !host.includes('.')) return false;
  if (host.startsWith('[')) return false; // IPv6 literals: never needed for a client's website
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return false;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) && PRIVATE_IPV4.some((re) => re.test(host))) return false;
  return true;
}

function hasControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
}

/** What to do when the page tries to navigate away (a link without target, location.href = …). */
export function navigationDecision(
  url: string,
  devOrigin: string | null,
): { allow: boolean; openExternally: boolean } {
  // Same-origin navigation (a reload after restoring a backup) is harmless; leaving the app
  // never is. An allowed web link opens in the user's browser instead.
  if (isAppUrl(url) || (devOrigin !== null && isDevServerUrl(url, devOrigin))) {
    return { allow: true, openExternally: false };
  }
  return { allow: false, openExternally: isAllowedExternalUrl(url) };
}

/** window.open and target=_blank: never a new Electron window; allowed links go to the browser. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isAllowedExternalUrl(url) };
}

// ---------- permissions ----------

/**
 * Granted to our own origin only. Everything else (camera, microphone, geolocation, notifications
 * (the shell shows those itself), MIDI, HID, USB, serial, clipboard reading, …) is denied.
 * - persistent-storage: IndexedDB holds the user's working data; it must not be evicted.
 * - clipboard-sanitized-write: "copy email/phone" buttons write plain text; reading stays denied.
 */
const GRANTED_TO_APP: ReadonlySet<string> = new Set(['persistent-storage', 'clipboard-sanitized-write']);

export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  devOrigin: string | null,
): boolean {
  const ours = isAppUrl(requestingUrl) || (devOrigin !== null && isDevServerUrl(requestingUrl, devOrigin));
  return ours && GRANTED_TO_APP.has(permission);
}

import { describe, expect, it } from 'vitest';
import {
  buildCsp,
  isAllowedExternalUrl,
  isLocalOnlyRequest,
  isPermissionGranted,
  isRequestAllowed,
  mainWindowOptions,
  navigationDecision,
  printWindowOptions,
  securityHeaders,
  windowOpenDecision,
} from '../../../electron/main/security';

const DEV = 'http://localhost:5173';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name ?? '', sources];
    }),
  );
}

describe('main window options', () => {
  const options = mainWindowOptions({
    preloadPath: '/app/out/preload/index.cjs',
    isDev: false,
    bounds: { x: 10, y: 20, width: 1200, height: 800 },
    title: 'Touchpoint',
  });

  it('isolates and sandboxes the page with no Node and no webview', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      plugins: false,
      devTools: false,
    });
  });

  it('opens where it was, hidden until painted', () => {
    expect(options).toMatchObject({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      show: false,
      title: 'Touchpoint',
    });
  });

  it('allows DevTools only in dev', () => {
    const dev = mainWindowOptions({
      preloadPath: 'p',
      isDev: true,
      bounds: { width: 1, height: 1 },
      title: 't',
    });
    expect(dev.webPreferences?.devTools).toBe(true);
  });

  it('prints in a window with the PDF plugin but no preload and its own session', () => {
    const print = printWindowOptions('touchpoint-print', 'Birthday cards');
    expect(print.show).toBe(false);
    expect(print.webPreferences).toMatchObject({
      partition: 'touchpoint-print',
      plugins: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(print.webPreferences?.preload).toBeUndefined();
    expect(print.webPreferences?.partition?.startsWith('persist:')).toBe(false);
  });
});

describe('Content Security Policy', () => {
  const prod = directives(buildCsp(null));

  it('allows no remote origin anywhere', () => {
    for (const [name, sources] of prod) {
      for (const s of sources) {
        expect(s, `${name} ${s}`).not.toMatch(/^(https?:|wss?:|\*)/);
      }
    }
  });

  it('runs scripts only from our origin, with WebAssembly but no eval or inline script', () => {
    expect(prod.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(prod.get('default-src')).toEqual(["'self'"]);
  });

  it('lets workers, images and fonts come from blob: (generated previews, embedded fonts)', () => {
    expect(prod.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(prod.get('img-src')).toEqual(expect.arrayContaining(["'self'", 'app:', 'blob:', 'data:']));
    expect(prod.get('font-src')).toEqual(expect.arrayContaining(["'self'", 'app:', 'blob:', 'data:']));
  });

  it('blocks plugins, frames, forms and <base>', () => {
    expect(prod.get('object-src')).toEqual(["'none'"]);
    expect(prod.get('frame-src')).toEqual(["'none'"]);
    expect(prod.get('form-action')).toEqual(["'none'"]);
    expect(prod.get('base-uri')).toEqual(["'none'"]);
    expect(prod.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('in dev adds exactly the dev server and its HMR socket', () => {
    const dev = directives(buildCsp(DEV));
    expect(dev.get('script-src')).toContain(DEV);
    expect(dev.get('connect-src')).toEqual(expect.arrayContaining([DEV, 'ws://localhost:5173']));
    const remote = [...dev.values()].flat().filter((s) => /^(https?:|wss?:)/.test(s));
    expect(new Set(remote)).toEqual(new Set([DEV, 'ws://localhost:5173']));
  });

  it('is sent as a header with nosniff', () => {
    const h = securityHeaders(null);
    expect(h['Content-Security-Policy']).toBe(buildCsp(null));
    expect(h['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('network requests', () => {
  it('lets our own origin and in-memory URLs through', () => {
    expect(isRequestAllowed('app://touchpoint/assets/index.js', null)).toBe(true);
    expect(isRequestAllowed('blob:app://touchpoint/6f0c…', null)).toBe(true);
    expect(isRequestAllowed('data:font/ttf;base64,AAEAAA', null)).toBe(true);
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', null)).toBe(true);
  });

  it('blocks the internet, the file system and other schemes', () => {
    for (const url of [
      'https://fonts.googleapis.com/css?family=Caveat',
      'http://example.com/',
      'wss://tracker.example/socket',
      'file:///etc/passwd',
      'ftp://example.com/x',
      'app://other/index.html',
      'chrome://settings',
      'http://localhost:5173/src/main.tsx',
    ]) {
      expect(isRequestAllowed(url, null), url).toBe(false);
    }
  });

  it('allows the dev server (http and HMR websocket) only in dev', () => {
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', DEV)).toBe(true);
    expect(isRequestAllowed('ws://localhost:5173/', DEV)).toBe(true);
    expect(isRequestAllowed('http://localhost:5174/', DEV)).toBe(false);
    expect(isRequestAllowed('https://localhost:5173/', DEV)).toBe(false);
  });

  it('keeps the print window off the network but lets it read the local PDF', () => {
    expect(isLocalOnlyRequest('file:///tmp/touchpoint-print/cards-1a2b.pdf')).toBe(true);
    expect(isLocalOnlyRequest('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe(true);
    expect(isLocalOnlyRequest('https://example.com/x.pdf')).toBe(false);
    expect(isLocalOnlyRequest('http://127.0.0.1/')).toBe(false);
    expect(isLocalOnlyRequest('wss://example.com/')).toBe(false);
  });
});

describe('external links', () => {
  it('opens web pages, mail addresses and phone numbers', () => {
    expect(isAllowedExternalUrl('https://www.example.com/about')).toBe(true);
    expect(isAllowedExternalUrl('http://bäckerei-müller.de/')).toBe(true);
    expect(isAllowedExternalUrl('mailto:zoe.nunez@example.com')).toBe(true);
    expect(isAllowedExternalUrl('mailto:zoe@example.com?subject=Merci%20beaucoup&body=Line%0D%0ATwo')).toBe(
      true,
    );
    expect(isAllowedExternalUrl('mailto:a@example.com,b@example.org')).toBe(true);
    expect(isAllowedExternalUrl('tel:+49%2030%20123456')).toBe(true);
  });

  it('refuses schemes that run programs or touch files', () => {
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'search-ms:query=x',
      'app://touchpoint/index.html',
      'data:text/html,<script>1</script>',
      'vbscript:msgbox',
      '',
      'example.com',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses this machine, the local network and credentials in links', () => {
    for (const url of [
      'http://localhost:8080/admin',
      'http://127.0.0.1/',
      'http://192.168.1.1/',
      'http://10.0.0.5/',
      'http://172.20.0.1/',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/',
      'http://printer.local/',
      'http://intranet/',
      'https://user:pass@example.com/',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses malformed mail and phone links and very long links', () => {
    expect(isAllowedExternalUrl('mailto:')).toBe(false);
    expect(isAllowedExternalUrl('mailto:not-an-address')).toBe(false);
    expect(isAllowedExternalUrl('mailto:a@example.com%0ABcc:all@example.com')).toBe(false);
    expect(isAllowedExternalUrl('tel:call-me-maybe')).toBe(false);
    expect(isAllowedExternalUrl(`https://example.com/${'a'.repeat(2100)}`)).toBe(false);
  });
});

describe('navigation and new windows', () => {
  it('never leaves the app; allowed links go to the system browser', () => {
    expect(navigationDecision('https://example.com/', null)).toEqual({ allow: false, openExternally: true });
    expect(navigationDecision('file:///etc/passwd', null)).toEqual({ allow: false, openExternally: false });
    expect(navigationDecision('http://localhost:5173/', null)).toEqual({
      allow: false,
      openExternally: false,
    });
  });

  it('allows a reload of our own page (after a restore)', () => {
    expect(navigationDecision('app://touchpoint/index.html', null).allow).toBe(true);
    expect(navigationDecision('http://localhost:5173/', DEV).allow).toBe(true);
  });

  it('denies every window.open', () => {
    expect(windowOpenDecision('https://example.com/')).toEqual({ action: 'deny', openExternally: true });
    expect(windowOpenDecision('app://touchpoint/index.html')).toEqual({
      action: 'deny',
      openExternally: false,
    });
    expect(windowOpenDecision('about:blank')).toEqual({ action: 'deny', openExternally: false });
  });
});

describe('permissions', () => {
  it('denies devices, location, notifications and clipboard reading', () => {
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'hid',
      'usb',
      'serial',
      'clipboard-read',
      'openExternal',
      'unknown',
    ]) {
      expect(isPermissionGranted(p, 'app://touchpoint/index.html', null), p).toBe(false);
    }
  });

  it('grants only persistent storage and clipboard writing, and only to our page', () => {
    expect(isPermissionGranted('persistent-storage', 'app://touchpoint/index.html', null)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://touchpoint', null)).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'https://example.com/', null)).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', 'file:///tmp/x.pdf', null)).toBe(false);
    expect(isPermissionGranted('persistent-storage', undefined, null)).toBe(false);
    expect(isPermissionGranted('persistent-storage', 'http://localhost:5173/', DEV)).toBe(true);
  });
});

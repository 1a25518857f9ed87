import { describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  APP_ORIGIN_URL,
  devServerOrigin,
  isAppUrl,
  isTrustedSenderUrl,
} from '../../../electron/main/origin';

describe('the app origin', () => {
  it('is app://touchpoint, the origin that owns every user database', () => {
    // Changing this would open an empty IndexedDB for every existing user.
    expect(APP_ORIGIN).toEqual({ scheme: 'app', host: 'touchpoint' });
    expect(APP_ORIGIN_URL).toBe('app://touchpoint');
    expect(APP_INDEX_URL).toBe('app://touchpoint/index.html');
    expect(Object.isFrozen(APP_ORIGIN)).toBe(true);
  });

  it('recognises our pages and nothing that merely looks like them', () => {
    expect(isAppUrl('app://touchpoint/index.html')).toBe(true);
    expect(isAppUrl('app://touchpoint/')).toBe(true);
    expect(isAppUrl('app://touchpoint/clients/Zoë?x=1#top')).toBe(true);
    expect(isAppUrl('app://touchpoint.evil.com/index.html')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://touchpoint:8080/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@touchpoint/index.html')).toBe(false);
    expect(isAppUrl('https://touchpoint/index.html')).toBe(false);
    expect(isAppUrl('file:///touchpoint/index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('the dev server', () => {
  it('is trusted only unpackaged and only on loopback http', () => {
    expect(devServerOrigin('http://localhost:5173', false)).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:5173/', false)).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('http://localhost:5173', true)).toBeNull();
    expect(devServerOrigin(undefined, false)).toBeNull();
    expect(devServerOrigin('https://example.com', false)).toBeNull();
    expect(devServerOrigin('http://192.168.1.20:5173', false)).toBeNull();
    expect(devServerOrigin('http://localhost.evil.com:5173', false)).toBeNull();
    expect(devServerOrigin('file:///tmp/index.html', false)).toBeNull();
  });
});

describe('IPC senders', () => {
  const dev = 'http://localhost:5173';
  it('accepts our window in a packaged app and the dev server in dev', () => {
    expect(isTrustedSenderUrl('app://touchpoint/index.html', null)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/', dev)).toBe(true);
  });
  it('refuses everything else', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/', null)).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSenderUrl('ws://localhost:5173/', dev)).toBe(false);
    expect(isTrustedSenderUrl('https://example.com/', dev)).toBe(false);
    expect(isTrustedSenderUrl('file:///home/u/evil.html', dev)).toBe(false);
    expect(isTrustedSenderUrl('about:blank', null)).toBe(false);
    expect(isTrustedSenderUrl(undefined, null)).toBe(false);
  });
});

/**
 * The main process's wiring, run in Node against a fake `electron` module (no Electron binary
 * can run here). The decisions themselves are tested in their own files; this checks that
 * index.ts connects each of them to the right Electron hook: the protocol, the session's
 * request and permission handlers, every IPC channel, navigation, the menu, and the backup
 * before quitting.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_KEYS, ipcContract, ipcEvents } from '../../../shared/ipc';

type Fn = (...args: never[]) => unknown;

const fake = vi.hoisted(() => {
  class Emitter {
    listeners = new Map<string, Array<(...args: unknown[]) => unknown>>();
    on(event: string, fn: (...args: unknown[]) => unknown) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
      return this;
    }
    once(event: string, fn: (...args: unknown[]) => unknown) {
      return this.on(event, fn);
    }
    emit(event: string, ...args: unknown[]) {
      for (const fn of this.listeners.get(event) ?? []) fn(...args);
    }
  }
  const preventable = (extra: Record<string, unknown> = {}) => {
    const e = {
      defaultPrevented: false,
      preventDefault() {
        e.defaultPrevented = true;
      },
      ...extra,
    };
    return e;
  };

  const appEvents = new Emitter();
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => {
    resolveReady = r;
  });
  const state = { paths: {} as Record<string, string>, quitted: false };

  class FakeWebContents extends Emitter {
    send = vi.fn();
    windowOpenHandler: ((d: { url: string }) => unknown) | null = null;
    mainFrame = { framesInSubtree: [] as unknown[] };
    isLoading = () => false;
    isCrashed = () => false;
    setWindowOpenHandler(fn: (d: { url: string }) => unknown) {
      this.windowOpenHandler = fn;
    }
  }

  class BrowserWindow extends Emitter {
    static instances: BrowserWindow[] = [];
    static getAllWindows() {
      return BrowserWindow.instances.filter((w) => !w.destroyed);
    }
    webContents = new FakeWebContents();
    destroyed = false;
    loadedUrl: string | null = null;
    constructor(public options: Record<string, unknown>) {
      super();
      BrowserWindow.instances.push(this);
      appEvents.emit('web-contents-created', preventable(), this.webContents);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    loadFile(file: string) {
      this.loadedUrl = `file://${file}`;
      return Promise.resolve();
    }
    isDestroyed() {
      return this.destroyed;
    }
    close() {
      const e = preventable();
      this.emit('close', e);
      if (!e.defaultPrevented) {
        this.destroyed = true;
        this.emit('closed');
      }
    }
    getNormalBounds() {
      return { x: 40, y: 60, width: 1300, height: 850 };
    }
    isMaximized = () => false;
    isFullScreen = () => false;
    isMinimized = () => false;
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    maximize = vi.fn();
    setFullScreen = vi.fn();
  }

  const fakeSession = () => ({
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  });
  const defaultSession = fakeSession();
  const printSession = fakeSession();
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };

  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      on: (event: string, fn: (...args: unknown[]) => unknown) => appEvents.on(event, fn),
      whenReady: () => ready,
      getPath: (name: string) => state.paths[name] ?? '/nonexistent',
      getName: () => 'Touchpoint',
      getVersion: () => '0.1.0',
      setAppUserModelId: vi.fn(),
      exit: vi.fn(),
      quit: vi.fn(() => {
        const e = preventable();
        appEvents.emit('before-quit', e);
        if (!e.defaultPrevented) state.quitted = true;
      }),
      setBadgeCount: vi.fn(() => true),
      getLoginItemSettings: () => ({ openAtLogin: false }),
      setLoginItemSettings: vi.fn(),
    },
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession, fromPartition: vi.fn(() => printSession) },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
    Notification: Object.assign(
      class {
        show = vi.fn();
        on = vi.fn();
      },
      { isSupported: () => true },
    ),
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
  };
  return {
    electron,
    state,
    resolveReady,
    BrowserWindow,
    defaultSession,
    printSession,
    preventable,
    appEvents,
  };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const flush = () => new Promise((r) => setTimeout(r, 10));
const APP = { senderFrame: { url: 'app://touchpoint/index.html' } };

function ipcHandler(channel: string): (event: unknown, payload?: unknown) => Promise<unknown> {
  const call = fake.electron.ipcMain.handle.mock.calls.find((c: unknown[]) => c[0] === channel);
  if (!call) throw new Error(`no handler for ${channel}`);
  return call[1] as (event: unknown, payload?: unknown) => Promise<unknown>;
}

function mainWindow() {
  const win = fake.BrowserWindow.instances[0];
  if (!win) throw new Error('no window');
  return win;
}

beforeAll(async () => {
  const userData = mkdtempSync(path.join(os.tmpdir(), 'tp-wiring-'));
  fake.state.paths = { userData, documents: path.join(userData, 'Documents') };
  Reflect.deleteProperty(process.env, 'ELECTRON_RENDERER_URL'); // load app://, not a dev server
  await import('../../../electron/main/index');
  expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
  expect(fake.BrowserWindow.instances).toHaveLength(0); // nothing before ready
  fake.resolveReady();
  await flush();
});

describe('the main process wiring', () => {
  it('registers app:// as a standard, secure scheme with fetch before ready', () => {
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      },
    ]);
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('opens one sandboxed, isolated window on app://touchpoint/index.html with the CJS preload', () => {
    const win = mainWindow();
    expect(fake.BrowserWindow.instances).toHaveLength(1);
    expect(win.loadedUrl).toBe('app://touchpoint/index.html');
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload[/\\]index\.cjs$/,
    );
  });

  it('cancels every request that is not ours', () => {
    const listener = fake.defaultSession.webRequest.onBeforeRequest.mock.calls[0]?.[0] as Fn;
    const decide = (url: string) => {
      const cb = vi.fn();
      (listener as (d: { url: string }, cb: Fn) => void)({ url }, cb);
      return cb.mock.calls[0]?.[0];
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(decide('app://touchpoint/assets/index.js')).toEqual({ cancel: false });
    expect(decide('https://fonts.googleapis.com/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    warn.mockRestore();
    const printListener = fake.printSession.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      d: { url: string },
      cb: Fn,
    ) => void;
    const cb = vi.fn();
    printListener({ url: 'https://example.com/' }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel: true });
  });

  it('denies permissions through both handlers', () => {
    const request = fake.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      wc: unknown,
      p: string,
      cb: Fn,
      d: { requestingUrl: string },
    ) => void;
    const cb = vi.fn();
    request(null, 'media', cb, { requestingUrl: 'app://touchpoint/index.html' });
    expect(cb).toHaveBeenCalledWith(false);
    const check = fake.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      wc: unknown,
      p: string,
      origin: string,
    ) => boolean;
    expect(check(null, 'geolocation', 'app://touchpoint')).toBe(false);
    expect(check(null, 'persistent-storage', 'app://touchpoint')).toBe(true);
  });

  it('handles every IPC channel, checking the sender frame', async () => {
    const channels = fake.electron.ipcMain.handle.mock.calls.map((c: unknown[]) => c[0]);
    expect(channels.sort()).toEqual(IPC_KEYS.map((k) => ipcContract[k].channel).sort());
    await expect(ipcHandler('app:info')(APP)).resolves.toEqual({
      version: '0.1.0',
      dataFolder: fake.state.paths.userData,
    });
    await expect(ipcHandler('app:info')({ senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow(
      /Refused app:info/,
    );
    await expect(ipcHandler('app:info')({ senderFrame: null })).rejects.toThrow(/no sender frame/);
  });

  it('keeps the window on our page and sends allowed links to the browser', () => {
    const wc = mainWindow().webContents;
    const away = fake.preventable({ url: 'https://example.com/pricing' });
    wc.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    expect(fake.electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/pricing');

    fake.electron.shell.openExternal.mockClear();
    const file = fake.preventable({ url: 'file:///etc/passwd' });
    wc.emit('will-navigate', file);
    expect(file.defaultPrevented).toBe(true);
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();

    expect(wc.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler?.({ url: 'mailto:zoe@example.com' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal).toHaveBeenCalledWith('mailto:zoe@example.com');
  });

  it('builds the menu so a command reaches the renderer', () => {
    const template = (fake.electron.Menu.buildFromTemplate.mock.calls[0]?.[0] ?? []) as Array<{
      label?: string;
      submenu?: Array<{ id?: string; click?: () => void }>;
    }>;
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const file = template.find((m) => m.label === 'File');
    file?.submenu?.find((i) => i.id === 'client:new')?.click?.();
    expect(mainWindow().webContents.send).toHaveBeenCalledWith(ipcEvents.menuCommand, 'client:new');
  });

  it('asks the renderer for a backup before quitting, and quits once it is written', async () => {
    const wc = mainWindow().webContents;
    fake.electron.app.quit();
    expect(fake.state.quitted).toBe(false);
    expect(wc.send).toHaveBeenCalledWith(ipcEvents.backupRequest);

    const written = await ipcHandler('backup:write')(APP, { json: '{"clients":["Zoë"]}', reason: 'quit' });
    expect(written).toMatchObject({ reason: 'quit' });
    await flush();
    expect(fake.state.quitted).toBe(true);
    const backups = path.join(fake.state.paths.userData ?? '', 'backups');
    expect(existsSync(path.join(backups, (written as { name: string }).name))).toBe(true);
  });

  it('saves the window position when the window closes', () => {
    mainWindow().close();
    const saved = JSON.parse(
      readFileSync(path.join(fake.state.paths.userData ?? '', 'window-state.json'), 'utf8'),
    );
    expect(saved).toEqual({
      bounds: { x: 40, y: 60, width: 1300, height: 850 },
      maximized: false,
      fullScreen: false,
    });
  });
});

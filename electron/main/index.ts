/**
 * The Electron main process: lifecycle, the one window, the app:// protocol, the session's
 * security hooks, the menu and IPC. Deliberately thin: every decision is a tested function in a
 * sibling module (origin, assets, security, ipc-handlers, backups, window-state, menu,
 * quit-backup, print); this file only connects them to Electron.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  protocol,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import { mkdirSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import windowIconPath from '../../resources/icons/512x512.png?asset';
import { IPC_KEYS, ipcContract, ipcEvents, type IpcKey, type MenuCommandId } from '../../shared/ipc';
import { createAssetHandler } from './assets';
import { ipcHandlers, type IpcHandler, type ShellDeps } from './ipc-handlers';
import { aboutDialogContent, buildMenuTemplate } from './menu';
import { APP_INDEX_URL, APP_ORIGIN, devServerOrigin, isDevServerUrl } from './origin';
import { printPdfBytes, removeStalePrintFiles, type PdfWindow } from './print';
import { createQuitBackupGate } from './quit-backup';
import {
  buildCsp,
  isLocalOnlyRequest,
  isPermissionGranted,
  isRequestAllowed,
  mainWindowOptions,
  MIN_WINDOW_SIZE,
  navigationDecision,
  printWindowOptions,
  securityHeaders,
  windowOpenDecision,
} from './security';
import { parseWindowState, restoreWindowState, serializeWindowState, type WindowState } from './window-state';

const APP_ID = 'app.touchpoint.desktop';
const PRINT_PARTITION = 'touchpoint-print'; // no "persist:" prefix: in memory only

const here = path.dirname(fileURLToPath(import.meta.url)); // out/main
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererDir = path.join(here, '../renderer');

const isDev = !app.isPackaged;
const devOrigin = devServerOrigin(process.env.ELECTRON_RENDERER_URL, app.isPackaged);

// Must happen before `ready`: makes app:// a real origin with its own storage, fetch and workers.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_ORIGIN.scheme,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: true,
      codeCache: true,
      stream: true,
    },
  },
]);

let mainWindow: BrowserWindow | null = null;
const quitGate = createQuitBackupGate();
const notifications = new Set<Notification>();

function userDataPath(...parts: string[]): string {
  return path.join(app.getPath('userData'), ...parts);
}

// ---------- single instance ----------

if (!app.requestSingleInstanceLock()) {
  // Another Touchpoint is running: it gets `second-instance` and shows its window.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      createMainWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  app.whenReady().then(onReady, (e: unknown) => {
    console.error('Touchpoint could not start:', e);
    app.exit(1);
  });
}

// ---------- startup ----------

function onReady(): void {
  registerAppProtocol();
  hardenSession();
  registerIpc();
  buildMenu();
  createMainWindow();
  void removeStalePrintFiles(path.join(os.tmpdir(), 'touchpoint-print'), new Date());

  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open.
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('before-quit', (event) => {
  if (quitGate.finished) return;
  event.preventDefault();
  void requestQuitBackup().then(() => app.quit());
});

// Every web contents, including any we did not create: no navigation away, no new windows,
// no <webview>. Allowed links go to the system browser.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => {
    const decision = navigationDecision(event.url, devOrigin);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally) void shell.openExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!navigationDecision(event.url, devOrigin).allow) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) void shell.openExternal(url);
    return { action: decision.action };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

// ---------- app:// ----------

function registerAppProtocol(): void {
  protocol.handle(APP_ORIGIN.scheme, createAssetHandler(rendererDir, securityHeaders(null)));
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, devOrigin);
    if (!allowed) console.warn(`Blocked request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  if (devOrigin) {
    // In dev the page comes from the Vite server: give it the same CSP (plus HMR allowances).
    const csp = buildCsp(devOrigin);
    ses.webRequest.onHeadersReceived((details, callback) => {
      if (!isDevServerUrl(details.url, devOrigin)) return callback({});
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
    });
  }
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, devOrigin));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, devOrigin),
  );
  ses.setDevicePermissionHandler(() => false);

  const printSession = session.fromPartition(PRINT_PARTITION);
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalOnlyRequest(details.url) });
  });
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
}

// ---------- the window ----------

const windowStateFile = () => userDataPath('window-state.json');

function readWindowState(): WindowState | null {
  try {
    return parseWindowState(readFileSync(windowStateFile(), 'utf8'));
  } catch {
    return null;
  }
}

function captureWindowState(win: BrowserWindow): WindowState {
  return { bounds: win.getNormalBounds(), maximized: win.isMaximized(), fullScreen: win.isFullScreen() };
}

/** While the window moves: asynchronous, atomic (temp file, then rename). */
function saveWindowState(win: BrowserWindow): void {
  if (win.isDestroyed()) return;
  const file = windowStateFile();
  const temp = `${file}.tmp`;
  fs.mkdir(path.dirname(file), { recursive: true })
    .then(() => fs.writeFile(temp, serializeWindowState(captureWindowState(win)), 'utf8'))
    .then(() => fs.rename(temp, file))
    .catch((e: unknown) => console.warn('Could not save the window position:', e));
}

/** On close: synchronous, because the process may exit before a pending write finishes. */
function saveWindowStateNow(win: BrowserWindow): void {
  if (win.isDestroyed()) return;
  try {
    mkdirSync(path.dirname(windowStateFile()), { recursive: true });
    writeFileSync(windowStateFile(), serializeWindowState(captureWindowState(win)), 'utf8');
  } catch (e) {
    console.warn('Could not save the window position:', e);
  }
}

function createMainWindow(): BrowserWindow {
  const restored = restoreWindowState(
    readWindowState(),
    screen.getAllDisplays(),
    screen.getPrimaryDisplay(),
    MIN_WINDOW_SIZE,
  );
  const win = new BrowserWindow(
    mainWindowOptions({
      preloadPath,
      isDev,
      bounds: restored.bounds,
      title: app.getName(),
      // macOS and Windows take the icon from the app bundle; Linux needs it on the window.
      ...(process.platform === 'linux' ? { icon: windowIconPath } : {}),
    }),
  );
  mainWindow = win;
  quitGate.reset();

  if (restored.maximized) win.maximize();
  if (restored.fullScreen) win.setFullScreen(true);
  win.once('ready-to-show', () => win.show());

  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  const saveSoon = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => saveWindowState(win), 500);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);

  win.on('close', (event) => {
    if (saveTimer) clearTimeout(saveTimer);
    saveWindowStateNow(win);
    if (quitGate.finished) return;
    event.preventDefault();
    void requestQuitBackup().then(() => {
      if (!win.isDestroyed()) win.close();
    });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`The window's renderer stopped (${details.reason}).`);
  });

  const url =
    devOrigin && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : APP_INDEX_URL;
  void win.loadURL(url);
  return win;
}

function requestQuitBackup(): Promise<void> {
  return quitGate
    .run(() => {
      const win = mainWindow;
      if (!win || win.isDestroyed() || win.webContents.isCrashed()) return false;
      win.webContents.send(ipcEvents.backupRequest);
      return true;
    })
    .then((outcome) => {
      if (outcome !== 'written') console.warn(`Quit without a fresh backup: ${outcome}`);
    });
}

// ---------- printing ----------

function openPdfWindow(filePath: string, title: string): Promise<PdfWindow> {
  const win = new BrowserWindow(printWindowOptions(PRINT_PARTITION, title));
  const close = () => {
    if (!win.isDestroyed()) win.close();
  };
  return win
    .loadFile(filePath)
    .then(() => waitForPdfViewer(win.webContents))
    .then(
      () => ({
        close,
        print: () =>
          new Promise<{ success: boolean; failureReason: string }>((resolve) => {
            win.webContents.print({ silent: false, printBackground: true }, (success, failureReason) =>
              resolve({ success, failureReason }),
            );
          }),
      }),
      (e: unknown) => {
        close();
        throw e;
      },
    );
}

/** The PDF viewer loads in a child frame after the page itself; printing before it is ready prints blank. */
async function waitForPdfViewer(contents: WebContents): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && contents.mainFrame.framesInSubtree.length < 2) {
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 300));
}

// ---------- IPC ----------

function shellDeps(): ShellDeps {
  const loginItemSupported = process.platform === 'darwin' || process.platform === 'win32';
  return {
    devOrigin,
    appVersion: app.getVersion(),
    dataFolder: app.getPath('userData'),
    backupsDir: userDataPath('backups'),
    defaultSaveFolder: app.getPath('documents'),
    now: () => new Date(),
    async showSaveDialog({ defaultPath, filters }) {
      const options = { defaultPath, filters };
      const result = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async showOpenDialog({ filters }) {
      const options = { filters, properties: ['openFile' as const] };
      const result = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async printPdf(data, title) {
      await printPdfBytes(
        {
          tempDir: path.join(os.tmpdir(), 'touchpoint-print'),
          openPdfWindow,
          openPath: (p) => shell.openPath(p),
          log: console.warn,
        },
        data,
        title,
      );
    },
    showNotification(title, body) {
      if (!Notification.isSupported()) return;
      const n = new Notification({ title, body });
      // Keep a reference until it closes, or the click handler can be garbage-collected.
      notifications.add(n);
      n.on('click', () => {
        if (mainWindow && !mainWindow.isDestroyed()) {
          if (mainWindow.isMinimized()) mainWindow.restore();
          mainWindow.show();
          mainWindow.focus();
        }
      });
      n.on('close', () => notifications.delete(n));
      n.show();
    },
    setBadgeCount(count) {
      // macOS dock and Linux Unity launchers; Windows has no numeric taskbar badge.
      app.setBadgeCount(count);
    },
    openExternal: (url) => shell.openExternal(url),
    loginItem: {
      supported: loginItemSupported,
      get: () => app.getLoginItemSettings().openAtLogin,
      set: (openAtLogin) => app.setLoginItemSettings({ openAtLogin }),
    },
    onBackupWritten: (reason) => quitGate.backupWritten(reason),
    onBackupSkipped: (reason) => {
      console.warn(`The window skipped the quit backup: ${reason}`);
      quitGate.backupSkipped();
    },
  };
}

function registerIpc(): void {
  const deps = shellDeps();
  for (const key of IPC_KEYS) {
    const handler = ipcHandlers[key] as IpcHandler<IpcKey>;
    ipcMain.handle(ipcContract[key].channel, (event, payload: unknown) =>
      handler(deps, payload, event.senderFrame?.url),
    );
  }
}

// ---------- menu ----------

function sendMenuCommand(id: MenuCommandId): void {
  const win = mainWindow && !mainWindow.isDestroyed() ? mainWindow : createMainWindow();
  if (win.webContents.isLoading()) {
    win.webContents.once('did-finish-load', () => win.webContents.send(ipcEvents.menuCommand, id));
  } else {
    win.webContents.send(ipcEvents.menuCommand, id);
  }
}

function buildMenu(): void {
  const template = buildMenuTemplate(
    { platform: process.platform, isDev, appName: app.getName() },
    {
      sendCommand: sendMenuCommand,
      showAbout: () => {
        const content = aboutDialogContent({
          appName: app.getName(),
          version: app.getVersion(),
          dataFolder: app.getPath('userData'),
          electronVersion: process.versions.electron ?? '',
          chromeVersion: process.versions.chrome ?? '',
        });
        const options = {
          type: 'info' as const,
          ...content,
          buttons: ['OK', 'Show data folder'],
          defaultId: 0,
          cancelId: 0,
        };
        const shown = mainWindow
          ? dialog.showMessageBox(mainWindow, options)
          : dialog.showMessageBox(options);
        void shown.then(({ response }) => {
          if (response === 1) void shell.openPath(app.getPath('userData'));
        });
      },
      showDataFolder: () => void shell.openPath(app.getPath('userData')),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/**
 * Everything the renderer needs from the machine it runs on. Two implementations: Electron
 * (over the preload bridge, native dialogs, backups in the data folder) and the browser
 * (downloads, file input, window.print, Web Notifications). Screens use only this interface.
 */

export interface FileFilter {
  /** Shown in the native dialog, e.g. "PDF document". */
  name: string;
  /** Extensions without the dot, e.g. ["pdf"]. */
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  data: Uint8Array | string;
  mimeType: string;
  filters?: FileFilter[];
}

export interface SaveFileResult {
  /** False when the user cancelled the dialog. */
  saved: boolean;
  /** Where it went, when the platform knows (desktop only). */
  path?: string;
}

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

export interface BackupInfo {
  /** File name, e.g. touchpoint-2026-11-24T09-30-00Z-daily.json */
  name: string;
  /** ISO instant it was written. */
  createdAt: string;
  /** Why it was taken: daily, quit, before-restore, before-upgrade, manual. */
  reason: string;
  sizeBytes: number;
}

export interface AppInfo {
  version: string;
  /** The folder holding the app's data and backups (desktop only). */
  dataFolder?: string;
}

/** Whether the app starts when the user logs in (desktop on macOS and Windows only). */
export interface LoginItemState {
  supported: boolean;
  openAtLogin: boolean;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
  /** Opens the system print dialog for a PDF. */
  printPdf(data: Uint8Array, title: string): Promise<void>;
  notify(title: string, body: string): Promise<void>;
  /** Writes a backup file outside IndexedDB and prunes the rolling set. */
  writeBackup(json: string, reason: string): Promise<BackupInfo>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(name: string): Promise<string>;
  /** The due-today count on the dock or taskbar, where the platform has one. */
  setBadgeCount(count: number): Promise<void>;
  /** Opens a link in the system browser, only if it passes the allow-list. */
  openExternal(url: string): Promise<boolean>;
  appInfo(): Promise<AppInfo>;
  /**
   * Commands from the desktop application menu (ids in MENU_COMMAND_IDS, shared/ipc.ts:
   * client:new, data:import, data:export, backup:now, cards:print). Returns an unsubscribe
   * function. The browser has no application menu: it never calls the handler.
   */
  onMenuCommand(handler: (command: string) => void): () => void;
  /**
   * The desktop app is about to quit (or close its window) and wants a backup first. `handler`
   * returns the backup JSON (or null for nothing to back up); the platform writes it with reason
   * "quit" and lets the app quit. Quitting never waits more than a few seconds. Returns an
   * unsubscribe function. The browser never calls the handler.
   */
  onBackupRequest(handler: () => Promise<string | null>): () => void;
  /** Whether the app opens at login. The browser: `{ supported: false, openAtLogin: false }`. */
  getOpenAtLogin(): Promise<LoginItemState>;
  setOpenAtLogin(enabled: boolean): Promise<LoginItemState>;
}

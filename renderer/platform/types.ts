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
}

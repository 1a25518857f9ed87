/**
 * The platform in a plain browser: downloads for saving, a file input for opening,
 * the browser's print dialog, Web Notifications. Backups are kept in a separate IndexedDB
 * database (the browser has no data folder) and can be downloaded from Settings.
 */
import Dexie, { type EntityTable } from 'dexie';
import pkg from '../../package.json';
import type { BackupInfo, FileFilter, OpenedFile, Platform, SaveFileRequest, SaveFileResult } from './types';

interface StoredBackup extends BackupInfo {
  json: string;
}

const KEEP_DAILY = 30;
const KEEP_OTHER = 10;

let backupDb: (Dexie & { backups: EntityTable<StoredBackup, 'name'> }) | null = null;
function backups() {
  if (!backupDb) {
    backupDb = new Dexie('touchpoint-backups') as Dexie & { backups: EntityTable<StoredBackup, 'name'> };
    backupDb.version(1).stores({ backups: 'name, createdAt, reason' });
  }
  return backupDb;
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function toBlob(data: Uint8Array | string, mimeType: string): Blob {
  return new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mimeType });
}

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:' || u.protocol === 'tel:') && !u.username && !u.password;
  } catch {
    return false;
  }
}

export const browserPlatform: Platform = {
  kind: 'browser',

  async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
    download(request.suggestedName, toBlob(request.data, request.mimeType));
    return { saved: true };
  },

  openFile(filters: FileFilter[]): Promise<OpenedFile | null> {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
      input.style.display = 'none';
      input.dataset.testid = 'platform-file-input';
      input.addEventListener('change', async () => {
        const file = input.files?.[0];
        input.remove();
        if (!file) return resolve(null);
        resolve({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
      });
      input.addEventListener('cancel', () => {
        input.remove();
        resolve(null);
      });
      document.body.append(input);
      input.click();
    });
  },

  async printPdf(data: Uint8Array, title: string): Promise<void> {
    const url = URL.createObjectURL(toBlob(data, 'application/pdf'));
    const frame = document.createElement('iframe');
    frame.style.position = 'fixed';
    frame.style.width = '0';
    frame.style.height = '0';
    frame.style.border = '0';
    frame.title = title;
    frame.src = url;
    frame.onload = () => {
      try {
        frame.contentWindow?.focus();
        frame.contentWindow?.print();
      } catch {
        download(`${title}.pdf`, toBlob(data, 'application/pdf'));
      }
      setTimeout(() => {
        frame.remove();
        URL.revokeObjectURL(url);
      }, 60_000);
    };
    document.body.append(frame);
  },

  async notify(title: string, body: string): Promise<void> {
    if (!('Notification' in window)) return;
    if (Notification.permission === 'default') await Notification.requestPermission();
    if (Notification.permission === 'granted') new Notification(title, { body });
  },

  async writeBackup(json: string, reason: string): Promise<BackupInfo> {
    const createdAt = new Date().toISOString();
    const name = `touchpoint-${createdAt.replace(/[:.]/g, '-')}-${reason}.json`;
    const info: BackupInfo = { name, createdAt, reason, sizeBytes: new Blob([json]).size };
    const db = backups();
    await db.transaction('rw', db.backups, async () => {
      await db.backups.put({ ...info, json });
      const all = await db.backups.orderBy('createdAt').reverse().toArray();
      const daily = all.filter((b) => b.reason === 'daily').slice(KEEP_DAILY);
      const other = all.filter((b) => b.reason !== 'daily').slice(KEEP_OTHER);
      await db.backups.bulkDelete([...daily, ...other].map((b) => b.name));
    });
    return info;
  },

  async listBackups(): Promise<BackupInfo[]> {
    const all = await backups().backups.orderBy('createdAt').reverse().toArray();
    return all.map(({ json: _json, ...info }) => info);
  },

  async readBackup(name: string): Promise<string> {
    const b = await backups().backups.get(name);
    if (!b) throw new Error(`The backup ${name} is no longer there.`);
    return b.json;
  },

  async setBadgeCount(count: number): Promise<void> {
    const nav = navigator as Navigator & { setAppBadge?: (n: number) => Promise<void> };
    await nav.setAppBadge?.(count).catch(() => undefined);
  },

  async openExternal(url: string): Promise<boolean> {
    if (!isAllowedExternalUrl(url)) return false;
    window.open(url, '_blank', 'noopener,noreferrer');
    return true;
  },

  async appInfo() {
    return { version: pkg.version };
  },

  // The browser has no application menu, no quit hook and no login items.
  onMenuCommand() {
    return () => undefined;
  },
  onBackupRequest() {
    return () => undefined;
  },
  async getOpenAtLogin() {
    return { supported: false, openAtLogin: false };
  },
  async setOpenAtLogin() {
    return { supported: false, openAtLogin: false };
  },
};

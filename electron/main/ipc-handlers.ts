/**
 * One plain function per IPC channel. Each checks that the message comes from our own window,
 * validates the payload with the channel's schema from shared/ipc.ts, then does its one job
 * through injected dependencies (dialogs, notifications, shell), so every channel is tested in
 * Node: valid payload, invalid payload, foreign sender. index.ts registers them with ipcMain.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  describeIpcIssues,
  ipcContract,
  MAX_BACKUP_CHARS,
  MAX_OPEN_BYTES,
  type IpcKey,
  type IpcParsedRequest,
  type IpcResponse,
  type fileFilterSchema,
} from '../../shared/ipc';
import { listBackups, readBackupFile, writeBackupFile } from './backups';
import { isTrustedSenderUrl } from './origin';
import { isAllowedExternalUrl } from './security';

export type FileFilter = z.output<typeof fileFilterSchema>;

export interface LoginItemApi {
  /** setLoginItemSettings works on macOS and Windows only. */
  supported: boolean;
  get(): boolean;
  set(openAtLogin: boolean): void;
}

/** Everything the handlers need from Electron and the machine. */
export interface ShellDeps {
  devOrigin: string | null;
  appVersion: string;
  dataFolder: string;
  backupsDir: string;
  /** Where the save dialog starts (Documents). */
  defaultSaveFolder: string;
  now(): Date;
  /** Resolves to the chosen path, or null when the user cancelled. */
  showSaveDialog(options: { defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  showOpenDialog(options: { filters: FileFilter[] }): Promise<string | null>;
  printPdf(data: Uint8Array, title: string): Promise<void>;
  showNotification(title: string, body: string): void;
  setBadgeCount(count: number): void;
  openExternal(url: string): Promise<void>;
  loginItem: LoginItemApi;
  /** Told about every backup written (the quit gate waits for a "quit" one). */
  onBackupWritten(reason: string): void;
  onBackupSkipped(reason: string): void;
}

export type IpcHandler<K extends IpcKey> = (
  deps: ShellDeps,
  payload: unknown,
  senderUrl: string | undefined,
) => Promise<IpcResponse<K>>;

function describeSender(url: string | undefined): string {
  if (!url) return 'no sender frame';
  return `sender ${url.length > 120 ? `${url.slice(0, 120)}…` : url}`;
}

function define<K extends IpcKey>(
  key: K,
  impl: (deps: ShellDeps, payload: IpcParsedRequest<K>) => Promise<IpcResponse<K>>,
): IpcHandler<K> {
  const { channel, request } = ipcContract[key];
  return async (deps, payload, senderUrl) => {
    if (!isTrustedSenderUrl(senderUrl, deps.devOrigin)) {
      throw new Error(
        `Refused ${channel}: the request did not come from the Touchpoint window (${describeSender(senderUrl)})`,
      );
    }
    const parsed = (request as z.ZodType).safeParse(payload);
    if (!parsed.success) throw new Error(describeIpcIssues(channel, parsed.error));
    return impl(deps, parsed.data as IpcParsedRequest<K>);
  };
}

const MB = 1024 * 1024;

export const ipcHandlers: { readonly [K in IpcKey]: IpcHandler<K> } = {
  saveFile: define('saveFile', async (deps, req) => {
    const target = await deps.showSaveDialog({
      defaultPath: path.join(deps.defaultSaveFolder, req.suggestedName),
      filters: req.filters ?? [],
    });
    if (!target) return { saved: false };
    if (typeof req.data === 'string') await fs.writeFile(target, req.data, 'utf8');
    else await fs.writeFile(target, req.data);
    return { saved: true, path: target };
  }),

  openFile: define('openFile', async (deps, req) => {
    const source = await deps.showOpenDialog({ filters: req.filters });
    if (!source) return null;
    const name = path.basename(source);
    const stat = await fs.stat(source);
    if (!stat.isFile()) throw new Error(`"${name}" is not a file`);
    if (stat.size > MAX_OPEN_BYTES) {
      throw new Error(
        `"${name}" is ${(stat.size / MB).toFixed(1)} MB; Touchpoint opens files up to ${MAX_OPEN_BYTES / MB} MB.`,
      );
    }
    const buf = await fs.readFile(source);
    return { name, data: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) };
  }),

  printPdf: define('printPdf', async (deps, req) => {
    await deps.printPdf(req.data, req.title);
  }),

  notify: define('notify', async (deps, req) => {
    deps.showNotification(req.title, req.body);
  }),

  writeBackup: define('writeBackup', async (deps, req) => {
    const info = await writeBackupFile(deps.backupsDir, req.json, req.reason, deps.now());
    deps.onBackupWritten(req.reason);
    return info;
  }),

  listBackups: define('listBackups', async (deps) => listBackups(deps.backupsDir)),

  readBackup: define('readBackup', async (deps, req) =>
    // A character is up to 3 bytes in UTF-8 for the scripts clients' names come in.
    readBackupFile(deps.backupsDir, req.name, MAX_BACKUP_CHARS * 3),
  ),

  backupSkipped: define('backupSkipped', async (deps, req) => {
    deps.onBackupSkipped(req.reason);
  }),

  setBadgeCount: define('setBadgeCount', async (deps, req) => {
    deps.setBadgeCount(req.count);
  }),

  openExternal: define('openExternal', async (deps, req) => {
    if (!isAllowedExternalUrl(req.url)) return false;
    await deps.openExternal(req.url);
    return true;
  }),

  appInfo: define('appInfo', async (deps) => ({ version: deps.appVersion, dataFolder: deps.dataFolder })),

  getLoginItem: define('getLoginItem', async (deps) => ({
    supported: deps.loginItem.supported,
    openAtLogin: deps.loginItem.supported ? deps.loginItem.get() : false,
  })),

  setOpenAtLogin: define('setOpenAtLogin', async (deps, req) => {
    if (!deps.loginItem.supported) return { supported: false, openAtLogin: false };
    deps.loginItem.set(req.enabled);
    return { supported: true, openAtLogin: deps.loginItem.get() };
  }),
};

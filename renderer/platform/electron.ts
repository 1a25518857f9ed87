/**
 * The platform inside the desktop app: every method goes through `window.touchpoint`, the
 * object the preload exposes (one method per IPC channel, typed in shared/ipc.ts). The main
 * process validates every payload with the same schemas; errors come back with a readable
 * message (Electron's "Error invoking remote method …" wrapper is removed).
 */
import type { TouchpointBridge } from '../../shared/ipc';
import type { BackupInfo, FileFilter, OpenedFile, Platform, SaveFileRequest, SaveFileResult } from './types';

declare global {
  interface Window {
    /** Present only inside the desktop app (set by the preload). */
    readonly touchpoint?: TouchpointBridge;
  }
}

const REMOTE_ERROR_PREFIX = /^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/;

/** The main process's own message, without Electron's wrapper. */
export function cleanIpcError(error: unknown): Error {
  if (error instanceof Error) {
    const message = error.message.replace(REMOTE_ERROR_PREFIX, '');
    return message === error.message ? error : new Error(message, { cause: error });
  }
  return new Error(String(error));
}

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw cleanIpcError(e);
  }
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function createElectronPlatform(
  bridge: TouchpointBridge | undefined = typeof window === 'undefined' ? undefined : window.touchpoint,
): Platform {
  if (!bridge) throw new Error('The desktop bridge (window.touchpoint) is missing: is the preload loaded?');
  const b = bridge;

  return {
    kind: 'electron',

    saveFile: (request: SaveFileRequest): Promise<SaveFileResult> =>
      call(() =>
        b.saveFile({
          suggestedName: request.suggestedName,
          data: request.data,
          mimeType: request.mimeType,
          ...(request.filters ? { filters: request.filters } : {}),
        }),
      ),

    openFile: (filters: FileFilter[]): Promise<OpenedFile | null> => call(() => b.openFile({ filters })),

    printPdf: (data: Uint8Array, title: string) => call(() => b.printPdf({ data, title })),

    notify: (title: string, body: string) => call(() => b.notify({ title, body })),

    writeBackup: (json: string, reason: string): Promise<BackupInfo> =>
      call(() => b.writeBackup({ json, reason })),

    listBackups: () => call(() => b.listBackups()),

    readBackup: (name: string) => call(() => b.readBackup({ name })),

    setBadgeCount: (count: number) => call(() => b.setBadgeCount({ count: Math.max(0, Math.floor(count)) })),

    openExternal: (url: string) => call(() => b.openExternal({ url })),

    appInfo: () => call(() => b.appInfo()),

    onMenuCommand: (handler) => b.onMenuCommand((command) => handler(command)),

    onBackupRequest: (handler) =>
      b.onBackupRequest(() => {
        // Whatever happens, answer: the main process holds the quit until it hears back.
        void (async () => {
          try {
            const json = await handler();
            if (json === null) {
              await b.backupSkipped({ reason: 'Nothing to back up' });
              return;
            }
            await b.writeBackup({ json, reason: 'quit' });
          } catch (e) {
            await b
              .backupSkipped({ reason: `Backup failed: ${errorMessage(cleanIpcError(e))}`.slice(0, 500) })
              .catch(() => undefined);
          }
        })();
      }),

    getOpenAtLogin: () => call(() => b.getLoginItem()),

    setOpenAtLogin: (enabled: boolean) => call(() => b.setOpenAtLogin({ enabled })),
  };
}

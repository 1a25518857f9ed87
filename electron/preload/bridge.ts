/**
 * Builds the object the preload exposes as `window.touchpoint`: one named method per channel,
 * plus two subscriptions for main → renderer events. The page never gets `ipcRenderer`, never an
 * IpcRendererEvent (it carries `sender`), and can only reach the channels listed in shared/ipc.ts.
 * `ipc` is injected so this is tested in Node without Electron.
 */
import { IPC_KEYS, ipcContract, ipcEvents, isMenuCommandId, type TouchpointBridge } from '../../shared/ipc';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createBridge(ipc: IpcRendererLike): TouchpointBridge {
  const methods: Record<string, unknown> = {};
  for (const key of IPC_KEYS) {
    const channel = ipcContract[key].channel;
    // Exactly one argument crosses: the payload object (or nothing).
    methods[key] = (request?: unknown) =>
      request === undefined ? ipc.invoke(channel) : ipc.invoke(channel, request);
  }

  const subscribe = (channel: string, deliver: (args: unknown[]) => void): (() => void) => {
    const listener = (_event: unknown, ...args: unknown[]) => deliver(args);
    ipc.on(channel, listener);
    return () => {
      ipc.removeListener(channel, listener);
    };
  };

  methods.onMenuCommand = (handler: (command: string) => void) =>
    subscribe(ipcEvents.menuCommand, ([command]) => {
      if (isMenuCommandId(command)) handler(command);
    });

  // One permanent listener: when the page has not subscribed (still loading, or an older renderer),
  // answer at once so quitting does not wait for the timeout.
  const backupHandlers = new Set<() => void>();
  ipc.on(ipcEvents.backupRequest, () => {
    if (backupHandlers.size === 0) {
      ipc
        .invoke(ipcContract.backupSkipped.channel, { reason: 'The window has no backup handler yet' })
        .catch(() => undefined);
      return;
    }
    for (const handler of backupHandlers) handler();
  });
  methods.onBackupRequest = (handler: () => void) => {
    const entry = () => handler();
    backupHandlers.add(entry);
    return () => {
      backupHandlers.delete(entry);
    };
  };

  return Object.freeze(methods) as TouchpointBridge;
}

import { describe, expect, it } from 'vitest';
import { createBridge, type IpcRendererLike } from '../../../electron/preload/bridge';
import { BRIDGE_METHODS, IPC_KEYS, ipcContract, ipcEvents } from '../../../shared/ipc';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const invoked: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invoked.push({ channel, args });
      return `answer from ${channel}`;
    },
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel, listener) => {
      listeners.get(channel)?.delete(listener);
    },
  };
  // What Electron passes as the first argument: it holds `sender`, which the page must never get.
  const event = { sender: { send: () => 'ipcRenderer leaked' } };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const l of listeners.get(channel) ?? []) l(event, ...args);
  };
  return { ipc, invoked, emit, listeners };
}

describe('window.touchpoint', () => {
  it('has one method per channel plus the two subscriptions, and nothing else', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual([...BRIDGE_METHODS].sort());
    expect(Object.values(bridge).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect('invoke' in bridge || 'send' in bridge || 'on' in bridge).toBe(false);
  });

  it('sends each call on its own channel with exactly the payload', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createBridge(ipc);
    await expect(bridge.notify({ title: 'Due today', body: 'Zoë' })).resolves.toBe('answer from notify:show');
    await bridge.listBackups();
    await bridge.readBackup({ name: 'touchpoint-2026-11-24T09-30-00-000Z-daily.json' });
    expect(invoked).toEqual([
      { channel: 'notify:show', args: [{ title: 'Due today', body: 'Zoë' }] },
      { channel: 'backup:list', args: [] },
      { channel: 'backup:read', args: [{ name: 'touchpoint-2026-11-24T09-30-00-000Z-daily.json' }] },
    ]);
  });

  it('maps every contract key to its channel', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createBridge(ipc) as unknown as Record<string, (p?: unknown) => Promise<unknown>>;
    for (const key of IPC_KEYS) await bridge[key]?.({ probe: key });
    expect(invoked.map((i) => i.channel)).toEqual(IPC_KEYS.map((k) => ipcContract[k].channel));
  });

  it('delivers menu commands without the IPC event, ignores unknown ids, and unsubscribes', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createBridge(ipc);
    const got: unknown[][] = [];
    const off = bridge.onMenuCommand((...args) => got.push(args));
    emit(ipcEvents.menuCommand, 'client:new');
    emit(ipcEvents.menuCommand, 'rm -rf /');
    emit(ipcEvents.menuCommand, { id: 'client:new' });
    off();
    emit(ipcEvents.menuCommand, 'cards:print');
    expect(got).toEqual([['client:new']]);
  });

  it('passes backup requests to the page, and answers itself when the page has no handler', async () => {
    const { ipc, emit, invoked } = fakeIpc();
    const bridge = createBridge(ipc);
    emit(ipcEvents.backupRequest);
    expect(invoked).toEqual([
      { channel: 'backup:skipped', args: [{ reason: 'The window has no backup handler yet' }] },
    ]);

    let asked = 0;
    const off = bridge.onBackupRequest((...args: unknown[]) => {
      expect(args).toEqual([]);
      asked++;
    });
    emit(ipcEvents.backupRequest);
    expect(asked).toBe(1);
    expect(invoked).toHaveLength(1);
    off();
    emit(ipcEvents.backupRequest);
    expect(asked).toBe(1);
    expect(invoked).toHaveLength(2);
  });
});

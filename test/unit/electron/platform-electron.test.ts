import { describe, expect, it } from 'vitest';
import { cleanIpcError, createElectronPlatform } from '../../../renderer/platform/electron';
import type { IpcKey, TouchpointBridge } from '../../../shared/ipc';

type Call = { method: string; payload: unknown };

function fakeBridge(answers: Partial<Record<IpcKey, (payload: unknown) => unknown>> = {}) {
  const calls: Call[] = [];
  let backupHandler: (() => void) | null = null;
  let menuHandler: ((c: string) => void) | null = null;
  const method = (name: IpcKey) => async (payload?: unknown) => {
    calls.push({ method: name, payload });
    const answer = answers[name];
    return answer ? answer(payload) : undefined;
  };
  const bridge = {
    saveFile: method('saveFile'),
    openFile: method('openFile'),
    printPdf: method('printPdf'),
    notify: method('notify'),
    writeBackup: method('writeBackup'),
    listBackups: method('listBackups'),
    readBackup: method('readBackup'),
    backupSkipped: method('backupSkipped'),
    setBadgeCount: method('setBadgeCount'),
    openExternal: method('openExternal'),
    appInfo: method('appInfo'),
    getLoginItem: method('getLoginItem'),
    setOpenAtLogin: method('setOpenAtLogin'),
    onMenuCommand: (h: (c: string) => void) => {
      menuHandler = h;
      return () => {
        menuHandler = null;
      };
    },
    onBackupRequest: (h: () => void) => {
      backupHandler = h;
      return () => {
        backupHandler = null;
      };
    },
  } as unknown as TouchpointBridge;
  return {
    bridge,
    calls,
    requestBackup: () => backupHandler?.(),
    menu: (c: string) => menuHandler?.(c),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the Electron platform', () => {
  it('is the electron kind and needs the bridge', () => {
    expect(createElectronPlatform(fakeBridge().bridge).kind).toBe('electron');
    expect(() => createElectronPlatform(undefined)).toThrow(/window\.touchpoint/);
  });

  it('turns each Platform call into one bridge call with the channel payload', async () => {
    const f = fakeBridge({ openExternal: () => true });
    const p = createElectronPlatform(f.bridge);
    const bytes = new TextEncoder().encode('%PDF-1.7');
    await p.saveFile({ suggestedName: 'Clients.csv', data: 'Zoë', mimeType: 'text/csv' });
    await p.openFile([{ name: 'vCard', extensions: ['vcf'] }]);
    await p.printPdf(bytes, 'Cards');
    await p.notify('Due today', '王小明');
    await p.writeBackup('{}', 'manual');
    await p.readBackup('touchpoint-2026-11-24T09-30-00-000Z-daily.json');
    await p.setBadgeCount(3.7);
    expect(await p.openExternal('https://example.com')).toBe(true);
    await p.setOpenAtLogin(true);
    expect(f.calls).toEqual([
      { method: 'saveFile', payload: { suggestedName: 'Clients.csv', data: 'Zoë', mimeType: 'text/csv' } },
      { method: 'openFile', payload: { filters: [{ name: 'vCard', extensions: ['vcf'] }] } },
      { method: 'printPdf', payload: { data: bytes, title: 'Cards' } },
      { method: 'notify', payload: { title: 'Due today', body: '王小明' } },
      { method: 'writeBackup', payload: { json: '{}', reason: 'manual' } },
      { method: 'readBackup', payload: { name: 'touchpoint-2026-11-24T09-30-00-000Z-daily.json' } },
      { method: 'setBadgeCount', payload: { count: 3 } },
      { method: 'openExternal', payload: { url: 'https://example.com' } },
      { method: 'setOpenAtLogin', payload: { enabled: true } },
    ]);
  });

  it('shows the main process message without Electron’s wrapper', async () => {
    const f = fakeBridge({
      readBackup: () => {
        throw new Error(
          "Error invoking remote method 'backup:read': Error: Invalid backup:read request: name: That is not the name of a Touchpoint backup file",
        );
      },
    });
    await expect(createElectronPlatform(f.bridge).readBackup('x')).rejects.toThrow(
      /^Invalid backup:read request: name: That is not the name of a Touchpoint backup file$/,
    );
    expect(cleanIpcError(new Error('plain')).message).toBe('plain');
  });

  it('answers a quit backup request by writing the JSON with reason "quit"', async () => {
    const f = fakeBridge();
    createElectronPlatform(f.bridge).onBackupRequest(async () => '{"clients":["Zoë"]}');
    f.requestBackup();
    await settle();
    expect(f.calls).toEqual([
      { method: 'writeBackup', payload: { json: '{"clients":["Zoë"]}', reason: 'quit' } },
    ]);
  });

  it('says "skipped" when there is nothing to back up or the export fails, so quitting goes on', async () => {
    const none = fakeBridge();
    createElectronPlatform(none.bridge).onBackupRequest(async () => null);
    none.requestBackup();
    await settle();
    expect(none.calls).toEqual([{ method: 'backupSkipped', payload: { reason: 'Nothing to back up' } }]);

    const failing = fakeBridge();
    createElectronPlatform(failing.bridge).onBackupRequest(async () => {
      throw new Error('QuotaExceededError');
    });
    failing.requestBackup();
    await settle();
    expect(failing.calls).toEqual([
      { method: 'backupSkipped', payload: { reason: 'Backup failed: QuotaExceededError' } },
    ]);
  });

  it('passes menu commands through and unsubscribes', () => {
    const f = fakeBridge();
    const got: string[] = [];
    const off = createElectronPlatform(f.bridge).onMenuCommand((c) => got.push(c));
    f.menu('client:new');
    off();
    f.menu('cards:print');
    expect(got).toEqual(['client:new']);
  });
});

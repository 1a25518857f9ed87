import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcHandlers, type ShellDeps } from '../../../electron/main/ipc-handlers';
import { IPC_KEYS, ipcContract, MAX_OPEN_BYTES, type IpcKey } from '../../../shared/ipc';

const APP = 'app://touchpoint/index.html';
const FOREIGN = ['https://evil.example/', 'file:///tmp/evil.html', 'app://evil/index.html', undefined];

const pdf = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), 0x25, 0xe2, 0xe3]);

interface Recorder {
  calls: string[];
  deps: ShellDeps;
  dir: string;
}

function setup(overrides: Partial<ShellDeps> = {}): Recorder {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tp-ipc-'));
  const calls: string[] = [];
  let openAtLogin = false;
  const deps: ShellDeps = {
    devOrigin: null,
    appVersion: '0.1.0',
    dataFolder: dir,
    backupsDir: path.join(dir, 'backups'),
    defaultSaveFolder: path.join(dir, 'Documents'),
    now: () => new Date('2026-11-24T09:30:00.000Z'),
    showSaveDialog: async (o) => {
      calls.push(`save-dialog ${o.defaultPath}`);
      return path.join(dir, path.basename(o.defaultPath));
    },
    showOpenDialog: async () => {
      calls.push('open-dialog');
      return null;
    },
    printPdf: async (data, title) => {
      calls.push(`print ${title} ${data.byteLength}`);
    },
    showNotification: (title, body) => calls.push(`notify ${title}: ${body}`),
    setBadgeCount: (n) => calls.push(`badge ${n}`),
    openExternal: async (url) => {
      calls.push(`external ${url}`);
    },
    loginItem: {
      supported: true,
      get: () => openAtLogin,
      set: (v) => {
        openAtLogin = v;
        calls.push(`login ${v}`);
      },
    },
    onBackupWritten: (reason) => calls.push(`backup-written ${reason}`),
    onBackupSkipped: (reason) => calls.push(`backup-skipped ${reason}`),
    ...overrides,
  };
  return { calls, deps, dir };
}

/** One valid and one invalid payload for every channel. */
const cases: { [K in IpcKey]: { valid: unknown; invalid: unknown; invalidMessage: RegExp } } = {
  saveFile: {
    valid: { suggestedName: 'Clients – Zoë & 王.csv', data: 'name\nZoë\n', mimeType: 'text/csv' },
    invalid: { suggestedName: '../../.bashrc', data: 'x', mimeType: 'text/plain' },
    invalidMessage: /Invalid file:save request: suggestedName: File name may not contain/,
  },
  openFile: {
    valid: { filters: [{ name: 'CSV file', extensions: ['csv'] }] },
    invalid: { filters: [{ name: 'CSV', extensions: ['.csv'] }] },
    invalidMessage:
      /Invalid file:open request: filters\.0\.extensions\.0: An extension is letters and digits/,
  },
  printPdf: {
    valid: { data: pdf, title: 'Birthday cards – März' },
    invalid: { data: new TextEncoder().encode('<html>not a pdf</html>'), title: 'Cards' },
    invalidMessage: /Invalid print:pdf request: data: That is not a PDF document/,
  },
  notify: {
    valid: { title: '3 touchpoints due today', body: 'Zoë Ñúñez, 王小明, Łukasz Wróbel' },
    invalid: { title: '   ', body: 'x' },
    invalidMessage: /Invalid notify:show request: title: A notification needs a title/,
  },
  writeBackup: {
    valid: { json: '{"clients":[{"firstName":"Zoë"}]}', reason: 'manual' },
    invalid: { json: '{}', reason: '../../escape' },
    invalidMessage: /Invalid backup:write request: reason: Backup reason must be a short lowercase word/,
  },
  listBackups: {
    valid: undefined,
    invalid: { everything: true },
    invalidMessage: /Invalid backup:list request/,
  },
  readBackup: {
    valid: { name: 'touchpoint-2026-11-24T09-30-00-000Z-daily.json' },
    invalid: { name: '../../../etc/passwd' },
    invalidMessage: /Invalid backup:read request: name: That is not the name of a Touchpoint backup file/,
  },
  backupSkipped: {
    valid: { reason: 'Nothing to back up' },
    invalid: { reason: 42 },
    invalidMessage: /Invalid backup:skipped request: reason:/,
  },
  setBadgeCount: {
    valid: { count: 3 },
    invalid: { count: 2.5 },
    invalidMessage: /Invalid badge:set request: count: Badge count must be a whole number/,
  },
  openExternal: {
    valid: { url: 'https://example.com/' },
    invalid: { url: 12 },
    invalidMessage: /Invalid external:open request: url:/,
  },
  appInfo: { valid: undefined, invalid: 'version please', invalidMessage: /Invalid app:info request/ },
  getLoginItem: { valid: undefined, invalid: { x: 1 }, invalidMessage: /Invalid login-item:get request/ },
  setOpenAtLogin: {
    valid: { enabled: true },
    invalid: { enabled: 'yes' },
    invalidMessage: /Invalid login-item:set request: enabled:/,
  },
};

describe('every IPC channel', () => {
  it('has a handler and test cases', () => {
    expect(Object.keys(ipcHandlers).sort()).toEqual([...IPC_KEYS].sort());
    expect(Object.keys(cases).sort()).toEqual([...IPC_KEYS].sort());
    const channels = IPC_KEYS.map((k) => ipcContract[k].channel);
    expect(new Set(channels).size).toBe(channels.length);
  });

  for (const key of IPC_KEYS) {
    describe(`${key} (${ipcContract[key].channel})`, () => {
      it('accepts a valid payload from our window', async () => {
        const r = setup();
        if (key === 'readBackup') {
          const { writeBackupFile } = await import('../../../electron/main/backups');
          await writeBackupFile(
            r.deps.backupsDir,
            '{"ok":true}',
            'daily',
            new Date('2026-11-24T09:30:00.000Z'),
          );
        }
        await expect(ipcHandlers[key](r.deps, cases[key].valid, APP)).resolves.not.toThrow();
      });

      it('rejects an invalid payload with a readable message and does nothing', async () => {
        const r = setup();
        await expect(ipcHandlers[key](r.deps, cases[key].invalid, APP)).rejects.toThrow(
          cases[key].invalidMessage,
        );
        expect(r.calls).toEqual([]);
      });

      it('rejects a message from any other page, before looking at the payload', async () => {
        for (const sender of FOREIGN) {
          const r = setup();
          await expect(ipcHandlers[key](r.deps, cases[key].valid, sender)).rejects.toThrow(
            new RegExp(
              `^Refused ${ipcContract[key].channel}: the request did not come from the Touchpoint window`,
            ),
          );
          expect(r.calls).toEqual([]);
        }
      });
    });
  }

  it('accepts the dev server only when running unpackaged', async () => {
    const dev = setup({ devOrigin: 'http://localhost:5173' });
    await expect(ipcHandlers.appInfo(dev.deps, undefined, 'http://localhost:5173/')).resolves.toEqual({
      version: '0.1.0',
      dataFolder: dev.dir,
    });
    const packaged = setup();
    await expect(ipcHandlers.appInfo(packaged.deps, undefined, 'http://localhost:5173/')).rejects.toThrow(
      /Refused/,
    );
  });
});

describe('what the channels do', () => {
  it('saveFile writes text as UTF-8 and bytes as they are, where the user chose', async () => {
    const r = setup();
    const text = await ipcHandlers.saveFile(
      r.deps,
      { suggestedName: 'Clients.csv', data: 'Zoë;王小明\n', mimeType: 'text/csv' },
      APP,
    );
    expect(text).toEqual({ saved: true, path: path.join(r.dir, 'Clients.csv') });
    expect(readFileSync(path.join(r.dir, 'Clients.csv'), 'utf8')).toBe('Zoë;王小明\n');
    expect(r.calls[0]).toBe(`save-dialog ${path.join(r.dir, 'Documents', 'Clients.csv')}`);

    await ipcHandlers.saveFile(
      r.deps,
      { suggestedName: 'cards.pdf', data: pdf, mimeType: 'application/pdf' },
      APP,
    );
    expect(new Uint8Array(readFileSync(path.join(r.dir, 'cards.pdf')))).toEqual(pdf);
  });

  it('saveFile reports a cancelled dialog as not saved', async () => {
    const r = setup({ showSaveDialog: async () => null });
    await expect(
      ipcHandlers.saveFile(r.deps, { suggestedName: 'x.csv', data: 'x', mimeType: 'text/csv' }, APP),
    ).resolves.toEqual({ saved: false });
  });

  it('openFile returns the name and bytes, null on cancel, and refuses files over the limit', async () => {
    const r = setup();
    const file = path.join(r.dir, 'Kontakte Müller.vcf');
    writeFileSync(file, 'BEGIN:VCARD\nFN:Zoë Ñúñez\nEND:VCARD\n');
    const opened = await ipcHandlers.openFile(
      { ...r.deps, showOpenDialog: async () => file },
      { filters: [] },
      APP,
    );
    expect(opened?.name).toBe('Kontakte Müller.vcf');
    expect(new TextDecoder().decode(opened?.data)).toContain('Zoë Ñúñez');
    expect(opened?.data).toBeInstanceOf(Uint8Array);

    await expect(ipcHandlers.openFile(r.deps, { filters: [] }, APP)).resolves.toBeNull();

    const big = path.join(r.dir, 'huge.csv');
    writeFileSync(big, Buffer.alloc(MAX_OPEN_BYTES + 1));
    await expect(
      ipcHandlers.openFile({ ...r.deps, showOpenDialog: async () => big }, { filters: [] }, APP),
    ).rejects.toThrow(/"huge.csv" is 64.0 MB; Touchpoint opens files up to 64 MB/);
  });

  it('writeBackup tells the quit gate; listBackups and readBackup see the file', async () => {
    const r = setup();
    const info = await ipcHandlers.writeBackup(r.deps, { json: '{"clients":["Zoë"]}', reason: 'quit' }, APP);
    expect(info.name).toBe('touchpoint-2026-11-24T09-30-00-000Z-quit.json');
    expect(r.calls).toEqual(['backup-written quit']);
    expect(await ipcHandlers.listBackups(r.deps, undefined, APP)).toEqual([info]);
    expect(await ipcHandlers.readBackup(r.deps, { name: info.name }, APP)).toBe('{"clients":["Zoë"]}');
  });

  it('openExternal opens only allow-listed links', async () => {
    const r = setup();
    expect(await ipcHandlers.openExternal(r.deps, { url: 'mailto:zoe@example.com' }, APP)).toBe(true);
    expect(await ipcHandlers.openExternal(r.deps, { url: 'file:///etc/passwd' }, APP)).toBe(false);
    expect(await ipcHandlers.openExternal(r.deps, { url: 'ms-msdt:/id PCWDiagnostic' }, APP)).toBe(false);
    expect(r.calls).toEqual(['external mailto:zoe@example.com']);
  });

  it('printPdf, notify and setBadgeCount pass their payload through', async () => {
    const r = setup();
    await ipcHandlers.printPdf(r.deps, { data: pdf, title: 'Cards' }, APP);
    await ipcHandlers.notify(r.deps, { title: 'Due today', body: '王小明' }, APP);
    await ipcHandlers.setBadgeCount(r.deps, { count: 0 }, APP);
    expect(r.calls).toEqual([`print Cards ${pdf.byteLength}`, 'notify Due today: 王小明', 'badge 0']);
  });

  it('open at login toggles where supported and reports unsupported elsewhere', async () => {
    const r = setup();
    expect(await ipcHandlers.getLoginItem(r.deps, undefined, APP)).toEqual({
      supported: true,
      openAtLogin: false,
    });
    expect(await ipcHandlers.setOpenAtLogin(r.deps, { enabled: true }, APP)).toEqual({
      supported: true,
      openAtLogin: true,
    });
    const linux = setup({
      loginItem: {
        supported: false,
        get: () => true,
        set: () => {
          throw new Error('no');
        },
      },
    });
    expect(await ipcHandlers.setOpenAtLogin(linux.deps, { enabled: true }, APP)).toEqual({
      supported: false,
      openAtLogin: false,
    });
  });
});

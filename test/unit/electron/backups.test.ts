import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupsToPrune,
  listBackups,
  parseBackupFileName,
  readBackupFile,
  writeBackupFile,
} from '../../../electron/main/backups';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'tp-backups-'));
const at = (iso: string) => new Date(iso);

/** A realistic backup body: accents, CJK, Feb 29. */
const json = JSON.stringify({
  format: 'touchpoint-backup',
  clients: [
    { firstName: 'Zoë', lastName: 'Ñúñez', birthday: { month: 2, day: 29 } },
    { firstName: '小明', lastName: '王' },
    { firstName: 'Łukasz', lastName: 'Wróbel' },
  ],
});

describe('backup names', () => {
  it('put the UTC instant first, with no colons, and the reason last', () => {
    expect(backupFileName(at('2028-02-29T23:59:58.123Z'), 'daily')).toBe(
      'touchpoint-2028-02-29T23-59-58-123Z-daily.json',
    );
  });

  it('read back to the same instant and reason', () => {
    expect(parseBackupFileName('touchpoint-2026-12-31T23-59-59-999Z-before-restore.json')).toEqual({
      createdAt: '2026-12-31T23:59:59.999Z',
      reason: 'before-restore',
    });
  });

  it('sort by time as plain text, across a year end', () => {
    const names = [
      backupFileName(at('2027-01-01T00:00:00.000Z'), 'daily'),
      backupFileName(at('2026-12-31T23:59:59.999Z'), 'quit'),
      backupFileName(at('2026-02-03T10:00:00.000Z'), 'manual'),
    ];
    expect([...names].sort()).toEqual([names[2], names[1], names[0]]);
  });

  it('refuse reasons that are not short slugs and names that are not backups', () => {
    expect(() => backupFileName(at('2026-01-01T00:00:00Z'), '../x')).toThrow(/reason/);
    expect(() => backupFileName(at('2026-01-01T00:00:00Z'), 'Daily')).toThrow();
    expect(parseBackupFileName('../touchpoint-2026-01-01T00-00-00-000Z-daily.json')).toBeNull();
    expect(parseBackupFileName('touchpoint-2026-01-01T00-00-00-000Z-daily.json.tmp')).toBeNull();
    expect(parseBackupFileName('notes.txt')).toBeNull();
    expect(parseBackupFileName('touchpoint-2026-13-45T00-00-00-000Z-daily.json')).toBeNull();
  });
});

describe('the rolling set', () => {
  const day = (n: number, reason = 'daily') =>
    backupFileName(new Date(Date.UTC(2026, 0, 1) + n * 86_400_000), reason);

  it('keeps the newest 30 daily backups', () => {
    const names = Array.from({ length: 40 }, (_, i) => day(i));
    const dropped = backupsToPrune(names);
    expect(dropped).toEqual(names.slice(0, 10));
  });

  it('keeps the newest 10 of each other reason, so quits never push out a pre-restore copy', () => {
    const quits = Array.from({ length: 14 }, (_, i) => day(i, 'quit'));
    const restore = day(0, 'before-restore');
    const dropped = backupsToPrune([...quits, restore]);
    expect(dropped).toEqual(quits.slice(0, 4));
    expect(dropped).not.toContain(restore);
  });

  it('never touches files that are not backups', () => {
    expect(backupsToPrune(['README.txt', '.touchpoint-x.tmp', day(1)])).toEqual([]);
  });
});

describe('backup files on disk', () => {
  it('writes, lists newest first and reads back byte for byte', async () => {
    const dir = tempDir();
    const first = await writeBackupFile(dir, json, 'daily', at('2026-11-24T09:30:00.000Z'));
    const second = await writeBackupFile(dir, json, 'quit', at('2026-11-24T18:05:00.000Z'));
    expect(first).toEqual({
      name: 'touchpoint-2026-11-24T09-30-00-000Z-daily.json',
      createdAt: '2026-11-24T09:30:00.000Z',
      reason: 'daily',
      sizeBytes: Buffer.byteLength(json, 'utf8'),
    });
    const list = await listBackups(dir);
    expect(list.map((b) => b.name)).toEqual([second.name, first.name]);
    const text = await readBackupFile(dir, first.name, 1_000_000);
    expect(text).toBe(json);
    expect(JSON.parse(text).clients[1].firstName).toBe('小明');
  });

  it('gives two backups in the same millisecond different names', async () => {
    const dir = tempDir();
    const now = at('2026-11-24T09:30:00.000Z');
    const a = await writeBackupFile(dir, json, 'manual', now);
    const b = await writeBackupFile(dir, '{"second":true}', 'manual', now);
    expect(a.name).not.toBe(b.name);
    expect(readFileSync(path.join(dir, a.name), 'utf8')).toBe(json);
  });

  it('prunes as it writes and leaves no temp files', async () => {
    const dir = tempDir();
    for (let i = 0; i < 35; i++) {
      await writeBackupFile(dir, json, 'daily', new Date(Date.UTC(2026, 0, 1 + i)), {
        daily: 30,
        perOtherReason: 10,
      });
    }
    const files = readdirSync(dir);
    expect(files).toHaveLength(30);
    expect(files.every((f) => parseBackupFileName(f) !== null)).toBe(true);
    const list = await listBackups(dir);
    expect(list[0]?.createdAt).toBe('2026-02-04T00:00:00.000Z');
    expect(list.at(-1)?.createdAt).toBe('2026-01-06T00:00:00.000Z');
  });

  it('lists an empty or missing folder as no backups and ignores strangers', async () => {
    expect(await listBackups(path.join(tempDir(), 'missing'))).toEqual([]);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.txt'), 'hi');
    expect(await listBackups(dir)).toEqual([]);
  });

  it('refuses to read anything but a backup by exact name', async () => {
    const dir = tempDir();
    await expect(readBackupFile(dir, '../../etc/passwd', 1000)).rejects.toThrow(
      /not the name of a Touchpoint backup/,
    );
    await expect(readBackupFile(dir, 'touchpoint-2026-11-24T09-30-00-000Z-daily.json', 1000)).rejects.toThrow(
      /no longer exists/,
    );
    const big = await writeBackupFile(dir, json, 'daily', at('2026-11-24T09:30:00.000Z'));
    await expect(readBackupFile(dir, big.name, 10)).rejects.toThrow(/too large/);
  });
});

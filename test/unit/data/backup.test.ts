/**
 * Backups against a real (fake-indexeddb) Dexie database: the round trip of every kind of record,
 * every kind of bad file changing nothing, merge and undo, the daily and before-upgrade backups,
 * and the start-up check for missing records.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_TABLES,
  createBackup,
  keyField,
  type BackupTableName,
  type BackupTables,
} from '../../../shared/backup';
import { emptyTables, makeEveryKindDataset, makeManyClients } from '../../../shared/backup/fixtures';
import {
  COUNTS_KEY,
  LAST_RESTORE_KEY,
  acceptCurrentCounts,
  backupBeforeUpgrade,
  backupForQuit,
  backupNow,
  checkMissingData,
  currentMissingReport,
  ensureDailyBackup,
  loadBackup,
  makeBackupText,
  previewRestore,
  readAllTables,
  recordCounts,
  resetDataSafetyState,
  restoreBackup,
  restoreFromFile,
  storedSchemaVersion,
  trackRemovals,
  undoRestore,
  writeRestore,
} from '../../../renderer/data/backup';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, TABLE_NAMES, type TouchpointDb } from '../../../renderer/data/db';
import { deleteCall } from '../../../renderer/data/calls';
import { freshDb } from './dbHelpers';
import { memoryBackups, memoryLocalStorage, type MemoryBackups } from './memoryBackups';

let db: TouchpointDb;
let store: MemoryBackups;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-14T10:00:00+01:00'));
  resetDataSafetyState();
  db = freshDb();
  store = memoryBackups();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  resetDataSafetyState();
  db.close();
});

async function seed(tables: Partial<BackupTables>): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const [t, rows] of Object.entries(tables)) await db.table(t).bulkAdd(rows);
  });
}

const byKey = (table: BackupTableName) => (a: unknown, b: unknown) =>
  String((a as Record<string, unknown>)[keyField(table)]).localeCompare(
    String((b as Record<string, unknown>)[keyField(table)]),
  );

function sorted(tables: Partial<BackupTables>): BackupTables {
  const out = emptyTables();
  for (const t of BACKUP_TABLES) out[t] = [...(tables[t] ?? [])].sort(byKey(t));
  return out;
}

/** meta without the bookkeeping a restore writes about itself. */
function withoutBookkeeping(tables: BackupTables): BackupTables {
  return {
    ...tables,
    meta: tables.meta.filter((m) => {
      const k = (m as { key: string }).key;
      return k !== COUNTS_KEY && k !== LAST_RESTORE_KEY;
    }),
  };
}

describe('the backup tables', () => {
  it('are exactly the tables of the Dexie database, so no table is ever left out of a backup', async () => {
    expect([...BACKUP_TABLES].sort()).toEqual([...TABLE_NAMES].sort());
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([...BACKUP_TABLES].sort());
    expect(Object.keys(SCHEMA_V1).sort()).toEqual([...BACKUP_TABLES].sort());
  });
});

describe('round trip: backup → wipe → restore', () => {
  it('brings back a database holding every kind of record, identical record for record', async () => {
    const dataset = makeEveryKindDataset();
    await seed(dataset);
    const text = await makeBackupText({ db });
    expect(text).toContain('"format": "touchpoint-backup"');

    // The database is lost whole.
    await db.delete();
    db = freshDb();
    expect((await readAllTables(db)).clients).toEqual([]);

    const r = await loadBackup(text);
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    expect(r.summary.counts.clients).toBe(5);
    expect(r.summary.appVersion).toBe('0.1.0');
    const outcome = await restoreBackup(r.backup, 'replace', { db, store, replan: false });
    expect(outcome.lines).toContain('Clients: 5 added');

    const after = sorted(await readAllTables(db));
    const expected = sorted(dataset);
    for (const t of BACKUP_TABLES) {
      if (t === 'meta') continue;
      expect(after[t], `table ${t}`).toEqual(expected[t]);
    }
    // meta: every entry from the backup, plus the restore's own notes (new counts, how to undo).
    expect(withoutBookkeeping(after).meta).toEqual(withoutBookkeeping(expected).meta);
    const counts = after.meta.find((m) => (m as { key: string }).key === COUNTS_KEY) as { value: object };
    expect(counts.value).toMatchObject({ clients: 5, touchpoints: 4, calls: 2, gifts: 2 });
    // The names came back byte for byte (NFC, emoji, CJK).
    const zoe = after.clients.find((c) => (c as { id: string }).id === 'client-zoe') as { notes: string };
    expect(zoe.notes).toBe(dataset.clients[0]!.notes);
  });

  it('writeRestore alone makes the database exactly the backup, meta included', async () => {
    const dataset = makeEveryKindDataset();
    await seed({ clients: makeManyClients(3) });
    const r = await loadBackup(await createBackupOf(dataset));
    if (!r.ok) throw new Error('backup did not read');
    await writeRestore(r.backup, 'replace', db);
    expect(sorted(await readAllTables(db))).toEqual(sorted(dataset));
  });
});

async function createBackupOf(tables: Partial<BackupTables>, overrides: { schemaVersion?: number } = {}) {
  return createBackup({
    tables: { ...emptyTables(), ...tables },
    appVersion: '0.1.0',
    createdAt: '2026-03-13T09:00:00.000Z',
    schemaVersion: overrides.schemaVersion ?? CURRENT_SCHEMA_VERSION,
  });
}

describe('a bad backup file changes nothing and says what is wrong', () => {
  let before: BackupTables;
  beforeEach(async () => {
    await seed({ clients: makeManyClients(4), meta: [{ key: 'note', value: 'x' }] });
    before = sorted(await readAllTables(db));
  });

  async function expectRefused(input: string | Uint8Array, message: RegExp) {
    const r = await restoreFromFile(input, 'replace', { db, store, replan: false });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join('\n')).toMatch(message);
    expect(sorted(await readAllTables(db)), 'the database is unchanged').toEqual(before);
    expect(store.files.size, 'not even the safety copy was written').toBe(0);
  }

  const good = () => createBackupOf(makeEveryKindDataset());

  it('binary garbage', async () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 256);
    await expectRefused(bytes, /not a Touchpoint backup.*binary/);
  });

  it('a PNG renamed to .json', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    await expectRefused(png, /not a Touchpoint backup/);
  });

  it('an empty file', async () => {
    await expectRefused(new Uint8Array(0), /This file is empty/);
    await expectRefused('   \n', /This file is empty/);
  });

  it('a truncated backup (cut off while copying)', async () => {
    const text = await good();
    await expectRefused(text.slice(0, Math.floor(text.length * 0.6)), /incomplete: it stops in the middle/);
  });

  it('a backup from a newer version of the app', async () => {
    const text = await createBackupOf(makeEveryKindDataset(), { schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    await expectRefused(text, /newer version of Touchpoint.*update the app/);
  });

  it('a wrong checksum (the file was edited after it was saved)', async () => {
    const text = (await good()).replace('Madrid', 'Madrld');
    await expectRefused(text, /checksum does not match/);
  });

  it('a bad record: says which record and which field', async () => {
    const dataset = makeEveryKindDataset();
    (dataset.clients[1] as unknown as Record<string, unknown>).email = 'lukasz(at)example.pl';
    (dataset.touchpoints[0] as unknown as Record<string, unknown>).due = '2028-02-30';
    await expectRefused(
      await createBackupOf(dataset),
      /Client #2 \(id client-lukasz, Łukasz Wróbel\): email/,
    );
    const r = await restoreFromFile(await createBackupOf(dataset), 'replace', { db, store });
    if (r.ok) throw new Error('should fail');
    expect(r.errors.some((e) => /Touchpoint #1 \(id tp-zoe-birthday-2028.*\): due/.test(e))).toBe(true);
  });

  it('a foreign JSON file', async () => {
    await expectRefused('{"name":"my-app","version":"1.0.0"}', /not a Touchpoint backup/);
  });
});

describe('restore', () => {
  it('aborts as a whole when a write fails half way: the cleared tables come back', async () => {
    await seed({ clients: makeManyClients(3) });
    const before = sorted(await readAllTables(db));
    const dataset = makeEveryKindDataset();
    // A value IndexedDB cannot store (it cannot be cloned): only a hand-made Backup can carry one,
    // and it fails after the earlier tables were already cleared and written.
    const broken = { ...dataset, cardHistory: [...dataset.cardHistory, { id: 'card-x', render: () => 'x' }] };
    const backup = { formatVersion: 1, appVersion: 'x', schemaVersion: 1, createdAt: 'x', tables: broken };
    await expect(writeRestore(backup, 'replace', db)).rejects.toThrow();
    expect(sorted(await readAllTables(db))).toEqual(before);
  });

  it('merge: keeps what only the database has, adds what only the backup has, newer change wins', async () => {
    const [a, b, c] = makeManyClients(3);
    await seed({
      clients: [a!, { ...b!, lastName: 'Changed today', updatedAt: '2026-03-14T08:00:00.000Z' }],
    });
    const backupText = await createBackupOf({
      clients: [
        { ...a!, company: 'Newer in backup', updatedAt: '2026-03-13T08:00:00.000Z' },
        { ...b!, lastName: 'Old', updatedAt: '2026-03-01T08:00:00.000Z' },
        c!,
      ],
    });
    const r = await loadBackup(backupText);
    if (!r.ok) throw new Error('bad');
    const { lines, plan } = await previewRestore(r.backup, 'merge', { db });
    expect(lines).toEqual(['Clients: 1 added, 1 updated, 1 kept as they are']);
    expect(plan.totals.conflicts).toBe(2);
    await restoreBackup(r.backup, 'merge', { db, store, replan: false });
    const clients = await db.clients.toArray();
    expect(clients).toHaveLength(3);
    expect(clients.find((x) => x.id === a!.id)?.company).toBe('Newer in backup');
    expect(clients.find((x) => x.id === b!.id)?.lastName).toBe('Changed today');
  });

  it('can be undone: the copy taken just before puts everything back', async () => {
    const today = makeManyClients(6);
    await seed({ clients: today, meta: [{ key: 'import.csvMapping', value: { Vorname: 'firstName' } }] });
    const before = withoutBookkeeping(sorted(await readAllTables(db)));
    const r = await loadBackup(await createBackupOf({ clients: makeManyClients(2, 100) }));
    if (!r.ok) throw new Error('bad');

    const outcome = await restoreBackup(r.backup, 'replace', { db, store, replan: false });
    expect(outcome.undo.reason).toBe('before-restore');
    expect((await db.clients.toArray()).map((c) => c.id).sort()).toEqual(['client-100', 'client-101']);
    expect((await db.meta.get(LAST_RESTORE_KEY))?.value).toMatchObject({
      undoBackup: outcome.undo.name,
      mode: 'replace',
    });

    await undoRestore(outcome.undo.name, { db, store, replan: false });
    expect(withoutBookkeeping(sorted(await readAllTables(db)))).toEqual(before);
    expect(await db.meta.get(LAST_RESTORE_KEY)).toBeUndefined();
  });

  it('refuses to restore when the safety copy cannot be written (no undo, no restore)', async () => {
    await seed({ clients: makeManyClients(2) });
    const before = sorted(await readAllTables(db));
    const r = await loadBackup(await createBackupOf({ clients: makeManyClients(5, 10) }));
    if (!r.ok) throw new Error('bad');
    store.failNextWrite = 'The disk is full.';
    await expect(restoreBackup(r.backup, 'replace', { db, store, replan: false })).rejects.toThrow(
      /Could not save a copy of your current data first, so nothing was restored. The disk is full./,
    );
    expect(sorted(await readAllTables(db))).toEqual(before);
  });

  it('re-plans everyone afterwards, so restored clients have touchpoints', async () => {
    const { clients } = makeEveryKindDataset();
    const r = await loadBackup(await createBackupOf({ clients }));
    if (!r.ok) throw new Error('bad');
    await restoreBackup(r.backup, 'replace', { db, store });
    const planned = await db.touchpoints.where('clientId').equals('client-zoe').toArray();
    // Zoë (born Feb 29) gets next year's birthday greeting; the backup held no touchpoints at all.
    expect(planned.map((t) => t.planKey)).toContain('birthday:2027');
  });
});

describe('automatic backups', () => {
  it('daily: one per day, none for an empty database', async () => {
    expect(await ensureDailyBackup({ db, store })).toBeNull();
    await seed({ clients: makeManyClients(2) });
    const first = await ensureDailyBackup({ db, store });
    expect(first?.reason).toBe('daily');
    vi.setSystemTime(new Date(2026, 2, 14, 23, 30));
    expect(await ensureDailyBackup({ db, store })).toBeNull();
    vi.setSystemTime(new Date(2026, 2, 15, 0, 10));
    expect((await ensureDailyBackup({ db, store }))?.reason).toBe('daily');
    expect([...store.files.values()].filter((f) => f.info.reason === 'daily')).toHaveLength(2);
    // The backup is a complete, checkable file.
    const r = await loadBackup(store.files.get(first!.name)!.json);
    expect(r.ok && r.summary.counts.clients).toBe(2);
  });

  it('on quit: the JSON for the desktop shell, or null when there is nothing to keep', async () => {
    expect(await backupForQuit({ db })).toBeNull();
    await seed({ clients: makeManyClients(1) });
    const json = await backupForQuit({ db });
    const r = await loadBackup(json!);
    expect(r.ok && r.summary.counts.clients).toBe(1);
  });

  describe('before a schema upgrade', () => {
    it('backs up the database as the older version wrote it, before the newer version opens it', async () => {
      db.close();
      const dataset = makeEveryKindDataset();
      const old = new Dexie('upgrade-me');
      old.version(1).stores(SCHEMA_V1);
      await old.open();
      await old.transaction('rw', old.tables, async () => {
        for (const t of BACKUP_TABLES) await old.table(t).bulkAdd(dataset[t]);
      });
      old.close();

      expect(await storedSchemaVersion('upgrade-me')).toBe(1);
      // Same version as the app: nothing to do.
      expect(await backupBeforeUpgrade({ name: 'upgrade-me', currentVersion: 1, store })).toBeNull();
      expect(store.files.size).toBe(0);

      // The app now knows version 2: the backup comes first, in version 1's format.
      const info = await backupBeforeUpgrade({ name: 'upgrade-me', currentVersion: 2, store });
      expect(info?.reason).toBe('before-upgrade');
      const json = store.files.get(info!.name)!.json;
      const r = await loadBackup(json);
      if (!r.ok) throw new Error(r.errors[0]?.message);
      expect(r.summary.schemaVersion).toBe(1);
      expect(sorted(r.backup.tables)).toEqual(sorted(dataset));

      // The probe left the database as it was and closed: the upgrade can run.
      expect(await storedSchemaVersion('upgrade-me')).toBe(1);
      const v2 = new Dexie('upgrade-me');
      v2.version(1).stores(SCHEMA_V1);
      v2.version(2).stores({ ...SCHEMA_V1, clients: 'id, updatedAt, deletedAt, email' });
      await v2.open();
      expect(v2.verno).toBe(2);
      expect(await v2.table('clients').count()).toBe(5);
      v2.close();
      expect(await backupBeforeUpgrade({ name: 'upgrade-me', currentVersion: 2, store })).toBeNull();
    });

    it('does nothing for a new user (and does not create the database)', async () => {
      expect(await backupBeforeUpgrade({ name: 'never-made', currentVersion: 2, store })).toBeNull();
      expect(await Dexie.exists('never-made')).toBe(false);
      expect(store.files.size).toBe(0);
    });
  });
});

describe('the start-up check for missing data', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryLocalStorage()));

  it('says which records are missing when they vanished behind the app’s back', async () => {
    await seed({ clients: makeManyClients(12), calls: makeEveryKindDataset().calls });
    await recordCounts({ db });
    expect(await checkMissingData({ db, store })).toBeNull();
    await backupNow('manual', { db, store });

    // Something outside the app drops records (no tracker on this raw write).
    await db.clients.bulkDelete(['client-0', 'client-1', 'client-2']);
    const report = await checkMissingData({ db, store });
    expect(report?.missing.map((m) => m.message)).toEqual([
      '3 clients are missing (there were 12 last time, now 9).',
    ]);
    expect(report?.latestBackup?.reason).toBe('manual');
    // While it is unresolved, the loss is not recorded as the new normal, and no daily backup is taken.
    await recordCounts({ db });
    expect(((await db.meta.get(COUNTS_KEY))?.value as { clients: number }).clients).toBe(12);
    expect(await ensureDailyBackup({ db, store })).toBeNull();
    expect(currentMissingReport()).not.toBeNull();

    await acceptCurrentCounts({ db });
    expect(await checkMissingData({ db, store })).toBeNull();
  });

  it('does not complain about removals the app made itself', async () => {
    db.close();
    db = freshDb();
    trackRemovals(db);
    await seed({ clients: makeManyClients(2), calls: makeEveryKindDataset().calls });
    await recordCounts({ db });
    await deleteCall('call-1');
    // Even before the debounced recount ran (e.g. the app quit right away).
    expect(await checkMissingData({ db, store })).toBeNull();
  });

  it('notices a whole database lost, from the copy of the counts kept outside it', async () => {
    await seed({ clients: makeManyClients(5) });
    await recordCounts({ db });
    await db.delete();
    db = freshDb();
    const report = await checkMissingData({ db, store });
    expect(report?.basis).toBe('copy-outside-database');
    expect(report?.missing[0]?.message).toBe('5 clients are missing (there were 5 last time, now 0).');
  });

  it('with every record of the counts gone too, compares an empty database with the newest backup', async () => {
    vi.stubGlobal('localStorage', undefined);
    await seed({ clients: makeManyClients(7) });
    await backupNow('daily', { db, store });
    await db.delete();
    db = freshDb();
    const report = await checkMissingData({ db, store });
    expect(report?.basis).toBe('latest-backup');
    expect(report?.missing[0]?.message).toBe('7 clients are missing (there were 7 last time, now 0).');
  });

  it('a restore clears the report and records the restored counts', async () => {
    await seed({ clients: makeManyClients(5) });
    await recordCounts({ db });
    const backup = await backupNow('manual', { db, store });
    await db.clients.clear();
    expect(await checkMissingData({ db, store })).not.toBeNull();
    const r = await loadBackup(store.files.get(backup.name)!.json);
    if (!r.ok) throw new Error('bad');
    await restoreBackup(r.backup, 'replace', { db, store, replan: false });
    expect(currentMissingReport()).toBeNull();
    expect(await checkMissingData({ db, store })).toBeNull();
    expect(await db.clients.count()).toBe(5);
  });
});

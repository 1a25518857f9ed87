/**
 * Backups wired to the database and the platform: the backup file (shared/backup) written from
 * and restored into Dexie, automatic backups (daily, on quit, before a restore, before a schema
 * upgrade), and the start-up check that notices when records have gone missing.
 *
 * IndexedDB alone is not trusted with years of work: Chromium has lost whole databases to a full
 * disk or a downgrade, and relaxed durability can drop committed writes on power loss. So copies
 * go outside it (files in the desktop data folder; a separate database and downloads in the
 * browser), restores write with strict durability, and every restore can be undone.
 */
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable } from 'dexie';
import pkg from '../../package.json';
import {
  BACKUP_TABLES,
  compareCounts,
  createBackup,
  describeRestorePlan,
  planRestore,
  readBackup,
  type Backup,
  type BackupTableName,
  type BackupTables,
  type MissingRecords,
  type ReadBackupResult,
  type RecordCounts,
  type RestoreMode,
  type RestorePlan,
} from '../../shared/backup';
import { toIsoDate } from '../../shared/domain/dates';
import { platform } from '../platform';
import type { BackupInfo, Platform } from '../platform/types';
import { bulkPutInBatches } from './batches';
import { backupTextHere, backupTextInWorker, readAllTables as readTables } from './backupText';
import { CURRENT_SCHEMA_VERSION, DB_NAME, getDb, openDb, type TouchpointDb } from './db';
import { replanAll } from './planner';

export const APP_VERSION: string = pkg.version;

/** Where backups go: the platform (files on the desktop, a separate store in the browser); tests pass their own. */
export type BackupStore = Pick<Platform, 'writeBackup' | 'listBackups' | 'readBackup'>;

/** Why a backup was taken; part of the file name. */
export type BackupReason =
  'daily' | 'quit' | 'manual' | 'before-restore' | 'before-upgrade' | 'before-import';

export const REASON_LABELS: Record<string, string> = {
  daily: 'Daily',
  quit: 'On quit',
  manual: 'Made by you',
  'before-restore': 'Before a restore',
  'before-upgrade': 'Before an update',
  'before-import': 'Before an import',
};

export function reasonLabel(reason: string): string {
  return REASON_LABELS[reason] ?? reason;
}

export interface DataOptions {
  db?: TouchpointDb;
  store?: BackupStore;
  now?: Date;
}

const storeOf = (o: DataOptions): BackupStore => o.store ?? platform();
const dbOf = (o: DataOptions): TouchpointDb => o.db ?? getDb();

// ---------- listeners: the Settings list and the banner refresh when backups or the check change ----------

type Listener = () => void;
const listeners = new Set<Listener>();
let version = 0;

/** For useSyncExternalStore: a number that changes whenever backups or the missing-data state change. */
export function subscribeDataSafety(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
export function dataSafetyVersion(): number {
  return version;
}
function changed(): void {
  version++;
  for (const l of listeners) l();
}

// ---------- reading and writing the backup file ----------

/** Every table's records, read in one transaction so they fit together. */
export function readAllTables(db: TouchpointDb = getDb()): Promise<BackupTables> {
  return readTables(db);
}

/**
 * The whole database as backup text (JSON with a header and checksum), made in a Web Worker
 * where one can start (backupText.ts): a big book took seconds of main thread.
 */
export async function makeBackupText(options: DataOptions = {}): Promise<string> {
  const db = dbOf(options);
  const req = { appVersion: APP_VERSION, createdAt: (options.now ?? new Date()).toISOString() };
  return (await backupTextInWorker({ dbName: db.name, ...req })) ?? backupTextHere(db, req);
}

/** Writes a backup now, into the rolling set. */
export async function backupNow(reason: BackupReason, options: DataOptions = {}): Promise<BackupInfo> {
  const json = await makeBackupText(options);
  const info = await storeOf(options).writeBackup(json, reason);
  await recordCounts(options).catch(() => undefined);
  changed();
  return info;
}

/** Counts of records that matter to the user (not the bookkeeping in meta). */
async function userRecordTotal(db: TouchpointDb): Promise<number> {
  const counts = await countTables(db);
  return BACKUP_TABLES.filter((t) => t !== 'meta' && t !== 'settings').reduce((n, t) => n + counts[t], 0);
}

/** The calendar day (local time) a backup was made. */
export function backupDay(info: Pick<BackupInfo, 'createdAt'>): string {
  return toIsoDate(new Date(info.createdAt));
}

/**
 * The daily backup: written when none was made today (local day). An empty database is not backed
 * up (nothing to protect), and neither is one found with records missing: that copy would only
 * push good backups out of the rolling set.
 */
export async function ensureDailyBackup(options: DataOptions = {}): Promise<BackupInfo | null> {
  if (missingReport) return null;
  const today = toIsoDate(options.now ?? new Date());
  const list = await storeOf(options).listBackups();
  if (list.some((b) => b.reason === 'daily' && backupDay(b) === today)) return null;
  if ((await userRecordTotal(dbOf(options))) === 0) return null;
  return backupNow('daily', options);
}

/** The backup JSON for the desktop app's quit hook (null: nothing to back up). */
export async function backupForQuit(options: DataOptions = {}): Promise<string | null> {
  const db = dbOf(options);
  if ((await userRecordTotal(db)) === 0) return null;
  await recordCounts(options).catch(() => undefined);
  return makeBackupText(options);
}

/**
 * Brings tables from an older schema version up to the current one before they are validated.
 * Version 1 is the only version so far; each later version adds its step here, the same change
 * its Dexie upgrade makes, so an old backup restores into a new app.
 */
export function upgradeBackupTables(
  tables: Record<string, unknown[]>,
  fromSchemaVersion: number,
): Record<string, unknown[]> {
  void fromSchemaVersion;
  return tables;
}

/** Reads and checks a backup file (text or bytes). Nothing is written. */
export function loadBackup(input: string | Uint8Array): Promise<ReadBackupResult> {
  return readBackup(input, { currentSchemaVersion: CURRENT_SCHEMA_VERSION, upgrade: upgradeBackupTables });
}

/** What restoring `backup` would change, as plan lines ("Clients: 3 added, 1 removed"). */
export async function previewRestore(
  backup: Backup,
  mode: RestoreMode,
  options: DataOptions = {},
): Promise<{ plan: RestorePlan; lines: string[] }> {
  const plan = planRestore(backup, await readAllTables(dbOf(options)), mode);
  return { plan, lines: describeRestorePlan(plan) };
}

/** A second connection whose transactions are flushed to disk before they complete. */
async function openStrict(db: TouchpointDb): Promise<TouchpointDb> {
  const strict = openDb(db.name, { durability: 'strict' });
  await strict.open();
  return strict;
}

/**
 * Writes a restore in ONE strict transaction over every table: all of it, or (on any error)
 * none of it. The plan is worked out inside the transaction, against what is there right then.
 */
export async function writeRestore(
  backup: Backup,
  mode: RestoreMode,
  db: TouchpointDb = getDb(),
): Promise<RestorePlan> {
  const strict = await openStrict(db);
  try {
    return await strict.transaction('rw', strict.tables, async () => {
      const current = {} as BackupTables;
      for (const t of BACKUP_TABLES) current[t] = await strict.table(t).toArray();
      const plan = planRestore(backup, current, mode);
      for (const t of BACKUP_TABLES) {
        const p = plan.tables[t];
        if (p.clear) await strict.table(t).clear();
        // In batches: a whole book is about 250,000 rows; one bulkPut froze the window for seconds.
        if (p.put.length) await bulkPutInBatches(strict.table(t), p.put);
      }
      return plan;
    });
  } finally {
    strict.close();
  }
}

export interface RestoreOutcome {
  plan: RestorePlan;
  lines: string[];
  /** The copy of the database taken just before: restoring it undoes this restore. */
  undo: BackupInfo;
  /** Set when the data was restored but planning everyone afterwards failed. */
  replanError?: string;
}

/** Meta key: the restore that can still be undone from Settings. */
export const LAST_RESTORE_KEY = 'lastRestore';
export interface LastRestore {
  undoBackup: string;
  restoredAt: string;
  backupCreatedAt: string;
  mode: RestoreMode;
}

/** The restore that can still be undone, if any. */
export async function getLastRestore(db: TouchpointDb = getDb()): Promise<LastRestore | null> {
  const v = (await db.meta.get(LAST_RESTORE_KEY))?.value;
  return v && typeof v === 'object' ? (v as LastRestore) : null;
}

/**
 * Restores a checked backup: first a copy of the current data (so it can be undone; no copy, no
 * restore), then the one transaction, then the new record counts and a re-plan of everyone.
 */
export async function restoreBackup(
  backup: Backup,
  mode: RestoreMode,
  options: DataOptions & { replan?: boolean; isUndo?: boolean } = {},
): Promise<RestoreOutcome> {
  const db = dbOf(options);
  let undo: BackupInfo;
  try {
    undo = await storeOf(options).writeBackup(await makeBackupText(options), 'before-restore');
  } catch (e) {
    throw new Error(
      `Could not save a copy of your current data first, so nothing was restored. ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  }
  const plan = await writeRestore(backup, mode, db);
  if (options.isUndo) await db.meta.delete(LAST_RESTORE_KEY);
  else {
    const last: LastRestore = {
      undoBackup: undo.name,
      restoredAt: (options.now ?? new Date()).toISOString(),
      backupCreatedAt: backup.createdAt,
      mode,
    };
    await db.meta.put({ key: LAST_RESTORE_KEY, value: last });
  }
  missingReport = null;
  await recordCounts({ ...options, force: true });
  changed();
  const replanError = options.replan !== false ? await replanSafely() : undefined;
  return { plan, lines: describeRestorePlan(plan), undo, ...(replanError ? { replanError } : {}) };
}

/**
 * Re-plans everyone after a restore or import. The data is already written, so a failure here is
 * reported (and logged), never thrown: it must not look as if the restore or import failed.
 */
export async function replanSafely(): Promise<string | undefined> {
  try {
    await replanAll();
    return undefined;
  } catch (e) {
    console.error('Re-planning after a restore or import failed', e);
    return e instanceof Error ? e.message : String(e);
  }
}

/** Puts back the copy taken before a restore (replace), which undoes that restore. */
export async function undoRestore(
  undoBackupName: string,
  options: DataOptions & { replan?: boolean } = {},
): Promise<RestoreOutcome> {
  const text = await storeOf(options).readBackup(undoBackupName);
  const r = await loadBackup(text);
  if (!r.ok) throw new Error(r.errors[0]?.message ?? 'The copy taken before the restore cannot be read.');
  return restoreBackup(r.backup, 'replace', { ...options, isUndo: true });
}

/**
 * A file straight to a restore: checked first; any problem returns the messages and writes
 * nothing at all (not even the safety copy).
 */
export async function restoreFromFile(
  input: string | Uint8Array,
  mode: RestoreMode,
  options: DataOptions & { replan?: boolean } = {},
): Promise<{ ok: true; outcome: RestoreOutcome } | { ok: false; errors: string[] }> {
  const r = await loadBackup(input);
  if (!r.ok) return { ok: false, errors: r.errors.map((e) => e.message) };
  return { ok: true, outcome: await restoreBackup(r.backup, mode, options) };
}

/** Reads a backup from the rolling set and checks it. */
export async function loadStoredBackup(name: string, options: DataOptions = {}): Promise<ReadBackupResult> {
  return loadBackup(await storeOf(options).readBackup(name));
}

// ---------- the before-upgrade backup ----------

/**
 * The schema version of the database as stored on disk, without upgrading it: Dexie opened with
 * no version declared reads whatever is there. Null when there is no database yet.
 */
export async function storedSchemaVersion(name: string = DB_NAME): Promise<number | null> {
  const raw = new Dexie(name);
  try {
    await raw.open();
    return raw.verno;
  } catch (e) {
    if (e instanceof Error && e.name === Dexie.errnames.NoSuchDatabase) return null;
    throw e;
  } finally {
    raw.close();
  }
}

/**
 * Before the app opens a database written by an older schema version (and so upgrades it), a
 * backup of it as it is, in its own version. Returns the backup, or null when no upgrade is due.
 */
export async function backupBeforeUpgrade(
  options: { name?: string; currentVersion?: number; store?: BackupStore; now?: Date } = {},
): Promise<BackupInfo | null> {
  const name = options.name ?? DB_NAME;
  const current = options.currentVersion ?? CURRENT_SCHEMA_VERSION;
  const stored = await storedSchemaVersion(name);
  if (stored === null || stored >= current) return null;
  const raw = new Dexie(name);
  await raw.open();
  try {
    const tables = {} as BackupTables;
    for (const t of BACKUP_TABLES) tables[t] = [];
    await raw.transaction('r', raw.tables, async () => {
      for (const table of raw.tables) {
        if ((BACKUP_TABLES as readonly string[]).includes(table.name))
          tables[table.name as BackupTableName] = await table.toArray();
      }
    });
    const json = await createBackup({
      tables,
      appVersion: APP_VERSION,
      createdAt: (options.now ?? new Date()).toISOString(),
      schemaVersion: Math.max(1, Math.floor(stored)),
    });
    const info = await (options.store ?? platform()).writeBackup(json, 'before-upgrade');
    changed();
    return info;
  } finally {
    raw.close();
  }
}

// ---------- record counts and the missing-data check ----------

/** Meta key holding the counts last recorded, per table. */
export const COUNTS_KEY = 'recordCounts';
/** Tables whose counts are judged. meta is bookkeeping and changes on its own. */
const JUDGED = BACKUP_TABLES.filter((t) => t !== 'meta');

const mirrorKey = (dbName: string) => `touchpoint:${dbName}:recordCounts`;
const pendingKey = (dbName: string) => `touchpoint:${dbName}:removalsPending`;

/**
 * localStorage lives outside IndexedDB: when the database is lost whole, its own record of the
 * counts goes with it, but this copy usually survives. Absent in Node tests.
 */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function readJson<T>(key: string): T | undefined {
  const raw = storage()?.getItem(key);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

/**
 * Writes seen per database by the removal tracker (trackRemovals), any kind. Counts taken when the
 * number was N are still true while it is N: the start-up check's counts then serve the
 * recordCounts right after it, instead of counting every table a second time (counting 200,000
 * touchpoints takes about a third of a second in Chromium, before the first screen).
 */
const writesSeen = new WeakMap<TouchpointDb, number>();
let lastCheck: { db: TouchpointDb; writes: number; counts: RecordCounts } | null = null;

/** The counts the last check took, once, when no write has happened since (only on a tracked database). */
function countsFromCheck(db: TouchpointDb): RecordCounts | undefined {
  const c = lastCheck;
  lastCheck = null;
  const writes = writesSeen.get(db);
  return c && c.db === db && writes !== undefined && writes === c.writes ? c.counts : undefined;
}

export async function countTables(db: TouchpointDb = getDb()): Promise<RecordCounts> {
  const counts = {} as RecordCounts;
  await db.transaction('r', db.tables, async () => {
    for (const t of BACKUP_TABLES) counts[t] = await db.table(t).count();
  });
  return counts;
}

let missingReport: MissingDataReport | null = null;

/**
 * Records the current counts (in meta and in localStorage). Skipped while missing data has been
 * reported and not yet dealt with, so the loss is never written down as the new normal.
 */
export async function recordCounts(
  options: DataOptions & { force?: boolean } = {},
): Promise<RecordCounts | null> {
  if (missingReport && !options.force) return null;
  const db = dbOf(options);
  // Cleared before counting: a removal that lands while we count marks its table again.
  storage()?.removeItem(pendingKey(db.name));
  const counts = countsFromCheck(db) ?? (await countTables(db));
  const judged: Partial<RecordCounts> = {};
  for (const t of JUDGED) judged[t] = counts[t];
  await db.meta.put({ key: COUNTS_KEY, value: judged });
  storage()?.setItem(mirrorKey(db.name), JSON.stringify(judged));
  return counts;
}

export interface MissingDataReport {
  missing: MissingRecords[];
  /** Where the earlier counts came from. */
  basis: 'recorded' | 'copy-outside-database' | 'latest-backup';
  /** The newest backup to offer, if any. */
  latestBackup?: BackupInfo;
}

function markRemoval(dbName: string, table: string): void {
  const s = storage();
  if (!s) return;
  const pending = new Set(readJson<string[]>(pendingKey(dbName)) ?? []);
  if (pending.has(table)) return;
  pending.add(table);
  s.setItem(pendingKey(dbName), JSON.stringify([...pending]));
}

const recountTimers = new Map<string, ReturnType<typeof setTimeout>>();
function scheduleRecount(db: TouchpointDb): void {
  clearTimeout(recountTimers.get(db.name));
  recountTimers.set(
    db.name,
    setTimeout(() => {
      recountTimers.delete(db.name);
      if (db.isOpen()) void recordCounts({ db }).catch(() => undefined);
    }, 1500),
  );
}

/**
 * Every removal the app itself makes (a delete, a purge, a re-plan dropping a touchpoint, a
 * clear) goes through Dexie: this middleware marks the table at once (synchronously, in
 * localStorage, so even a quit a moment later keeps the mark) and records the counts soon after.
 * A loss that does not come through here (storage cleared, a broken disk) is what the check finds.
 */
export function trackRemovals(db: TouchpointDb): void {
  writesSeen.set(db, writesSeen.get(db) ?? 0);
  db.use({
    stack: 'dbcore',
    name: 'touchpoint-removals',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          return {
            ...table,
            mutate(req: DBCoreMutateRequest) {
              writesSeen.set(db, (writesSeen.get(db) ?? 0) + 1);
              if (req.type !== 'delete' && req.type !== 'deleteRange') return table.mutate(req);
              markRemoval(db.name, name);
              return table.mutate(req).then((res) => {
                markRemoval(db.name, name);
                scheduleRecount(db);
                return res;
              });
            },
          };
        },
      };
    },
  });
}

async function latestBackup(store: BackupStore): Promise<BackupInfo | undefined> {
  const list = await store.listBackups().catch(() => [] as BackupInfo[]);
  return [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/** The counts a backup file says it holds, from its header (no full check needed here). */
function headerCounts(text: string): Partial<RecordCounts> | undefined {
  try {
    const v = JSON.parse(text) as { counts?: Partial<RecordCounts> };
    return v && typeof v.counts === 'object' ? v.counts : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The start-up check: fewer records now than last recorded, in a table the app did not remove
 * from itself, means data went missing. When even the record is gone (the whole database was
 * lost), an empty database is compared with the newest backup. Returns null when all is well.
 */
export async function checkMissingData(options: DataOptions = {}): Promise<MissingDataReport | null> {
  const db = dbOf(options);
  const store = storeOf(options);
  const writes = writesSeen.get(db);
  const now = await countTables(db);
  if (writes !== undefined) lastCheck = { db, writes, counts: now };
  const inDb = (await db.meta.get(COUNTS_KEY))?.value as Partial<RecordCounts> | undefined;
  const mirror = readJson<Partial<RecordCounts>>(mirrorKey(db.name));
  const pending = new Set(readJson<string[]>(pendingKey(db.name)) ?? []);
  let basis: MissingDataReport['basis'] = inDb ? 'recorded' : 'copy-outside-database';
  let recorded = inDb ?? mirror;
  let latest: BackupInfo | undefined;
  const total = JUDGED.filter((t) => t !== 'settings').reduce((n, t) => n + now[t], 0);
  if (!recorded && total === 0) {
    latest = await latestBackup(store);
    if (latest) {
      recorded = headerCounts(await store.readBackup(latest.name).catch(() => ''));
      basis = 'latest-backup';
    }
  }
  if (!recorded) return null;
  const judged: Partial<RecordCounts> = {};
  for (const t of JUDGED) if (!pending.has(t) && typeof recorded[t] === 'number') judged[t] = recorded[t];
  const missing = compareCounts(judged, now);
  if (!missing.length) {
    missingReport = null;
    return null;
  }
  latest ??= await latestBackup(store);
  missingReport = { missing, basis, ...(latest ? { latestBackup: latest } : {}) };
  changed();
  return missingReport;
}

/** The report from the last check, until a restore or the user's "I removed them" clears it. */
export function currentMissingReport(): MissingDataReport | null {
  return missingReport;
}

/** The user says the records were removed on purpose: the current counts become the new normal. */
export async function acceptCurrentCounts(options: DataOptions = {}): Promise<void> {
  missingReport = null;
  await recordCounts({ ...options, force: true });
  changed();
}

/** For tests: forget the in-memory state between databases. */
export function resetDataSafetyState(): void {
  missingReport = null;
  lastCheck = null;
  for (const t of recountTimers.values()) clearTimeout(t);
  recountTimers.clear();
}

/** Runs before the app opens its database: a backup if an upgrade is due, then the removal tracker. */
export async function prepareDatabase(): Promise<void> {
  try {
    await backupBeforeUpgrade();
  } catch (e) {
    console.error('The backup before the database upgrade failed', e);
  }
  trackRemovals(getDb());
}

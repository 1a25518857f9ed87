/**
 * Backup files outside IndexedDB, in `<userData>/backups`: naming, listing, reading and the
 * rolling set. Node only (fs, path), no Electron, tested against a temp folder.
 *
 * Names are `touchpoint-2026-11-24T09-30-00-123Z-daily.json`: the UTC instant first so names sort
 * by time, `-` instead of `:` so they are valid on Windows, the reason last.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BACKUP_FILE_NAME } from '../../shared/ipc';

export interface BackupFileInfo {
  name: string;
  createdAt: string;
  reason: string;
  sizeBytes: number;
}

export interface RetentionPolicy {
  /** How many `daily` backups to keep. */
  daily: number;
  /** How many backups to keep of each other reason (quit, manual, before-restore, …). */
  perOtherReason: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = Object.freeze({ daily: 30, perOtherReason: 10 });

export function backupFileName(createdAt: Date, reason: string): string {
  const stamp = createdAt.toISOString().replace(/:/g, '-').replace('.', '-');
  const name = `touchpoint-${stamp}-${reason}.json`;
  if (!BACKUP_FILE_NAME.test(name)) throw new Error(`Cannot name a backup for reason "${reason}"`);
  return name;
}

/** The instant and reason encoded in a backup name, or null for any other file. */
export function parseBackupFileName(name: string): { createdAt: string; reason: string } | null {
  const m = BACKUP_FILE_NAME.exec(name);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const [date, time] = m[1].split('T') as [string, string];
  const [hh, mm, ss, ms] = time.replace('Z', '').split('-');
  const iso = `${date}T${hh}:${mm}:${ss}.${ms}Z`;
  if (Number.isNaN(Date.parse(iso))) return null;
  return { createdAt: iso, reason: m[2] };
}

/**
 * Which files the rolling set drops: beyond the newest `daily` daily backups and the newest
 * `perOtherReason` of every other reason. Kept per reason so ten quits in a row never push out
 * the copy taken before a restore. Files that are not backups are never touched.
 */
export function backupsToPrune(
  names: readonly string[],
  policy: RetentionPolicy = DEFAULT_RETENTION,
): string[] {
  const byReason = new Map<string, string[]>();
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    const list = byReason.get(parsed.reason) ?? [];
    list.push(name);
    byReason.set(parsed.reason, list);
  }
  const drop: string[] = [];
  for (const [reason, list] of byReason) {
    const keep = reason === 'daily' ? policy.daily : policy.perOtherReason;
    // Names sort by time; newest first.
    list.sort().reverse();
    drop.push(...list.slice(keep));
  }
  return drop.sort();
}

/** Newest first. Ignores anything in the folder that is not a backup (temp files, notes). */
export async function listBackups(dir: string): Promise<BackupFileInfo[]> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const infos: BackupFileInfo[] = [];
  for (const name of entries) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    try {
      const stat = await fs.stat(path.join(dir, name));
      if (!stat.isFile()) continue;
      infos.push({ name, ...parsed, sizeBytes: stat.size });
    } catch {
      // Deleted between readdir and stat (pruned by another write): not a backup any more.
    }
  }
  return infos.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/**
 * Writes a backup atomically (temp file, then rename, so a crash never leaves half a backup under
 * a backup's name), then prunes the rolling set. Returns what was written.
 */
export async function writeBackupFile(
  dir: string,
  json: string,
  reason: string,
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Promise<BackupFileInfo> {
  await fs.mkdir(dir, { recursive: true });
  const existing = new Set(await fs.readdir(dir));
  // Two backups in the same millisecond (a manual one, then quit) get distinct names.
  let at = now.getTime();
  let name = backupFileName(new Date(at), reason);
  while (existing.has(name)) name = backupFileName(new Date(++at), reason);

  const target = path.join(dir, name);
  const temp = path.join(dir, `.${name}.${process.pid}.tmp`);
  await fs.writeFile(temp, json, { encoding: 'utf8', flag: 'wx' });
  await fs.rename(temp, target);

  const all = await fs.readdir(dir);
  for (const old of backupsToPrune(all, policy)) {
    if (old === name) continue;
    await fs.rm(path.join(dir, old), { force: true });
  }
  const stat = await fs.stat(target);
  const parsed = parseBackupFileName(name);
  if (!parsed) throw new Error(`Unexpected backup name ${name}`);
  return { name, ...parsed, sizeBytes: stat.size };
}

/** Reads one backup by its exact name; anything that is not a backup name is refused. */
export async function readBackupFile(dir: string, name: string, maxBytes: number): Promise<string> {
  if (!parseBackupFileName(name)) throw new Error(`"${name}" is not the name of a Touchpoint backup file`);
  const file = path.join(dir, name);
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`The backup ${name} no longer exists in ${dir}`, { cause: e });
    }
    throw e;
  }
  if (size > maxBytes) throw new Error(`The backup ${name} is too large to restore (${size} bytes)`);
  return fs.readFile(file, 'utf8');
}

/**
 * Record-count bookkeeping for the start-up check "data has gone missing".
 *
 * The renderer records the count of each table after every deliberate change that removes records
 * (and after a restore); at start-up it compares those with the counts it finds. Fewer records than
 * recorded, with no deliberate removal in between, means something outside the app lost data
 * (cleared browser storage, a disk problem): the user is told at once and offered a restore.
 */
import { BACKUP_TABLES, RECORD_LABELS, type BackupTableName } from './tables';

export interface MissingRecords {
  table: BackupTableName;
  before: number;
  now: number;
  missing: number;
  /** e.g. "12 clients are missing (there were 140 last time, now 128)." */
  message: string;
}

/** Tables that hold fewer records now than last recorded. Tables never recorded are not judged. */
export function compareCounts(
  lastRecorded: Partial<Record<BackupTableName, number>>,
  now: Partial<Record<BackupTableName, number>>,
): MissingRecords[] {
  const out: MissingRecords[] = [];
  for (const table of BACKUP_TABLES) {
    const before = lastRecorded[table];
    if (typeof before !== 'number' || !Number.isFinite(before)) continue;
    const current = now[table] ?? 0;
    if (current >= before) continue;
    const missing = before - current;
    const label = RECORD_LABELS[table];
    const what = missing === 1 ? `1 ${label.one.toLowerCase()} is` : `${missing} ${label.many} are`;
    out.push({
      table,
      before,
      now: current,
      missing,
      message: `${what} missing (there were ${before} last time, now ${current}).`,
    });
  }
  return out;
}

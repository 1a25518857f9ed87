/**
 * What a restore will do, worked out before anything is written, so the user sees it first:
 * "Clients: 12 added, 3 updated, 2 removed".
 *
 * - replace: the database becomes exactly what the backup holds (each table cleared, then filled).
 * - merge: records are matched by key. A record only in the backup is added; one only in the
 *   database stays. Where both hold a record and they differ, the newer `updatedAt` wins; records
 *   without `updatedAt` (calls, gifts, …) and exact ties keep the current copy. Every such case is
 *   reported as a conflict with the side that won, so nothing changes silently.
 */
import { canonicalJson } from './canonical';
import { BACKUP_TABLES, RECORD_LABELS, recordKey, type BackupTableName, type BackupTables } from './tables';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreConflict {
  table: BackupTableName;
  id: string;
  /** Which copy will be in the database after the restore. */
  winner: 'backup' | 'current';
  reason: string;
  backupUpdatedAt?: string;
  currentUpdatedAt?: string;
}

export interface TableRestorePlan {
  /** Empty the table before writing (replace mode). */
  clear: boolean;
  /** Records to write (put: insert or overwrite by key). */
  put: unknown[];
  /** In the backup, not in the database. */
  added: number;
  /** In both, different, and the backup's copy will be written. */
  updated: number;
  /** In both and identical. */
  unchanged: number;
  /** In the database, not in the backup, and removed (replace mode). */
  removed: number;
  /** In the database and kept as is although the backup differs or lacks it (merge mode). */
  kept: number;
  conflicts: RestoreConflict[];
}

export interface RestorePlan {
  mode: RestoreMode;
  tables: Record<BackupTableName, TableRestorePlan>;
  totals: {
    added: number;
    updated: number;
    unchanged: number;
    removed: number;
    kept: number;
    conflicts: number;
  };
}

function updatedAtOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const u = (record as Record<string, unknown>).updatedAt;
  return typeof u === 'string' && !Number.isNaN(Date.parse(u)) ? u : undefined;
}

function keyed(table: BackupTableName, records: readonly unknown[]): Map<string, unknown> {
  const m = new Map<string, unknown>();
  for (const r of records) {
    const k = recordKey(table, r);
    if (k !== undefined) m.set(k, r);
  }
  return m;
}

function planTable(
  table: BackupTableName,
  incoming: readonly unknown[],
  current: readonly unknown[],
  mode: RestoreMode,
): TableRestorePlan {
  const now = keyed(table, current);
  const plan: TableRestorePlan = {
    clear: mode === 'replace',
    put: [],
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    kept: 0,
    conflicts: [],
  };
  const inBackup = new Set<string>();
  for (const rec of incoming) {
    const id = recordKey(table, rec);
    if (id === undefined) continue; // readBackup has validated keys; nothing unkeyed gets here
    inBackup.add(id);
    const existing = now.get(id);
    if (existing === undefined) {
      plan.added++;
      plan.put.push(rec);
      continue;
    }
    if (canonicalJson(existing) === canonicalJson(rec)) {
      plan.unchanged++;
      if (mode === 'replace') plan.put.push(rec);
      continue;
    }
    if (mode === 'replace') {
      plan.updated++;
      plan.put.push(rec);
      continue;
    }
    const b = updatedAtOf(rec);
    const c = updatedAtOf(existing);
    const times = { ...(b ? { backupUpdatedAt: b } : {}), ...(c ? { currentUpdatedAt: c } : {}) };
    if (b && c && Date.parse(b) > Date.parse(c)) {
      plan.updated++;
      plan.put.push(rec);
      plan.conflicts.push({
        table,
        id,
        winner: 'backup',
        reason: 'The copy in the backup was changed more recently.',
        ...times,
      });
    } else {
      plan.kept++;
      const reason =
        b && c
          ? Date.parse(b) < Date.parse(c)
            ? 'Your current copy was changed more recently.'
            : 'Both copies carry the same change time; kept your current copy.'
          : `${RECORD_LABELS[table].many[0]?.toUpperCase()}${RECORD_LABELS[table].many.slice(1)} carry no change time; kept your current copy.`;
      plan.conflicts.push({ table, id, winner: 'current', reason, ...times });
    }
  }
  for (const id of now.keys()) {
    if (inBackup.has(id)) continue;
    if (mode === 'replace') plan.removed++;
    else plan.kept++;
  }
  return plan;
}

/**
 * Plans a restore of `backup` over the `current` database contents. Pure: the caller writes
 * `put` (after `clear` when set) per table, inside one transaction, after the user confirmed.
 */
export function planRestore(
  backup: { tables: Partial<BackupTables> },
  current: Partial<Record<BackupTableName, readonly unknown[]>>,
  mode: RestoreMode,
): RestorePlan {
  const tables = {} as Record<BackupTableName, TableRestorePlan>;
  const totals = { added: 0, updated: 0, unchanged: 0, removed: 0, kept: 0, conflicts: 0 };
  for (const t of BACKUP_TABLES) {
    const p = planTable(t, backup.tables[t] ?? [], current[t] ?? [], mode);
    tables[t] = p;
    totals.added += p.added;
    totals.updated += p.updated;
    totals.unchanged += p.unchanged;
    totals.removed += p.removed;
    totals.kept += p.kept;
    totals.conflicts += p.conflicts.length;
  }
  return { mode, tables, totals };
}

/** One line per table that changes, e.g. "Clients: 12 added, 3 updated, 2 removed". */
export function describeRestorePlan(plan: RestorePlan): string[] {
  const lines: string[] = [];
  for (const t of BACKUP_TABLES) {
    const p = plan.tables[t];
    const parts: string[] = [];
    if (p.added) parts.push(`${p.added} added`);
    if (p.updated) parts.push(`${p.updated} updated`);
    if (p.removed) parts.push(`${p.removed} removed`);
    if (p.kept) parts.push(`${p.kept} kept as they are`);
    if (!parts.length) continue;
    const name = RECORD_LABELS[t].many;
    lines.push(`${name[0]?.toUpperCase()}${name.slice(1)}: ${parts.join(', ')}`);
  }
  return lines;
}

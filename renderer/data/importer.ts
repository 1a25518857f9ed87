/**
 * Client import wired to the database: the remembered column mapping, the clients to check for
 * duplicates, and the write. Every valid row goes in ONE strict transaction, so an import is
 * whole or not at all; afterwards everyone is re-planned so imported clients get touchpoints.
 *
 * Reading and previewing the file are pure steps (renderer/features/data/importSteps.ts) that run
 * in a Web Worker; this module only does what needs the database.
 */
import {
  finalizeImport,
  type ColumnMapping,
  type FinalizedImport,
  type ImportPreview,
  type Resolution,
} from '../../shared/import';
import { clientSchema, type Client } from '../../shared/domain/schemas';
import type { BackupInfo } from '../platform/types';
import { backupNow, recordCounts, replanSafely, type DataOptions } from './backup';
import { newId } from './clients';
import { bulkAddInBatches } from './batches';
import { getDb, openDb, type TouchpointDb } from './db';

/** Meta key: header → field, from earlier imports, so the same spreadsheet maps itself next time. */
export const MAPPING_KEY = 'import.csvMapping';

export async function rememberedMapping(db: TouchpointDb = getDb()): Promise<ColumnMapping | undefined> {
  const v = (await db.meta.get(MAPPING_KEY))?.value;
  return v && typeof v === 'object' ? (v as ColumnMapping) : undefined;
}

/** Adds this file's choices to what is remembered (a header mapped to nothing is remembered too). */
export async function rememberMapping(mapping: ColumnMapping, db: TouchpointDb = getDb()): Promise<void> {
  const old = (await rememberedMapping(db)) ?? {};
  await db.meta.put({ key: MAPPING_KEY, value: { ...old, ...mapping } });
}

/** The clients an import is checked against (the preview ignores deleted ones). */
export function clientsForImport(db: TouchpointDb = getDb()): Promise<Client[]> {
  return db.clients.toArray();
}

/** Thrown when the write cannot happen; nothing was written. */
export class ImportWriteError extends Error {}

export interface WrittenImport {
  created: Client[];
  /** The merged clients as they are now, and as they were before. */
  merged: { before: Client; after: Client }[];
}

/**
 * Writes a finalized import: new clients added, merges applied as partial updates over the
 * client as it is at that moment. All in one strict transaction; any problem and nothing is written.
 */
export async function writeImport(
  result: FinalizedImport,
  options: { db?: TouchpointDb; now?: Date } = {},
): Promise<WrittenImport> {
  const db = options.db ?? getDb();
  const now = (options.now ?? new Date()).toISOString();
  const created: Client[] = [];
  for (const [i, c] of result.toCreate.entries()) {
    // Checking 10,000 clients takes a few hundred ms: let the window breathe every thousand.
    if (i && i % 1000 === 0) await new Promise((ok) => setTimeout(ok, 0));
    const r = clientSchema.safeParse({ ...c.client, id: newId(), createdAt: now, updatedAt: now });
    if (!r.success) {
      const i = r.error.issues[0];
      throw new ImportWriteError(
        `Row ${c.row} cannot be imported: ${i?.path.join('.') || 'client'} — ${i?.message ?? 'invalid'}. Nothing was imported.`,
      );
    }
    created.push(r.data);
  }
  if (!created.length && !result.toMerge.length) return { created: [], merged: [] };

  const strict = openDb(db.name, { durability: 'strict' });
  await strict.open();
  try {
    return await strict.transaction('rw', strict.clients, async () => {
      const merged: WrittenImport['merged'] = [];
      for (const m of result.toMerge) {
        const before = await strict.clients.get(m.existingId);
        if (!before || before.deletedAt) {
          throw new ImportWriteError(
            `The client that row ${m.rows.join(', ')} should be merged into was deleted meanwhile. Nothing was imported; preview the file again.`,
          );
        }
        const r = clientSchema.safeParse({ ...before, ...m.patch, updatedAt: now });
        if (!r.success) {
          const i = r.error.issues[0];
          throw new ImportWriteError(
            `Row ${m.rows.join(', ')} cannot be merged: ${i?.path.join('.') || 'client'} — ${i?.message ?? 'invalid'}. Nothing was imported.`,
          );
        }
        merged.push({ before, after: r.data });
      }
      await bulkAddInBatches(strict.clients, created);
      await strict.clients.bulkPut(merged.map((m) => m.after));
      return { created, merged };
    });
  } finally {
    strict.close();
  }
}

export interface ImportOutcome {
  result: FinalizedImport;
  written: WrittenImport;
  /** The copy of the database taken before the import (absent when nothing was written): restoring it undoes the import. */
  undo?: BackupInfo;
  /** Set when the data was written but planning everyone afterwards failed. */
  replanError?: string;
}

/**
 * Writes a finalized import: keeps a copy of the database first (for undo; no copy, no import), writes in one
 * transaction, records the new counts and re-plans everyone.
 */
export async function importFinalized(
  result: FinalizedImport,
  options: DataOptions & { mapping?: ColumnMapping; replan?: boolean },
): Promise<ImportOutcome> {
  const db = options.db ?? getDb();
  if (options.mapping) await rememberMapping(options.mapping, db);
  const writes = result.toCreate.length + result.toMerge.length;
  let undo: BackupInfo | undefined;
  if (writes) {
    try {
      undo = await backupNow('before-import', { ...options, db });
    } catch (e) {
      throw new ImportWriteError(
        `Could not save a copy of your data first, so nothing was imported. ${e instanceof Error ? e.message : String(e)}`,
        { cause: e },
      );
    }
  }
  const written = await writeImport(result, { db, ...(options.now ? { now: options.now } : {}) });
  let replanError: string | undefined;
  if (writes) {
    await recordCounts({ ...options, db }).catch(() => undefined);
    // The import is written: a planning failure must not look like a failed import.
    if (options.replan !== false) replanError = await replanSafely();
  }
  return { result, written, ...(undo ? { undo } : {}), ...(replanError ? { replanError } : {}) };
}

/**
 * The whole last step from a preview: decides every row (finalizeImport), then importFinalized.
 * `existing` must be the list the preview was built from.
 */
export async function runImport(
  preview: ImportPreview,
  options: DataOptions & {
    existing: readonly Client[];
    resolutions: Readonly<Record<number, Resolution>>;
    mapping?: ColumnMapping;
    replan?: boolean;
  },
): Promise<ImportOutcome> {
  const result = finalizeImport(preview, { existing: options.existing, resolutions: options.resolutions });
  return importFinalized(result, options);
}

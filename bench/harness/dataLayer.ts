/**
 * Writing a whole book through the app's data layer: the restore transaction of renderer/data/
 * backup.ts (writeRestore), which is how the app writes every table at once — one strict
 * transaction that reads what is there, plans the restore and bulk-writes each table. The backup
 * object is built from the book's rows directly: reading and checking a backup file is a separate
 * step (loadBackup) and not part of writing.
 */
import { BACKUP_FORMAT_VERSION, type Backup } from '../../shared/backup/format';
import { APP_VERSION, writeRestore } from '../../renderer/data/backup';
import { CURRENT_SCHEMA_VERSION, getDb } from '../../renderer/data/db';
import type { BookJson } from './main';

export function backupOf(b: BookJson): Backup {
  return {
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: APP_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: b.now,
    tables: {
      clients: b.clients,
      touchpoints: b.touchpoints,
      referrals: b.referrals,
      calls: b.calls,
      testimonials: [],
      gifts: [],
      templates: [],
      cardHistory: [],
      rewardsGiven: [],
      settings: [{ ...b.settings, id: 'app' }],
      meta: [],
    },
  };
}

/** The path taken, printed beside the figure. */
export const DATA_LAYER_PATH = 'renderer/data/backup.writeRestore: one strict transaction over every table';

export async function writeBookThroughDataLayer(backup: Backup): Promise<void> {
  await writeRestore(backup, 'replace', getDb());
}

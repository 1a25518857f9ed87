/**
 * The whole database as backup text. A 10,000-client book is about 250,000 records: reading,
 * serialising and checksumming them took 13 s, 9 s of it in one main-thread task, so the day's
 * backup froze the window right after the first start of every day. backupText() does the work in
 * a Web Worker (backupText.worker.ts opens the same database), and on this thread only where no
 * worker can start (tests in Node, a browser without module workers).
 */
import { BACKUP_TABLES, createBackup, type BackupTables } from '../../shared/backup';
import { CURRENT_SCHEMA_VERSION, type TouchpointDb } from './db';

export interface BackupTextRequest {
  dbName: string;
  appVersion: string;
  createdAt: string;
}

export type BackupTextResponse = { ok: true; text: string } | { ok: false; message: string };

/** Every table's records, read in one transaction so they fit together. */
export async function readAllTables(db: TouchpointDb): Promise<BackupTables> {
  const out = {} as BackupTables;
  await db.transaction('r', db.tables, async () => {
    for (const t of BACKUP_TABLES) out[t] = await db.table(t).toArray();
  });
  return out;
}

/** The backup text of `db`, made on this thread. */
export async function backupTextHere(
  db: TouchpointDb,
  req: Omit<BackupTextRequest, 'dbName'>,
): Promise<string> {
  return createBackup({
    tables: await readAllTables(db),
    appVersion: req.appVersion,
    createdAt: req.createdAt,
    schemaVersion: CURRENT_SCHEMA_VERSION,
  });
}

/** The backup text made in a worker; undefined when no worker could do it (then make it here). */
export function backupTextInWorker(req: BackupTextRequest): Promise<string | undefined> {
  if (typeof Worker === 'undefined') return Promise.resolve(undefined);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./backupText.worker.ts', import.meta.url), {
      type: 'module',
      name: 'backup',
    });
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise<string | undefined>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<BackupTextResponse>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.text);
      else reject(new Error(e.data.message));
    };
    // A worker that cannot load (e.g. blocked by a policy): the caller makes the text itself.
    worker.onerror = () => {
      worker.terminate();
      resolve(undefined);
    };
    worker.postMessage(req);
  });
}

/**
 * Start-up work that must happen before the first screen: open the database, ask the browser to
 * keep our storage, and let later modules hook in (planning, backups, notifications).
 */
import { prepareDatabase } from '../data/backup';
import { getDb } from '../data/db';

export type StartupTask = () => Promise<void>;
const tasks: StartupTask[] = [];

/** Modules register work to run after the database is open (in registration order). */
export function onStartup(task: StartupTask): void {
  tasks.push(task);
}

export interface StorageStatus {
  persisted: boolean | 'unsupported';
}

let storageStatus: StorageStatus = { persisted: 'unsupported' };
export function getStorageStatus(): StorageStatus {
  return storageStatus;
}

export async function requestPersistentStorage(): Promise<StorageStatus> {
  if (!navigator.storage?.persist) return (storageStatus = { persisted: 'unsupported' });
  const already = await navigator.storage.persisted();
  const persisted = already || (await navigator.storage.persist());
  return (storageStatus = { persisted });
}

export async function startApp(): Promise<void> {
  // A backup before a schema upgrade, taken before the open below runs it.
  await prepareDatabase();
  await getDb().open();
  await requestPersistentStorage().catch(() => undefined);
  for (const t of tasks) {
    try {
      await t();
    } catch (err) {
      console.error('A start-up task failed', err);
    }
  }
}

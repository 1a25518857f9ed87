/// <reference lib="webworker" />
/**
 * Makes a backup's text off the main thread: opens the app's database here (IndexedDB works in
 * workers), reads every table in one transaction, and returns the text. See backupText.ts.
 */
import { backupTextHere, type BackupTextRequest, type BackupTextResponse } from './backupText';
import { openDb } from './db';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<BackupTextRequest>) => {
  const db = openDb(e.data.dbName);
  let reply: BackupTextResponse;
  try {
    await db.open();
    reply = { ok: true, text: await backupTextHere(db, e.data) };
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  } finally {
    db.close();
  }
  scope.postMessage(reply);
};

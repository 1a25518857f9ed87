/**
 * The start-up check counts every table once: the recordCounts right after a clean check reuses
 * its counts (counting 200,000 touchpoints takes about a third of a second in Chromium, before the
 * first screen), but never when anything was written in between — then it counts again, so the
 * recorded numbers are always the database's real ones.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeManyClients } from '../../../shared/backup/fixtures';
import {
  COUNTS_KEY,
  checkMissingData,
  recordCounts,
  resetDataSafetyState,
  trackRemovals,
} from '../../../renderer/data/backup';
import type { TouchpointDb } from '../../../renderer/data/db';
import { freshDb } from '../data/dbHelpers';
import { memoryBackups, memoryLocalStorage } from '../data/memoryBackups';

let db: TouchpointDb;

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryLocalStorage());
  resetDataSafetyState();
  db = freshDb();
});
afterEach(() => {
  vi.unstubAllGlobals();
  resetDataSafetyState();
  db.close();
});

const recordedClients = async () => ((await db.meta.get(COUNTS_KEY))?.value as { clients: number }).clients;

describe('record counts after the start-up check', () => {
  it('reuses the check’s counts when nothing was written in between', async () => {
    trackRemovals(db);
    await db.clients.bulkAdd(makeManyClients(4));
    await recordCounts({ db });
    const count = vi.spyOn(db.table('touchpoints'), 'count');
    expect(await checkMissingData({ db, store: memoryBackups() })).toBeNull();
    await recordCounts({ db });
    expect(count).toHaveBeenCalledTimes(1);
    expect(await recordedClients()).toBe(4);
  });

  it('counts again when a client was added after the check', async () => {
    trackRemovals(db);
    const [first, ...rest] = makeManyClients(3);
    await db.clients.bulkAdd(rest);
    await recordCounts({ db });
    expect(await checkMissingData({ db, store: memoryBackups() })).toBeNull();
    await db.clients.add(first!);
    await recordCounts({ db });
    expect(await recordedClients()).toBe(3);
  });

  it('counts again when a client was deleted after the check, so no loss is recorded wrongly', async () => {
    trackRemovals(db);
    await db.clients.bulkAdd(makeManyClients(3));
    await recordCounts({ db });
    expect(await checkMissingData({ db, store: memoryBackups() })).toBeNull();
    await db.clients.delete('client-0');
    await recordCounts({ db });
    expect(await recordedClients()).toBe(2);
    expect(await checkMissingData({ db, store: memoryBackups() })).toBeNull();
  });

  it('always counts on a database the tracker does not watch', async () => {
    await db.clients.bulkAdd(makeManyClients(2));
    await recordCounts({ db });
    const count = vi.spyOn(db.table('touchpoints'), 'count');
    await checkMissingData({ db, store: memoryBackups() });
    await recordCounts({ db });
    expect(count).toHaveBeenCalledTimes(2);
  });
});

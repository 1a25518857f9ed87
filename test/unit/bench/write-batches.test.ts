/**
 * Big writes go in batches (renderer/data/batches.ts) so the window never freezes, but they stay
 * one transaction: everything is written, in order, or — when one row fails — nothing at all.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  bulkAddInBatches,
  bulkDeleteInBatches,
  bulkPutInBatches,
  WRITE_BATCH,
} from '../../../renderer/data/batches';
import { applyTouchpointDiff } from '../../../renderer/data/touchpoints';
import type { TouchpointDb } from '../../../renderer/data/db';
import type { IsoDate } from '../../../shared/domain/dates';
import type { Touchpoint } from '../../../shared/domain/schemas';
import { freshDb } from '../data/dbHelpers';

let db: TouchpointDb;
beforeEach(() => {
  db = freshDb();
});

const NOW = '2026-11-24T06:00:00.000Z';
function tp(i: number, title = `Birthday card — Zoë ${i}`): Touchpoint {
  return {
    id: `tp-${String(i).padStart(5, '0')}`,
    clientId: `client-${i % 7}`,
    kind: 'birthday-greeting',
    channel: 'card',
    due: (i % 2 ? '2028-02-29' : '2026-12-31') as IsoDate,
    status: 'planned',
    title,
    planKey: `birthday:${2026 + (i % 3)}`,
    manual: false,
    createdAt: NOW,
    updatedAt: NOW,
  };
}

const n = WRITE_BATCH * 2 + 345;

describe('writes in batches', () => {
  it('writes every row of a diff bigger than several batches, the last write of an id winning', async () => {
    await applyTouchpointDiff({ put: Array.from({ length: n }, (_, i) => tp(i)), remove: [] });
    expect(await db.touchpoints.count()).toBe(n);
    await applyTouchpointDiff({
      put: [tp(1, 'Birthday card — first'), tp(1, 'Birthday card — second')],
      remove: Array.from({ length: WRITE_BATCH + 10 }, (_, i) => tp(i + 2).id),
    });
    expect(await db.touchpoints.count()).toBe(n - WRITE_BATCH - 10);
    expect((await db.touchpoints.get('tp-00001'))?.title).toBe('Birthday card — second');
    expect(await db.touchpoints.where('due').equals('2028-02-29').count()).toBeGreaterThan(0);
  });

  it('is all or nothing: a failing row in a late batch leaves nothing written', async () => {
    const rows = Array.from({ length: n }, (_, i) => tp(i));
    rows[WRITE_BATCH + 5] = tp(3); // a duplicate key in the second batch: bulkAdd rejects it
    await expect(
      db.transaction('rw', db.touchpoints, () => bulkAddInBatches(db.touchpoints, rows)),
    ).rejects.toThrow();
    expect(await db.touchpoints.count()).toBe(0);
  });

  it('puts and deletes through the same helper', async () => {
    await db.transaction('rw', db.touchpoints, async () => {
      await bulkPutInBatches(
        db.touchpoints,
        Array.from({ length: n }, (_, i) => tp(i)),
      );
      await bulkDeleteInBatches(
        db.touchpoints,
        Array.from({ length: n - 1 }, (_, i) => tp(i).id),
      );
    });
    expect((await db.touchpoints.toArray()).map((t) => t.id)).toEqual([tp(n - 1).id]);
  });
});

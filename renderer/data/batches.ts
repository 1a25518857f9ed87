/**
 * Big writes in batches, inside the caller's transaction. Dexie's bulkPut of 100,000 rows issues
 * every request in one go: the main thread is busy for seconds (each row is serialised as its
 * request is made), and the window freezes — a re-plan after importing 10,000 clients did that
 * for 1.3 s. Here one batch is issued while the previous one is still being written, so the
 * database stays busy and the main thread gets a gap between batches to handle input and paint.
 */
import type { IndexableType, Table } from 'dexie';

/** Rows per batch: issuing one takes a few tens of milliseconds on a busy two-core machine. */
export const WRITE_BATCH = 250;

async function inBatches<T>(items: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  let previous: Promise<unknown> | undefined;
  for (let i = 0; i < items.length; i += WRITE_BATCH) {
    const current = write(items.slice(i, i + WRITE_BATCH));
    // If an earlier batch fails, this one fails with the transaction: that is reported through the earlier one.
    current.catch(() => undefined);
    // The previous batch is done when this one is queued behind it: the thread is free until then.
    if (previous) await previous;
    previous = current;
  }
  await previous;
}

export function bulkPutInBatches<T, K extends IndexableType>(
  table: Table<T, K>,
  rows: readonly T[],
): Promise<void> {
  return inBatches(rows, (batch) => table.bulkPut(batch));
}

export function bulkAddInBatches<T, K extends IndexableType>(
  table: Table<T, K>,
  rows: readonly T[],
): Promise<void> {
  return inBatches(rows, (batch) => table.bulkAdd(batch));
}

export function bulkDeleteInBatches<T, K extends IndexableType>(
  table: Table<T, K>,
  keys: readonly K[],
): Promise<void> {
  return inBatches(keys, (batch) => table.bulkDelete(batch));
}

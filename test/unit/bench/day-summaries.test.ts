/**
 * The calendar's month view reads each day's count and first rows (daySummaries) instead of every
 * touchpoint of the range. What it shows must be exactly what loading them all showed: the same
 * count per day and the same first touchpoints, deleted clients' touchpoints left out — checked on
 * the benchmark's book over a busy December (Christmas, New Year's Eve, the year end).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates';
import type { Touchpoint } from '../../../shared/domain/schemas';
import { loadHolidaysProvider } from '../../../shared/planning';
import { getClients } from '../../../renderer/data/clients';
import { daySummaries, touchpointsBetween } from '../../../renderer/data/touchpoints';
import { generateBook, localToday, type Book } from '../../../bench/book';
import { freshDb } from '../data/dbHelpers';

let book: Book;

beforeAll(async () => {
  book = generateBook({
    clients: 300,
    today: localToday(new Date(2026, 10, 24)),
    holidays: await loadHolidaysProvider(),
  });
  const db = freshDb();
  // A client deleted a moment ago (still in the undo window) with touchpoints in December.
  const goner = book.touchpoints.find((t) => t.due.startsWith('2026-12'))!.clientId;
  book.clients = book.clients.map((c) =>
    c.id === goner ? { ...c, deletedAt: '2026-11-24T09:00:00.000Z' } : c,
  );
  await db.clients.bulkAdd(book.clients);
  await db.touchpoints.bulkAdd(book.touchpoints);
});

/** What the month view showed before: every touchpoint of the range, joined with living clients. */
async function byLoadingAll(from: IsoDate, to: IsoDate) {
  const tps = await touchpointsBetween(from, to);
  const clients = await getClients(tps.map((t) => t.clientId));
  const byDay = new Map<string, Touchpoint[]>();
  for (const t of tps) {
    if (!clients.has(t.clientId)) continue;
    byDay.set(t.due, [...(byDay.get(t.due) ?? []), t]);
  }
  return byDay;
}

describe('daySummaries', () => {
  it('gives the counts and first touchpoints that loading the whole range gives', async () => {
    const [from, to] = ['2026-11-29', '2027-01-09'] as IsoDate[];
    const summary = await daySummaries(from!, to!, 4);
    const all = await byLoadingAll(from!, to!);
    expect(summary).toHaveLength(42);
    expect(summary[0]?.day).toBe(from);
    expect(summary.at(-1)?.day).toBe(to);
    for (const d of summary) {
      const rows = all.get(d.day) ?? [];
      expect(d.count, d.day).toBe(rows.length);
      expect(
        d.first.map((t) => t.id),
        d.day,
      ).toEqual(rows.slice(0, 4).map((t) => t.id));
    }
    // The test means something: busy days, and deleted clients whose touchpoints must not count.
    expect(Math.max(...summary.map((d) => d.count))).toBeGreaterThan(20);
    const deleted = new Set(book.clients.filter((c) => c.deletedAt).map((c) => c.id));
    expect(book.touchpoints.some((t) => deleted.has(t.clientId) && t.due >= from! && t.due <= to!)).toBe(
      true,
    );
  });

  it('reads Feb 29 in a leap year and empty days as zero', async () => {
    const summary = await daySummaries('2028-02-27' as IsoDate, '2028-03-01' as IsoDate, 4);
    expect(summary.map((d) => d.day)).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
    for (const d of summary) expect(d.count).toBe(0);
  });
});

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
import type { TouchpointDb } from '../../../renderer/data/db';

let book: Book;
let current: TouchpointDb;
const freshDbOf = () => current;

beforeAll(async () => {
  book = generateBook({
    clients: 300,
    today: localToday(new Date(2026, 10, 24)),
    holidays: await loadHolidaysProvider(),
  });
  const db = freshDb();
  current = db;
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
    // Counted to the end here (the month view stops past 100 more a day: next test).
    const summary = await daySummaries(from!, to!, 4, 100_000);
    const all = await byLoadingAll(from!, to!);
    expect(summary).toHaveLength(42);
    expect(summary[0]?.day).toBe(from);
    expect(summary.at(-1)?.day).toBe(to);
    for (const d of summary) {
      const rows = all.get(d.day) ?? [];
      expect(d.count, d.day).toBe(rows.length);
      expect(d.capped, d.day).toBe(false);
      expect(
        d.first.map((t) => t.id),
        d.day,
      ).toEqual(rows.slice(0, 4).map((t) => t.id));
    }
    // The test means something: busy days, and deleted clients whose touchpoints must not count.
    expect(Math.max(...summary.map((d) => d.count))).toBeGreaterThan(150);
    // With the month view's cap, the busiest days say "at least", the rest stay exact.
    const capped = await daySummaries(from!, to!, 4);
    for (const d of capped) {
      const n = all.get(d.day)?.length ?? 0;
      expect(d.capped, d.day).toBe(n > 103);
      expect(d.count, d.day).toBe(Math.min(n, 104));
    }
    const deleted = new Set(book.clients.filter((c) => c.deletedAt).map((c) => c.id));
    expect(book.touchpoints.some((t) => deleted.has(t.clientId) && t.due >= from! && t.due <= to!)).toBe(
      true,
    );
  });

  it('stops counting a day past first + countUpTo, and says so', async () => {
    const db = freshDbOf();
    const client = book.clients.find((c) => !c.deletedAt)!;
    const rows = Array.from({ length: 150 }, (_, i) => ({
      ...book.planned[0]!,
      id: `eve-${String(i).padStart(3, '0')}`,
      clientId: client.id,
      due: '2027-12-24' as IsoDate,
    }));
    await db.touchpoints.bulkAdd(rows);
    const [eve] = await daySummaries('2027-12-24' as IsoDate, '2027-12-24' as IsoDate, 4, 99);
    expect(eve).toMatchObject({ capped: true, count: 104 });
    expect(eve!.first.map((t) => t.id)).toEqual(['eve-000', 'eve-001', 'eve-002', 'eve-003']);
    const [exact] = await daySummaries('2027-12-24' as IsoDate, '2027-12-24' as IsoDate, 4, 200);
    expect(exact).toMatchObject({ capped: false, count: 150 });
  });

  it('reads Feb 29 in a leap year and empty days as zero', async () => {
    const summary = await daySummaries('2028-02-27' as IsoDate, '2028-03-01' as IsoDate, 4);
    expect(summary.map((d) => d.day)).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
    for (const d of summary) expect(d.count).toBe(0);
  });
});

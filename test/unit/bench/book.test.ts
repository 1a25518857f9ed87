/**
 * The benchmark's book must be what the issue asks for — realistic, valid, and the same every run
 * — or its figures mean nothing: fixed seed, countries with regions, Unicode names, Feb 29
 * birthdays, every journey status, tags, referrals and calls in proportion, every row valid.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { callSchema, clientSchema, referralSchema, touchpointSchema } from '../../../shared/domain/schemas';
import { loadHolidaysProvider, type HolidaysProvider } from '../../../shared/planning';
import { generateBook, localToday, type Book } from '../../../bench/book';
import { clientsCsv } from '../../../bench/csv';
import { parseCsv } from '../../../shared/import';

const TODAY = localToday(new Date(2026, 10, 24));
let holidays: HolidaysProvider;
let book: Book;

beforeAll(async () => {
  holidays = await loadHolidaysProvider();
  book = generateBook({ clients: 2000, today: TODAY, holidays });
});

describe('the benchmark book', () => {
  it('has referrals and calls in the issue’s proportions (2,000 and 20,000 at 10,000 clients)', () => {
    expect(book.counts.clients).toBe(2000);
    expect(book.referrals).toHaveLength(400);
    expect(book.calls).toHaveLength(4000);
    // About 20 touchpoints a client: a year ahead planned, a year behind as history.
    expect(book.touchpoints.length / book.clients.length).toBeGreaterThan(15);
    expect(book.touchpoints.length / book.clients.length).toBeLessThan(30);
    expect(book.planned.length).toBeGreaterThan(book.clients.length * 8);
  });

  it('spreads clients over DE, US, FR, GB, CN and IN with regions, in every journey status', () => {
    const countries = new Set(book.clients.map((c) => c.country));
    for (const c of ['DE', 'US', 'FR', 'GB', 'CN', 'IN']) expect(countries).toContain(c);
    expect(book.clients.some((c) => c.country === 'DE' && c.region === 'BY')).toBe(true);
    expect(book.clients.some((c) => c.country === 'GB' && c.region === 'SCT')).toBe(true);
    expect(new Set(book.clients.map((c) => c.journey.status))).toEqual(
      new Set(['active', 'completed', 'prospect', 'archived']),
    );
    expect(book.clients.some((c) => c.deletedAt)).toBe(true);
    expect(book.clients.filter((c) => c.tags.length).length).toBeGreaterThan(book.clients.length / 2);
  });

  it('has Unicode names, and leaplings whose birthday is Feb 29', () => {
    const names = book.clients.map((c) => `${c.firstName} ${c.lastName ?? ''}`).join(' ');
    for (const ch of ['ü', 'ë', 'Ł', 'ñ', '王']) expect(names).toContain(ch);
    const leap = book.clients.filter((c) => c.birthday?.month === 2 && c.birthday.day === 29);
    expect(leap.length).toBeGreaterThan(0);
    // A leapling with a birth year was born in a leap year.
    for (const c of leap) if (c.birthday?.year) expect(c.birthday.year % 4).toBe(0);
    // And gets a card in 2027, a common year: on Feb 28 (the planner's rule), a week ahead.
    const card = book.planned.find(
      (t) => leap.some((c) => c.id === t.clientId) && t.planKey === 'birthday:2027',
    );
    expect(card?.details?.eventDate).toBe('2027-02-28');
  });

  it('stores only rows the app’s own schemas accept, with unique ids', () => {
    for (const c of book.clients) expect(clientSchema.safeParse(c).success).toBe(true);
    for (const t of book.touchpoints) expect(touchpointSchema.safeParse(t).success, t.id).toBe(true);
    for (const r of book.referrals) expect(referralSchema.safeParse(r).success).toBe(true);
    for (const c of book.calls) expect(callSchema.safeParse(c).success).toBe(true);
    expect(new Set(book.touchpoints.map((t) => t.id)).size).toBe(book.touchpoints.length);
    expect(new Set(book.clients.map((c) => c.id)).size).toBe(book.clients.length);
  });

  it('is the same book for the same seed, and another one for another seed', () => {
    const again = generateBook({ clients: 300, today: TODAY, holidays });
    const same = generateBook({ clients: 300, today: TODAY, holidays });
    const other = generateBook({ clients: 300, today: TODAY, holidays, seed: 7 });
    expect(JSON.stringify(same.clients)).toBe(JSON.stringify(again.clients));
    expect(same.touchpoints.map((t) => t.id)).toEqual(again.touchpoints.map((t) => t.id));
    expect(other.clients[0]?.id).not.toBe(same.clients[0]?.id);
  });

  it('exports a CSV that the app’s import reads back row for row, quoted line breaks included', () => {
    const csv = parseCsv(clientsCsv(book.clients, 500));
    expect(csv.error).toBeUndefined();
    expect(csv.delimiter).toBe(';');
    expect(csv.rows).toHaveLength(500);
    expect(csv.headers.slice(0, 3)).toEqual(['Vorname', 'Nachname', 'E-Mail']);
    expect(csv.rows.some((r) => r.cells.some((c) => c.includes('\nZweite Zeile')))).toBe(true);
  });
});

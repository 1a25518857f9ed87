import { describe, expect, it } from 'vitest';
import { dateOrderForLocale, detectDateOrder, readDate, resolveDate } from '../../../shared/import';

const read = (s: string, order: 'DMY' | 'MDY' = 'DMY') => resolveDate(readDate(s), order, s);

describe('readDate', () => {
  it.each([
    ['2026-03-14', { month: 3, day: 14, year: 2026 }],
    ['14.03.2026', { month: 3, day: 14, year: 2026 }],
    ['4.3.1990', { month: 3, day: 4, year: 1990 }],
    ['03/14/2026', { month: 3, day: 14, year: 2026 }, 'MDY'],
    ['14/03/2026', { month: 3, day: 14, year: 2026 }],
    ['14-03-2026', { month: 3, day: 14, year: 2026 }],
    ['19900314', { month: 3, day: 14, year: 1990 }],
    ['2024-02-29', { month: 2, day: 29, year: 2024 }],
    ['--03-14', { month: 3, day: 14 }],
    ['--0314', { month: 3, day: 14 }],
    ['03-14', { month: 3, day: 14 }],
    ['14.03.', { month: 3, day: 14 }],
    ['--02-29', { month: 2, day: 29 }],
    ['31.12.1999', { month: 12, day: 31, year: 1999 }],
    ['14 March 1990', { month: 3, day: 14, year: 1990 }],
    ['March 14, 1990', { month: 3, day: 14, year: 1990 }],
    ['14. März 1990', { month: 3, day: 14, year: 1990 }],
    ['14 mars 1990', { month: 3, day: 14, year: 1990 }],
    ['3 de marzo de 1990', { month: 3, day: 3, year: 1990 }],
    ['14 maja 1990', { month: 5, day: 14, year: 1990 }],
    ['1er janvier 2000', { month: 1, day: 1, year: 2000 }],
    ['1990-03-14T00:00:00Z', { month: 3, day: 14, year: 1990 }],
    ['3/14/1990 0:00:00', { month: 3, day: 14, year: 1990 }, 'MDY'],
  ] as [string, object, ('DMY' | 'MDY')?][])('%s', (text, expected, order) => {
    expect(read(text, order)).toEqual({ ok: true, date: expected });
  });

  it('refuses dates that do not exist, with the reason', () => {
    expect(read('1990-02-29')).toEqual({
      ok: false,
      reason: '"1990-02-29" is not a real date: 1990 has no February 29',
    });
    expect(read('31/04/2026')).toEqual({
      ok: false,
      reason: '"31/04/2026" is not a real date: April has 30 days',
    });
    expect(read('13/13/1990')).toEqual({
      ok: false,
      reason: '"13/13/1990" is not a date: there is no month 13',
    });
    expect(read('next Tuesday')).toEqual({
      ok: false,
      reason: '"next Tuesday" is not a date Touchpoint can read; use a form like 1990-03-14',
    });
  });

  it('treats empty cells and Outlook "0/0/00" as no date', () => {
    for (const s of ['', '   ', '0/0/00', '00.00.0000', '0000-00-00'])
      expect(read(s)).toEqual({ ok: 'empty' });
  });

  it('reads 05/06/1990 in the chosen order, and a date that fits only the other order that way, with a note', () => {
    expect(read('05/06/1990', 'DMY')).toEqual({ ok: true, date: { month: 6, day: 5, year: 1990 } });
    expect(read('05/06/1990', 'MDY')).toEqual({ ok: true, date: { month: 5, day: 6, year: 1990 } });
    expect(read('05/05/1990', 'MDY')).toEqual({ ok: true, date: { month: 5, day: 5, year: 1990 } });
    expect(read('14/03/1990', 'MDY')).toEqual({
      ok: true,
      date: { month: 3, day: 14, year: 1990 },
      note: '"14/03/1990" only fits day/month order, so it was read as 14 March 1990',
    });
  });

  it('notes two-digit years', () => {
    expect(read('14.03.90')).toEqual({
      ok: true,
      date: { month: 3, day: 14, year: 1990 },
      note: '"14.03.90" has a two-digit year, read as 1990',
    });
    expect(read('1/2/05', 'MDY')).toMatchObject({ ok: true, date: { month: 1, day: 2, year: 2005 } });
  });
});

describe('detectDateOrder', () => {
  it('a single 14/03 settles a file as day-first', () => {
    const info = detectDateOrder(['05/06/1990', '14/03/1985', '', '1990-01-01', '01/02/2000']);
    expect(info).toMatchObject({
      detected: 'DMY',
      ambiguous: false,
      dayFirstOnly: 1,
      monthFirstOnly: 0,
      either: 2,
    });
  });

  it('a single 03/14 settles it as month-first', () => {
    expect(detectDateOrder(['05/06/1990', '03/14/1985'])).toMatchObject({
      detected: 'MDY',
      ambiguous: false,
    });
  });

  it('flags a file whose dates all fit both orders, with examples to show', () => {
    const info = detectDateOrder([
      '05/06/1990',
      '01/02/2000',
      '12/11/1975',
      '03/04/1960',
      '14.03.1990',
      '--03-14',
    ]);
    expect(info).toMatchObject({ detected: null, ambiguous: true, either: 4 });
    expect(info.examples).toEqual(['05/06/1990', '01/02/2000', '12/11/1975']);
  });

  it('flags a file that contradicts itself', () => {
    expect(detectDateOrder(['14/03/1990', '03/14/1990'])).toMatchObject({
      ambiguous: true,
      detected: null,
      dayFirstOnly: 1,
      monthFirstOnly: 1,
    });
  });

  it('unambiguous forms are not evidence either way', () => {
    expect(detectDateOrder(['1990-03-14', '14.03.1990', '--03-14', '03-14', '14 March 1990'])).toMatchObject({
      ambiguous: false,
      detected: null,
      either: 0,
    });
  });

  it('locale default when the file cannot tell', () => {
    expect(dateOrderForLocale('en-US')).toBe('MDY');
    expect(dateOrderForLocale('en-GB')).toBe('DMY');
    expect(dateOrderForLocale('de-DE')).toBe('DMY');
    expect(dateOrderForLocale('en')).toBe('MDY');
    expect(dateOrderForLocale('fr')).toBe('DMY');
    expect(dateOrderForLocale(undefined)).toBeUndefined();
  });
});

describe('dotted dates', () => {
  it('reads 03.05.1970 as day-first without asking, as everywhere dots are used', async () => {
    const { detectDateOrder } = await import('../../../shared/import/dates');
    const info = detectDateOrder(['03.05.1970', '04.06.1981', '29.02.']);
    expect(info.ambiguous).toBe(false);
    const slashes = detectDateOrder(['03/05/1970']);
    expect(slashes.ambiguous).toBe(true);
  });
});

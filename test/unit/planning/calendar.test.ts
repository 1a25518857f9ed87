import { describe, expect, it } from 'vitest';
import { addDaysIso, isoDate, type IsoDate } from '../../../shared/domain/dates';
import {
  dayNumber,
  daysFrom,
  fromDayNumber,
  monthDayLabel,
  plusDays,
  plusMonths,
} from '../../../shared/planning/calendar';

describe('calendar-day arithmetic', () => {
  it('agrees with date-fns (addDaysIso) on every day of 2024–2028 for leads of −365…+365 days', () => {
    // date-fns adds local calendar days; ours adds UTC days. They must agree in every zone the
    // suite runs in (TZ=America/New_York, TZ=Pacific/Auckland), DST weeks included.
    let day = isoDate('2024-01-01');
    const offsets = [-365, -30, -10, -7, -1, 1, 7, 10, 14, 30, 90, 365];
    while (day < '2029-01-01') {
      for (const n of offsets) expect(plusDays(day, n)).toBe(addDaysIso(day, n));
      day = addDaysIso(day, 1);
    }
  });

  it('counts a week across the spring-forward and fall-back Sundays as 7 calendar days', () => {
    // Europe: last Sunday of March 2026 is Mar 29, of October Oct 25. US: Mar 8 and Nov 1.
    // NZ: Apr 5 and Sep 27. Adding 7 × 24 h to an instant would land on the wrong day in some zone.
    expect(plusDays(isoDate('2026-04-02'), -7)).toBe('2026-03-26');
    expect(plusDays(isoDate('2026-03-26'), 7)).toBe('2026-04-02');
    expect(plusDays(isoDate('2026-10-29'), -7)).toBe('2026-10-22');
    expect(plusDays(isoDate('2026-03-12'), -7)).toBe('2026-03-05');
    expect(plusDays(isoDate('2026-11-05'), -7)).toBe('2026-10-29');
    expect(plusDays(isoDate('2026-04-09'), -7)).toBe('2026-04-02');
    expect(plusDays(isoDate('2026-10-01'), -7)).toBe('2026-09-24');
    expect(daysFrom(isoDate('2026-03-28'), isoDate('2026-03-30'))).toBe(2);
  });

  it('wraps years and leap days', () => {
    expect(plusDays(isoDate('2027-01-03'), -7)).toBe('2026-12-27');
    expect(plusDays(isoDate('2028-03-01'), -1)).toBe('2028-02-29');
    expect(plusDays(isoDate('2027-03-01'), -1)).toBe('2027-02-28');
    expect(fromDayNumber(dayNumber(isoDate('1969-12-31')))).toBe('1969-12-31');
    expect(daysFrom(isoDate('2026-12-20'), isoDate('2027-01-03'))).toBe(14);
  });

  it('adds months keeping the day, or the month’s last day when it has none', () => {
    expect(plusMonths(isoDate('2026-11-24'), 12)).toBe('2027-11-24');
    expect(plusMonths(isoDate('2026-01-31'), 1)).toBe('2026-02-28');
    expect(plusMonths(isoDate('2028-01-31'), 1)).toBe('2028-02-29');
    expect(plusMonths(isoDate('2028-02-29'), 12)).toBe('2029-02-28');
    expect(plusMonths(isoDate('2026-12-15'), 1)).toBe('2027-01-15');
    expect(plusMonths(isoDate('2026-03-15'), 24)).toBe('2028-03-15');
  });

  it('labels a day in English whatever the locale', () => {
    expect(monthDayLabel('2026-12-25' as IsoDate)).toBe('December 25');
    expect(monthDayLabel('2027-01-03' as IsoDate)).toBe('January 3');
  });
});

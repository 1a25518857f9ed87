/**
 * Calendar-day arithmetic for planning, on `YYYY-MM-DD` strings.
 *
 * Why not `addDaysIso` from shared/domain/dates.ts? It is correct (date-fns adds calendar days in
 * local time), but costs about 4 µs a call, and planning 10,000 clients does hundreds of thousands
 * of these. Here a day is a whole number of days since 1970-01-01 computed with `Date.UTC`, which
 * has no time zone and no daylight saving, so adding 7 days is always 7 calendar days, whatever
 * the machine's zone. test/unit/planning/calendar.test.ts checks it against `addDaysIso` day by day.
 */
import { daysInMonth, makeIsoDate, type IsoDate } from '../domain/dates';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (negative before). */
export function dayNumber(day: IsoDate): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(n: number): IsoDate {
  const dt = new Date(n * MS_PER_DAY);
  return makeIsoDate(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** The day `days` calendar days after `day` (before, when negative). */
export function plusDays(day: IsoDate, days: number): IsoDate {
  // Fast path, most lead times: the result stays within the same month.
  const d = Number(day.slice(8, 10)) + days;
  if (d >= 1 && d <= 28) return `${day.slice(0, 8)}${d < 10 ? '0' : ''}${d}` as IsoDate;
  return fromDayNumber(dayNumber(day) + days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The same day `months` months later; a day the target month lacks falls on its last day (Jan 31 + 1 → Feb 28). */
export function plusMonths(day: IsoDate, months: number): IsoDate {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  return makeIsoDate(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

export function yearOf(day: IsoDate): number {
  return Number(day.slice(0, 4));
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "December 25": an English label for titles and card merge values, independent of the locale. */
export function monthDayLabel(day: IsoDate): string {
  return `${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''} ${Number(day.slice(8, 10))}`;
}

/** "Dec 25": the short label titles end with ("Christmas greeting (Dec 25)"). */
export function shortMonthDayLabel(day: IsoDate): string {
  return `${(MONTHS[Number(day.slice(5, 7)) - 1] ?? '').slice(0, 3)} ${Number(day.slice(8, 10))}`;
}

/** "October 1, 2026": a whole date in plain English, for lines like "Last touch: October 1, 2026". */
export function longDateLabel(day: IsoDate): string {
  return `${monthDayLabel(day)}, ${yearOf(day)}`;
}

/**
 * Calendar dates as plain `YYYY-MM-DD` strings.
 *
 * Touchpoints are due on a day, not at an instant: storing a day as a string keeps it free of
 * time zones and daylight saving (a birthday never moves because the clock changed), sorts
 * correctly as text, and indexes well in IndexedDB.
 */
import { addDays, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';

/** A calendar day, `YYYY-MM-DD`. Branded so a free-form string is never taken for a day. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): value is IsoDate {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Parses a `YYYY-MM-DD` string, throwing a readable error for anything else. */
export function isoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new Error(`"${value}" is not a date in the form YYYY-MM-DD`);
  return value;
}

/** The local calendar day of a Date. */
export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd') as IsoDate;
}

/** A local Date at midnight of the given day. */
export function fromIsoDate(day: IsoDate): Date {
  const d = parseISO(day);
  if (!isValid(d)) throw new Error(`"${day}" is not a valid date`);
  return d;
}

export function addDaysIso(day: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(fromIsoDate(day), days));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(fromIsoDate(to), fromIsoDate(from));
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function makeIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/**
 * The day a yearly date (birthday, anniversary) falls on in a given year.
 * Feb 29 falls on Feb 28 in common years: the day before March, as most people celebrate it.
 */
export function yearlyOccurrence(year: number, month: number, day: number): IsoDate {
  return makeIsoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

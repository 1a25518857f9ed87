/**
 * Reading the dates people type into spreadsheets and address books: 2026-03-14, 14.03.2026,
 * 03/14/2026, 14/03/2026, 14 March 2026, 14. März 2026, 19900314, year-less --03-14, 03-14, 14.03.
 *
 * 03/04/1990 reads as 3 April or 4 March depending on the country. Each date is read both ways;
 * `detectDateOrder` looks across the whole file (one 14/03 settles it), and when every date fits
 * both orders the user chooses.
 */
import { daysInMonth } from '../domain/dates';
import type { YearlyDate } from '../domain/schemas';
import type { DateOrder } from './types';

export const MONTH_NAMES_EN = [
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
];

/** A date read from text, before the day/month order is known. */
export type DateReading =
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: string }
  /** Only one reading (ISO, dotted, month name, or a number over 12). */
  | { kind: 'fixed'; date: YearlyDate; twoDigitYear?: number }
  /** Numeric with slashes: `dmy`/`mdy` hold the reading in that order, or the reason it fails. */
  | {
      kind: 'numeric';
      dmy: YearlyDate | { invalid: string };
      mdy: YearlyDate | { invalid: string };
      twoDigitYear?: number;
    };

function realDate(
  text: string,
  year: number | undefined,
  month: number,
  day: number,
): YearlyDate | { invalid: string } {
  if (month < 1 || month > 12) return { invalid: `"${text}" is not a date: there is no month ${month}` };
  const max = daysInMonth(year ?? 2024, month);
  if (day < 1 || day > max) {
    const monthName = MONTH_NAMES_EN[month - 1]!;
    if (year !== undefined && month === 2 && day === 29) {
      return { invalid: `"${text}" is not a real date: ${year} has no February 29` };
    }
    return { invalid: `"${text}" is not a real date: ${monthName} has ${max} days` };
  }
  return year === undefined ? { month, day } : { month, day, year };
}

/** Two-digit years: 30–99 → 1930–1999, 00–29 → 2000–2029 (birthdays are mostly in the past). */
function fullYear(y: string): { year: number; twoDigit?: number } {
  if (y.length === 4) return { year: Number(y) };
  const n = Number(y);
  return { year: n >= 30 ? 1900 + n : 2000 + n, twoDigit: n };
}

const isValid = (d: YearlyDate | { invalid: string }): d is YearlyDate => !('invalid' in d);

function fixed(
  text: string,
  year: number | undefined,
  month: number,
  day: number,
  twoDigit?: number,
): DateReading {
  const d = realDate(text, year, month, day);
  if (!isValid(d)) return { kind: 'invalid', reason: d.invalid };
  return twoDigit === undefined
    ? { kind: 'fixed', date: d }
    : { kind: 'fixed', date: d, twoDigitYear: twoDigit };
}

/** Month names in the languages the header guesser knows, from the platform's Intl data. */
let monthIndex: Map<string, number> | undefined;
function monthNames(): Map<string, number> {
  if (monthIndex) return monthIndex;
  const m = new Map<string, number>();
  const norm = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/ł/g, 'l');
  for (const locale of ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt', 'pl', 'sv']) {
    for (const width of ['long', 'short'] as const) {
      const standalone = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
      const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: width, timeZone: 'UTC' });
      for (let i = 0; i < 12; i++) {
        const at = Date.UTC(2000, i, 15);
        const names = [
          standalone.format(at),
          inDate.formatToParts(at).find((p) => p.type === 'month')?.value ?? '',
        ];
        for (const n of names) {
          const k = norm(n);
          if (k && !/^\d+$/.test(k) && !m.has(k)) m.set(k, i + 1);
        }
      }
    }
  }
  for (const [k, v] of [
    ['sept', 9],
    ['mrz', 3],
    ['maerz', 3],
    ['juni', 6],
    ['juli', 7],
  ] as const)
    if (!m.has(k)) m.set(k, v);
  return (monthIndex = m);
}

function readWithMonthName(text: string, s: string): DateReading | undefined {
  const tokens = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .split(/[\s,./-]+/)
    .filter((t) => t && !['de', 'del', 'of', 'the', 'le', 'den', 'der'].includes(t));
  const names = monthNames();
  let month: number | undefined;
  const numbers: string[] = [];
  for (const t of tokens) {
    const num = /^(\d{1,4})(st|nd|rd|th|er|e|o|ª|º)?$/.exec(t);
    if (num) numbers.push(num[1]!);
    else if (names.has(t) && month === undefined) month = names.get(t);
    else return undefined;
  }
  if (month === undefined || numbers.length < 1 || numbers.length > 2) return undefined;
  const yearToken =
    numbers.find((n) => n.length === 4) ??
    (numbers.length === 2 ? (numbers.find((n) => Number(n) > 31) ?? numbers[1]) : undefined);
  const dayToken = numbers.find((n) => n !== yearToken) ?? (numbers.length === 2 ? numbers[0] : undefined);
  if (!dayToken) return undefined;
  const y = yearToken ? fullYear(yearToken) : undefined;
  return fixed(text, y?.year, month, Number(dayToken), y?.twoDigit);
}

/** Reads one cell. Time parts ("1990-03-14T00:00:00", "3/14/1990 0:00:00") are ignored. */
export function readDate(input: string | undefined): DateReading {
  const text = (input ?? '').trim();
  if (!text) return { kind: 'empty' };
  // Outlook writes "0/0/00" for "no date".
  if (/^0{1,2}([./-])0{1,2}\1(0{2}|0{4})$/.test(text) || /^0000-00-00/.test(text)) return { kind: 'empty' };
  const s = text.replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[AP]M|[+-]\d{2}:?\d{2})?$/i, '').trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s)))
    return fixed(text, Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return fixed(text, Number(m[1]), Number(m[2]), Number(m[3]));
  // ISO/vCard year-less forms: --03-14, --0314, and 03-14 (month first, as in ISO).
  if ((m = /^--(\d{2})-?(\d{2})$/.exec(s)) || (m = /^(\d{2})-(\d{2})$/.exec(s))) {
    return fixed(text, undefined, Number(m[1]), Number(m[2]));
  }
  // Dots are day first everywhere they are used (Germany, Poland, Scandinavia, …): 14.03.1990, 14.03.
  if ((m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})?$/.exec(s))) {
    const y = m[3] ? fullYear(m[3]) : undefined;
    return fixed(text, y?.year, Number(m[2]), Number(m[1]), y?.twoDigit);
  }
  if ((m = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}|\d{2}))?$/.exec(s))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = m[3] ? fullYear(m[3]) : undefined;
    const dmy = realDate(text, y?.year, b, a);
    const mdy = realDate(text, y?.year, a, b);
    if (!isValid(dmy) && !isValid(mdy))
      return { kind: 'invalid', reason: a > 12 ? dmy.invalid : mdy.invalid };
    // Same day either way (05/05/1990): nothing to decide.
    if (a === b) return fixed(text, y?.year, a, b, y?.twoDigit);
    return { kind: 'numeric', dmy, mdy, ...(y?.twoDigit !== undefined ? { twoDigitYear: y.twoDigit } : {}) };
  }
  const named = readWithMonthName(text, s);
  if (named) return named;
  return {
    kind: 'invalid',
    reason: `"${text}" is not a date Touchpoint can read; use a form like 1990-03-14`,
  };
}

export interface DateOrderInfo {
  /** Numeric dates fit both orders (or contradict each other): the user should choose. */
  ambiguous: boolean;
  /** The order the file's own dates prove (a 14/03 or a 03/14 somewhere), if only one. */
  detected: DateOrder | null;
  /** Dates that only fit day-first, only month-first, or both. */
  dayFirstOnly: number;
  monthFirstOnly: number;
  either: number;
  /** Up to three dates that read differently in the two orders, to show the user. */
  examples: string[];
}

export function detectDateOrder(texts: Iterable<string | undefined>): DateOrderInfo {
  let dayFirstOnly = 0;
  let monthFirstOnly = 0;
  let either = 0;
  const examples: string[] = [];
  for (const t of texts) {
    const r = readDate(t);
    if (r.kind !== 'numeric') continue;
    const d = isValid(r.dmy);
    const m = isValid(r.mdy);
    if (d && m) {
      either++;
      if (examples.length < 3 && t) examples.push(t.trim());
    } else if (d) dayFirstOnly++;
    else if (m) monthFirstOnly++;
  }
  const detected =
    dayFirstOnly > 0 && monthFirstOnly === 0
      ? 'DMY'
      : monthFirstOnly > 0 && dayFirstOnly === 0
        ? 'MDY'
        : null;
  const ambiguous = (either > 0 && detected === null) || (dayFirstOnly > 0 && monthFirstOnly > 0);
  return { ambiguous, detected, dayFirstOnly, monthFirstOnly, either, examples };
}

/** Locales that write month first (03/14/1990). */
const MONTH_FIRST_REGIONS = new Set(['US', 'PH', 'FM', 'MH', 'PW', 'AS', 'GU', 'MP', 'PR', 'UM', 'VI', 'BZ']);

export function dateOrderForLocale(locale: string | undefined): DateOrder | undefined {
  if (!locale) return undefined;
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
  if (region) return MONTH_FIRST_REGIONS.has(region) ? 'MDY' : 'DMY';
  return locale.toLowerCase() === 'en' ? 'MDY' : 'DMY';
}

export type ResolvedDate =
  { ok: true; date: YearlyDate; note?: string } | { ok: false; reason: string } | { ok: 'empty' };

/** Settles a reading with the chosen order. A date that only fits the other order is read that way, with a note. */
export function resolveDate(reading: DateReading, order: DateOrder, text: string): ResolvedDate {
  switch (reading.kind) {
    case 'empty':
      return { ok: 'empty' };
    case 'invalid':
      return { ok: false, reason: reading.reason };
    case 'fixed':
      return reading.twoDigitYear === undefined
        ? { ok: true, date: reading.date }
        : { ok: true, date: reading.date, note: twoDigitNote(text, reading.date) };
    case 'numeric': {
      const first = order === 'DMY' ? reading.dmy : reading.mdy;
      const other = order === 'DMY' ? reading.mdy : reading.dmy;
      if (isValid(first)) {
        return reading.twoDigitYear === undefined
          ? { ok: true, date: first }
          : { ok: true, date: first, note: twoDigitNote(text, first) };
      }
      if (isValid(other)) {
        return {
          ok: true,
          date: other,
          note: `"${text.trim()}" only fits ${order === 'DMY' ? 'month/day' : 'day/month'} order, so it was read as ${formatYearly(other)}`,
        };
      }
      return { ok: false, reason: first.invalid };
    }
  }
}

function twoDigitNote(text: string, d: YearlyDate): string {
  return `"${text.trim()}" has a two-digit year, read as ${d.year}`;
}

/** "14 March 1990", "29 February" */
export function formatYearly(d: YearlyDate): string {
  return `${d.day} ${MONTH_NAMES_EN[d.month - 1]}${d.year !== undefined ? ` ${d.year}` : ''}`;
}

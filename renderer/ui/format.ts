/** Dates and names shown in the user's locale (date-fns locales, chosen once). */
import { format } from 'date-fns';
import { de, enGB, enUS, es, fr, it, ja, nl, pt, zhCN, type Locale } from 'date-fns/locale';
import { fromIsoDate, type IsoDate } from '../../shared/domain/dates';
import type { YearlyDate } from '../../shared/domain/schemas';

const LOCALES: Record<string, Locale> = { 'en-US': enUS, 'en-GB': enGB, en: enUS, de, fr, es, it, nl, pt, ja, zh: zhCN };

let current: Locale = pickLocale(typeof navigator === 'undefined' ? 'en-US' : navigator.language);

export function pickLocale(tag: string): Locale {
  return LOCALES[tag] ?? LOCALES[tag.split('-')[0] ?? ''] ?? enUS;
}

/** Called when settings load or change; empty follows the system. */
export function setDisplayLocale(tag: string): void {
  current = pickLocale(tag || navigator.language);
}

export function displayLocale(): Locale {
  return current;
}

/** e.g. "Tue, Mar 14, 2026" (en-US) or "Di., 14. März 2026" (de). */
export function formatDay(day: IsoDate): string {
  return format(fromIsoDate(day), 'EEE PP', { locale: current });
}

export function formatShortDay(day: IsoDate): string {
  return format(fromIsoDate(day), 'PP', { locale: current });
}

export function formatInstant(iso: string): string {
  return format(new Date(iso), 'PPp', { locale: current });
}

/** A birthday or anniversary: "March 14" or "March 14, 1980". */
export function formatYearly(d: YearlyDate): string {
  const date = new Date(d.year ?? 2000, d.month - 1, d.day);
  return d.year ? format(date, 'MMMM d, yyyy', { locale: current }) : format(date, 'MMMM d', { locale: current });
}

export function monthNames(): string[] {
  return Array.from({ length: 12 }, (_, i) => format(new Date(2000, i, 1), 'LLLL', { locale: current }));
}

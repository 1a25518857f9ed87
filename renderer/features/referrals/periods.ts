/** Report periods: presets counted from today, or two days the user picks. */
import {
  endOfMonth,
  endOfQuarter,
  endOfYear,
  startOfMonth,
  startOfQuarter,
  startOfYear,
  subMonths,
} from 'date-fns';
import { fromIsoDate, isIsoDate, toIsoDate, type IsoDate } from '../../../shared/domain/dates';
import type { ReportPeriod } from '../../../shared/referrals';

export const PERIOD_PRESETS = [
  'this-month',
  'this-quarter',
  'this-year',
  'last-12-months',
  'custom',
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const PERIOD_LABELS: Record<PeriodPreset, string> = {
  'this-month': 'This month',
  'this-quarter': 'This quarter',
  'this-year': 'This year',
  'last-12-months': 'Last 12 months',
  custom: 'Custom',
};

/** The period of a preset on `today`. "Last 12 months" is whole months: this one and the 11 before. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: IsoDate): ReportPeriod {
  const d = fromIsoDate(today);
  const span = (from: Date, to: Date) => ({ from: toIsoDate(from), to: toIsoDate(to) });
  switch (preset) {
    case 'this-month':
      return span(startOfMonth(d), endOfMonth(d));
    case 'this-quarter':
      return span(startOfQuarter(d), endOfQuarter(d));
    case 'this-year':
      return span(startOfYear(d), endOfYear(d));
    case 'last-12-months':
      return span(startOfMonth(subMonths(d, 11)), endOfMonth(d));
  }
}

/** A custom period, or a message saying what to fix. */
export function customPeriod(from: string, to: string): ReportPeriod | string {
  if (!isIsoDate(from)) return 'Choose the first day of the period';
  if (!isIsoDate(to)) return 'Choose the last day of the period';
  if (from > to) return 'The period starts after it ends: swap the dates';
  return { from, to };
}

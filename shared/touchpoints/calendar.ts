/**
 * Calendar helpers: the visible range of a view, and the month-view summary that keeps busy
 * days readable ("+12 more") and keeps the calendar fast when a month holds thousands of
 * touchpoints (react-big-calendar slows down past about 1,000 events).
 */
import type { IsoDate } from '../domain/dates';

export interface DayBucket<T> {
  day: IsoDate;
  shown: T[];
  /** How many more that day holds beyond those shown. */
  more: number;
}

/**
 * Groups items by day, keeping at most `perDay` of them per day: when a day holds more, it
 * shows `perDay - 1` and a count of the rest, so the cell never grows past `perDay` rows.
 */
export function summarizeByDay<T>(items: readonly T[], dayOf: (t: T) => IsoDate, perDay: number): DayBucket<T>[] {
  const byDay = new Map<IsoDate, T[]>();
  for (const it of items) {
    const d = dayOf(it);
    let list = byDay.get(d);
    if (!list) byDay.set(d, (list = []));
    list.push(it);
  }
  const out: DayBucket<T>[] = [];
  for (const [day, list] of [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (list.length <= perDay) out.push({ day, shown: list, more: 0 });
    else out.push({ day, shown: list.slice(0, perDay - 1), more: list.length - (perDay - 1) });
  }
  return out;
}

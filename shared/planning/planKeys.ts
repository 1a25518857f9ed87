/**
 * planKeys: the identity of a planned touchpoint within its client. A touchpoint is "the same"
 * as a planned one when clientId and planKey match, whatever its id, status or date, so the
 * planner never duplicates and never re-creates what the user already handled.
 *
 *   welcome                        welcome card (once per client)
 *   check-in                       check-in call (once)
 *   end-gift                       end-of-journey appreciation gift (once)
 *   testimonial                    testimonial request (once)
 *   birthday:2027                  birthday greeting for the birthday in 2027
 *   date:<importantDateId>:2027    important date in 2027
 *   holiday:<holidayId>:2026       holiday greeting for the holiday's date in 2026
 *   keep-in-touch:2026-03-01       keep-in-touch call counted from the last touch on 2026-03-01
 *
 * Keys of other planners (referral follow-ups use `referral:…`) are not this planner's: it never
 * changes or removes those touchpoints.
 */
import { isIsoDate, type IsoDate } from '../domain/dates';

export type PlanKey =
  | { rule: 'welcome' }
  | { rule: 'check-in' }
  | { rule: 'end-gift' }
  | { rule: 'testimonial' }
  | { rule: 'birthday'; year: number }
  | { rule: 'important-date'; dateId: string; year: number }
  | { rule: 'holiday'; holidayId: string; year: number }
  | { rule: 'keep-in-touch'; since: IsoDate };

export const planKeys = {
  welcome: 'welcome',
  checkIn: 'check-in',
  endGift: 'end-gift',
  testimonial: 'testimonial',
  birthday: (year: number) => `birthday:${year}`,
  importantDate: (dateId: string, year: number) => `date:${dateId}:${year}`,
  holiday: (holidayId: string, year: number) => `holiday:${holidayId}:${year}`,
  keepInTouch: (since: IsoDate) => `keep-in-touch:${since}`,
} as const;

const YEAR = /^\d{4}$/;

/** Reads a planKey made by this planner; undefined for anything else (other planners, hand-made). */
export function parsePlanKey(key: string | undefined): PlanKey | undefined {
  if (!key) return undefined;
  switch (key) {
    case 'welcome':
    case 'check-in':
    case 'end-gift':
    case 'testimonial':
      return { rule: key };
  }
  const colon = key.indexOf(':');
  if (colon < 0) return undefined;
  const head = key.slice(0, colon);
  const rest = key.slice(colon + 1);
  if (head === 'birthday') return YEAR.test(rest) ? { rule: 'birthday', year: Number(rest) } : undefined;
  if (head === 'keep-in-touch') return isIsoDate(rest) ? { rule: 'keep-in-touch', since: rest } : undefined;
  if (head === 'date' || head === 'holiday') {
    // The id may itself hold colons (country-scoped holiday ids: 'us:memorial-day'): the year is last.
    const last = rest.lastIndexOf(':');
    const id = rest.slice(0, last);
    const year = rest.slice(last + 1);
    if (last <= 0 || !YEAR.test(year)) return undefined;
    return head === 'date'
      ? { rule: 'important-date', dateId: id, year: Number(year) }
      : { rule: 'holiday', holidayId: id, year: Number(year) };
  }
  return undefined;
}

/** True when this planner made (and may re-plan) touchpoints with this key. */
export function isPlannerKey(key: string | undefined): boolean {
  return parsePlanKey(key) !== undefined;
}

/** The year a yearly key is about, if it is one. */
export function planKeyYear(key: string): number | undefined {
  const k = parsePlanKey(key);
  return k && 'year' in k ? k.year : undefined;
}

/** The default touchpoint id: deterministic, so planning the same thing twice writes the same row. */
export function plannedTouchpointId(clientId: string, planKey: string): string {
  return `${clientId}:${planKey}`;
}

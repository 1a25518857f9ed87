/**
 * The plan rules: for one client, every touchpoint the rules imply, keyed by planKey.
 *
 * Decisions (see README.md beside this file):
 * - Who gets what. Prospects get nothing yet. Welcome card and check-in call: active clients
 *   with a journey start. Birthdays, important dates, holidays, keep-in-touch, the end-of-journey
 *   gift and the testimonial request: active and completed clients. Archived and deleted
 *   clients: nothing (their planned touchpoints are removed; done ones stay as history).
 * - The journey's end is its expected end date. A completed journey without one plans no gift
 *   and no testimonial request: the planner cannot know when it ended, and guessing (e.g. from
 *   the record's updatedAt) would date a gift wrongly; it reports a warning instead, so the UI
 *   can ask for the end date.
 * - Past occasions. A yearly occasion (birthday, holiday, important date) is still created while
 *   its day has not passed, even when the lead time already has: a client added on Dec 20 with a
 *   birthday on Dec 24 gets a card due Dec 17, shown overdue. One-off touchpoints (welcome,
 *   check-in, gift, testimonial) are created up to ONE_OFF_GRACE_DAYS after their due day, so a
 *   client entered a few days late still gets them, as overdue.
 * - Channels: cards for welcome, birthday, holiday and important dates; calls for check-in and
 *   keep-in-touch; a gift for the end of the journey; the testimonial request by email, or by
 *   call when the client prefers calls (a printed card cannot carry a request that needs an answer).
 */
import { yearlyOccurrence, type IsoDate } from '../domain/dates';
import type { Channel, Client, Touchpoint, TouchpointKind } from '../domain/schemas';
import type { PlanRules } from '../domain/settings';
import { monthDayLabel, plusDays, yearOf } from './calendar';
import type { HolidayMissReason, HolidayPlace, HolidaysProvider } from './holidaysProvider';
import { parsePlanKey, planKeys } from './planKeys';

/** One-off touchpoints are still created this many days after they were due. */
export const ONE_OFF_GRACE_DAYS = 7;

/** A touchpoint the rules imply. */
export interface WantedTouchpoint {
  planKey: string;
  kind: TouchpointKind;
  channel: Channel;
  due: IsoDate;
  title: string;
  details?: Record<string, string>;
  /**
   * The last day it is still worth creating (the occasion itself, or due + grace); undefined:
   * always. Past it, the planner does not create it, and drops a planned one whose date moved.
   */
  expires?: IsoDate;
}

export type PlanWarningCode =
  /** planTouchpoints got no holidays provider: holiday greetings were neither planned nor changed. */
  | 'holidays-not-loaded'
  /** A chosen holiday id Touchpoint does not know. */
  | 'holiday-unknown'
  /** A chosen holiday that has no date for the client's place (e.g. national day without a country). */
  | 'holiday-not-in-place'
  /** A chosen holiday with no date in some year (e.g. Diwali after 2050). */
  | 'holiday-no-date'
  /** A completed journey without an end date: no gift and no testimonial request planned. */
  | 'journey-end-missing';

export interface PlanWarning {
  code: PlanWarningCode;
  message: string;
  /** The clients concerned. */
  clientIds: string[];
  holidayId?: string;
  /** Years concerned, for holiday-no-date. */
  years?: number[];
}

/** Collects warnings, one per (code, holiday, message), listing clients once. */
export class WarningSink {
  private readonly byKey = new Map<string, PlanWarning & { seen: Set<string>; yearSet: Set<number> }>();

  add(
    code: PlanWarningCode,
    message: string,
    clientId: string | undefined,
    holidayId?: string,
    year?: number,
  ): void {
    const key = `${code}|${holidayId ?? ''}|${message}`;
    let w = this.byKey.get(key);
    if (!w) {
      w = { code, message, clientIds: [], seen: new Set(), yearSet: new Set() };
      if (holidayId !== undefined) w.holidayId = holidayId;
      this.byKey.set(key, w);
    }
    if (clientId !== undefined && !w.seen.has(clientId)) {
      w.seen.add(clientId);
      w.clientIds.push(clientId);
    }
    if (year !== undefined) w.yearSet.add(year);
  }

  list(): PlanWarning[] {
    return [...this.byKey.values()].map(({ seen: _seen, yearSet, ...w }) =>
      yearSet.size ? { ...w, years: [...yearSet].sort((a, b) => a - b) } : w,
    );
  }
}

export interface ClientRuleContext {
  rules: PlanRules;
  today: IsoDate;
  horizonEnd: IsoDate;
  /** Years to consider for yearly occasions (the planning window plus years of existing keys). */
  years: readonly number[];
  /** The client's last logged touch, if any. */
  lastTouch: IsoDate | undefined;
  /** The client's existing touchpoints. */
  existing: readonly Touchpoint[];
  holidays: HolidaysProvider | undefined;
  /** The user's own place, for clients without a country. */
  home: HolidayPlace | undefined;
  warnings: WarningSink;
}

function maxDate(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (!a) return b;
  if (!b) return a;
  return a >= b ? a : b;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The holiday ids a client is greeted on: the client's own choice, else the user's default. */
export function holidayIdsFor(client: Client, rules: PlanRules): string[] {
  return [...new Set(client.holidays ?? rules.defaultHolidays)];
}

/** The place whose holidays apply: the client's country and region, else the user's own. */
export function holidayPlaceFor(client: Client, home: HolidayPlace | undefined): HolidayPlace {
  if (client.country) return { country: client.country, region: client.region };
  return { country: home?.country, region: home?.region };
}

/** The anchor and whether a keep-in-touch call may be planned (none while one is open by the user's hand). */
function keepInTouchAnchor(client: Client, ctx: ClientRuleContext): IsoDate | undefined {
  let anchor: IsoDate | undefined = ctx.lastTouch;
  if (client.journey.start && client.journey.start <= ctx.today)
    anchor = maxDate(anchor, client.journey.start);
  for (const t of ctx.existing) {
    if (parsePlanKey(t.planKey)?.rule !== 'keep-in-touch') continue;
    // A call the user snoozed or rescheduled is still open: plan no second one beside it.
    if (t.status === 'snoozed' || (t.status === 'planned' && t.manual)) return undefined;
    // Done counts from when it was done; skipped means "not now": count again from its day.
    if (t.status === 'done')
      anchor = maxDate(anchor, (t.doneAt?.slice(0, 10) as IsoDate | undefined) ?? t.due);
    if (t.status === 'skipped') anchor = maxDate(anchor, t.due);
  }
  // Never touched and no journey start: count from when the client was added.
  return anchor ?? (client.createdAt.slice(0, 10) as IsoDate);
}

/** Everything the rules imply for one client, by planKey. */
export function wantedTouchpoints(client: Client, ctx: ClientRuleContext): Map<string, WantedTouchpoint> {
  const wanted = new Map<string, WantedTouchpoint>();
  const add = (w: WantedTouchpoint) => wanted.set(w.planKey, w);
  const { rules } = ctx;
  const status = client.journey.status;
  if (client.deletedAt || status === 'archived' || status === 'prospect') return wanted;
  const active = status === 'active';
  const { start, expectedEnd } = client.journey;

  const oneOff = (
    planKey: string,
    kind: TouchpointKind,
    channel: Channel,
    due: IsoDate,
    title: string,
    details?: Record<string, string>,
  ) =>
    add({
      planKey,
      kind,
      channel,
      due,
      title,
      expires: plusDays(due, ONE_OFF_GRACE_DAYS),
      ...(details ? { details } : {}),
    });

  if (active && start) {
    if (rules.welcome.enabled)
      oneOff(planKeys.welcome, 'welcome-card', 'card', plusDays(start, rules.welcome.days), 'Welcome card');
    if (rules.checkIn.enabled)
      oneOff(planKeys.checkIn, 'check-in-call', 'call', plusDays(start, rules.checkIn.days), 'Check-in call');
  }

  if (expectedEnd) {
    const eventDate = expectedEnd;
    if (rules.endOfJourneyGift.enabled) {
      oneOff(
        planKeys.endGift,
        'end-of-journey-gift',
        'gift',
        plusDays(expectedEnd, rules.endOfJourneyGift.days),
        'End-of-journey appreciation gift',
        { eventDate },
      );
    }
    if (rules.testimonial.enabled) {
      const channel: Channel = client.preferredChannel === 'call' ? 'call' : 'email';
      oneOff(
        planKeys.testimonial,
        'testimonial-request',
        channel,
        plusDays(expectedEnd, rules.testimonial.days),
        'Testimonial request',
      );
    }
  } else if (status === 'completed' && (rules.endOfJourneyGift.enabled || rules.testimonial.enabled)) {
    ctx.warnings.add(
      'journey-end-missing',
      'Completed journeys without an end date get no end-of-journey gift or testimonial request: add the end date.',
      client.id,
    );
  }

  const birthday = client.birthday;
  if (rules.birthday.enabled && birthday) {
    for (const year of ctx.years) {
      // Nothing for the year of birth itself or before it.
      if (birthday.year !== undefined && year <= birthday.year) continue;
      const eventDate = yearlyOccurrence(year, birthday.month, birthday.day);
      const age = birthday.year !== undefined ? year - birthday.year : undefined;
      const details: Record<string, string> = { eventDate, dateText: monthDayLabel(eventDate) };
      if (age !== undefined) {
        details.age = String(age);
        details.years = String(age);
      }
      add({
        planKey: planKeys.birthday(year),
        kind: 'birthday-greeting',
        channel: 'card',
        due: plusDays(eventDate, -rules.birthday.days),
        title: age !== undefined ? `Birthday card — turns ${age}` : 'Birthday card',
        details,
        expires: eventDate,
      });
    }
  }

  if (rules.importantDates.enabled) {
    for (const important of client.importantDates) {
      const { month, day, year: since } = important.date;
      for (const year of ctx.years) {
        if (since !== undefined && year <= since) continue;
        const eventDate = yearlyOccurrence(year, month, day);
        const count = since !== undefined ? year - since : undefined;
        const details: Record<string, string> = {
          dateLabel: important.label,
          eventDate,
          dateText: monthDayLabel(eventDate),
        };
        if (count !== undefined) details.years = String(count);
        add({
          planKey: planKeys.importantDate(important.id, year),
          kind: 'important-date',
          channel: 'card',
          due: plusDays(eventDate, -rules.importantDates.days),
          title: count !== undefined ? `${important.label} — ${plural(count, 'year')}` : important.label,
          details,
          expires: eventDate,
        });
      }
    }
  }

  if (rules.holidays.enabled) addHolidays(client, ctx, add);

  if (rules.keepInTouch.enabled) {
    const since = keepInTouchAnchor(client, ctx);
    if (since) {
      add({
        planKey: planKeys.keepInTouch(since),
        kind: 'keep-in-touch',
        channel: 'call',
        due: plusDays(since, rules.keepInTouch.days),
        title: `Keep-in-touch call — ${plural(rules.keepInTouch.days, 'day')} since the last contact`,
        details: { sinceDate: since, dateText: monthDayLabel(since) },
      });
    }
  }
  return wanted;
}

const MISS_CODE: Record<HolidayMissReason, PlanWarningCode> = {
  'unknown-id': 'holiday-unknown',
  'not-in-place': 'holiday-not-in-place',
  'no-date': 'holiday-no-date',
};

function addHolidays(client: Client, ctx: ClientRuleContext, add: (w: WantedTouchpoint) => void): void {
  const ids = holidayIdsFor(client, ctx.rules);
  if (!ids.length) return;
  const provider = ctx.holidays;
  if (!provider) {
    ctx.warnings.add(
      'holidays-not-loaded',
      'Holiday dates were not loaded: holiday greetings were left as they were.',
      client.id,
    );
    return;
  }
  const place = holidayPlaceFor(client, ctx.home);
  // Only years whose holidays can be due within the horizon, plus years of existing greetings
  // (to update or remove them): each (place, year) costs date-holidays real work (the Chinese
  // calendar, equinoxes), so a year that cannot matter is not asked for.
  const firstYear = yearOf(ctx.today);
  const lastYear = yearOf(plusDays(ctx.horizonEnd, ctx.rules.holidays.days));
  const existingYears = new Set<number>();
  for (const t of ctx.existing) {
    const k = parsePlanKey(t.planKey);
    if (k?.rule === 'holiday') existingYears.add(k.year);
  }
  const years = ctx.years.filter((y) => (y >= firstYear && y <= lastYear) || existingYears.has(y));
  for (const id of ids) {
    for (const year of years) {
      const found = provider.lookup(id, place, year);
      if (!found.ok) {
        // Report only what matters now: the years being planned, and each problem once.
        if (found.reason === 'no-date' && (year < firstYear || year > lastYear)) continue;
        ctx.warnings.add(
          MISS_CODE[found.reason],
          found.message,
          client.id,
          id,
          found.reason === 'no-date' ? year : undefined,
        );
        if (found.reason !== 'no-date') break;
        continue;
      }
      const occ = found.occurrence;
      add({
        planKey: planKeys.holiday(id, year),
        kind: 'holiday-greeting',
        channel: 'card',
        due: plusDays(occ.date, -ctx.rules.holidays.days),
        title: `${occ.name} greeting`,
        details: {
          holidayId: id,
          holidayName: occ.name,
          eventDate: occ.date,
          dateText: monthDayLabel(occ.date),
        },
        expires: occ.date,
      });
    }
  }
}

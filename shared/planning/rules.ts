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
 * - Past occasions. `due` here is the rule's day; planTouchpoints never CREATES a touchpoint due
 *   before today: when the rule's day has passed it is due today, if still worth it (`expires`):
 *   a yearly occasion (birthday, holiday, important date) until its day, a one-off (welcome,
 *   check-in, gift, testimonial) until ONE_OFF_GRACE_DAYS after its due day, a keep-in-touch call
 *   always. A client added on Dec 20 with a birthday on Dec 24 gets a card due Dec 20, not an
 *   overdue one due Dec 17.
 * - Holidays on the user's default list are greeted by scope (holidayCatalogue.ts): religious
 *   and cultural ones anywhere, national, civic and regional ones only where the client's
 *   country/region observes them. Holidays chosen on the client itself are always greeted.
 * - Titles name the day ("Birthday card — turns 50 on Dec 20", "Christmas greeting (Dec 25)"),
 *   so a list of titles reads without opening each one.
 * - Channels: cards for welcome, birthday, holiday and important dates; calls for check-in and
 *   keep-in-touch; a gift for the end of the journey; the testimonial request by email, or by
 *   call when the client prefers calls (a printed card cannot carry a request that needs an answer).
 */
import { yearlyOccurrence, type IsoDate } from '../domain/dates';
import type { Channel, Client, Touchpoint, TouchpointKind } from '../domain/schemas';
import type { PlanRules } from '../domain/settings';
import { longDateLabel, monthDayLabel, plusDays, shortMonthDayLabel, yearOf } from './calendar';
import { holidayDefinition, holidayLabel, holidayScope } from './holidayCatalogue';
import type { HolidayMissReason, HolidayPlace, HolidaysProvider } from './holidaysProvider';
import { parsePlanKey, planKeys } from './planKeys';

/** One-off touchpoints are still created (due today) up to this many days after their rule's day. */
export const ONE_OFF_GRACE_DAYS = 7;

/** The keep-in-touch notes line when no contact was ever logged. */
export const NO_TOUCH_NOTE = 'No touch logged yet';

/** True for a notes line the planner wrote (and may rewrite); anything else is the user's. */
export function isPlannerNote(notes: string | undefined): boolean {
  return (
    notes === NO_TOUCH_NOTE || (notes !== undefined && /^Last touch: [A-Z][a-z]+ \d{1,2}, \d{4}$/.test(notes))
  );
}

/** A touchpoint the rules imply. */
export interface WantedTouchpoint {
  planKey: string;
  kind: TouchpointKind;
  channel: Channel;
  /** The rule's day. It may be past: planTouchpoints then plans the touchpoint for today. */
  due: IsoDate;
  title: string;
  details?: Record<string, string>;
  /** A line for the touchpoint's notes (keep-in-touch: "Last touch: October 1, 2026"). */
  notes?: string;
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
  /** The user's calendar day of an instant (doneAt, updatedAt). */
  dayOf: (instant: string) => IsoDate;
}

/** The default dayOf: the UTC day of the instant. The app passes the user's local day instead. */
export function utcDayOf(instant: string): IsoDate {
  return instant.slice(0, 10) as IsoDate;
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

/**
 * True when a holiday found for a place is observed there: the place's own holiday data has it,
 * or the country keeps it everywhere though only its regions list it (Canada's Thanksgiving).
 */
function observedIn(id: string, local: boolean, place: HolidayPlace): boolean {
  if (local) return true;
  const country = place.country?.trim().toUpperCase();
  return !!country && !!holidayDefinition(id)?.fallbackByCountry?.[country];
}

/** The place whose holidays apply: the client's country and region, else the user's own. */
export function holidayPlaceFor(client: Client, home: HolidayPlace | undefined): HolidayPlace {
  if (client.country) return { country: client.country, region: client.region };
  return { country: home?.country, region: home?.region };
}

interface KeepInTouchAnchor {
  /** The day the next call is counted from. */
  since: IsoDate;
  /** The last real contact (a touch logged, a keep-in-touch call done), if any. */
  lastTouch: IsoDate | undefined;
}

/**
 * What the next keep-in-touch call counts from; undefined while one is open by the user's hand
 * (snoozed or rescheduled): no second call is planned beside it.
 */
function keepInTouchAnchor(client: Client, ctx: ClientRuleContext): KeepInTouchAnchor | undefined {
  let lastTouch: IsoDate | undefined = ctx.lastTouch;
  let skippedOn: IsoDate | undefined;
  for (const t of ctx.existing) {
    if (parsePlanKey(t.planKey)?.rule !== 'keep-in-touch') continue;
    if (t.status === 'snoozed' || (t.status === 'planned' && t.manual)) return undefined;
    // Done counts from the day it was done.
    if (t.status === 'done') lastTouch = maxDate(lastTouch, t.doneAt ? ctx.dayOf(t.doneAt) : t.due);
    // Skipped means "not now": count again from the day it was skipped (its last change), not
    // from its old due day, which for a long-overdue call would make the next one overdue at once.
    if (t.status === 'skipped') skippedOn = maxDate(skippedOn, ctx.dayOf(t.updatedAt));
  }
  // The journey start counts even while ahead: the key then stays the same when the day comes.
  const since =
    maxDate(maxDate(lastTouch, skippedOn), client.journey.start) ??
    // Never touched and no journey start: count from when the client was added.
    ctx.dayOf(client.createdAt);
  return { since, lastTouch };
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
      const on = shortMonthDayLabel(eventDate);
      add({
        planKey: planKeys.birthday(year),
        kind: 'birthday-greeting',
        channel: 'card',
        due: plusDays(eventDate, -rules.birthday.days),
        title: age !== undefined ? `Birthday card — turns ${age} on ${on}` : `Birthday card — ${on}`,
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
          title:
            count !== undefined
              ? `${important.label} — ${plural(count, 'year')} on ${shortMonthDayLabel(eventDate)}`
              : `${important.label} — ${shortMonthDayLabel(eventDate)}`,
          details,
          expires: eventDate,
        });
      }
    }
  }

  if (rules.holidays.enabled) addHolidays(client, ctx, add);

  if (rules.keepInTouch.enabled) {
    const anchor = keepInTouchAnchor(client, ctx);
    if (anchor) {
      const { since, lastTouch } = anchor;
      const details: Record<string, string> = { sinceDate: since, dateText: monthDayLabel(since) };
      if (lastTouch) details.lastTouch = lastTouch;
      add({
        planKey: planKeys.keepInTouch(since),
        kind: 'keep-in-touch',
        channel: 'call',
        due: plusDays(since, rules.keepInTouch.days),
        title: 'Keep-in-touch call',
        details,
        notes: lastTouch ? `Last touch: ${longDateLabel(lastTouch)}` : NO_TOUCH_NOTE,
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
  // The client's own list is greeted as chosen; the default list by each holiday's scope.
  const fromDefault = client.holidays === undefined;
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
  const placeKnown = !!place.country?.trim();
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
    const onlyWhereObserved = fromDefault && holidayScope(id) === 'where-observed';
    if (onlyWhereObserved && !placeKnown) {
      ctx.warnings.add(
        'holiday-not-in-place',
        `${holidayLabel(id)} from your default holidays is greeted only where it is observed: add the client's country (or yours in Settings)`,
        client.id,
        id,
      );
      continue;
    }
    for (const year of years) {
      const found = provider.lookup(id, place, year);
      // Not a holiday of this client's place: by the default list's rule, not greeted, and
      // nothing to report (that is the rule working, not data missing).
      if (
        onlyWhereObserved &&
        (found.ok ? !observedIn(id, found.occurrence.local, place) : found.reason === 'not-in-place')
      )
        continue;
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
        title: `${occ.name} greeting (${shortMonthDayLabel(occ.date)})`,
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

/**
 * What the planner needs to know about holidays, as an interface: the planner stays free of
 * date-holidays (1.7 MB, ~270 ms to import) and tests can pass a tiny fake. The real one is
 * createDateHolidaysProvider() in ./dateHolidays.ts, loaded lazily with loadHolidaysProvider().
 */
import type { IsoDate } from '../domain/dates';
import type { HolidayCategory, HolidayScope } from './holidayCatalogue';

/** Where a client lives: ISO 3166 country code and date-holidays state/region code (DE + BY). */
export interface HolidayPlace {
  country?: string;
  region?: string;
}

export interface HolidayOccurrence {
  id: string;
  /**
   * For titles and cards: the catalogue name ("Christmas"), or the local English name for the
   * national day and country-scoped ids ("Canada Day"; "National day" when the data has no
   * English name for it; a country-scoped id keeps its local name, e.g. "Totensonntag").
   */
  name: string;
  /** The day of the holiday itself (its first day when it lasts several). */
  date: IsoDate;
  /** True when the client's own country/region has this holiday in date-holidays' data. */
  local: boolean;
  /** Where the date came from: the place ('DE-BY'), 'rule' (a calendar rule evaluated by date-holidays), or a source country ('MU'). */
  source: string;
}

export type HolidayMissReason =
  /** Not a catalogue id nor a country-scoped id. */
  | 'unknown-id'
  /** The holiday exists only per country and this place has none (a national day for GB, or no country at all). */
  | 'not-in-place'
  /** No date known that year (e.g. Diwali after 2050: date-holidays lists it year by year). */
  | 'no-date';

export type HolidayLookup =
  { ok: true; occurrence: HolidayOccurrence } | { ok: false; reason: HolidayMissReason; message: string };

export type HolidayType = 'public' | 'bank' | 'optional' | 'school' | 'observance';

export interface HolidayChoice {
  id: string;
  /** English display name for a picker: "Christmas", "Canada Day (national day)", "Memorial Day". */
  name: string;
  category: HolidayCategory;
  /**
   * Where it is greeted when on the user's default list: 'anywhere', or 'where-observed' (only
   * for clients whose country/region has it). Chosen on a client, it is always greeted.
   */
  scope: HolidayScope;
  /** The place's own data has it (its date follows local rules); otherwise the fallback gives the date. */
  local: boolean;
  /** The holiday's English name in the place's data, when local ("Christmas Day", "Deepavali"). */
  localName?: string;
  /** The place's holiday type when local: 'public' is a day off, 'observance' is not. */
  type?: HolidayType;
  /** When not local: how the date is found, e.g. "Hebrew calendar, 25 Kislev (first day)". */
  fallbackNote?: string;
}

export interface HolidaysProvider {
  /** The holiday `id` in `year` (the year of the holiday's own date) for clients at `place`. */
  lookup(id: string, place: HolidayPlace, year: number): HolidayLookup;
  /**
   * Holidays a user can choose for clients at the place (or, without a country, the ones that
   * need none): the place's own holidays in `year` … `year + 2` first (catalogue ids, the
   * national day, then the place's other holidays as country-scoped ids, by name), then world
   * holidays the place lacks (local: false). Pass the current year: shared/ never reads the clock.
   */
  holidayChoices(country: string | undefined, region: string | undefined, year: number): HolidayChoice[];
}

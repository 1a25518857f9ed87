/**
 * The one module that imports date-holidays (about 1.7 MB and ~270 ms to import): the app loads
 * it lazily through loadHolidaysProvider() in ./index.ts.
 *
 * A holiday's date is read from `Holiday.date` ("2026-12-25 00:00:00", or "2026-03-20 00:00:00
 * -0600" for holidays that begin at sunset), never from its `start` Date: the string is the
 * place's calendar day whatever the machine's time zone, while `start` is an instant that shifts.
 *
 * Caching, for 10,000 clients: one Holidays instance per country/region, one table per
 * (country, region, year), one world table per year for fallback rules.
 */
import Holidays from 'date-holidays';
import { isIsoDate, type IsoDate } from '../domain/dates';
import { daysFrom } from './calendar';
import {
  HOLIDAY_CATALOGUE,
  HOLIDAY_SCOPE_BY_CATEGORY,
  NATIONAL_DAY_ID,
  type HolidayDefinition,
  catalogueIdOf,
  countryHolidayId,
  holidayDefinition,
  nationalDayRank,
  normaliseRule,
  parseCountryHolidayId,
} from './holidayCatalogue';
import type {
  HolidayChoice,
  HolidayLookup,
  HolidayPlace,
  HolidayType,
  HolidaysProvider,
} from './holidaysProvider';

interface Found {
  date: IsoDate;
  /** The place's English name for it. */
  localName: string;
  /** Lower wins: the id's rule order, or the national-day name order. */
  rank: number;
  type: HolidayType;
  /** date-holidays has an English name for it; false: localName is in the place's language ("Bundesfeiertag"). */
  english: boolean;
}

/** Country-scoped holidays offered as choices: not school or bank days ("January 2nd" in Japan). */
const SCOPED_TYPES: ReadonlySet<HolidayType> = new Set(['public', 'optional', 'observance']);

/** A rule as Holidays.getRules() returns it (its typings declare none of these fields). */
interface RawRule {
  rule: string;
  name?: string | Record<string, string>;
  type?: string;
}

/** Rules whose name date-holidays has only in the place's languages (`{ de: 'Bundesfeiertag', fr: … }`). */
function rulesWithoutEnglish(hd: Holidays): Set<string> {
  const out = new Set<string>();
  for (const r of hd.getRules() as unknown as RawRule[]) {
    if (r.name && typeof r.name === 'object' && !r.name.en) out.add(r.rule);
  }
  return out;
}

function englishName(name: RawRule['name']): string {
  if (!name) return '';
  if (typeof name === 'string') return name;
  return name.en ?? Object.values(name)[0] ?? '';
}

/** Holidays of one place in one year, by id. */
type YearTable = Map<string, Found>;

function isSubstitute(rule: string, name: string, flagged: boolean | undefined): boolean {
  return flagged === true || rule.toLowerCase().startsWith('substitutes') || /\(substitute/i.test(name);
}

/**
 * The day to greet on. date-holidays moves some fixed-date holidays to a weekday ("01-26 if
 * saturday,sunday then next monday" puts Australia Day 2025 on Monday 27th): a greeting belongs
 * on the day itself, so such a moved day goes back to its nominal date. Only within 3 days:
 * a rule like Mauritius' "11-01 since 2020 prior to 2050" gets its real yearly date (Divali on
 * Nov 8, 2026) from an `enable` list, and that date must stay.
 */
function greetingDate(rule: string, dateText: string, year: number): IsoDate | undefined {
  const actual = dateText.slice(0, 10);
  if (!isIsoDate(actual)) return undefined;
  const nr = normaliseRule(rule);
  const lower = rule.toLowerCase();
  if (/^\d\d-\d\d$/.test(nr) && lower.includes(' if ') && !lower.includes(' and if ')) {
    const nominal = `${year}-${nr}`;
    if (isIsoDate(nominal) && Math.abs(daysFrom(nominal, actual)) <= 3) return nominal;
  }
  return actual;
}

function keep(table: YearTable, id: string, found: Found): void {
  const prev = table.get(id);
  if (!prev || found.rank < prev.rank || (found.rank === prev.rank && found.date < prev.date))
    table.set(id, found);
}

class DateHolidaysProvider implements HolidaysProvider {
  private readonly instances = new Map<string, Holidays | null>();
  private readonly noEnglish = new Map<string, Set<string>>();
  private readonly tables = new Map<string, YearTable>();
  private readonly worldTables = new Map<number, Map<string, IsoDate>>();
  private world: Holidays | undefined;
  private countries: Record<string, string> | undefined;
  private readonly states = new Map<string, Record<string, string>>();

  /** Upper-cased country and a region date-holidays knows for it (an unknown region is dropped). */
  private readonly places = new Map<string, { country?: string; region?: string }>();

  private normalise(place: HolidayPlace): { country?: string; region?: string } {
    // Called for every client × holiday × year: remember each raw place once.
    const raw = `${place.country ?? ''}|${place.region ?? ''}`;
    let known = this.places.get(raw);
    if (!known) {
      known = this.resolvePlace(place);
      this.places.set(raw, known);
    }
    return known;
  }

  private resolvePlace(place: HolidayPlace): { country?: string; region?: string } {
    const country = place.country?.trim().toUpperCase() || undefined;
    if (!country) return {};
    this.countries ??= new Holidays().getCountries('en');
    if (!this.countries[country]) return {};
    const region = place.region?.trim().toUpperCase() || undefined;
    if (!region) return { country };
    let states = this.states.get(country);
    if (!states) {
      states = new Holidays().getStates(country, 'en') ?? {};
      this.states.set(country, states);
    }
    return states[region] ? { country, region } : { country };
  }

  private instance(country: string, region: string | undefined): Holidays | null {
    const key = `${country}|${region ?? ''}`;
    let hd = this.instances.get(key);
    if (hd === undefined) {
      hd = region ? new Holidays(country, region) : new Holidays(country);
      this.instances.set(key, hd);
    }
    return hd;
  }

  /** Every holiday of the place in the year (for country-scoped ids and the choices list). */
  private table(country: string, region: string | undefined, year: number): YearTable {
    return this.tableOf(`${country}|${region ?? ''}`, () => this.instance(country, region), country, year);
  }

  /**
   * Only the place's holidays that are catalogue ids or national-day candidates. Planning asks
   * for these on every client; leaving out the rest skips real work in date-holidays (Japan's
   * equinox days, China's solar terms) that no catalogue id needs.
   */
  private catalogueTable(country: string, region: string | undefined, year: number): YearTable {
    return this.tableOf(
      `${country}|${region ?? ''}|catalogue`,
      () => {
        const hd = region ? new Holidays(country, region) : new Holidays(country);
        for (const r of hd.getRules() as unknown as RawRule[]) {
          const name = englishName(r.name);
          const wanted =
            catalogueIdOf(r.rule, name) !== undefined ||
            nationalDayRank(country, r.rule, name, r.type ?? 'public') !== undefined;
          if (!wanted) hd.unsetRule(r.rule);
        }
        return hd;
      },
      country,
      year,
    );
  }

  /**
   * A source country's table holding only one holiday (Diwali from Mauritius): a full table
   * would compute every holiday of that country (Mauritius' Chinese-calendar ones cost ~50 ms a
   * year) to read one date.
   */
  private sourceTable(country: string, def: HolidayDefinition, year: number): YearTable {
    return this.tableOf(
      `${country}|source:${def.id}`,
      () => {
        const hd = new Holidays(country);
        for (const r of hd.getRules() as unknown as {
          rule: string;
          name?: string | Record<string, string>;
        }[]) {
          const name = typeof r.name === 'string' ? r.name : (r.name?.en ?? '');
          if (!def.names.test(name)) hd.unsetRule(r.rule);
        }
        return hd;
      },
      country,
      year,
    );
  }

  private tableOf(
    instanceKey: string,
    make: () => Holidays | null,
    country: string,
    year: number,
  ): YearTable {
    const key = `${instanceKey}|${year}`;
    const cached = this.tables.get(key);
    if (cached) return cached;
    const table: YearTable = new Map();
    let hd = this.instances.get(instanceKey);
    if (hd === undefined) {
      hd = make();
      this.instances.set(instanceKey, hd);
    }
    let noEnglish = this.noEnglish.get(instanceKey);
    if (!noEnglish) {
      noEnglish = hd ? rulesWithoutEnglish(hd) : new Set<string>();
      this.noEnglish.set(instanceKey, noEnglish);
    }
    for (const h of hd ? hd.getHolidays(year, 'en') : []) {
      if (isSubstitute(h.rule, h.name, h.substitute)) continue;
      const date = greetingDate(h.rule, h.date, year);
      if (!date || Number(date.slice(0, 4)) !== year) continue;
      const type = h.type;
      const english = !noEnglish.has(h.rule);
      const cat = catalogueIdOf(h.rule, h.name);
      if (cat) keep(table, cat.id, { date, localName: h.name, rank: cat.rank, type, english });
      else
        keep(table, countryHolidayId(country, h.name), { date, localName: h.name, rank: 0, type, english });
      const nd = nationalDayRank(country, h.rule, h.name, h.type);
      if (nd !== undefined)
        keep(table, NATIONAL_DAY_ID, { date, localName: h.name, rank: nd, type, english });
    }
    this.tables.set(key, table);
    return table;
  }

  /** Dates of the catalogue's fallback rules in `year`, by rule, evaluated without a country. */
  private worldTable(year: number): Map<string, IsoDate> {
    const cached = this.worldTables.get(year);
    if (cached) return cached;
    if (!this.world) {
      this.world = new Holidays();
      const rules = new Set<string>();
      for (const def of HOLIDAY_CATALOGUE) {
        if (def.fallback?.kind === 'rule') rules.add(def.fallback.rule);
        for (const fb of Object.values(def.fallbackByCountry ?? {})) rules.add(fb.rule);
      }
      // The rule itself is the name, so each date maps back to its rule.
      for (const rule of rules) this.world.setHoliday(rule, { name: { en: rule }, type: 'observance' });
    }
    const table = new Map<string, IsoDate>();
    for (const h of this.world.getHolidays(year, 'en')) {
      const date = h.date.slice(0, 10);
      if (isIsoDate(date) && !table.has(h.name)) table.set(h.name, date);
    }
    this.worldTables.set(year, table);
    return table;
  }

  lookup(id: string, place: HolidayPlace, year: number): HolidayLookup {
    const def = holidayDefinition(id);
    const scoped = def ? undefined : parseCountryHolidayId(id);
    if (!def && !scoped) {
      return { ok: false, reason: 'unknown-id', message: `"${id}" is not a holiday Touchpoint knows` };
    }
    const { country, region } = this.normalise(place);
    const where = country ? (region ? `${country}-${region}` : country) : undefined;
    if (country) {
      const found = (
        def ? this.catalogueTable(country, region, year) : this.table(country, region, year)
      ).get(id);
      if (found) {
        // Catalogue ids use their English catalogue name; the national day its English local
        // name ("Canada Day"), or "National day" when date-holidays has none ("Bundesfeiertag").
        const name = def && (id !== NATIONAL_DAY_ID || !found.english) ? def.name : found.localName;
        return {
          ok: true,
          occurrence: { id, name, date: found.date, local: true, source: where ?? country },
        };
      }
    }
    if (def) {
      const fb = (country && def.fallbackByCountry?.[country]) || def.fallback;
      if (!fb) {
        return {
          ok: false,
          reason: 'not-in-place',
          message: country
            ? `${this.countryName(country)} has no ${def.name.toLowerCase()} in the holiday data`
            : `A ${def.name.toLowerCase()} needs the client's country`,
        };
      }
      if (fb.kind === 'rule') {
        const date = this.worldTable(year).get(fb.rule);
        if (date) return { ok: true, occurrence: { id, name: def.name, date, local: false, source: 'rule' } };
      } else {
        for (const c of fb.countries) {
          const found = this.sourceTable(c, def, year).get(id);
          if (found)
            return {
              ok: true,
              occurrence: { id, name: def.name, date: found.date, local: false, source: c },
            };
        }
      }
      return {
        ok: false,
        reason: 'no-date',
        message: `No date for ${def.name} in ${year} in the holiday data`,
      };
    }
    // A country-scoped id ('us:memorial-day') for a client elsewhere: the date from that country.
    const home = scoped as { country: string; slug: string };
    if (this.normalise({ country: home.country }).country) {
      const found = this.table(home.country, undefined, year).get(id);
      if (found) {
        return {
          ok: true,
          occurrence: { id, name: found.localName, date: found.date, local: false, source: home.country },
        };
      }
    }
    return {
      ok: false,
      reason: 'no-date',
      message: `No date for "${id}" in ${year}: the holiday data of ${home.country} does not have it`,
    };
  }

  private countryName(country: string): string {
    this.countries ??= new Holidays().getCountries('en');
    return this.countries[country] ?? country;
  }

  holidayChoices(country: string | undefined, region: string | undefined, year: number): HolidayChoice[] {
    const place = this.normalise({ country, region });
    // The same tables planning reads, over the next three years: what is offered as local is
    // exactly what planning finds as local, and holidays that ended (an election day in 2019,
    // a one-off anniversary) are not offered.
    const hits = new Map<string, Found>();
    if (place.country) {
      for (let y = year; y < year + 3; y++) {
        for (const [id, found] of this.table(place.country, place.region, y)) {
          const prev = hits.get(id);
          if (!prev || found.rank < prev.rank) hits.set(id, found);
        }
      }
    }
    const local: HolidayChoice[] = [];
    const world: HolidayChoice[] = [];
    for (const def of HOLIDAY_CATALOGUE) {
      const hit = hits.get(def.id);
      if (hit) {
        local.push({
          id: def.id,
          name:
            def.id !== NATIONAL_DAY_ID
              ? def.name
              : hit.english
                ? `${hit.localName} (national day)`
                : `${def.name} (${hit.localName})`,
          category: def.category,
          scope: HOLIDAY_SCOPE_BY_CATEGORY[def.category],
          local: true,
          localName: hit.localName,
          type: hit.type,
        });
      } else if (def.fallback) {
        world.push({
          id: def.id,
          name: def.name,
          category: def.category,
          scope: HOLIDAY_SCOPE_BY_CATEGORY[def.category],
          local: false,
          fallbackNote: (place.country && def.fallbackByCountry?.[place.country]?.note) || def.fallback.note,
        });
      }
    }
    // A holiday a catalogue id (or the national day) already offers is not offered twice.
    const covered = new Set(
      HOLIDAY_CATALOGUE.flatMap((def) => {
        const hit = hits.get(def.id);
        return hit && place.country ? [countryHolidayId(place.country, hit.localName)] : [];
      }),
    );
    const scoped = [...hits.entries()]
      .filter(([id, h]) => !holidayDefinition(id) && !covered.has(id) && SCOPED_TYPES.has(h.type))
      .map(([id, h]): HolidayChoice => ({
        id,
        name: h.localName,
        category: 'local',
        scope: HOLIDAY_SCOPE_BY_CATEGORY.local,
        local: true,
        localName: h.localName,
        type: h.type,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    return [...local, ...scoped, ...world];
  }
}

/** A provider backed by date-holidays. Keep one for the app's lifetime: its caches make planning fast. */
export function createDateHolidaysProvider(): HolidaysProvider {
  return new DateHolidaysProvider();
}

let shared: HolidaysProvider | undefined;

/**
 * The holiday choices for a country/region, for the Settings and client screens. `year` is the
 * current year (shared/ never reads the clock): local holidays are those that occur there in
 * `year` … `year + 2`.
 */
export function holidayChoices(
  country: string | undefined,
  region: string | undefined,
  year: number,
): HolidayChoice[] {
  shared ??= createDateHolidaysProvider();
  return shared.holidayChoices(country, region, year);
}

/** The provider behind holidayChoices(), shared so both use one cache. */
export function sharedDateHolidaysProvider(): HolidaysProvider {
  shared ??= createDateHolidaysProvider();
  return shared;
}

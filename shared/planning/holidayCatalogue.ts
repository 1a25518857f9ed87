/**
 * The holidays a user can choose to greet, under STABLE ids that are stored in settings and on
 * clients (PlanRules.defaultHolidays, Client.holidays) and in planKeys (`holiday:christmas:2026`).
 *
 * date-holidays names a holiday differently per country ("Christmas Day", "Orthodox Christmas",
 * "Spring Festival", "Deepavali"), so an id is recognised by the holiday's rule (normalised, see
 * `normaliseRule`) together with its English name. Each id also says where its date comes from
 * when the client's own country/region lacks it (`fallback`): a calendar rule date-holidays can
 * evaluate anywhere (Easter, Hebrew, Hijri and Chinese calendars), or countries whose data has it
 * (Diwali has no calendar rule in date-holidays, only yearly dates in some countries' data).
 *
 * Holidays of a country that no catalogue id describes still get an id, scoped to the country:
 * `${country}:${slug of the English name}`, e.g. `us:memorial-day`, `nl:st-nicholas-eve`.
 *
 * This module does NOT import date-holidays (it is about 1.7 MB): the UI can show names of ids
 * without loading it. The date-holidays adapter is ./dateHolidays.ts.
 */

export type HolidayCategory =
  /** Greeting days kept on the same day across much of the world: New Year, Christmas, Valentine's Day, … */
  | 'common'
  /** Civic days whose date and custom belong to a country: Thanksgiving, Mother's Day, Father's Day. */
  | 'civic'
  /** The client's own country's national day. */
  | 'national'
  /** Easter: greeted wherever Christians live. */
  | 'christian'
  /** Christian feasts that are public holidays only in some countries or regions: Epiphany, Corpus Christi, … */
  | 'christian-regional'
  | 'orthodox'
  | 'jewish'
  | 'islamic'
  | 'hindu'
  | 'east-asian'
  /** A holiday only one country's data has, under a country-scoped id (`us:memorial-day`). */
  | 'local';

/**
 * Where a holiday from the user's DEFAULT list is greeted (a holiday chosen on the client itself
 * is always greeted):
 * - 'anywhere': religious and cultural days people keep wherever they live (Christmas, Hanukkah,
 *   Diwali, Eid, Lunar New Year, Easter, New Year, …): a default Christmas reaches a client in Japan.
 * - 'where-observed': national, civic and regional days (the national day, Thanksgiving, Mother's
 *   and Father's Day, Epiphany or Corpus Christi as public holidays, country-scoped ids): only for
 *   clients whose country/region has the day in its holiday data. A default Thanksgiving plans no
 *   card for clients in Germany, France or Japan, and Bavaria's Epiphany none for Hamburg.
 */
export type HolidayScope = 'anywhere' | 'where-observed';

export const HOLIDAY_SCOPE_BY_CATEGORY: Readonly<Record<HolidayCategory, HolidayScope>> = {
  common: 'anywhere',
  civic: 'where-observed',
  national: 'where-observed',
  christian: 'anywhere',
  'christian-regional': 'where-observed',
  orthodox: 'anywhere',
  jewish: 'anywhere',
  islamic: 'anywhere',
  hindu: 'anywhere',
  'east-asian': 'anywhere',
  local: 'where-observed',
};

/** Where a holiday's date comes from when the client's country/region does not have it. */
export type HolidayFallback =
  /** A date-holidays rule, evaluated without a country (e.g. '25 Kislev', 'chinese 01-0-01'). */
  | { kind: 'rule'; rule: string; note: string }
  /** The first of these countries whose data has a date that year. */
  | { kind: 'countries'; countries: readonly string[]; note: string };

export interface HolidayDefinition {
  id: string;
  /** English display name, used in titles ("Christmas greeting") and the UI. */
  name: string;
  category: HolidayCategory;
  /**
   * Normalised date-holidays rules that are this holiday, best first: when a country has several
   * (Christmas on Dec 25 and the Julian Jan 7), the earlier rule in this list wins.
   * Absent: any rule, the name decides (Mother's Day has a dozen rules worldwide).
   */
  rules?: readonly string[];
  /** The English name in date-holidays must match too (Dec 25 is "Constitution Day" in Taiwan). */
  names: RegExp;
  /**
   * The holiday follows a lunar calendar, so a plain fixed-date rule for it ("11-08", the same
   * day every year) is wrong data and is not used: Sri Lanka's data has Deepavali on Nov 8 every
   * year. Year-by-year data ("11-01 since 2020 prior to 2050" with dates enabled per year) is fine.
   */
  movable?: boolean;
  fallback?: HolidayFallback;
  /**
   * A better fallback for clients in these countries, when only some of the country's regions
   * have the holiday: Canada's Thanksgiving is in its provinces' data, not the national data.
   */
  fallbackByCountry?: Readonly<Record<string, { kind: 'rule'; rule: string; note: string }>>;
}

export const NATIONAL_DAY_ID = 'national-day';

const GREGORIAN_FIXED = 'the same day in every country';

/** Ordered for display: common greetings first. */
export const HOLIDAY_CATALOGUE: readonly HolidayDefinition[] = [
  {
    id: 'new-year',
    name: 'New Year',
    category: 'common',
    rules: ['01-01'],
    names: /new year/i,
    fallback: { kind: 'rule', rule: '01-01', note: GREGORIAN_FIXED },
  },
  {
    id: 'christmas',
    name: 'Christmas',
    category: 'common',
    // Countries that keep Christmas on the Julian calendar (Russia, Serbia, …) greet on Jan 7.
    rules: ['12-25', 'julian 12-25'],
    names: /christmas/i,
    fallback: { kind: 'rule', rule: '12-25', note: 'December 25' },
  },
  {
    id: 'christmas-eve',
    name: 'Christmas Eve',
    category: 'common',
    rules: ['12-24'],
    names: /christmas eve/i,
    fallback: { kind: 'rule', rule: '12-24', note: 'December 24' },
  },
  {
    id: 'new-years-eve',
    name: "New Year's Eve",
    category: 'common',
    rules: ['12-31'],
    names: /new year.?s eve/i,
    fallback: { kind: 'rule', rule: '12-31', note: 'December 31' },
  },
  {
    id: 'valentines-day',
    name: "Valentine's Day",
    category: 'common',
    rules: ['02-14'],
    names: /valentine/i,
    fallback: { kind: 'rule', rule: '02-14', note: 'February 14' },
  },
  {
    id: 'mothers-day',
    name: "Mother's Day",
    category: 'civic',
    names: /^(mother.?s day|mothering sunday)$/i,
    fallback: { kind: 'rule', rule: '2nd sunday in May', note: 'second Sunday in May, as in the US' },
  },
  {
    id: 'fathers-day',
    name: "Father's Day",
    category: 'civic',
    names: /^(father.?s day|vätertag)$/i,
    fallback: { kind: 'rule', rule: '3rd sunday in June', note: 'third Sunday in June, as in the US' },
  },
  {
    id: 'thanksgiving',
    name: 'Thanksgiving',
    category: 'civic',
    // US: 4th Thursday of November; Canadian provinces: 2nd Monday of October; Liberia, …
    names: /^thanksgiving( day)?$/i,
    fallback: {
      kind: 'rule',
      rule: '4th thursday in November',
      note: 'fourth Thursday in November, as in the US',
    },
    fallbackByCountry: {
      CA: { kind: 'rule', rule: '2nd monday in October', note: 'second Monday in October' },
    },
  },
  {
    id: 'womens-day',
    name: "International Women's Day",
    category: 'common',
    rules: ['03-08'],
    names: /wom[ae]n|mujer/i,
    fallback: { kind: 'rule', rule: '03-08', note: 'March 8' },
  },
  {
    id: 'halloween',
    name: 'Halloween',
    category: 'common',
    rules: ['10-31'],
    names: /halloween/i,
    fallback: { kind: 'rule', rule: '10-31', note: 'October 31' },
  },
  // The national day has no fallback: it is the client's own country's day, or none.
  { id: NATIONAL_DAY_ID, name: 'National day', category: 'national', names: /(?!)/ },
  {
    id: 'easter',
    name: 'Easter',
    category: 'christian',
    // Orthodox countries (Greece, Romania, …) name their Easter "Easter Sunday" too.
    rules: ['easter', 'orthodox'],
    names: /easter/i,
    fallback: { kind: 'rule', rule: 'easter', note: 'Western Easter Sunday' },
  },
  {
    id: 'epiphany',
    name: 'Epiphany',
    category: 'christian-regional',
    rules: ['01-06'],
    names: /epiphany|three kings|theophany/i,
    fallback: { kind: 'rule', rule: '01-06', note: 'January 6' },
  },
  {
    id: 'pentecost',
    name: 'Pentecost',
    category: 'christian-regional',
    rules: ['easter 49', 'orthodox 49'],
    names: /pentecost|whit ?sunday/i,
    fallback: { kind: 'rule', rule: 'easter 49', note: '49 days after Western Easter' },
  },
  {
    id: 'corpus-christi',
    name: 'Corpus Christi',
    category: 'christian-regional',
    rules: ['easter 60'],
    names: /corpus christi/i,
    fallback: { kind: 'rule', rule: 'easter 60', note: '60 days after Western Easter' },
  },
  {
    id: 'assumption',
    name: 'Assumption Day',
    category: 'christian-regional',
    rules: ['08-15'],
    names: /assumption|dormition/i,
    fallback: { kind: 'rule', rule: '08-15', note: 'August 15' },
  },
  {
    id: 'all-saints',
    name: "All Saints' Day",
    category: 'christian-regional',
    rules: ['11-01'],
    names: /all saints/i,
    fallback: { kind: 'rule', rule: '11-01', note: 'November 1' },
  },
  {
    id: 'reformation-day',
    name: 'Reformation Day',
    category: 'christian-regional',
    rules: ['10-31'],
    names: /reformation/i,
    fallback: { kind: 'rule', rule: '10-31', note: 'October 31' },
  },
  {
    id: 'orthodox-christmas',
    name: 'Orthodox Christmas',
    category: 'orthodox',
    rules: ['julian 12-25'],
    names: /christmas/i,
    fallback: { kind: 'rule', rule: 'julian 12-25', note: 'December 25 of the Julian calendar (January 7)' },
  },
  {
    id: 'orthodox-easter',
    name: 'Orthodox Easter',
    category: 'orthodox',
    rules: ['orthodox'],
    names: /easter/i,
    fallback: { kind: 'rule', rule: 'orthodox', note: 'Orthodox Easter Sunday' },
  },
  {
    id: 'rosh-hashanah',
    name: 'Rosh Hashanah',
    category: 'jewish',
    rules: ['1 tishrei'],
    names: /rosh hashanah/i,
    fallback: { kind: 'rule', rule: '1 Tishrei', note: 'Hebrew calendar, 1 Tishrei' },
  },
  {
    id: 'passover',
    name: 'Passover',
    category: 'jewish',
    rules: ['15 nisan'],
    names: /passover|pesach/i,
    fallback: { kind: 'rule', rule: '15 Nisan', note: 'Hebrew calendar, 15 Nisan' },
  },
  {
    id: 'hanukkah',
    name: 'Hanukkah',
    category: 'jewish',
    rules: ['25 kislev'],
    names: /hanukk?ah|chanukk?ah/i,
    fallback: { kind: 'rule', rule: '25 Kislev', note: 'Hebrew calendar, 25 Kislev (first day)' },
  },
  {
    id: 'ramadan',
    name: 'Start of Ramadan',
    category: 'islamic',
    rules: ['1 ramadan'],
    names: /ramadan|ramazan/i,
    fallback: { kind: 'rule', rule: '1 Ramadan', note: 'Hijri calendar, 1 Ramadan' },
  },
  {
    id: 'eid-al-fitr',
    name: 'Eid al-Fitr',
    category: 'islamic',
    // Saudi Arabia's data starts the holiday on 30 Ramadan.
    rules: ['1 shawwal', '30 ramadan'],
    names: /fitr|fetr|ramadan|ramazan|hari raya|lebaran/i,
    fallback: { kind: 'rule', rule: '1 Shawwal', note: 'Hijri calendar, 1 Shawwal' },
  },
  {
    id: 'eid-al-adha',
    name: 'Eid al-Adha',
    category: 'islamic',
    rules: ['10 dhu al-hijjah', '9 dhu al-hijjah'],
    names: /adha|sacrifice|kurban|qurban|haji|hajj/i,
    fallback: { kind: 'rule', rule: '10 Dhu al-Hijjah', note: 'Hijri calendar, 10 Dhu al-Hijjah' },
  },
  {
    id: 'islamic-new-year',
    name: 'Islamic New Year',
    category: 'islamic',
    rules: ['1 muharram'],
    names: /new year|hijri|muharram|ashura/i,
    fallback: { kind: 'rule', rule: '1 Muharram', note: 'Hijri calendar, 1 Muharram' },
  },
  {
    id: 'diwali',
    name: 'Diwali',
    category: 'hindu',
    // date-holidays has no Hindu calendar: only yearly dates in some countries' data. Mauritius
    // lists 2020–2050 (matching India's Lakshmi Puja dates); Trinidad and Tobago and Singapore
    // list fewer years.
    names: /diwali|divali|deepavali/i,
    movable: true,
    fallback: {
      kind: 'countries',
      countries: ['MU', 'TT', 'SG'],
      note: "the dates in Mauritius' holiday data (2020–2050), else Trinidad and Tobago, Singapore",
    },
  },
  {
    id: 'lunar-new-year',
    name: 'Lunar New Year',
    category: 'east-asian',
    rules: ['chinese 01-0-01', 'korean 01-0-01', 'vietnamese 1-0-1'],
    names: /new year|spring festival|seollal|tết|tet\b/i,
    fallback: {
      kind: 'rule',
      rule: 'chinese 01-0-01',
      note: 'Chinese calendar, first day of the first month',
    },
  },
  {
    id: 'mid-autumn',
    name: 'Mid-Autumn Festival',
    category: 'east-asian',
    rules: ['chinese 08-0-15', 'vietnamese 8-0-15'],
    names: /mid-?autumn/i,
    fallback: { kind: 'rule', rule: 'chinese 08-0-15', note: 'Chinese calendar, 15th day of the 8th month' },
  },
];

const BY_ID = new Map(HOLIDAY_CATALOGUE.map((d) => [d.id, d]));

export function holidayDefinition(id: string): HolidayDefinition | undefined {
  return BY_ID.get(id);
}

/** Where a holiday id on the user's default list is greeted; country-scoped and unknown ids: where observed. */
export function holidayScope(id: string): HolidayScope {
  const def = BY_ID.get(id);
  return def ? HOLIDAY_SCOPE_BY_CATEGORY[def.category] : 'where-observed';
}

/**
 * A rule reduced to the part that names the day: conditions, durations, times and validity
 * ranges dropped. "1 Shawwal P3D" → "1 shawwal"; "12-25 and if saturday then next monday" →
 * "12-25"; "chinese 01-0-01 not on Sunday" → "chinese 01-0-01"; "09-30 since 2021" → "09-30".
 */
export function normaliseRule(rule: string): string {
  let r = rule.toLowerCase().trim();
  if (r.startsWith('substitutes ')) r = r.slice('substitutes '.length);
  for (const cut of [
    ' and if ',
    ' if ',
    ' not on ',
    ' since ',
    ' prior to ',
    ' in even years',
    ' in odd years',
    ' #',
  ]) {
    const i = r.indexOf(cut);
    if (i >= 0) r = r.slice(0, i);
  }
  return r
    .replace(/\s+p(?:\d+d)?(?:t[\dhms]*)?$/, '') // durations: P2D, PT90H, P3DT0H0M
    .replace(/\s+\d{2}:\d{2}$/, '') // start times: "easter -3 14:00"
    .replace(/\s+/g, ' ')
    .trim();
}

/** The catalogue id (other than national-day) of a date-holidays holiday, with its rank among the id's rules. */
export function catalogueIdOf(rule: string, englishName: string): { id: string; rank: number } | undefined {
  const nr = normaliseRule(rule);
  for (const def of HOLIDAY_CATALOGUE) {
    if (def.id === NATIONAL_DAY_ID) continue;
    let rank = 0;
    if (def.rules) {
      rank = def.rules.indexOf(nr);
      if (rank < 0) continue;
    }
    if (!def.names.test(englishName)) continue;
    if (def.movable && /^\d\d-\d\d$/.test(rule.trim())) continue;
    return { id: def.id, rank };
  }
  return undefined;
}

/**
 * Countries whose national day is not named generically in date-holidays, keyed to its rule
 * (Canada Day, Australia Day, Waitangi Day, Russia Day, King's Day, …). Checked before the
 * generic names below.
 */
export const NATIONAL_DAY_OVERRIDES: Readonly<Record<string, { rule?: string; name?: RegExp }>> = {
  AT: { rule: '10-26' },
  AU: { rule: '01-26' },
  BE: { rule: '07-21' },
  BR: { rule: '09-07' },
  CA: { rule: '07-01' },
  CH: { rule: '08-01' },
  CZ: { rule: '10-28' },
  DE: { rule: '10-03' },
  DK: { rule: '06-05' },
  ES: { rule: '10-12' },
  FR: { rule: '07-14' },
  IE: { rule: '03-17' },
  IL: { name: /^independence day/i },
  IN: { rule: '08-15' },
  IT: { rule: '06-02' },
  JP: { rule: '02-11' },
  KR: { rule: '10-03' },
  MX: { rule: '09-16' },
  NL: { rule: '04-27' },
  NO: { rule: '05-17' },
  NZ: { rule: '02-06' },
  PL: { rule: '11-11' },
  PT: { rule: '06-10' },
  RU: { rule: '06-12' },
  TR: { rule: '10-29' },
  US: { rule: '07-04' },
};

/** Generic national-day names, best first; only public holidays qualify. */
export const NATIONAL_DAY_NAMES: readonly RegExp[] = [
  /^(?:[\p{L}']+ )?national (?:day|holiday)(?: \/ .*)?$/iu,
  /^independence day$/i,
  /^bastille day$/i,
  /^king.?s day$/i,
  /^republic day$/i,
];

/**
 * The rank of a holiday as the national day of `country` (lower is better), or undefined if it is
 * not one. Overrides first, then the generic names.
 */
export function nationalDayRank(
  country: string,
  rule: string,
  englishName: string,
  type: string,
): number | undefined {
  const o = NATIONAL_DAY_OVERRIDES[country];
  if (o) {
    if (o.rule !== undefined && normaliseRule(rule) === o.rule) return 0;
    if (o.name?.test(englishName)) return 0;
  }
  if (type !== 'public') return undefined;
  const i = NATIONAL_DAY_NAMES.findIndex((re) => re.test(englishName));
  return i < 0 ? undefined : i + 1;
}

/** "St. Nicholas' Eve" → "st-nicholas-eve". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id of a holiday that only one country's data knows: `us:memorial-day`. */
export function countryHolidayId(country: string, englishName: string): string {
  return `${country.toLowerCase()}:${slugify(englishName)}`;
}

/** `{ country: 'US', slug: 'memorial-day' }` for a country-scoped id. */
export function parseCountryHolidayId(id: string): { country: string; slug: string } | undefined {
  const m = /^([a-z]{2}):(.+)$/.exec(id);
  return m?.[1] && m[2] ? { country: m[1].toUpperCase(), slug: m[2] } : undefined;
}

/** True for ids the planner can try to resolve: catalogue ids and country-scoped ids. */
export function isHolidayId(id: string): boolean {
  return BY_ID.has(id) || parseCountryHolidayId(id) !== undefined;
}

/**
 * An English name for any holiday id, without loading date-holidays: the catalogue name, or for
 * a country-scoped id its words ("us:memorial-day" → "Memorial day (US)"). Use holidayChoices()
 * for the exact local names.
 */
export function holidayLabel(id: string): string {
  const def = BY_ID.get(id);
  if (def) return def.name;
  const scoped = parseCountryHolidayId(id);
  if (!scoped) return id;
  const words = scoped.slug.replace(/-/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${scoped.country})`;
}

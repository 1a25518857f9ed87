/**
 * Holiday ids against the real date-holidays data. The expected dates are facts checked against
 * calendars (or computed here independently, like the 4th Thursday of November), never read
 * back from the code under test. Runs under TZ=America/New_York and TZ=Pacific/Auckland: the
 * dates must not move with the machine's zone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  HOLIDAY_CATALOGUE,
  catalogueIdOf,
  holidayLabel,
  isHolidayId,
  normaliseRule,
  parseCountryHolidayId,
} from '../../../shared/planning/holidayCatalogue';
import { createDateHolidaysProvider, holidayChoices } from '../../../shared/planning/dateHolidays';
import type { HolidayPlace, HolidaysProvider } from '../../../shared/planning/holidaysProvider';

let provider: HolidaysProvider;
beforeAll(() => {
  provider = createDateHolidaysProvider();
});

function dateOf(id: string, place: HolidayPlace, year: number): string | undefined {
  const r = provider.lookup(id, place, year);
  return r.ok ? r.occurrence.date : undefined;
}

function occurrence(id: string, place: HolidayPlace, year: number) {
  const r = provider.lookup(id, place, year);
  if (!r.ok) throw new Error(`${id} ${JSON.stringify(place)} ${year}: ${r.message}`);
  return r.occurrence;
}

/** The 4th Thursday of November, computed from the weekday of Nov 1 (independent of date-holidays). */
function fourthThursdayOfNovember(year: number): string {
  const weekdayNov1 = new Date(Date.UTC(year, 10, 1)).getUTCDay(); // 0 = Sunday
  const firstThursday = 1 + ((4 - weekdayNov1 + 7) % 7);
  return `${year}-11-${String(firstThursday + 21).padStart(2, '0')}`;
}

describe('rules are normalised to the part that names the day', () => {
  it('drops conditions, durations, times and validity ranges', () => {
    expect(normaliseRule('1 Shawwal P3D')).toBe('1 shawwal');
    expect(normaliseRule('1 Shawwal P3DT0H0M')).toBe('1 shawwal');
    expect(normaliseRule('1 Shawwal PT90H')).toBe('1 shawwal');
    expect(normaliseRule('12-25 and if saturday then next monday if sunday then next tuesday')).toBe('12-25');
    expect(normaliseRule('01-26 if saturday,sunday then next monday')).toBe('01-26');
    expect(normaliseRule('chinese 01-0-01 not on Sunday')).toBe('chinese 01-0-01');
    expect(normaliseRule('09-30 since 2021')).toBe('09-30');
    expect(normaliseRule('substitutes 12-26 if saturday then next monday')).toBe('12-26');
    expect(normaliseRule('easter -3 14:00')).toBe('easter -3');
    expect(normaliseRule('4th thursday in November')).toBe('4th thursday in november');
  });

  it('needs the rule and the name to agree: Dec 25 in Taiwan is Constitution Day, not Christmas', () => {
    expect(catalogueIdOf('12-25', 'Christmas Day')?.id).toBe('christmas');
    expect(catalogueIdOf('12-25', 'Constitution Day')).toBeUndefined();
    expect(catalogueIdOf('08-15', 'Independence Day')).toBeUndefined();
    expect(catalogueIdOf('08-15', 'Assumption')?.id).toBe('assumption');
    expect(catalogueIdOf('julian 12-25', 'Christmas Day')).toEqual({ id: 'christmas', rank: 1 });
    expect(catalogueIdOf('11-01 since 2020 prior to 2050', 'Divali')?.id).toBe('diwali');
    expect(catalogueIdOf('2nd monday after 10-01', 'Thanksgiving')?.id).toBe('thanksgiving');
    expect(catalogueIdOf('11-23', 'Labor Thanksgiving Day')).toBeUndefined();
  });

  it('names ids without loading date-holidays', () => {
    expect(holidayLabel('lunar-new-year')).toBe('Lunar New Year');
    expect(holidayLabel('us:memorial-day')).toBe('Memorial day (US)');
    expect(parseCountryHolidayId('nl:st-nicholas-eve')).toEqual({ country: 'NL', slug: 'st-nicholas-eve' });
    expect(isHolidayId('christmas')).toBe(true);
    expect(isHolidayId('xmas')).toBe(false);
  });
});

describe('holidays that move', () => {
  it('Easter (Western): Apr 5 2026, Mar 28 2027, Apr 16 2028, Apr 1 2029, Apr 21 2030', () => {
    const us = { country: 'US' };
    expect([2026, 2027, 2028, 2029, 2030].map((y) => dateOf('easter', us, y))).toEqual([
      '2026-04-05',
      '2027-03-28',
      '2028-04-16',
      '2029-04-01',
      '2030-04-21',
    ]);
  });

  it('Easter in Greece is the Orthodox one (May 2, 2027), and Orthodox Easter is choosable anywhere', () => {
    expect(occurrence('easter', { country: 'GR' }, 2027)).toMatchObject({ date: '2027-05-02', local: true });
    expect(occurrence('orthodox-easter', { country: 'US' }, 2027)).toMatchObject({
      date: '2027-05-02',
      local: false,
    });
  });

  it('US Thanksgiving is the 4th Thursday of November, every year 2024–2035', () => {
    for (let y = 2024; y <= 2035; y++) {
      expect(occurrence('thanksgiving', { country: 'US' }, y)).toMatchObject({
        date: fourthThursdayOfNovember(y),
        local: true,
      });
    }
  });

  it('Canadian Thanksgiving is the 2nd Monday of October, also for a client without a province', () => {
    expect(occurrence('thanksgiving', { country: 'CA', region: 'ON' }, 2027)).toMatchObject({
      date: '2027-10-11',
      local: true,
    });
    // Canada's national data lacks it (only provinces have it): not the US date.
    expect(occurrence('thanksgiving', { country: 'CA' }, 2027)).toMatchObject({
      date: '2027-10-11',
      local: false,
    });
  });

  it('Lunar New Year: Feb 17 2026, Feb 6 2027, Jan 26 2028, Feb 13 2029, Feb 3 2030', () => {
    const none = {};
    expect([2026, 2027, 2028, 2029, 2030].map((y) => dateOf('lunar-new-year', none, y))).toEqual([
      '2026-02-17',
      '2027-02-06',
      '2028-01-26',
      '2029-02-13',
      '2030-02-03',
    ]);
    expect(occurrence('lunar-new-year', { country: 'SG' }, 2027)).toMatchObject({
      date: '2027-02-06',
      local: true,
    });
    expect(occurrence('lunar-new-year', { country: 'VN' }, 2027)).toMatchObject({
      date: '2027-02-06',
      local: true,
    });
  });
});

describe('religious and cultural holidays a country lacks', () => {
  it('Hanukkah: only Israel has it (type "school"); elsewhere the Hebrew-calendar rule gives 25 Kislev', () => {
    expect(occurrence('hanukkah', { country: 'IL' }, 2026)).toMatchObject({
      date: '2026-12-05',
      local: true,
    });
    const us = occurrence('hanukkah', { country: 'US' }, 2026);
    expect(us).toMatchObject({ date: '2026-12-05', local: false, source: 'rule', name: 'Hanukkah' });
    expect(dateOf('hanukkah', { country: 'DE' }, 2027)).toBe('2027-12-25');
    expect(dateOf('hanukkah', {}, 2025)).toBe('2025-12-15');
  });

  it('Diwali: no Hindu calendar in date-holidays, so the dates come from Mauritius (2020–2050)', () => {
    // India's own data in date-holidays 3.37 has no Diwali at all.
    expect(occurrence('diwali', { country: 'IN' }, 2026)).toMatchObject({
      date: '2026-11-08',
      local: false,
      source: 'MU',
    });
    expect(occurrence('diwali', { country: 'US' }, 2027)).toMatchObject({ date: '2027-10-29', source: 'MU' });
    expect(occurrence('diwali', { country: 'SG' }, 2026)).toMatchObject({ date: '2026-11-08', local: true });
    // Sri Lanka's data has Deepavali on Nov 8 every year: wrong for a lunar festival, not used.
    expect(occurrence('diwali', { country: 'LK' }, 2027)).toMatchObject({ date: '2027-10-29', source: 'MU' });
    // After the data ends there is no date, said out loud rather than silently.
    const after = provider.lookup('diwali', { country: 'US' }, 2051);
    expect(after).toMatchObject({ ok: false, reason: 'no-date' });
  });

  it('Eid al-Fitr and Eid al-Adha from the Hijri calendar where the country lacks them', () => {
    expect(occurrence('eid-al-fitr', { country: 'TR' }, 2026)).toMatchObject({
      date: '2026-03-20',
      local: true,
    });
    expect(occurrence('eid-al-fitr', { country: 'GB' }, 2026)).toMatchObject({
      date: '2026-03-20',
      local: false,
    });
    expect(occurrence('eid-al-fitr', { country: 'GB' }, 2027).date).toMatch(/^2027-03-(09|10)$/);
    expect(occurrence('eid-al-adha', { country: 'FR' }, 2026)).toMatchObject({
      date: '2026-05-27',
      local: false,
    });
  });

  it('Christmas follows the country: Jan 7 in Russia (Julian), Dec 25 elsewhere', () => {
    expect(occurrence('christmas', { country: 'RU' }, 2027)).toMatchObject({
      date: '2027-01-07',
      local: true,
    });
    expect(occurrence('christmas', { country: 'US' }, 2027)).toMatchObject({
      date: '2027-12-25',
      local: true,
    });
    expect(occurrence('christmas', { country: 'CN' }, 2027)).toMatchObject({
      date: '2027-12-25',
      local: false,
    });
    expect(occurrence('orthodox-christmas', { country: 'US' }, 2027)).toMatchObject({ date: '2027-01-07' });
  });

  it('every world holiday has a date 2026–2030 for a client without a country', () => {
    for (const def of HOLIDAY_CATALOGUE) {
      if (!def.fallback) continue;
      for (let y = 2026; y <= 2030; y++) {
        const r = provider.lookup(def.id, {}, y);
        expect(r.ok, `${def.id} ${y}`).toBe(true);
        if (r.ok) expect(r.occurrence.date.startsWith(`${y}-`)).toBe(true);
      }
    }
  });
});

describe('a region with its own holidays: Bavaria vs Hamburg', () => {
  it('Epiphany and Corpus Christi are Bavarian holidays, not Hamburg ones; chosen anyway, Hamburg still gets the date', () => {
    expect(occurrence('epiphany', { country: 'DE', region: 'BY' }, 2027)).toMatchObject({
      date: '2027-01-06',
      local: true,
      source: 'DE-BY',
    });
    expect(occurrence('epiphany', { country: 'DE', region: 'HH' }, 2027)).toMatchObject({
      date: '2027-01-06',
      local: false,
      source: 'rule',
    });
    expect(occurrence('corpus-christi', { country: 'DE', region: 'BY' }, 2026)).toMatchObject({
      date: '2026-06-04',
      local: true,
    });
    expect(occurrence('corpus-christi', { country: 'DE', region: 'HH' }, 2026)).toMatchObject({
      local: false,
    });
    // And the other way round: Reformation Day is Hamburg's, not Bavaria's.
    expect(occurrence('reformation-day', { country: 'DE', region: 'HH' }, 2026).local).toBe(true);
    expect(occurrence('reformation-day', { country: 'DE', region: 'BY' }, 2026).local).toBe(false);
  });

  it('the choices list says which are local there', () => {
    const by = new Map(holidayChoices('DE', 'BY', 2026).map((c) => [c.id, c]));
    const hh = new Map(holidayChoices('DE', 'HH', 2026).map((c) => [c.id, c]));
    expect(by.get('epiphany')).toMatchObject({ local: true, localName: 'Epiphany', type: 'public' });
    expect(hh.get('epiphany')).toMatchObject({ local: false, fallbackNote: 'January 6' });
    expect(by.get('corpus-christi')?.local).toBe(true);
    expect(hh.get('corpus-christi')?.local).toBe(false);
    expect(hh.get('reformation-day')?.local).toBe(true);
    expect(by.get('reformation-day')?.local).toBe(false);
    // Offered once, not again as 'de:reformation-day' from the one-off 2017 rule.
    expect(hh.has('de:reformation-day')).toBe(false);
    expect(by.has('de:reformation-day')).toBe(false);
    // Holidays only Bavaria or only Hamburg has, offered under the country-scoped id.
    expect(by.get('de:assumption')).toBeUndefined(); // a catalogue id covers it
    expect(hh.get('de:day-of-prayer-and-repentance')).toMatchObject({ local: true, category: 'local' });
    // A region date-holidays does not know falls back to the country.
    expect(occurrence('christmas', { country: 'DE', region: 'ZZ' }, 2026)).toMatchObject({
      source: 'DE',
      local: true,
    });
  });
});

describe('national day', () => {
  it("is the country's own day where the data marks one", () => {
    const cases: [string, string, string][] = [
      ['US', '2027-07-04', 'Independence Day'],
      ['FR', '2027-07-14', 'Bastille Day'],
      ['CA', '2027-07-01', 'Canada Day'],
      ['AU', '2027-01-26', 'Australia Day'],
      ['DE', '2027-10-03', 'National Holiday'],
      ['CN', '2027-10-01', 'National Day'],
      ['SG', '2027-08-09', 'National Day'],
      ['IN', '2027-08-15', 'Independence Day'],
      ['JP', '2027-02-11', 'Foundation Day'],
      ['NL', '2027-04-27', "King's Day"],
    ];
    for (const [country, date, name] of cases) {
      expect(occurrence('national-day', { country }, 2027), country).toMatchObject({
        date,
        name,
        local: true,
      });
    }
  });

  it('is named in English: "National day" where date-holidays has only local names (Switzerland, Spain)', () => {
    expect(occurrence('national-day', { country: 'CH', region: 'ZH' }, 2027)).toMatchObject({
      date: '2027-08-01',
      name: 'National day',
      local: true,
    });
    expect(occurrence('national-day', { country: 'ES' }, 2027)).toMatchObject({
      date: '2027-10-12',
      name: 'National day',
    });
    const ch = holidayChoices('CH', 'ZH', 2026).find((c) => c.id === 'national-day');
    expect(ch).toMatchObject({ name: 'National day (Bundesfeiertag)', localName: 'Bundesfeiertag' });
  });

  it('is missing, with a reason, for the UK and for a client without a country', () => {
    expect(provider.lookup('national-day', { country: 'GB' }, 2027)).toMatchObject({
      ok: false,
      reason: 'not-in-place',
      message: 'United Kingdom has no national day in the holiday data',
    });
    expect(provider.lookup('national-day', {}, 2027)).toMatchObject({ ok: false, reason: 'not-in-place' });
    expect(holidayChoices('GB', undefined, 2026).some((c) => c.id === 'national-day')).toBe(false);
    expect(holidayChoices('CA', undefined, 2026).find((c) => c.id === 'national-day')?.name).toBe(
      'Canada Day (national day)',
    );
  });
});

describe('greeting day, not the day off', () => {
  it('skips substitute days off and keeps the holiday on its own date', () => {
    // July 4, 2026 is a Saturday: the US day off is Friday July 3.
    expect(dateOf('national-day', { country: 'US' }, 2026)).toBe('2026-07-04');
    // Christmas 2027 is a Saturday: the UK day off is Monday Dec 27.
    expect(dateOf('christmas', { country: 'GB' }, 2027)).toBe('2027-12-25');
    // Australia Day 2025 fell on a Sunday and the rule moves it to Monday; the greeting stays on the 26th.
    expect(dateOf('national-day', { country: 'AU' }, 2025)).toBe('2025-01-26');
    // New Year's Day 2028 (Saturday) is observed on Friday Dec 31, 2027 in the US: not a 2027 New Year.
    expect(dateOf('new-year', { country: 'US' }, 2027)).toBe('2027-01-01');
  });
});

describe('country-scoped ids and unknown ids', () => {
  it('a holiday only one country has gets a `cc:slug` id, resolvable for clients elsewhere', () => {
    const choices = holidayChoices('US', undefined, 2026);
    expect(choices.find((c) => c.id === 'us:memorial-day')).toMatchObject({ local: true, category: 'local' });
    expect(occurrence('us:memorial-day', { country: 'US' }, 2026)).toMatchObject({
      date: '2026-05-25',
      local: true,
    });
    expect(occurrence('us:memorial-day', { country: 'DE' }, 2026)).toMatchObject({
      date: '2026-05-25',
      local: false,
      source: 'US',
    });
  });

  it('an unknown id is reported, not ignored', () => {
    expect(provider.lookup('xmas', { country: 'US' }, 2026)).toMatchObject({
      ok: false,
      reason: 'unknown-id',
    });
  });
});

describe('holiday choices', () => {
  it('offers no holiday that is over: past Israeli election days are not choices', () => {
    const il = holidayChoices('IL', undefined, 2026).map((c) => c.id);
    expect(il).not.toContain('il:election-day');
    expect(il).toContain('hanukkah');
  });

  it('lists each id once, local ones first, and every local choice resolves as local', () => {
    const places: HolidayPlace[] = [
      { country: 'US' },
      { country: 'DE', region: 'BY' },
      { country: 'GB' },
      { country: 'FR' },
      { country: 'CA', region: 'ON' },
      { country: 'IL' },
      { country: 'SG' },
      { country: 'JP' },
      { country: 'BR' },
    ];
    for (const place of places) {
      const list = holidayChoices(place.country, place.region, 2026);
      const ids = list.map((c) => c.id);
      expect(new Set(ids).size, JSON.stringify(place)).toBe(ids.length);
      const firstWorld = list.findIndex((c) => !c.local);
      expect(list.slice(firstWorld).every((c) => !c.local)).toBe(true);
      for (const c of list.filter((x) => x.local)) {
        const local = [2026, 2027, 2028].some((y) => {
          const r = provider.lookup(c.id, place, y);
          return r.ok && r.occurrence.local;
        });
        expect(local, `${c.id} in ${JSON.stringify(place)}`).toBe(true);
      }
    }
  });

  it('catalogue ids carry their English catalogue name; local names without English stay as they are', () => {
    const list = holidayChoices('DE', 'BY', 2026);
    for (const c of list) {
      const def = HOLIDAY_CATALOGUE.find((d) => d.id === c.id);
      if (def && def.id !== 'national-day') expect(c.name, c.id).toBe(def.name);
    }
    // date-holidays has only German names for these: kept, under country-scoped ids.
    expect(list.find((c) => c.id === 'de:totensonntag')).toMatchObject({ name: 'Totensonntag', local: true });
    expect(list.find((c) => c.id === 'de:1-advent')).toMatchObject({ name: '1. Advent', local: true });
  });

  it('says where a default-list holiday is greeted: religious and cultural anywhere, civic ones where observed', () => {
    const scope = new Map(holidayChoices('US', undefined, 2026).map((c) => [c.id, c.scope]));
    expect(scope.get('christmas')).toBe('anywhere');
    expect(scope.get('hanukkah')).toBe('anywhere');
    expect(scope.get('diwali')).toBe('anywhere');
    expect(scope.get('eid-al-fitr')).toBe('anywhere');
    expect(scope.get('lunar-new-year')).toBe('anywhere');
    expect(scope.get('easter')).toBe('anywhere');
    expect(scope.get('thanksgiving')).toBe('where-observed');
    expect(scope.get('national-day')).toBe('where-observed');
    expect(scope.get('mothers-day')).toBe('where-observed');
    expect(scope.get('epiphany')).toBe('where-observed');
    expect(scope.get('us:memorial-day')).toBe('where-observed');
  });

  it('without a country, offers the world holidays (all with a fallback)', () => {
    const list = holidayChoices(undefined, undefined, 2026);
    expect(list.length).toBe(HOLIDAY_CATALOGUE.filter((d) => d.fallback).length);
    expect(list.every((c) => !c.local && c.fallbackNote)).toBe(true);
    expect(list.map((c) => c.id)).toEqual(
      expect.arrayContaining(['hanukkah', 'diwali', 'eid-al-fitr', 'lunar-new-year']),
    );
  });
});

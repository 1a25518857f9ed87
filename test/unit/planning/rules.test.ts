/**
 * Each plan rule on dates that break naive code. Run under TZ=America/New_York and
 * TZ=Pacific/Auckland: due days are calendar days and must not move with the machine's zone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { touchpointSchema } from '../../../shared/domain/schemas';
import { planTouchpoints, type PlanInput } from '../../../shared/planning/plan';
import { createDateHolidaysProvider } from '../../../shared/planning/dateHolidays';
import type { HolidaysProvider } from '../../../shared/planning/holidaysProvider';
import { NOW, byKey, day, fixedHolidays, keysOf, makeClient, onlyRules } from './fixtures';

let holidays: HolidaysProvider;
beforeAll(() => {
  holidays = createDateHolidaysProvider();
});

function plan(input: Partial<PlanInput> & Pick<PlanInput, 'clients' | 'rules' | 'today'>) {
  const result = planTouchpoints({ existing: [], now: NOW, holidays: fixedHolidays, ...input });
  for (const t of result.put) touchpointSchema.parse(t); // every row is storable as is
  return result;
}

describe('welcome card and check-in call', () => {
  it('plans a welcome card 1 day and a check-in call 30 days after the journey starts', () => {
    const client = makeClient('c1', { journey: { start: day('2026-11-23') } });
    const { put } = plan({
      clients: [client],
      rules: onlyRules('welcome', 'checkIn'),
      today: day('2026-11-24'),
    });
    const rows = byKey(put);
    expect(keysOf(put)).toEqual(['check-in', 'welcome']);
    expect(rows.welcome).toMatchObject({
      id: 'c1:welcome',
      clientId: 'c1',
      kind: 'welcome-card',
      channel: 'card',
      due: '2026-11-24',
      status: 'planned',
      title: 'Welcome card',
      manual: false,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(rows['check-in']).toMatchObject({
      kind: 'check-in-call',
      channel: 'call',
      due: '2026-12-23',
      title: 'Check-in call',
    });
  });

  it('a client entered late still gets them, due today (never created overdue), up to 7 days late, not older', () => {
    const rules = onlyRules('welcome', 'checkIn');
    const today = day('2026-11-24');
    const due = (start: string) =>
      byKey(plan({ clients: [makeClient('c', { journey: { start: day(start) } })], rules, today }).put);
    expect(due('2026-11-18').welcome?.due).toBe('2026-11-24'); // its day was 5 days ago: due now
    expect(due('2026-11-16').welcome?.due).toBe('2026-11-24'); // exactly 7 days late
    expect(due('2026-11-15').welcome).toBeUndefined(); // 8 days: too late for a welcome
    expect(due('2026-11-10')['check-in']?.due).toBe('2026-12-10');
    expect(due('2026-09-01')['check-in']).toBeUndefined();
  });

  it('plans nothing for prospects, and no welcome for a journey already completed', () => {
    const rules = onlyRules('welcome', 'checkIn');
    const today = day('2026-11-24');
    const prospect = makeClient('p', { journey: { status: 'prospect', start: day('2026-11-23') } });
    const completed = makeClient('d', { journey: { status: 'completed', start: day('2026-11-23') } });
    expect(plan({ clients: [prospect, completed], rules, today }).put).toEqual([]);
  });
});

describe('end of the journey', () => {
  const rules = onlyRules('endOfJourneyGift', 'testimonial');
  const today = day('2026-11-24');

  it('plans the appreciation gift on the expected end date and the testimonial request 14 days later', () => {
    const client = makeClient('c', { journey: { start: day('2026-06-01'), expectedEnd: day('2027-03-31') } });
    const rows = byKey(plan({ clients: [client], rules, today }).put);
    expect(rows['end-gift']).toMatchObject({
      kind: 'end-of-journey-gift',
      channel: 'gift',
      due: '2027-03-31',
      title: 'End-of-journey appreciation gift',
    });
    expect(rows.testimonial).toMatchObject({
      kind: 'testimonial-request',
      channel: 'email',
      due: '2027-04-14',
      title: 'Testimonial request',
    });
  });

  it('asks for the testimonial by call when the client prefers calls, by email otherwise (never a card)', () => {
    const end = { expectedEnd: day('2027-03-31') };
    const channel = (preferredChannel: 'call' | 'card' | 'email' | undefined) =>
      byKey(plan({ clients: [makeClient('c', { journey: end, preferredChannel })], rules, today }).put)
        .testimonial?.channel;
    expect(channel('call')).toBe('call');
    expect(channel('email')).toBe('email');
    expect(channel('card')).toBe('email');
    expect(channel(undefined)).toBe('email');
  });

  it('a journey with no end date gets no gift and no testimonial request', () => {
    const active = makeClient('a', { journey: { start: day('2026-06-01') } });
    const result = plan({ clients: [active], rules, today });
    expect(result.put).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('a completed journey without an end date says so, instead of silently planning nothing', () => {
    const done = makeClient('d', { journey: { status: 'completed', start: day('2026-01-10') } });
    const result = plan({ clients: [done], rules, today });
    expect(result.put).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'journey-end-missing', clientIds: ['d'] }),
    ]);
  });
});

describe('birthdays', () => {
  const rules = onlyRules('birthday');

  it('plans a card 7 days ahead, with the age the client turns', () => {
    const client = makeClient('c', { birthday: { month: 3, day: 15, year: 1986 } });
    const { put } = plan({ clients: [client], rules, today: day('2026-11-24') });
    expect(keysOf(put)).toEqual(['birthday:2027']); // 2026's has passed, 2028's is past the horizon
    expect(put[0]).toMatchObject({
      kind: 'birthday-greeting',
      channel: 'card',
      due: '2027-03-08',
      title: 'Birthday card — turns 41 on Mar 15',
      details: { age: '41', years: '41', eventDate: '2027-03-15', dateText: 'March 15' },
    });
  });

  it('Feb 29 birthdays fall on Feb 28 in common years and on Feb 29 in leap years', () => {
    const client = makeClient('leap', { birthday: { month: 2, day: 29, year: 1988 } });
    const wide = { ...rules, horizonMonths: 24 };
    const rows = byKey(plan({ clients: [client], rules: wide, today: day('2026-11-24') }).put);
    expect(rows['birthday:2027']).toMatchObject({
      due: '2027-02-21',
      title: 'Birthday card — turns 39 on Feb 28',
      details: expect.objectContaining({ eventDate: '2027-02-28' }),
    });
    expect(rows['birthday:2028']).toMatchObject({
      due: '2028-02-22',
      title: 'Birthday card — turns 40 on Feb 29',
      details: expect.objectContaining({ eventDate: '2028-02-29' }),
    });
  });

  it('works without a birth year: no age in the title or the details, the day still named', () => {
    const client = makeClient('c', { birthday: { month: 2, day: 29 } });
    const { put } = plan({ clients: [client], rules, today: day('2026-11-24') });
    expect(put).toHaveLength(1);
    expect(put[0]).toMatchObject({
      planKey: 'birthday:2027',
      due: '2027-02-21',
      title: 'Birthday card — Feb 28',
    });
    expect(put[0]?.details).toEqual({ eventDate: '2027-02-28', dateText: 'February 28' });
  });

  it('wraps December → January: today Dec 20, birthday Jan 3 → due Dec 27', () => {
    const client = makeClient('c', { birthday: { month: 1, day: 3, year: 1990 } });
    const { put } = plan({ clients: [client], rules, today: day('2026-12-20') });
    expect(put.map((t) => [t.planKey, t.due, t.title])).toEqual([
      ['birthday:2027', '2026-12-27', 'Birthday card — turns 37 on Jan 3'],
    ]);
  });

  it('a birthday in 4 days (its lead day passed) is due today, not overdue; one yesterday waits for next year', () => {
    const today = day('2026-12-20');
    const soon = makeClient('soon', { birthday: { month: 12, day: 24 } });
    const onTheDay = makeClient('today', { birthday: { month: 12, day: 20 } });
    const past = makeClient('past', { birthday: { month: 12, day: 19 } });
    const { put } = plan({ clients: [soon, onTheDay, past], rules, today });
    expect(put.map((t) => `${t.clientId} ${t.planKey} ${t.due}`).sort()).toEqual([
      'past birthday:2027 2027-12-12',
      'soon birthday:2026 2026-12-20',
      'soon birthday:2027 2027-12-17',
      'today birthday:2026 2026-12-20',
      'today birthday:2027 2027-12-13',
    ]);
  });

  it('counts lead days by calendar day across daylight-saving changes', () => {
    // 2027: Europe springs forward on Mar 28 and falls back on Oct 31; the US on Mar 14 and
    // Nov 7; New Zealand falls back on Apr 4 and springs forward on Sep 26.
    const clients = [
      makeClient('eu-spring', { birthday: { month: 4, day: 2 } }),
      makeClient('eu-fall', { birthday: { month: 11, day: 3 } }),
      makeClient('us-spring', { birthday: { month: 3, day: 17 } }),
      makeClient('us-fall', { birthday: { month: 11, day: 10 } }),
      makeClient('nz-fall', { birthday: { month: 4, day: 8 } }),
      makeClient('nz-spring', { birthday: { month: 9, day: 30 } }),
    ];
    const { put } = plan({ clients, rules, today: day('2027-03-01') });
    expect(Object.fromEntries(put.map((t) => [t.clientId, t.due]))).toEqual({
      'eu-spring': '2027-03-26',
      'eu-fall': '2027-10-27',
      'us-spring': '2027-03-10',
      'us-fall': '2027-11-03',
      'nz-fall': '2027-04-01',
      'nz-spring': '2027-09-23',
    });
  });
});

describe('important dates', () => {
  it('plans each yearly, with the years since when the year is known', () => {
    const client = makeClient('c', {
      importantDates: [
        { id: 'wed', label: 'Wedding anniversary', date: { month: 6, day: 12, year: 2015 } },
        { id: 'firm', label: 'Gründung der Firma', date: { month: 1, day: 2 } },
        { id: 'new', label: 'Moved to Kyoto', date: { month: 12, day: 1, year: 2026 } },
      ],
    });
    const { put } = plan({ clients: [client], rules: onlyRules('importantDates'), today: day('2026-11-24') });
    const rows = byKey(put);
    expect(keysOf(put)).toEqual(['date:firm:2027', 'date:new:2027', 'date:wed:2027']);
    expect(rows['date:wed:2027']).toMatchObject({
      kind: 'important-date',
      channel: 'card',
      due: '2027-06-05',
      title: 'Wedding anniversary — 12 years on Jun 12',
      details: {
        dateLabel: 'Wedding anniversary',
        years: '12',
        eventDate: '2027-06-12',
        dateText: 'June 12',
      },
    });
    expect(rows['date:firm:2027']).toMatchObject({ due: '2026-12-26', title: 'Gründung der Firma — Jan 2' });
    // The date itself (this year) is not an anniversary; the first one is next year.
    expect(rows['date:new:2027']).toMatchObject({
      due: '2027-11-24',
      title: 'Moved to Kyoto — 1 year on Dec 1',
    });
  });
});

describe('holiday greetings', () => {
  const rules = onlyRules('holidays');
  const today = day('2026-11-24');

  it('Bavaria and Hamburg: chosen Epiphany and Corpus Christi are planned for both, 10 days ahead', () => {
    const chosen = ['epiphany', 'corpus-christi'];
    const by = makeClient('by', { country: 'DE', region: 'BY', holidays: chosen });
    const hh = makeClient('hh', { country: 'DE', region: 'HH', holidays: chosen });
    const { put, warnings } = plan({ clients: [by, hh], rules, today, holidays });
    expect(warnings).toEqual([]);
    const got = put.map((t) => `${t.clientId} ${t.planKey} ${t.due} ${t.title}`).sort();
    expect(got).toEqual([
      'by holiday:corpus-christi:2027 2027-05-17 Corpus Christi greeting (May 27)',
      'by holiday:epiphany:2027 2026-12-27 Epiphany greeting (Jan 6)',
      'hh holiday:corpus-christi:2027 2027-05-17 Corpus Christi greeting (May 27)',
      'hh holiday:epiphany:2027 2026-12-27 Epiphany greeting (Jan 6)',
    ]);
    expect(put.find((t) => t.id === 'by:holiday:corpus-christi:2027')?.details).toEqual({
      holidayId: 'corpus-christi',
      holidayName: 'Corpus Christi',
      eventDate: '2027-05-27',
      dateText: 'May 27',
    });
  });

  it('US Thanksgiving (4th Thursday) and a Lunar New Year chosen for a US client', () => {
    const client = makeClient('us', {
      country: 'US',
      region: 'NY',
      holidays: ['thanksgiving', 'lunar-new-year'],
    });
    const { put } = plan({ clients: [client], rules, today, holidays });
    expect(put.map((t) => `${t.planKey} ${t.due} ${t.details?.eventDate}`).sort()).toEqual([
      'holiday:lunar-new-year:2027 2027-01-27 2027-02-06',
      // This week's Thanksgiving is still ahead, its lead day passed: due today, not overdue.
      'holiday:thanksgiving:2026 2026-11-24 2026-11-26',
      'holiday:thanksgiving:2027 2027-11-15 2027-11-25',
    ]);
  });

  it("uses the user's default list unless the client has its own; an empty own list means none", () => {
    const withDefault = makeClient('d', { country: 'FR' });
    const none = makeClient('n', { country: 'FR', holidays: [] });
    const { put } = plan({ clients: [withDefault, none], rules, today, holidays });
    // Christmas 2027 and New Year 2028 are due after the horizon (2027-11-24).
    expect(put.map((t) => `${t.clientId} ${t.planKey} ${t.due}`).sort()).toEqual([
      'd holiday:christmas:2026 2026-12-15',
      'd holiday:new-year:2027 2026-12-22',
    ]);
  });

  it('Hanukkah for a client in Germany, where date-holidays has no Hanukkah', () => {
    const client = makeClient('de', { country: 'DE', holidays: ['hanukkah'] });
    const { put } = plan({ clients: [client], rules, today, holidays });
    expect(put.map((t) => `${t.planKey} ${t.due} ${t.title}`)).toEqual([
      'holiday:hanukkah:2026 2026-11-25 Hanukkah greeting (Dec 5)',
    ]);
  });

  it("a client without a country gets the user's own country (national day of the US)", () => {
    const client = makeClient('x', { holidays: ['national-day'] });
    const withHome = plan({ clients: [client], rules, today, holidays, home: { country: 'US' } });
    expect(withHome.put.map((t) => `${t.planKey} ${t.due} ${t.title}`)).toEqual([
      'holiday:national-day:2027 2027-06-24 Independence Day greeting (Jul 4)',
    ]);
  });

  it('a chosen holiday with no date for the client is reported, never silently dropped', () => {
    const uk = makeClient('uk', { country: 'GB', holidays: ['national-day', 'christmas', 'xmas'] });
    const { put, warnings } = plan({ clients: [uk], rules, today, holidays });
    expect(keysOf(put)).toEqual(['holiday:christmas:2026']);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'holiday-not-in-place',
          holidayId: 'national-day',
          clientIds: ['uk'],
          message: 'United Kingdom has no national day in the holiday data',
        }),
        expect.objectContaining({ code: 'holiday-unknown', holidayId: 'xmas', clientIds: ['uk'] }),
      ]),
    );
    expect(warnings).toHaveLength(2);
  });

  it('Diwali after the data ends (2051) is reported with the year', () => {
    const client = makeClient('in', { country: 'IN', holidays: ['diwali'] });
    const { put, warnings } = plan({ clients: [client], rules, today: day('2050-11-01'), holidays });
    expect(keysOf(put)).toEqual([]); // 2050's Diwali (Oct 15) has passed, 2051 has no date
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'holiday-no-date', holidayId: 'diwali', years: [2051] }),
    ]);
  });
});

describe('holidays from the default list apply where they make sense', () => {
  const today = day('2026-11-24');
  const rules = {
    ...onlyRules('holidays'),
    defaultHolidays: ['thanksgiving', 'national-day', 'epiphany', 'mothers-day', 'christmas', 'hanukkah'],
  };
  const greeted = (put: readonly { clientId: string; planKey?: string }[], clientId: string) =>
    [...new Set(put.filter((t) => t.clientId === clientId).map((t) => t.planKey?.split(':')[1]))].sort();

  it('civic and national days only where observed; religious and cultural ones anywhere', () => {
    const clients = [
      makeClient('ny', { country: 'US', region: 'NY' }),
      makeClient('by', { firstName: 'Jürgen', country: 'DE', region: 'BY' }),
      makeClient('hh', { country: 'DE', region: 'HH' }),
      makeClient('fr', { country: 'FR' }),
      makeClient('jp', { firstName: '花子', country: 'JP' }),
      makeClient('ca', { country: 'CA' }), // no province: Canada keeps Thanksgiving anyway
    ];
    const { put, warnings } = plan({ clients, rules, today, holidays });
    expect(greeted(put, 'ny')).toEqual([
      'christmas',
      'hanukkah',
      'mothers-day',
      'national-day',
      'thanksgiving',
    ]);
    expect(greeted(put, 'by')).toEqual(['christmas', 'epiphany', 'hanukkah', 'mothers-day', 'national-day']);
    expect(greeted(put, 'hh')).toEqual(['christmas', 'hanukkah', 'mothers-day', 'national-day']);
    expect(greeted(put, 'fr')).toEqual(['christmas', 'hanukkah', 'mothers-day', 'national-day']);
    expect(greeted(put, 'jp')).toEqual(['christmas', 'hanukkah', 'national-day']);
    expect(greeted(put, 'ca')).toEqual([
      'christmas',
      'hanukkah',
      'mothers-day',
      'national-day',
      'thanksgiving',
    ]);
    expect(put.find((t) => t.id === 'ca:holiday:thanksgiving:2027')?.details?.eventDate).toBe('2027-10-11');
    // Not greeting Thanksgiving in Germany is the rule working, not a problem to report.
    expect(warnings).toEqual([]);
  });

  it('a holiday chosen on the client itself always applies: Thanksgiving for a client in Japan who asked', () => {
    const jp = makeClient('jp', { country: 'JP', holidays: ['thanksgiving', 'epiphany'] });
    const { put } = plan({ clients: [jp], rules, today, holidays });
    expect(put.map((t) => `${t.planKey} ${t.due}`).sort()).toEqual([
      'holiday:epiphany:2027 2026-12-27',
      'holiday:thanksgiving:2026 2026-11-24', // Thursday: due today
      'holiday:thanksgiving:2027 2027-11-15',
    ]);
  });

  it("a client without a country follows the user's own; with neither, civic days are reported, not guessed", () => {
    const nowhere = makeClient('x');
    const withHome = plan({ clients: [nowhere], rules, today, holidays, home: { country: 'US' } });
    expect(greeted(withHome.put, 'x')).toContain('thanksgiving');
    const { put, warnings } = plan({ clients: [nowhere], rules, today, holidays });
    expect(greeted(put, 'x')).toEqual(['christmas', 'hanukkah']);
    expect(warnings.map((w) => `${w.code} ${w.holidayId}`).sort()).toEqual([
      'holiday-not-in-place epiphany',
      'holiday-not-in-place mothers-day',
      'holiday-not-in-place national-day',
      'holiday-not-in-place thanksgiving',
    ]);
    expect(warnings.find((w) => w.holidayId === 'thanksgiving')?.message).toMatch(
      /only where it is observed/,
    );
  });

  it('a country-scoped default (Memorial Day) is greeted only in its own country', () => {
    const r = { ...rules, defaultHolidays: ['us:memorial-day'] };
    const clients = [makeClient('us', { country: 'US' }), makeClient('de', { country: 'DE' })];
    const { put } = plan({ clients, rules: r, today, holidays });
    expect(put.map((t) => `${t.clientId} ${t.planKey}`)).toEqual(['us holiday:us:memorial-day:2027']);
  });
});

describe('keep in touch', () => {
  const rules = onlyRules('keepInTouch');
  const today = day('2026-11-24');

  it('plans a call 90 days after the last touch', () => {
    const client = makeClient('c');
    const { put } = plan({ clients: [client], rules, today, lastTouchByClient: { c: day('2026-10-01') } });
    expect(put).toHaveLength(1);
    expect(put[0]).toMatchObject({
      planKey: 'keep-in-touch:2026-10-01',
      kind: 'keep-in-touch',
      channel: 'call',
      due: '2026-12-30',
      title: 'Keep-in-touch call',
      details: { sinceDate: '2026-10-01', dateText: 'October 1', lastTouch: '2026-10-01' },
      notes: 'Last touch: October 1, 2026',
    });
  });

  it('is due today (not overdue) when the last touch is long ago, and counts from the start or creation when there is none', () => {
    const old = makeClient('old');
    const started = makeClient('started', { journey: { start: day('2026-09-01') } });
    const fresh = makeClient('fresh'); // created 2026-01-05, never touched
    const { put } = plan({
      clients: [old, started, fresh],
      rules,
      today,
      lastTouchByClient: new Map([['old', day('2026-01-10')]]),
    });
    expect(put.map((t) => `${t.clientId} ${t.planKey} ${t.due} ${t.notes}`).sort()).toEqual([
      'fresh keep-in-touch:2026-01-05 2026-11-24 No touch logged yet',
      'old keep-in-touch:2026-01-10 2026-11-24 Last touch: January 10, 2026',
      'started keep-in-touch:2026-09-01 2026-11-30 No touch logged yet',
    ]);
  });

  it('a touch done, skipped or snoozed resets or holds the next call', () => {
    const c = makeClient('c');
    const done = planTouchpoints({
      clients: [c],
      rules,
      today,
      now: NOW,
      existing: [
        {
          id: 'c:keep-in-touch:2026-08-01',
          clientId: 'c',
          kind: 'keep-in-touch',
          channel: 'call',
          due: day('2026-10-30'),
          status: 'done',
          doneAt: '2026-11-02T15:00:00.000Z',
          title: 'Keep-in-touch call',
          planKey: 'keep-in-touch:2026-08-01',
          manual: false,
          createdAt: NOW,
          updatedAt: NOW,
        },
      ],
      lastTouchByClient: { c: day('2026-08-01') },
    });
    expect(done.put.map((t) => `${t.planKey} ${t.due}`)).toEqual(['keep-in-touch:2026-11-02 2027-01-31']);

    const skippedRow = {
      id: 'c:keep-in-touch:2026-08-01',
      clientId: 'c',
      kind: 'keep-in-touch' as const,
      channel: 'call' as const,
      due: day('2026-10-30'),
      status: 'skipped' as const,
      title: 'Keep-in-touch call',
      planKey: 'keep-in-touch:2026-08-01',
      manual: false,
      createdAt: NOW,
      updatedAt: NOW,
    };
    // Skipped today (its updatedAt), 25 days after it was due: the next is 90 days from today.
    const skipped = planTouchpoints({ clients: [c], rules, today, now: NOW, existing: [skippedRow] });
    expect(skipped.put.map((t) => `${t.planKey} ${t.due}`)).toEqual(['keep-in-touch:2026-11-24 2027-02-22']);

    // Snoozed by the user: no second keep-in-touch call beside it, and a stale planned one goes.
    const snoozed = { ...skippedRow, status: 'snoozed' as const, due: day('2026-12-05') };
    const stale = {
      ...skippedRow,
      id: 'stale',
      planKey: 'keep-in-touch:2026-05-01',
      status: 'planned' as const,
    };
    const held = planTouchpoints({ clients: [c], rules, today, now: NOW, existing: [snoozed, stale] });
    expect(held.put).toEqual([]);
    expect(held.remove).toEqual(['stale']);
  });
});

/**
 * What a new user sees on day one and the days after: adding an existing book of clients must
 * not flood Today with items already overdue, skipping an overdue keep-in-touch call must not
 * bring back another overdue one, and as days pass no planned row moves on its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates';
import { touchpointSchema, type Client, type Touchpoint } from '../../../shared/domain/schemas';
import { planRulesSchema, type PlanRules } from '../../../shared/domain/settings';
import {
  applyPlan,
  loadHolidaysProvider,
  planTouchpoints,
  plannedDue,
  plusDays,
  type PlanInput,
} from '../../../shared/planning';
import type { HolidaysProvider } from '../../../shared/planning/holidaysProvider';
import { NOW, day, makeClient, onlyRules } from './fixtures';

let holidays: HolidaysProvider;
beforeAll(async () => {
  holidays = await loadHolidaysProvider();
});

const TODAY = day('2026-11-24'); // a Tuesday; US Thanksgiving is on Thursday the 26th

/** An existing book typed in on one day: journeys long over, birthdays this week, a late start. */
function importedBook(): Client[] {
  const createdToday = { createdAt: '2026-11-24T08:00:00.000Z', updatedAt: '2026-11-24T08:00:00.000Z' };
  return [
    // Completed long ago, never a touch logged: its journey started in 2026's spring.
    makeClient('done-long-ago', {
      ...createdToday,
      country: 'US',
      region: 'NY',
      journey: { status: 'completed', start: day('2026-04-10'), expectedEnd: day('2026-07-31') },
    }),
    // Started 9 days ago: the welcome card (start + 1) would be 8 days late.
    makeClient('late-start', {
      ...createdToday,
      country: 'US',
      birthday: { month: 11, day: 27, year: 1976 },
      journey: { start: day('2026-11-15') },
    }),
    // Started 6 days ago: the welcome card is still worth sending.
    makeClient('recent-start', { ...createdToday, country: 'US', journey: { start: day('2026-11-18') } }),
    makeClient('birthday-friday', {
      ...createdToday,
      firstName: 'Zoë',
      country: 'FR',
      birthday: { month: 11, day: 27 },
      journey: { status: 'completed', start: day('2025-02-01'), expectedEnd: day('2025-06-30') },
    }),
    makeClient('wang', {
      ...createdToday,
      firstName: '小明',
      lastName: '王',
      country: 'CN',
      importantDates: [{ id: 'firm', label: '公司成立', date: { month: 11, day: 30, year: 2016 } }],
      journey: { status: 'completed', start: day('2024-03-01'), expectedEnd: day('2024-09-30') },
    }),
  ];
}

const RULES: PlanRules = planRulesSchema.parse({
  defaultHolidays: ['thanksgiving', 'christmas', 'new-year'],
});

function input(over: Partial<PlanInput> = {}): PlanInput {
  return { clients: importedBook(), rules: RULES, today: TODAY, existing: [], holidays, now: NOW, ...over };
}

function row(rows: readonly Touchpoint[], clientId: string, keyStart: string): Touchpoint | undefined {
  return rows.find((t) => t.clientId === clientId && t.planKey?.startsWith(keyStart));
}

describe('day one: nothing is created overdue', () => {
  it('a freshly imported book has no touchpoint due before today', () => {
    const { put, warnings } = planTouchpoints(input());
    for (const t of put) touchpointSchema.parse(t);
    const overdue = put.filter((t) => t.due < TODAY).map((t) => `${t.clientId} ${t.planKey} ${t.due}`);
    expect(overdue).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('occasions still ahead whose lead day has passed are due today: Thanksgiving in 2 days, a birthday in 3', () => {
    const { put } = planTouchpoints(input());
    expect(row(put, 'done-long-ago', 'holiday:thanksgiving:2026')?.due).toBe(TODAY);
    expect(row(put, 'late-start', 'birthday:2026')).toMatchObject({
      due: TODAY,
      title: 'Birthday card — turns 50 on Nov 27',
    });
    expect(row(put, 'birthday-friday', 'birthday:2026')?.due).toBe(TODAY);
    expect(row(put, 'wang', 'date:firm:2026')).toMatchObject({
      due: TODAY,
      title: '公司成立 — 10 years on Nov 30',
    });
    // Christmas is still 10+ days ahead: its own day.
    expect(row(put, 'wang', 'holiday:christmas:2026')?.due).toBe('2026-12-15');
  });

  it('a keep-in-touch call for a client never touched since a journey long over is due today, not 137 days ago', () => {
    const { put } = planTouchpoints(input());
    expect(row(put, 'done-long-ago', 'keep-in-touch:')).toMatchObject({
      planKey: 'keep-in-touch:2026-04-10',
      due: TODAY,
      title: 'Keep-in-touch call',
      notes: 'No touch logged yet',
    });
    expect(row(put, 'wang', 'keep-in-touch:')?.due).toBe(TODAY);
  });

  it('one-offs: a welcome 6 days late is due today; 8 days late it is not created', () => {
    const { put } = planTouchpoints(input());
    expect(row(put, 'recent-start', 'welcome')?.due).toBe(TODAY);
    expect(row(put, 'late-start', 'welcome')).toBeUndefined();
    expect(row(put, 'late-start', 'check-in')?.due).toBe('2026-12-15');
    // The completed journey ended months ago: no gift or testimonial request out of the blue.
    expect(row(put, 'done-long-ago', 'end-gift')).toBeUndefined();
    expect(row(put, 'done-long-ago', 'testimonial')).toBeUndefined();
  });

  it('an occasion already over is not created at all (a birthday yesterday waits for next year)', () => {
    const yesterday = makeClient('y', { birthday: { month: 11, day: 23 } });
    const { put } = planTouchpoints(input({ clients: [yesterday], rules: onlyRules('birthday') }));
    expect(put.map((t) => `${t.planKey} ${t.due}`)).toEqual(['birthday:2027 2027-11-16']);
  });
});

describe('as days pass: no churn, overdue stays overdue', () => {
  it('planning every day for 60 days only adds what comes into the horizon: no row moves, changes or goes', () => {
    let rows: Touchpoint[] = [];
    const dueWhenCreated = new Map<string, IsoDate>();
    let today = TODAY;
    for (let i = 0; i < 60; i++) {
      const result = planTouchpoints(input({ today, existing: rows }));
      expect(result.stats.updated, today).toBe(0);
      expect(result.remove, today).toEqual([]);
      for (const t of result.put) {
        expect(t.due >= today, `${t.id} created ${today} due ${t.due}`).toBe(true);
        dueWhenCreated.set(t.id, t.due);
      }
      rows = applyPlan(rows, result);
      today = plusDays(today, 1);
    }
    for (const t of rows) expect(t.due, t.id).toBe(dueWhenCreated.get(t.id));
    // The items created for "today" on day one are still there, now overdue: nothing moved them.
    expect(rows.find((t) => t.id === 'done-long-ago:keep-in-touch:2026-04-10')?.due).toBe(TODAY);
    expect(rows.find((t) => t.id === 'done-long-ago:holiday:thanksgiving:2026')?.due).toBe(TODAY);
  });

  it('a card planned in time and left undone stays overdue on its own day', () => {
    const client = makeClient('c', { birthday: { month: 12, day: 3, year: 1990 } });
    const rules = onlyRules('birthday');
    const early = planTouchpoints({
      clients: [client],
      rules,
      today: day('2026-11-01'),
      existing: [],
      now: NOW,
    });
    const rows = applyPlan([], early);
    expect(rows.find((t) => t.planKey === 'birthday:2026')?.due).toBe('2026-11-26');
    // Dec 2: the card is 6 days overdue, the birthday tomorrow. Re-planning keeps it as it is.
    const later = planTouchpoints({
      clients: [client],
      rules,
      today: day('2026-12-02'),
      existing: rows,
      now: NOW,
    });
    expect(later.put.filter((t) => t.planKey === 'birthday:2026')).toEqual([]);
    expect(later.remove).toEqual([]);
  });

  it('plannedDue: the rule day when ahead; a past rule day keeps a row between it and today, else today', () => {
    const today = day('2026-11-24');
    expect(plannedDue(day('2026-12-01'), undefined, today)).toBe('2026-12-01');
    expect(plannedDue(day('2026-12-01'), day('2026-11-20'), today)).toBe('2026-12-01');
    expect(plannedDue(day('2026-11-10'), undefined, today)).toBe(today); // new: never overdue
    expect(plannedDue(day('2026-11-10'), day('2026-11-10'), today)).toBe('2026-11-10'); // stays overdue
    expect(plannedDue(day('2026-11-10'), day('2026-11-20'), today)).toBe('2026-11-20'); // created late
    expect(plannedDue(day('2026-11-10'), day('2026-12-05'), today)).toBe(today); // occasion moved earlier
    expect(plannedDue(day('2026-11-10'), day('2026-11-01'), today)).toBe(today); // rule moved later, still past
  });

  it('a birthday corrected to 3 days from now moves its card to today, not into the past', () => {
    const client = makeClient('c', { birthday: { month: 12, day: 20 } });
    const rules = onlyRules('birthday');
    const rows = applyPlan(
      [],
      planTouchpoints({ clients: [client], rules, today: TODAY, existing: [], now: NOW }),
    );
    expect(rows.map((t) => t.due)).toEqual(['2026-12-13']);
    const corrected = { ...client, birthday: { month: 11, day: 27 } };
    const result = planTouchpoints({ clients: [corrected], rules, today: TODAY, existing: rows, now: NOW });
    expect(result.remove).toEqual([]);
    expect(result.put.map((t) => `${t.id} ${t.due} ${t.title}`)).toEqual([
      'c:birthday:2026 2026-11-24 Birthday card — Nov 27',
      'c:birthday:2027 2027-11-20 Birthday card — Nov 27', // now inside the 12-month horizon
    ]);
  });
});

describe('keep in touch after a skip or a touch', () => {
  const rules = onlyRules('keepInTouch');
  const client = makeClient('c', { journey: { status: 'completed', start: day('2026-03-02') } });

  /** The book as planned on Jun 1 (call due May 31 +…): a call that then sat overdue for months. */
  function overdueCall(): Touchpoint[] {
    const rows = applyPlan(
      [],
      planTouchpoints({
        clients: [client],
        rules,
        today: day('2026-06-01'),
        existing: [],
        lastTouchByClient: { c: day('2026-06-01') },
        now: '2026-06-01T09:00:00.000Z',
      }),
    );
    expect(rows.map((t) => `${t.planKey} ${t.due}`)).toEqual(['keep-in-touch:2026-06-01 2026-08-30']);
    return rows;
  }

  it('skipping a call 86 days overdue plans the next one 90 days from the day it was skipped', () => {
    const [call] = overdueCall();
    if (!call) throw new Error('setup');
    const skipped: Touchpoint = { ...call, status: 'skipped', updatedAt: '2026-11-24T15:00:00.000Z' };
    const result = planTouchpoints({
      clients: [client],
      rules,
      today: TODAY,
      existing: [skipped],
      lastTouchByClient: { c: day('2026-06-01') },
      now: NOW,
    });
    expect(result.put.map((t) => `${t.planKey} ${t.due} ${t.notes}`)).toEqual([
      'keep-in-touch:2026-11-24 2027-02-22 Last touch: June 1, 2026',
    ]);
    expect(result.remove).toEqual([]);
    // And it settles: the days after, nothing changes.
    const rows = applyPlan([skipped], result);
    for (const d of ['2026-11-25', '2027-01-10', '2027-02-23']) {
      const again = planTouchpoints({
        clients: [client],
        rules,
        today: day(d),
        existing: rows,
        lastTouchByClient: { c: day('2026-06-01') },
        now: NOW,
      });
      expect(again.put, d).toEqual([]);
      expect(again.remove, d).toEqual([]);
    }
  });

  it('completing it counts from the day it was done; a call logged as done long ago plans the next for today', () => {
    const [call] = overdueCall();
    if (!call) throw new Error('setup');
    const doneToday: Touchpoint = { ...call, status: 'done', doneAt: '2026-11-24T15:00:00.000Z' };
    const plan = (done: Touchpoint, lastTouch: IsoDate) =>
      planTouchpoints({
        clients: [client],
        rules,
        today: TODAY,
        existing: [done],
        lastTouchByClient: { c: lastTouch },
        now: NOW,
      }).put.map((t) => `${t.planKey} ${t.due} ${t.notes}`);
    expect(plan(doneToday, day('2026-11-24'))).toEqual([
      'keep-in-touch:2026-11-24 2027-02-22 Last touch: November 24, 2026',
    ]);
    // Marked done today, but with the day it really happened, in July: the next is due now.
    const doneInJuly: Touchpoint = { ...call, status: 'done', doneAt: '2026-07-20T10:00:00.000Z' };
    expect(plan(doneInJuly, day('2026-07-20'))).toEqual([
      'keep-in-touch:2026-07-20 2026-11-24 Last touch: July 20, 2026',
    ]);
  });

  it("counts from the user's own day: a skip at 8 pm in New York (1 am UTC the next day) is that evening's day", () => {
    const [call] = overdueCall();
    if (!call) throw new Error('setup');
    const skipped: Touchpoint = { ...call, status: 'skipped', updatedAt: '2026-11-25T01:00:00.000Z' };
    const newYorkDay = (instant: string) =>
      new Date(Date.parse(instant) - 5 * 3_600_000).toISOString().slice(0, 10) as IsoDate;
    const result = planTouchpoints({
      clients: [client],
      rules,
      today: TODAY,
      existing: [skipped],
      now: NOW,
      dayOf: newYorkDay,
    });
    expect(result.put.map((t) => `${t.planKey} ${t.due}`)).toEqual(['keep-in-touch:2026-11-24 2027-02-22']);
  });

  it('a client whose journey starts next month keeps one call from the start: no swap when the day comes', () => {
    const starting = makeClient('s', { journey: { start: day('2026-12-07') } });
    const first = planTouchpoints({ clients: [starting], rules, today: TODAY, existing: [], now: NOW });
    expect(first.put.map((t) => `${t.planKey} ${t.due} ${t.notes}`)).toEqual([
      'keep-in-touch:2026-12-07 2027-03-07 No touch logged yet',
    ]);
    const rows = applyPlan([], first);
    const afterStart = planTouchpoints({
      clients: [starting],
      rules,
      today: day('2026-12-08'),
      existing: rows,
      now: NOW,
    });
    expect(afterStart.put).toEqual([]);
    expect(afterStart.remove).toEqual([]);
  });
});

describe('titles and notes of keep-in-touch calls', () => {
  const rules = onlyRules('keepInTouch');

  it('renames a call planned with the old long title in place, and adds the last-touch line', () => {
    const client = makeClient('c');
    const old: Touchpoint = {
      id: 'c:keep-in-touch:2026-10-01',
      clientId: 'c',
      kind: 'keep-in-touch',
      channel: 'call',
      due: day('2026-12-30'),
      status: 'planned',
      title: 'Keep-in-touch call — 90 days since the last contact',
      planKey: 'keep-in-touch:2026-10-01',
      details: { sinceDate: '2026-10-01', dateText: 'October 1' },
      manual: false,
      createdAt: '2026-10-01T12:00:00.000Z',
      updatedAt: '2026-10-01T12:00:00.000Z',
    };
    const result = planTouchpoints({
      clients: [client],
      rules,
      today: TODAY,
      existing: [old],
      lastTouchByClient: { c: day('2026-10-01') },
      now: NOW,
    });
    expect(result.put).toEqual([
      {
        ...old,
        title: 'Keep-in-touch call',
        details: { sinceDate: '2026-10-01', dateText: 'October 1', lastTouch: '2026-10-01' },
        notes: 'Last touch: October 1, 2026',
        updatedAt: NOW,
      },
    ]);
  });

  it('keeps the last-touch line current, and never changes notes the user wrote', () => {
    // The journey started after the last touch: the call counts from the start, the line from the touch.
    const client = makeClient('c', { journey: { start: day('2026-10-05') } });
    const base = { clients: [client], rules, today: TODAY, now: NOW };
    const rows = applyPlan(
      [],
      planTouchpoints({ ...base, existing: [], lastTouchByClient: { c: day('2026-09-01') } }),
    );
    expect(rows.map((t) => `${t.planKey} ${t.notes}`)).toEqual([
      'keep-in-touch:2026-10-05 Last touch: September 1, 2026',
    ]);
    // A call logged later, but dated before the start: same call, its line follows.
    const moved = planTouchpoints({ ...base, existing: rows, lastTouchByClient: { c: day('2026-09-20') } });
    expect(moved.put.map((t) => `${t.id} ${t.notes}`)).toEqual([
      'c:keep-in-touch:2026-10-05 Last touch: September 20, 2026',
    ]);
    const withUserNote = rows.map((t) => ({ ...t, notes: 'Ask about the new shop in Kyoto' }));
    const kept = planTouchpoints({
      ...base,
      existing: withUserNote,
      lastTouchByClient: { c: day('2026-09-20') },
    });
    expect(kept.put.map((t) => t.notes)).toEqual(['Ask about the new shop in Kyoto']);
  });
});

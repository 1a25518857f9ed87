/**
 * Re-planning: what the planner may change, what it must never touch, and that it settles
 * (planning again after applying its own diff changes nothing).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates';
import { touchpointSchema, type Client, type Touchpoint } from '../../../shared/domain/schemas';
import { planRulesSchema, type PlanRules } from '../../../shared/domain/settings';
import {
  applyPlan,
  loadHolidaysProvider,
  planClientTouchpoints,
  planTouchpoints,
  plusDays,
  type PlanInput,
} from '../../../shared/planning';
import type { HolidaysProvider } from '../../../shared/planning/holidaysProvider';
import { LATER, NOW, byKey, day, fixedHolidays, keysOf, makeClient, onlyRules } from './fixtures';

let holidays: HolidaysProvider;
beforeAll(async () => {
  holidays = await loadHolidaysProvider();
});

const ALL_RULES: PlanRules = planRulesSchema.parse({
  defaultHolidays: ['new-year', 'christmas', 'national-day'],
});

/** A realistic little book: accents, CJK, leap-day birthday, regions, every journey state. */
function book(): Client[] {
  return [
    makeClient('zoe', {
      firstName: 'Zoë',
      country: 'FR',
      birthday: { month: 2, day: 29, year: 1988 },
      journey: { start: day('2026-11-20'), expectedEnd: day('2027-05-31') },
      importantDates: [
        { id: 'wed', label: 'Anniversaire de mariage', date: { month: 6, day: 12, year: 2015 } },
      ],
    }),
    makeClient('xiaoming', {
      firstName: '小明',
      lastName: '王',
      country: 'CN',
      birthday: { month: 1, day: 3 },
      holidays: ['lunar-new-year', 'mid-autumn', 'christmas'],
      journey: { start: day('2026-03-01') },
    }),
    makeClient('anna', {
      firstName: 'Anna',
      lastName: 'Müller',
      country: 'DE',
      region: 'BY',
      holidays: ['epiphany', 'corpus-christi', 'christmas'],
      journey: { status: 'completed', start: day('2025-09-01'), expectedEnd: day('2026-11-20') },
    }),
    makeClient('sam', {
      firstName: 'Sam',
      country: 'US',
      region: 'CA',
      preferredChannel: 'call',
      holidays: ['thanksgiving', 'hanukkah', 'national-day'],
      journey: { start: day('2026-11-01'), expectedEnd: day('2027-01-15') },
    }),
    makeClient('old', { firstName: 'Łukasz', country: 'PL', journey: { status: 'archived' } }),
    makeClient('lead', { firstName: 'Priya', country: 'IN', journey: { status: 'prospect' } }),
  ];
}

const LAST_TOUCH: Record<string, IsoDate> = { zoe: day('2026-11-20'), anna: day('2026-08-15') };

function input(over: Partial<PlanInput> = {}): PlanInput {
  return {
    clients: book(),
    rules: ALL_RULES,
    today: day('2026-11-24'),
    existing: [],
    lastTouchByClient: LAST_TOUCH,
    holidays,
    now: NOW,
    ...over,
  };
}

function planned(rows: readonly Touchpoint[], clientId: string, key: string): Touchpoint {
  const t = rows.find((r) => r.clientId === clientId && r.planKey === key);
  if (!t) throw new Error(`no ${clientId} ${key} in ${rows.map((r) => r.id).join(', ')}`);
  return t;
}

describe('idempotent re-planning', () => {
  it('planning again after applying the diff gives an empty diff', () => {
    const first = planTouchpoints(input());
    expect(first.put.length).toBeGreaterThan(15);
    expect(first.remove).toEqual([]);
    for (const t of first.put) touchpointSchema.parse(t);
    const rows = applyPlan([], first);
    const again = planTouchpoints(input({ existing: rows, now: LATER }));
    expect(again.put).toEqual([]);
    expect(again.remove).toEqual([]);
  });

  it('day after day for 14 months, it only adds what enters the horizon: no update, no removal, no duplicate', () => {
    let rows: Touchpoint[] = [];
    let today = day('2026-11-24');
    for (let i = 0; i < 430; i++) {
      const result = planTouchpoints(input({ today, existing: rows }));
      expect(result.stats.updated, today).toBe(0);
      expect(result.remove, today).toEqual([]);
      rows = applyPlan(rows, result);
      today = plusDays(today, 1);
    }
    const keys = rows.map((t) => `${t.clientId} ${t.planKey}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Second-year occasions arrived as the horizon rolled on.
    expect(keys).toContain('xiaoming birthday:2028');
    expect(keys).toContain('sam holiday:thanksgiving:2027');
  });

  it('never duplicates: a second planned row with the same key is removed, the deterministic one kept', () => {
    const rows = applyPlan([], planTouchpoints(input()));
    const original = planned(rows, 'zoe', 'welcome');
    const copy = { ...original, id: 'imported-copy' };
    const result = planTouchpoints(input({ existing: [...rows, copy] }));
    expect(result.remove).toEqual(['imported-copy']);
    expect(result.put).toEqual([]);
  });
  it('a planned leftover beside a done one of the same key is removed (the occasion is handled)', () => {
    const rows = applyPlan([], planTouchpoints(input()));
    const original = planned(rows, 'zoe', 'welcome');
    const sent = { ...original, id: 'sent-by-hand', status: 'done' as const, doneAt: NOW };
    const result = planTouchpoints(input({ existing: [...rows, sent] }));
    expect(result.remove).toEqual([original.id]);
    expect(result.put).toEqual([]);
  });
});

describe("the user's work is never touched", () => {
  it('done, skipped, snoozed and hand-edited touchpoints stay exactly as they are, and their keys are not re-created', () => {
    const rows = applyPlan([], planTouchpoints(input()));
    const done = {
      ...planned(rows, 'zoe', 'welcome'),
      status: 'done' as const,
      doneAt: NOW,
      doneVia: 'card' as const,
    };
    const skipped = { ...planned(rows, 'sam', 'holiday:hanukkah:2026'), status: 'skipped' as const };
    const snoozed = {
      ...planned(rows, 'sam', 'check-in'),
      status: 'snoozed' as const,
      due: day('2026-12-03'),
    };
    const moved = {
      ...planned(rows, 'zoe', 'birthday:2027'),
      due: day('2027-02-20'),
      manual: true,
      notes: 'Hand-deliver',
    };
    const edited = [done, skipped, snoozed, moved];
    const current = applyPlan(rows, { put: edited, remove: [] });

    // Change everything that could tempt the planner: rules off, birthday moved, client archived.
    const rules: PlanRules = {
      ...ALL_RULES,
      welcome: { enabled: false, days: 1 },
      holidays: { enabled: false, days: 10 },
    };
    const clients = book().map((c) =>
      c.id === 'zoe'
        ? { ...c, birthday: { month: 3, day: 1, year: 1988 } }
        : c.id === 'sam'
          ? { ...c, journey: { ...c.journey, status: 'archived' as const } }
          : c,
    );
    const result = planTouchpoints(input({ existing: current, rules, clients, now: LATER }));
    const touched = new Set([...result.put.map((t) => t.id), ...result.remove]);
    for (const t of edited) expect(touched.has(t.id), t.id).toBe(false);
    // And no second welcome, hanukkah, check-in or birthday:2027 beside them.
    const after = applyPlan(current, result);
    for (const [clientId, key] of [
      ['zoe', 'welcome'],
      ['sam', 'holiday:hanukkah:2026'],
      ['sam', 'check-in'],
      ['zoe', 'birthday:2027'],
    ] as const) {
      expect(
        after.filter((t) => t.clientId === clientId && t.planKey === key),
        key,
      ).toHaveLength(1);
    }
  });

  it("other planners' touchpoints (referral follow-ups) and hand-made ones are never changed, even for an archived client", () => {
    const referral: Touchpoint = {
      id: 'ref-1',
      clientId: 'zoe',
      kind: 'referral-thank-you',
      channel: 'call',
      due: day('2026-11-25'),
      status: 'planned',
      title: 'Thank Zoë for referring Jonas',
      planKey: 'referral:r1:thank',
      referralId: 'r1',
      manual: false,
      createdAt: NOW,
      updatedAt: NOW,
    };
    const custom: Touchpoint = {
      ...referral,
      id: 'custom-1',
      kind: 'custom',
      title: 'Coffee',
      planKey: undefined,
    };
    const clients = book().map((c) =>
      c.id === 'zoe' ? { ...c, journey: { ...c.journey, status: 'archived' as const } } : c,
    );
    const result = planTouchpoints(input({ clients, existing: [referral, custom] }));
    expect(result.remove).toEqual([]);
    expect(result.put.filter((t) => t.clientId === 'zoe')).toEqual([]);
  });
});

describe('planned touchpoints follow the rules', () => {
  it('a rule switched off removes only its planned touchpoints', () => {
    const rows = applyPlan([], planTouchpoints(input()));
    const doneBirthday = {
      ...planned(rows, 'xiaoming', 'birthday:2027'),
      status: 'done' as const,
      doneAt: NOW,
    };
    const current = applyPlan(rows, { put: [doneBirthday], remove: [] });
    const rules = { ...ALL_RULES, birthday: { enabled: false, days: 7 } };
    const result = planTouchpoints(input({ existing: current, rules }));
    const birthdayIds = current
      .filter((t) => t.planKey?.startsWith('birthday:') && t.status === 'planned')
      .map((t) => t.id);
    expect(birthdayIds.length).toBeGreaterThan(0);
    expect(result.remove.sort()).toEqual(birthdayIds.sort());
    expect(result.remove).not.toContain(doneBirthday.id);
    expect(result.put).toEqual([]);
  });

  it('changing a birthday moves the planned card (same row, new day), keeping when it was created', () => {
    const rows = applyPlan([], planTouchpoints(input()));
    const before = planned(rows, 'xiaoming', 'birthday:2027');
    expect(before.due).toBe('2026-12-27');
    const clients = book().map((c) =>
      c.id === 'xiaoming' ? { ...c, birthday: { month: 2, day: 10, year: 1979 } } : c,
    );
    const result = planTouchpoints(input({ clients, existing: rows, now: LATER }));
    expect(result.remove).toEqual([]);
    expect(result.put).toEqual([
      {
        ...before,
        due: '2027-02-03',
        title: 'Birthday card — turns 48 on Feb 10',
        details: { eventDate: '2027-02-10', dateText: 'February 10', age: '48', years: '48' },
        updatedAt: LATER,
      },
    ]);
  });

  it('a birthday corrected to a day already past drops this year’s card; next year’s is planned', () => {
    const today = day('2026-12-20');
    const client = makeClient('c', { birthday: { month: 12, day: 28 } });
    const rules = onlyRules('birthday');
    const rows = applyPlan([], planTouchpoints({ clients: [client], rules, today, existing: [], now: NOW }));
    // Dec 28, 2027's card would be due Dec 21, 2027: a day past the horizon.
    expect(keysOf(rows)).toEqual(['birthday:2026']);
    const corrected = { ...client, birthday: { month: 12, day: 18 } };
    const result = planTouchpoints({ clients: [corrected], rules, today, existing: rows, now: LATER });
    expect(result.remove).toEqual(['c:birthday:2026']);
    expect(result.put.map((t) => `${t.planKey} ${t.due}`)).toEqual(['birthday:2027 2027-12-11']);
  });

  it('changing the lead days moves planned greetings', () => {
    const rows = applyPlan([], planTouchpoints(input()));
    const rules = { ...ALL_RULES, holidays: { enabled: true, days: 21 } };
    const result = planTouchpoints(input({ rules, existing: rows }));
    const christmas = result.put.find((t) => t.id === 'anna:holiday:christmas:2026');
    expect(christmas?.due).toBe('2026-12-04');
    expect(result.put.every((t) => t.kind === 'holiday-greeting')).toBe(true);
    expect(result.remove).toEqual([]);
  });

  it('a new country re-dates the national day and drops holidays the client no longer has', () => {
    const rows = applyPlan([], planTouchpoints(input()));
    expect(planned(rows, 'sam', 'holiday:national-day:2027')).toMatchObject({
      due: '2027-06-24',
      title: 'Independence Day greeting (Jul 4)',
    });
    const clients = book().map((c) =>
      c.id === 'sam'
        ? { ...c, country: 'GB', region: undefined, holidays: ['national-day', 'christmas'] }
        : c,
    );
    const result = planTouchpoints(input({ clients, existing: rows }));
    const removedKeys = result.remove.filter((id) => id.startsWith('sam:')).sort();
    expect(removedKeys).toEqual([
      'sam:holiday:hanukkah:2026',
      'sam:holiday:national-day:2027',
      'sam:holiday:thanksgiving:2026',
      'sam:holiday:thanksgiving:2027',
    ]);
    expect(result.put.filter((t) => t.clientId === 'sam').map((t) => t.planKey)).toEqual([
      'holiday:christmas:2026',
    ]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'holiday-not-in-place',
        holidayId: 'national-day',
        clientIds: ['sam'],
      }),
    ]);
  });

  it('archiving or deleting a client removes its planned touchpoints and plans nothing new', () => {
    const rows = applyPlan([], planTouchpoints(input()));
    const samRows = rows.filter((t) => t.clientId === 'sam').map((t) => t.id);
    const zoeRows = rows.filter((t) => t.clientId === 'zoe').map((t) => t.id);
    const clients = book().map((c) =>
      c.id === 'sam'
        ? { ...c, journey: { ...c.journey, status: 'archived' as const } }
        : c.id === 'zoe'
          ? { ...c, deletedAt: LATER }
          : c,
    );
    const result = planTouchpoints(input({ clients, existing: rows }));
    expect(result.remove.sort()).toEqual([...samRows, ...zoeRows].sort());
    expect(result.put).toEqual([]);
  });
});

describe('one client at a time', () => {
  it('planClientTouchpoints touches only that client, even when given every row', () => {
    const rows = applyPlan([], planTouchpoints(input()));
    const zoe = book()[0] as Client;
    const changed = { ...zoe, birthday: undefined };
    const result = planClientTouchpoints({
      client: changed,
      rules: ALL_RULES,
      today: day('2026-11-24'),
      existing: rows,
      lastTouch: LAST_TOUCH.zoe,
      holidays,
      now: LATER,
    });
    expect(result.remove).toEqual(['zoe:birthday:2027']);
    expect(result.put).toEqual([]);
  });

  it('planTouchpoints ignores rows of clients it was not given', () => {
    const rows = applyPlan([], planTouchpoints(input()));
    const onlyAnna = book().filter((c) => c.id === 'anna');
    const result = planTouchpoints(input({ clients: onlyAnna, existing: rows }));
    expect(result.put).toEqual([]);
    expect(result.remove).toEqual([]);
  });
});

describe('holidays not loaded', () => {
  it('leaves holiday greetings as they are, plans the rest, and says why', () => {
    const rows = applyPlan([], planTouchpoints(input()));
    const holidayRows = rows.filter((t) => t.kind === 'holiday-greeting');
    expect(holidayRows.length).toBeGreaterThan(5);
    const result = planTouchpoints(input({ existing: rows, holidays: undefined }));
    expect(result.put).toEqual([]);
    expect(result.remove).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'holidays-not-loaded', clientIds: ['zoe', 'xiaoming', 'anna', 'sam'] }),
    ]);
    // From scratch, everything but holidays is planned.
    const fresh = planTouchpoints(input({ holidays: undefined }));
    expect(fresh.put.some((t) => t.kind === 'holiday-greeting')).toBe(false);
    expect(fresh.put.length).toBe(rows.length - holidayRows.length);
  });
});

describe('ids, horizon and output', () => {
  it('uses newId when given, and the horizon from the rules or the caller', () => {
    let n = 0;
    const client = makeClient('c', { birthday: { month: 6, day: 1 } });
    const rules = onlyRules('birthday');
    const base = {
      clients: [client],
      today: day('2026-11-24'),
      existing: [],
      now: NOW,
      holidays: fixedHolidays,
    };
    const withIds = planTouchpoints({ ...base, rules, newId: () => `id-${++n}` });
    expect(withIds.put.map((t) => t.id)).toEqual(['id-1']);
    expect(keysOf(planTouchpoints({ ...base, rules: { ...rules, horizonMonths: 24 } }).put)).toEqual([
      'birthday:2027',
      'birthday:2028',
    ]);
    expect(planTouchpoints({ ...base, rules, horizonEnd: day('2027-05-24') }).put).toEqual([]);
    expect(keysOf(planTouchpoints({ ...base, rules, horizonEnd: day('2027-05-25') }).put)).toEqual([
      'birthday:2027',
    ]);
  });

  it('a full plan of the book matches what a user would expect to see', () => {
    const { put, warnings } = planTouchpoints(input());
    const rows = byKey(put.filter((t) => t.clientId === 'zoe'));
    expect(Object.keys(rows).sort()).toEqual([
      'birthday:2027',
      'check-in',
      'date:wed:2027',
      'end-gift',
      'holiday:christmas:2026',
      'holiday:national-day:2027',
      'holiday:new-year:2027',
      'keep-in-touch:2026-11-20',
      'testimonial',
      'welcome',
    ]);
    expect(rows['holiday:national-day:2027']).toMatchObject({
      due: '2027-07-04',
      title: 'Bastille Day greeting (Jul 14)',
    });
    expect(rows['date:wed:2027']?.title).toBe('Anniversaire de mariage — 12 years on Jun 12');
    // Anna's journey ended 4 days ago: the gift is due today (not created overdue), the testimonial ahead.
    expect(planned(put, 'anna', 'end-gift').due).toBe('2026-11-24');
    expect(planned(put, 'anna', 'testimonial').due).toBe('2026-12-04');
    expect(planned(put, 'sam', 'testimonial').channel).toBe('call');
    expect(put.some((t) => t.clientId === 'old' || t.clientId === 'lead')).toBe(false);
    // China has no Christmas public holiday; chosen for 小明 anyway, it is planned on Dec 25.
    expect(planned(put, 'xiaoming', 'holiday:christmas:2026').due).toBe('2026-12-15');
    expect(warnings).toEqual([]);
  });
});

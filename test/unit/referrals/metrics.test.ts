import { describe, expect, it } from 'vitest';
import type { RewardsProgram } from '../../../shared/domain/settings';
import {
  median,
  monthsOfPeriod,
  referralReportCard,
  type ReferralReportInput,
} from '../../../shared/referrals';
import { d, given, referral, touchpoint } from './fixtures';

/*
 * One fixed data set, numbers checked by hand. Period Q1 2026 (Jan 1 – Mar 31, inclusive), today Apr 10.
 *
 *  id   referrer  date        action  status      step dates                         value
 *  m1   Anna      2025-12-20  yes     won         won 2026-01-15                     1000
 *  m2   Anna      2026-01-05  yes     won         contacted 01-07, won 02-04         2500.50
 *  m3   Anna      2026-01-20  no      lost        contacted 01-22, lost 02-10        –
 *  m4   Bruno     2026-02-01  yes     won         won 03-31 (last day of period)     800
 *  m5   Bruno     2026-02-14  no      meeting     meeting 02-20                      –
 *  m6   Chloé     2026-03-31  yes     new         –                                  –
 *  m7   Chloé     2026-03-10  no      won         won 2026-04-02 (after period)      3000
 *  m8   Dora      2026-04-01  yes     contacted   contacted 04-03 (after period)     –
 *  m9   Emil      2026-02-28  no      won         won 03-01                          (none)
 *  m10  Félix     2026-03-05  yes     won         won 03-20                          900
 *  m11  Félix     2026-03-06  no      introduced  introduced 03-07                   –
 */
const R = [
  referral('m1', 'c-anna', 'Zoë Ñúñez', '2025-12-20', {
    referrerTookAction: true,
    status: 'won',
    statusDates: { won: '2026-01-15' },
    value: 1000,
  }),
  referral('m2', 'c-anna', 'Łukasz Wróbel', '2026-01-05', {
    referrerTookAction: true,
    status: 'won',
    statusDates: { contacted: '2026-01-07', won: '2026-02-04' },
    value: 2500.5,
  }),
  referral('m3', 'c-anna', '王小明', '2026-01-20', {
    status: 'lost',
    statusDates: { contacted: '2026-01-22', lost: '2026-02-10' },
  }),
  referral('m4', 'c-bruno', 'Ana Lima', '2026-02-01', {
    referrerTookAction: true,
    status: 'won',
    statusDates: { won: '2026-03-31' },
    value: 800,
  }),
  referral('m5', 'c-bruno', 'Bea Moll', '2026-02-14', {
    status: 'meeting',
    statusDates: { meeting: '2026-02-20' },
  }),
  referral('m6', 'c-chloe', 'Carl Ek', '2026-03-31', { referrerTookAction: true }),
  referral('m7', 'c-chloe', 'Dan Ott', '2026-03-10', {
    status: 'won',
    statusDates: { won: '2026-04-02' },
    value: 3000,
  }),
  referral('m8', 'c-dora', 'Eva Pál', '2026-04-01', {
    referrerTookAction: true,
    status: 'contacted',
    statusDates: { contacted: '2026-04-03' },
  }),
  referral('m9', 'c-emil', 'Finn Ray', '2026-02-28', { status: 'won', statusDates: { won: '2026-03-01' } }),
  referral('m10', 'c-felix', 'Gia Sá', '2026-03-05', {
    referrerTookAction: true,
    status: 'won',
    statusDates: { won: '2026-03-20' },
    value: 900,
  }),
  referral('m11', 'c-felix', 'Hal Tu', '2026-03-06', {
    status: 'introduced',
    statusDates: { introduced: '2026-03-07' },
  }),
];

const touchpoints = [
  touchpoint({ id: 't1', due: d('2026-04-09'), referralId: 'm8' }), // planned, due yesterday → overdue
  touchpoint({ id: 't2', due: d('2026-04-01'), status: 'snoozed', referralId: 'm6' }), // snoozed, past → overdue
  touchpoint({ id: 't3', due: d('2026-04-10'), referralId: 'm7' }), // due today → not overdue yet
  touchpoint({ id: 't4', due: d('2026-03-01'), status: 'done', referralId: 'm9' }), // done → not
  touchpoint({ id: 't5', due: d('2026-03-01'), kind: 'birthday-greeting', title: 'Birthday card' }), // other kind → not
  touchpoint({ id: 't6', due: d('2026-03-02'), status: 'skipped', referralId: 'm9' }), // skipped → not
];

const program: RewardsProgram = {
  enabled: true,
  perWon: '$25 gift card',
  tiers: [{ count: 3, reward: 'Spa day' }],
};

const input: ReferralReportInput = {
  referrals: R,
  touchpoints,
  program,
  rewardsGiven: [given('c-anna', 'won:m1', '2026-01-20')],
  period: { from: d('2026-01-01'), to: d('2026-03-31') },
  today: d('2026-04-10'),
};

describe('referralReportCard on the fixed Q1 2026 data set', () => {
  const card = referralReportCard(input);

  it('referrals received: by referral date, both period edges included', () => {
    // m2 m3 m4 m5 m6(Mar 31) m7 m9 m10 m11 = 9; m1 (Dec 20) and m8 (Apr 1) are outside
    expect(card.receivedCount).toBe(9);
  });

  it('share introduced by the referrer’s own action', () => {
    // action among received: m2 m4 m6 m10 = 4 → 4 / 9
    expect(card.referrerIntroducedCount).toBe(4);
    expect(card.referrerIntroducedShare).toBeCloseTo(4 / 9, 12);
  });

  it('outcome of the referrals received: won, lost (m3) and open', () => {
    // won now: m2 m4 m7 (won after the period, still this cohort) m9 m10 = 5; lost: m3 = 1; open: m5 m6 m11 = 3
    expect([card.receivedWonCount, card.receivedLostCount, card.receivedOpenCount]).toEqual([5, 1, 3]);
    expect(card.conversionRateOfReceived).toBeCloseTo(5 / 9, 12); // 5 won ÷ 9 received
    expect(card.winRateOfClosed).toBeCloseTo(5 / 6, 12); // 5 won ÷ (5 won + 1 lost)
  });

  it('wins and revenue by won day in the period', () => {
    // won day in Q1: m1 (Jan 15) m2 (Feb 4) m9 (Mar 1) m10 (Mar 20) m4 (Mar 31) = 5; m7 (Apr 2) is not
    expect(card.wonInPeriodCount).toBe(5);
    // 1000 + 2500.50 + 0 (m9 has no value) + 900 + 800 = 5200.50
    expect(card.revenueWonInPeriod).toBe(5200.5);
    expect(card.wonInPeriodWithoutValueCount).toBe(1); // m9
  });

  it('median days from referral to win', () => {
    // m1 Dec 20 → Jan 15 = 11 + 15 = 26; m2 Jan 5 → Feb 4 = 30; m4 Feb 1 → Mar 31 = 27 + 31 = 58;
    // m9 Feb 28 → Mar 1 = 1; m10 Mar 5 → Mar 20 = 15.  Sorted 1, 15, 26, 30, 58 → median 26
    expect(card.medianDaysToWin).toBe(26);
  });

  it('top advocates: referrals received, then wins, then revenue', () => {
    // Anna  2 received (m2 m3), 2 won (m1 m2), 1000 + 2500.50
    // Félix 2 (m10 m11), 1 won (m10), 900 — ties Bruno on 2 and 1, ranks first on revenue
    // Bruno 2 (m4 m5), 1 won (m4), 800     (although 'c-bruno' sorts before 'c-felix')
    // Chloé 2 (m6 m7), 0 won in period (m7 won Apr 2)
    // Emil  1 (m9), 1 won, 0 (no value).   Dora: nothing in the period → not listed
    expect(card.topAdvocates).toEqual([
      { clientId: 'c-anna', referralsReceived: 2, wonInPeriod: 2, revenueInPeriod: 3500.5 },
      { clientId: 'c-felix', referralsReceived: 2, wonInPeriod: 1, revenueInPeriod: 900 },
      { clientId: 'c-bruno', referralsReceived: 2, wonInPeriod: 1, revenueInPeriod: 800 },
      { clientId: 'c-chloe', referralsReceived: 2, wonInPeriod: 0, revenueInPeriod: 0 },
      { clientId: 'c-emil', referralsReceived: 1, wonInPeriod: 1, revenueInPeriod: 0 },
    ]);
    expect(
      referralReportCard({ ...input, topAdvocatesLimit: 2 }).topAdvocates.map((a) => a.clientId),
    ).toEqual(['c-anna', 'c-felix']);
  });

  it('follow-ups overdue: open referral thank-yous due before today, oldest first', () => {
    // t2 (snoozed, Apr 1) and t1 (planned, Apr 9); t3 is due today, t4 done, t5 a birthday, t6 skipped
    expect(card.followUpsOverdue.map((t) => t.id)).toEqual(['t2', 't1']);
  });

  it('rewards overdue: owed for more than 14 days', () => {
    // $25 per win; Anna's m1 given. Owed → days to Apr 10:
    // m2 Feb 4 → 65 (24 + 31 + 10), m9 Mar 1 → 40, m10 Mar 20 → 21, m4 Mar 31 → 10, m7 Apr 2 → 8.
    // Nobody reached 3 wins (Anna has 2). Over 14 days: m2, m9, m10
    expect(card.rewardsOverdue.map((o) => [o.key, o.clientId, o.owedSince, o.daysOwed])).toEqual([
      ['won:m2', 'c-anna', '2026-02-04', 65],
      ['won:m9', 'c-emil', '2026-03-01', 40],
      ['won:m10', 'c-felix', '2026-03-20', 21],
    ]);
    // "More than" 21 days: m10 at exactly 21 drops out
    expect(
      referralReportCard({ ...input, rewardsOverdueAfterDays: 21 }).rewardsOverdue.map((o) => o.key),
    ).toEqual(['won:m2', 'won:m9']);
  });

  it('pipeline: every referral by current status, whatever its date', () => {
    // new m6; introduced m11; contacted m8; meeting m5; won m1 m2 m4 m7 m9 m10; lost m3 → 11 in all
    expect(card.pipelineByStatus).toEqual({
      new: 1,
      introduced: 1,
      contacted: 1,
      meeting: 1,
      won: 6,
      lost: 1,
    });
  });

  it('monthly series: received and won per month', () => {
    // Jan: received m2 m3; won m1 (1000)
    // Feb: received m4 m5 m9; won m2 (2500.50)
    // Mar: received m6 m7 m10 m11; won m9 (0) m10 (900) m4 (800) = 1700
    expect(card.monthly).toEqual([
      { month: '2026-01', received: 2, won: 1, revenue: 1000 },
      { month: '2026-02', received: 3, won: 1, revenue: 2500.5 },
      { month: '2026-03', received: 4, won: 3, revenue: 1700 },
    ]);
  });
});

describe('referralReportCard edge periods', () => {
  it('an empty period gives zeros and nulls, never NaN', () => {
    const card = referralReportCard({ ...input, period: { from: d('2025-06-01'), to: d('2025-06-30') } });
    expect(card).toMatchObject({
      receivedCount: 0,
      referrerIntroducedCount: 0,
      referrerIntroducedShare: null,
      receivedWonCount: 0,
      receivedLostCount: 0,
      receivedOpenCount: 0,
      conversionRateOfReceived: null,
      winRateOfClosed: null,
      wonInPeriodCount: 0,
      revenueWonInPeriod: 0,
      wonInPeriodWithoutValueCount: 0,
      medianDaysToWin: null,
      topAdvocates: [],
      monthly: [{ month: '2025-06', received: 0, won: 0, revenue: 0 }],
    });
    // The present-tense figures do not depend on the period.
    expect(card.pipelineByStatus.won).toBe(6);
    expect(card.followUpsOverdue).toHaveLength(2);
    expect(JSON.stringify(card)).not.toContain('NaN');
  });

  it('a period holding only a lost referral converts at 0, not "—", and has no median', () => {
    // Jan 20 only: m3 (lost). 0 won ÷ 1 received = 0; 0 won ÷ (0 + 1 lost) = 0
    const card = referralReportCard({ ...input, period: { from: d('2026-01-20'), to: d('2026-01-20') } });
    expect(card.receivedCount).toBe(1);
    expect(card.conversionRateOfReceived).toBe(0);
    expect(card.winRateOfClosed).toBe(0);
    expect(card.medianDaysToWin).toBeNull();
    expect(card.topAdvocates).toEqual([
      { clientId: 'c-anna', referralsReceived: 1, wonInPeriod: 0, revenueInPeriod: 0 },
    ]);
  });

  it('open referrals only: conversion 0, win rate of closed undefined (null)', () => {
    // Feb 14 only: m5 (meeting). 0 ÷ 1 = 0; closed = 0 → null
    const card = referralReportCard({ ...input, period: { from: d('2026-02-14'), to: d('2026-02-14') } });
    expect([card.conversionRateOfReceived, card.winRateOfClosed]).toEqual([0, null]);
  });

  it('monthly series crosses the year end', () => {
    // Dec 2025: received m1; Jan 2026: received m2 m3, won m1
    const card = referralReportCard({ ...input, period: { from: d('2025-12-01'), to: d('2026-01-31') } });
    expect(card.monthly).toEqual([
      { month: '2025-12', received: 1, won: 0, revenue: 0 },
      { month: '2026-01', received: 2, won: 1, revenue: 1000 },
    ]);
  });

  it('refuses a period that ends before it starts, saying what to do', () => {
    expect(() =>
      referralReportCard({ ...input, period: { from: d('2026-03-31'), to: d('2026-01-01') } }),
    ).toThrow('The report period starts (2026-03-31) after it ends (2026-01-01): swap the dates');
  });

  it('adds money without float drift', () => {
    const cents = [0.1, 0.2].map((value, i) =>
      referral(`c${i}`, 'c-anna', 'X', '2026-01-01', {
        status: 'won',
        statusDates: { won: '2026-01-02' },
        value,
      }),
    );
    const card = referralReportCard({ ...input, referrals: cents });
    expect(card.revenueWonInPeriod).toBe(0.3);
  });
});

describe('median and monthsOfPeriod', () => {
  it('median of odd, even and empty lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });

  it('months from a leap-day start to the next year', () => {
    expect(monthsOfPeriod({ from: d('2028-02-29'), to: d('2029-01-01') })).toHaveLength(12);
  });
});

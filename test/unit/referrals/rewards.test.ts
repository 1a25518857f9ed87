import { describe, expect, it } from 'vitest';
import type { RewardsProgram } from '../../../shared/domain/settings';
import { computeRewards } from '../../../shared/referrals';
import { d, given, referral } from './fixtures';

const program: RewardsProgram = {
  enabled: true,
  perWon: '$25 gift card',
  tiers: [
    { count: 5, reward: 'Dinner for two' },
    { count: 3, reward: 'Spa day' },
  ],
};

const won = (id: string, referrerId: string, wonOn: string, date = '2026-01-05') =>
  referral(id, referrerId, `Lead ${id}`, date, { status: 'won', value: 1000, statusDates: { won: wonOn } });

// Anna: 5 wins (tiers 3 and 5 reached); Bruno: 1 win, 1 lost; Chloé: nothing won, one old reward given.
const referrals = [
  won('a5', 'c-anna', '2026-05-20'),
  won('a1', 'c-anna', '2026-02-01'),
  won('a3', 'c-anna', '2026-03-15'),
  won('a2', 'c-anna', '2026-02-20'),
  won('a4', 'c-anna', '2026-04-10'),
  referral('a6', 'c-anna', 'Open lead', '2026-05-01', {
    status: 'meeting',
    statusDates: { meeting: '2026-05-03' },
  }),
  won('b1', 'c-bruno', '2026-05-30'),
  referral('b2', 'c-bruno', 'Lost lead', '2026-04-01', {
    status: 'lost',
    statusDates: { lost: '2026-04-20' },
  }),
];
const gifts = [
  given('c-anna', 'won:a1', '2026-02-03'),
  given('c-anna', 'won:a2', '2026-02-25'),
  given('c-anna', 'tier:3', '2026-03-20'),
  given('c-chloe', 'won:old', '2025-11-01'),
];
const today = d('2026-06-10');

describe('computeRewards', () => {
  const summary = computeRewards({ program, referrals, given: gifts, today });
  const anna = summary.referrers.find((r) => r.clientId === 'c-anna');

  it('earns one reward per won referral and each tier on the win that reaches it', () => {
    expect(anna?.wonCount).toBe(5);
    expect(anna?.earned.map((e) => [e.key, e.earnedOn])).toEqual([
      ['won:a1', '2026-02-01'],
      ['won:a2', '2026-02-20'],
      ['tier:3', '2026-03-15'], // third win: a3 on Mar 15
      ['won:a3', '2026-03-15'],
      ['won:a4', '2026-04-10'],
      ['tier:5', '2026-05-20'], // fifth win: a5 on May 20
      ['won:a5', '2026-05-20'],
    ]);
    expect(anna?.earned.find((e) => e.key === 'tier:5')).toMatchObject({
      kind: 'tier',
      description: 'Dinner for two',
      referralId: 'a5',
      tierCount: 5,
    });
  });

  it('owes what was earned and not given, with the day it is owed since', () => {
    // days owed to 2026-06-10: Mar 15 → 87 (16+30+31+10), Apr 10 → 61, May 20 → 21
    expect(anna?.owed.map((o) => [o.key, o.owedSince, o.daysOwed])).toEqual([
      ['won:a3', '2026-03-15', 87],
      ['won:a4', '2026-04-10', 61],
      ['tier:5', '2026-05-20', 21],
      ['won:a5', '2026-05-20', 21],
    ]);
    expect(anna?.given.map((g) => g.key)).toEqual(['won:a1', 'won:a2', 'tier:3']);
  });

  it('lists every owed reward across referrers, oldest first, for reminders', () => {
    expect(summary.owed.map((o) => `${o.clientId} ${o.key} ${o.owedSince}`)).toEqual([
      'c-anna won:a3 2026-03-15',
      'c-anna won:a4 2026-04-10',
      'c-anna tier:5 2026-05-20',
      'c-anna won:a5 2026-05-20',
      'c-bruno won:b1 2026-05-30', // Bruno's lost referral earns nothing; one win reaches no tier
    ]);
  });

  it('keeps given rewards whose referral is no longer won visible as given-not-earned', () => {
    const chloe = summary.referrers.find((r) => r.clientId === 'c-chloe');
    expect(chloe).toMatchObject({ wonCount: 0, earned: [], owed: [] });
    expect(chloe?.givenNotEarned.map((g) => g.key)).toEqual(['won:old']);
  });

  it('stops owing a reward when its referral moves back from won', () => {
    const moved = referrals.map((r) =>
      r.id === 'a5' ? { ...r, status: 'meeting' as const, statusDates: { meeting: r.date } } : r,
    );
    const s = computeRewards({ program, referrals: moved, given: gifts, today });
    const a = s.referrers.find((r) => r.clientId === 'c-anna');
    expect(a?.owed.map((o) => o.key)).toEqual(['won:a3', 'won:a4']); // 4 wins: tier 5 not reached
  });

  it('earns only tiers when there is no per-won reward, and nothing when the program is off', () => {
    const tiersOnly = computeRewards({ program: { ...program, perWon: ' ' }, referrals, given: [], today });
    expect(tiersOnly.owed.map((o) => o.key)).toEqual(['tier:3', 'tier:5']);
    const off = computeRewards({ program: { ...program, enabled: false }, referrals, given: gifts, today });
    expect(off.owed).toEqual([]);
    expect(off.referrers.find((r) => r.clientId === 'c-anna')?.given).toHaveLength(3);
  });

  it('orders wins on the same day by referral id, so the tier always lands on the same referral', () => {
    const sameDay = [
      won('z', 'c-dora', '2026-05-01'),
      won('m', 'c-dora', '2026-05-01'),
      won('a', 'c-dora', '2026-05-01'),
    ];
    const s = computeRewards({
      program: { ...program, tiers: [{ count: 3, reward: 'Spa day' }] },
      referrals: sameDay,
      given: [],
      today,
    });
    expect(s.owed.find((o) => o.kind === 'tier')?.referralId).toBe('z');
  });
});

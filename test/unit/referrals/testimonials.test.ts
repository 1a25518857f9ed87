import { describe, expect, it } from 'vitest';
import { greenLightsWithoutReferralAsk } from '../../../shared/referrals';
import { call, check, client, d, NOW, referral } from './fixtures';

/*
 *  Anna   green light 2026-02-01, nothing since                   → listed
 *  Bruno  green light 2026-03-01, referral-ask call 2026-03-01    → asked (same day counts)
 *  Chloé  green light 2026-01-15, referralAskedAt 2026-01-20      → asked
 *  Dora   green light 2026-02-10, referral-ask call only BEFORE   → listed
 *         (2026-01-05), and a check-in call after                  (a check-in is not an ask)
 *  Emil   green light 2025-11-01, then a later check without one  → not listed (withdrawn)
 *  Félix  no green light                                           → not listed
 *  Greta  green light 2026-01-02, client deleted                   → not listed when clients given
 *  Hana   green light 2025-12-01, then a newer one 2026-03-05, ask  → listed from 2026-03-05
 *         call on 2026-01-10 answered only the older one
 */
const checks = [
  check('k-anna', 'c-anna', '2026-02-01', true),
  check('k-bruno', 'c-bruno', '2026-03-01', true),
  check('k-chloe', 'c-chloe', '2026-01-15', true, { referralAskedAt: d('2026-01-20') }),
  check('k-dora', 'c-dora', '2026-02-10', true),
  check('k-emil-1', 'c-emil', '2025-11-01', true),
  check('k-emil-2', 'c-emil', '2026-02-01', false),
  check('k-felix', 'c-felix', '2026-02-01', false),
  check('k-greta', 'c-greta', '2026-01-02', true),
  check('k-hana-1', 'c-hana', '2025-12-01', true),
  check('k-hana-2', 'c-hana', '2026-03-05', true),
];
const calls = [
  call('call-b', 'c-bruno', '2026-03-01T15:00:00.000Z', 'referral-ask'),
  call('call-d1', 'c-dora', '2026-01-05T12:00:00.000Z', 'referral-ask'),
  call('call-d2', 'c-dora', '2026-02-20T12:00:00.000Z', 'check-in'),
  call('call-h', 'c-hana', '2026-01-10T12:00:00.000Z', 'referral-ask'),
  call('call-a-other', 'c-zed', '2026-02-20T12:00:00.000Z', 'referral-ask'), // another client's ask
];

describe('greenLightsWithoutReferralAsk', () => {
  it('lists green lights with no ask since, longest waiting first', () => {
    expect(
      greenLightsWithoutReferralAsk({ checks, calls }).map((g) => [g.clientId, g.greenLightOn, g.checkId]),
    ).toEqual([
      ['c-greta', '2026-01-02', 'k-greta'],
      ['c-anna', '2026-02-01', 'k-anna'],
      ['c-dora', '2026-02-10', 'k-dora'],
      ['c-hana', '2026-03-05', 'k-hana-2'],
    ]);
  });

  it('leaves out deleted or unknown clients when the client list is given', () => {
    const clients = ['c-anna', 'c-dora', 'c-hana'].map((id) => client(id, id.slice(2)));
    clients.push(client('c-greta', 'Greta', undefined, { deletedAt: NOW }));
    expect(greenLightsWithoutReferralAsk({ checks, calls, clients }).map((g) => g.clientId)).toEqual([
      'c-anna',
      'c-dora',
      'c-hana',
    ]);
  });

  it('counts referrals the client made since the green light', () => {
    const referrals = [
      referral('r1', 'c-anna', 'Zoë', '2026-01-31'), // before the green light
      referral('r2', 'c-anna', 'Łukasz', '2026-02-01'),
      referral('r3', 'c-anna', '王小明', '2026-02-15'),
    ];
    const anna = greenLightsWithoutReferralAsk({ checks, calls, referrals }).find(
      (g) => g.clientId === 'c-anna',
    );
    expect(anna?.referralsSinceGreenLight).toBe(2);
  });

  it('same-day checks: the later-created one wins', () => {
    const sameDay = [
      check('k1', 'c-ivo', '2026-04-01', true, { createdAt: '2026-04-01T08:00:00.000Z' }),
      check('k2', 'c-ivo', '2026-04-01', false, { createdAt: '2026-04-01T09:00:00.000Z' }),
    ];
    expect(greenLightsWithoutReferralAsk({ checks: sameDay, calls: [] })).toEqual([]);
  });
});

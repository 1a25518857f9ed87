/**
 * Referral rewards: what each referrer has earned under the user's rewards program, what the user
 * has handed over, and what is still owed (and since when), so nobody who sent business is forgotten.
 *
 * Earned rewards are computed from the referrals every time; only given rewards are stored
 * (RewardGiven, keyed `won:<referralId>` or `tier:<count>` per referrer). So a referral that moves
 * back from won stops earning, and its reward stops being owed, without any clean-up.
 */
import { daysBetween, type IsoDate } from '../domain/dates';
import type { Referral } from '../domain/schemas';
import type { RewardGiven, RewardsProgram } from '../domain/settings';
import { wonDate } from './status';

export type RewardKind = 'per-won' | 'tier';

export interface EarnedReward {
  /** Matches RewardGiven.key: `won:<referralId>` or `tier:<count>`. */
  key: string;
  kind: RewardKind;
  /** The referrer who earned it. */
  clientId: string;
  /** The reward as the program describes it, e.g. "$25 gift card". */
  description: string;
  /** The day it was earned: the won day of the referral (per-won) or of the count-th win (tier). */
  earnedOn: IsoDate;
  /** Per-won: the referral won. Tier: the win that reached the count. */
  referralId: string;
  /** Tier rewards only: the number of won referrals it takes. */
  tierCount?: number;
}

export interface OwedReward extends EarnedReward {
  /** Owed since the day it was earned. */
  owedSince: IsoDate;
  /** Whole days from owedSince to today (0 on the day it was earned). */
  daysOwed: number;
}

export interface ReferrerRewards {
  clientId: string;
  /** Referrals of this referrer that are currently won. */
  wonCount: number;
  /** Oldest first. */
  earned: EarnedReward[];
  /** Every given record of this referrer, including ones whose reward is no longer earned. */
  given: RewardGiven[];
  /** Earned and not given, oldest first. */
  owed: OwedReward[];
  /** Given records whose key is not earned now (e.g. the referral moved back from won). */
  givenNotEarned: RewardGiven[];
}

export interface RewardsSummary {
  /** One entry per referrer with a won referral or a given reward, ordered by clientId. */
  referrers: ReferrerRewards[];
  /** Every owed reward across referrers, oldest first: the reminder list. */
  owed: OwedReward[];
}

export function wonRewardKey(referralId: string): string {
  return `won:${referralId}`;
}

export function tierRewardKey(count: number): string {
  return `tier:${count}`;
}

function byEarned(a: EarnedReward, b: EarnedReward): number {
  return (
    a.earnedOn.localeCompare(b.earnedOn) || a.clientId.localeCompare(b.clientId) || a.key.localeCompare(b.key)
  );
}

/**
 * Computes rewards earned, given and owed per referrer on `today`.
 *
 * - Per-won: each currently won referral earns `program.perWon` (skipped when that is empty).
 * - Tiers: a tier of count N is earned once the referrer's N-th win happens (wins ordered by won
 *   day, then referral id), on that day. Tiers with the same count are counted once (the first).
 * - A disabled program earns nothing; given records are still listed so history stays visible.
 */
export function computeRewards(args: {
  program: RewardsProgram;
  referrals: readonly Referral[];
  given: readonly RewardGiven[];
  today: IsoDate;
}): RewardsSummary {
  const { program, referrals, given, today } = args;

  const winsByReferrer = new Map<string, { referral: Referral; on: IsoDate }[]>();
  for (const r of referrals) {
    const on = wonDate(r);
    if (!on) continue;
    const list = winsByReferrer.get(r.referrerId) ?? [];
    list.push({ referral: r, on });
    winsByReferrer.set(r.referrerId, list);
  }
  const givenByReferrer = new Map<string, RewardGiven[]>();
  for (const g of given) {
    const list = givenByReferrer.get(g.clientId) ?? [];
    list.push(g);
    givenByReferrer.set(g.clientId, list);
  }

  const perWon = program.perWon.trim();
  const tiers: { count: number; reward: string }[] = [];
  for (const t of [...program.tiers].sort((a, b) => a.count - b.count)) {
    if (!tiers.some((x) => x.count === t.count)) tiers.push(t);
  }

  const clientIds = [...new Set([...winsByReferrer.keys(), ...givenByReferrer.keys()])].sort();
  const referrers: ReferrerRewards[] = clientIds.map((clientId) => {
    const wins = (winsByReferrer.get(clientId) ?? []).sort(
      (a, b) => a.on.localeCompare(b.on) || a.referral.id.localeCompare(b.referral.id),
    );
    const earned: EarnedReward[] = [];
    if (program.enabled) {
      if (perWon) {
        for (const w of wins) {
          earned.push({
            key: wonRewardKey(w.referral.id),
            kind: 'per-won',
            clientId,
            description: perWon,
            earnedOn: w.on,
            referralId: w.referral.id,
          });
        }
      }
      for (const tier of tiers) {
        const reaching = wins[tier.count - 1];
        if (!reaching) continue;
        earned.push({
          key: tierRewardKey(tier.count),
          kind: 'tier',
          clientId,
          description: tier.reward,
          earnedOn: reaching.on,
          referralId: reaching.referral.id,
          tierCount: tier.count,
        });
      }
    }
    earned.sort(byEarned);
    const givenHere = [...(givenByReferrer.get(clientId) ?? [])].sort((a, b) =>
      a.givenOn.localeCompare(b.givenOn),
    );
    const givenKeys = new Set(givenHere.map((g) => g.key));
    const earnedKeys = new Set(earned.map((e) => e.key));
    const owed: OwedReward[] = earned
      .filter((e) => !givenKeys.has(e.key))
      .map((e) => ({ ...e, owedSince: e.earnedOn, daysOwed: Math.max(0, daysBetween(e.earnedOn, today)) }));
    return {
      clientId,
      wonCount: wins.length,
      earned,
      given: givenHere,
      owed,
      givenNotEarned: givenHere.filter((g) => !earnedKeys.has(g.key)),
    };
  });

  const owed = referrers.flatMap((r) => r.owed).sort(byEarned);
  return { referrers, owed };
}

/**
 * Referral rewards: the program lives in Settings, earned and owed rewards are computed from the
 * referrals (shared/referrals/rewards), and only the rewards handed over are stored here.
 */
import type { IsoDate } from '../../shared/domain/dates';
import { validate, type Validated } from '../../shared/domain/errors';
import {
  rewardGivenSchema,
  rewardsProgramSchema,
  type RewardGiven,
  type RewardsProgram,
} from '../../shared/domain/settings';
import { computeRewards, type RewardsSummary } from '../../shared/referrals';
import { newId } from './clients';
import { getDb } from './db';
import { getSettings, saveSettings } from './settings';

export async function rewardsSummary(today: IsoDate): Promise<RewardsSummary & { program: RewardsProgram }> {
  const db = getDb();
  const [settings, referrals, given] = await Promise.all([
    getSettings(),
    db.referrals.toArray(),
    db.rewardsGiven.toArray(),
  ]);
  return {
    ...computeRewards({ program: settings.rewards, referrals, given, today }),
    program: settings.rewards,
  };
}

/** How many rewards are owed now: the reminder count beside "Referrals". */
export async function owedRewardsCount(today: IsoDate): Promise<number> {
  return (await rewardsSummary(today)).owed.length;
}

/** Records that a reward was handed over; a second record for the same reward is refused. */
export async function markRewardGiven(input: {
  clientId: string;
  key: string;
  description: string;
  givenOn: IsoDate;
}): Promise<Validated<RewardGiven>> {
  const v = validate(rewardGivenSchema, { ...input, id: newId(), createdAt: new Date().toISOString() });
  if (!v.ok) return v;
  const db = getDb();
  return db.transaction('rw', db.rewardsGiven, async () => {
    const already = await db.rewardsGiven
      .where('clientId')
      .equals(input.clientId)
      .filter((g) => g.key === input.key)
      .first();
    if (already) return { ok: false as const, errors: { key: `Already given on ${already.givenOn}` } };
    await db.rewardsGiven.add(v.value);
    return { ok: true as const, value: v.value };
  });
}

export async function undoRewardGiven(id: string): Promise<void> {
  await getDb().rewardsGiven.delete(id);
}

export async function rewardsGivenTo(clientId: string): Promise<RewardGiven[]> {
  const rows = await getDb().rewardsGiven.where('clientId').equals(clientId).toArray();
  return rows.sort((a, b) => b.givenOn.localeCompare(a.givenOn));
}

/** Saves the rewards program into the one settings record, leaving every other setting as stored. */
export async function saveRewardsProgram(program: unknown): Promise<Validated<RewardsProgram>> {
  const v = validate(rewardsProgramSchema, program);
  if (!v.ok) return v;
  const current = await getSettings();
  const saved = await saveSettings({ ...current, rewards: v.value });
  if (!saved.ok) return saved;
  return { ok: true, value: saved.value.rewards };
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, getClient, updateClient } from '../../../renderer/data/clients';
import type { TouchpointDb } from '../../../renderer/data/db';
import {
  changeReferralStatus,
  convertReferralToClient,
  createReferral,
  deleteReferral,
  followUpsOf,
  getReferral,
  loadReportCard,
  replanAllReferrals,
  restoreReferral,
  undoDeleteReferral,
  updateReferral,
  type ReferralInput,
} from '../../../renderer/data/referrals';
import {
  markRewardGiven,
  owedRewardsCount,
  rewardsSummary,
  saveRewardsProgram,
} from '../../../renderer/data/rewards';
import { getSettings, saveSettings } from '../../../renderer/data/settings';
import { markDone } from '../../../renderer/data/touchpoints';
import { isoDate } from '../../../shared/domain/dates';
import type { Client, ClientInput } from '../../../shared/domain/schemas';
import { freshDb } from './dbHelpers';

let db: TouchpointDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const TODAY = isoDate('2026-11-24');
const when = { today: TODAY, now: '2026-11-24T09:00:00.000Z' };

const zoeInput: ClientInput = {
  firstName: 'Zoë',
  lastName: 'Ñúñez',
  importantDates: [],
  tags: [],
  journey: { status: 'active', start: '2026-01-10' },
};

async function zoe(): Promise<Client> {
  const r = await createClient(zoeInput);
  if (!r.ok) throw new Error('setup');
  return r.value;
}

function leadFrom(referrer: Client, extra: Partial<ReferralInput> = {}): ReferralInput {
  return {
    referrerId: referrer.id,
    lead: { name: 'Lena Fischer', email: 'lena@fischer.de', phone: '+49 30 1234 567' },
    date: '2026-11-24',
    introMethod: 'email',
    referrerTookAction: true,
    notes: 'Zoë emailed us both',
    ...extra,
  };
}

const open = (ts: { status: string }[]) => ts.filter((t) => t.status === 'planned' || t.status === 'snoozed');

describe('referrals repository', () => {
  it('logs a referral as new on its own date and plans the thank-you for the next day', async () => {
    const z = await zoe();
    const r = await createReferral(leadFrom(z), when);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const stored = await getReferral(r.value.id);
    expect(stored?.status).toBe('new');
    expect(stored?.statusDates).toEqual({ new: '2026-11-24' });
    expect(stored?.lead).toEqual({
      name: 'Lena Fischer',
      email: 'lena@fischer.de',
      phone: '+49 30 1234 567',
    });
    const follow = await followUpsOf(r.value.id);
    expect(follow).toHaveLength(1);
    expect(follow[0]).toMatchObject({
      clientId: z.id,
      kind: 'referral-thank-you',
      channel: 'call',
      due: '2026-11-25',
      status: 'planned',
      title: 'Thank Zoë for referring Lena Fischer',
    });
  });

  it('a referral on Dec 31 is thanked on Jan 1, with the preferred follow-up channel', async () => {
    const z = await zoe();
    const s = await getSettings();
    await saveSettings({ ...s, preferredReferralFollowUp: 'card' });
    const r = await createReferral(leadFrom(z, { date: '2026-12-31' }), { ...when, today: '2026-12-31' as never });
    if (!r.ok) throw new Error('setup');
    const [t] = await followUpsOf(r.value.id);
    expect(t?.due).toBe('2027-01-01');
    expect(t?.channel).toBe('card');
  });

  it('writes nothing when the form is wrong, and says which field', async () => {
    const z = await zoe();
    const r = await createReferral(
      leadFrom(z, { lead: { name: '  ', email: 'lena@' }, date: '2026-02-30' }),
      when,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['date', 'lead.email', 'lead.name']);
    const noReferrer = await createReferral(leadFrom(z, { referrerId: '' }), when);
    expect(noReferrer.ok === false && noReferrer.errors.referrerId).toBe('Choose who made the referral');
    expect(await db.referrals.count()).toBe(0);
    expect(await db.touchpoints.count()).toBe(0);
  });

  it('status changes re-plan follow-ups without duplicates; won needs a value', async () => {
    const z = await zoe();
    const r = await createReferral(leadFrom(z), when);
    if (!r.ok) throw new Error('setup');
    const id = r.value.id;

    const contacted = await changeReferralStatus(id, 'contacted', { today: isoDate('2026-11-27') });
    expect(contacted.ok && contacted.value.statusDates).toEqual({
      new: '2026-11-24',
      contacted: '2026-11-27',
    });
    // Twice on purpose: the second run must change nothing.
    await changeReferralStatus(id, 'contacted', { today: isoDate('2026-11-28') });
    let follow = await followUpsOf(id);
    expect(follow.map((t) => [t.planKey?.split(':')[2], t.due])).toEqual([
      ['thank', '2026-11-25'],
      ['report', '2026-11-28'],
    ]);

    const noValue = await changeReferralStatus(id, 'won', { today: isoDate('2026-12-10') });
    expect(noValue.ok).toBe(false);
    if (!noValue.ok) expect(noValue.errors.value).toContain('Enter the value of the sale');
    expect((await getReferral(id))?.status).toBe('contacted');

    const won = await changeReferralStatus(id, 'won', { today: isoDate('2026-12-10'), value: 4800 });
    expect(won.ok && won.value.value).toBe(4800);
    follow = await followUpsOf(id);
    expect(follow.map((t) => t.due)).toEqual(['2026-11-25', '2026-11-28', '2026-12-11']);
    expect(follow[2]?.title).toBe('Thank-you card to Zoë: Lena Fischer signed');

    // Back to introduced (a correction): the report and won follow-ups are no longer implied.
    await changeReferralStatus(id, 'introduced', { today: isoDate('2026-12-11') });
    follow = await followUpsOf(id);
    expect(follow.map((t) => t.planKey?.split(':')[2])).toEqual(['thank']);
    expect(await db.touchpoints.count()).toBe(1);
  });

  it('a follow-up the user already did is kept when the status moves back', async () => {
    const z = await zoe();
    const r = await createReferral(leadFrom(z), when);
    if (!r.ok) throw new Error('setup');
    await changeReferralStatus(r.value.id, 'contacted', when);
    const report = (await followUpsOf(r.value.id)).find((t) => t.planKey?.endsWith(':report'));
    if (!report) throw new Error('no report follow-up');
    await markDone(report.id, { via: 'call' });
    await changeReferralStatus(r.value.id, 'new', when);
    const after = await followUpsOf(r.value.id);
    expect(after.find((t) => t.id === report.id)?.status).toBe('done');
    expect(open(after)).toHaveLength(1);
  });

  it('editing the date moves the new date and the thank-you', async () => {
    const z = await zoe();
    const r = await createReferral(leadFrom(z), when);
    if (!r.ok) throw new Error('setup');
    const u = await updateReferral(r.value.id, leadFrom(z, { date: '2026-02-28' }), when);
    expect(u.ok && u.value.statusDates.new).toBe('2026-02-28');
    expect((await followUpsOf(r.value.id)).map((t) => t.due)).toEqual(['2026-03-01']);
  });

  it('a won referral cannot lose its value by an edit', async () => {
    const z = await zoe();
    const r = await createReferral(leadFrom(z), when);
    if (!r.ok) throw new Error('setup');
    await changeReferralStatus(r.value.id, 'won', { ...when, value: 1200.5 });
    const u = await updateReferral(r.value.id, { ...leadFrom(z), value: undefined }, when);
    expect(u.ok).toBe(false);
    expect((await getReferral(r.value.id))?.value).toBe(1200.5);
    const kept = await updateReferral(r.value.id, { ...leadFrom(z), notes: 'Signed for a year' }, when);
    expect(kept.ok && kept.value.value).toBe(1200.5);
  });

  it('delete removes the follow-ups still to do, keeps done ones, and can be undone', async () => {
    const z = await zoe();
    const r = await createReferral(leadFrom(z), when);
    if (!r.ok) throw new Error('setup');
    await changeReferralStatus(r.value.id, 'contacted', when);
    const thank = (await followUpsOf(r.value.id)).find((t) => t.planKey?.endsWith(':thank'));
    if (!thank) throw new Error('setup');
    await markDone(thank.id, { via: 'call' });

    const deleted = await deleteReferral(r.value.id);
    expect(deleted?.touchpoints.map((t) => t.planKey?.split(':')[2])).toEqual(['report']);
    expect(await getReferral(r.value.id)).toBeUndefined();
    expect((await db.touchpoints.toArray()).map((t) => t.status)).toEqual(['done']);

    if (!deleted) throw new Error('nothing deleted');
    await undoDeleteReferral(deleted);
    expect((await getReferral(r.value.id))?.status).toBe('contacted');
    expect((await followUpsOf(r.value.id)).map((t) => t.status).sort()).toEqual(['done', 'planned']);
  });

  it('turns the lead into a client linked both ways, once', async () => {
    const z = await zoe();
    const r = await createReferral(
      leadFrom(z, { lead: { name: '王 小明', phone: 'after 5pm: 030 1234' } }),
      when,
    );
    if (!r.ok) throw new Error('setup');
    const c = await convertReferralToClient(r.value.id, when);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    const stored = await getClient(c.value.id);
    expect(stored).toMatchObject({
      firstName: '小明',
      lastName: '王',
      source: { kind: 'referral', referredByClientId: z.id },
      journey: { status: 'active', start: '2026-11-24' },
      notes: 'Phone (from the referral): after 5pm: 030 1234',
    });
    expect((await getReferral(r.value.id))?.leadClientId).toBe(c.value.id);

    const again = await convertReferralToClient(r.value.id, when);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.errors.leadClientId).toContain('already a client');
    expect(await db.clients.count()).toBe(2);
  });

  it('two clicks at once make one client', async () => {
    const z = await zoe();
    const r = await createReferral(leadFrom(z), when);
    if (!r.ok) throw new Error('setup');
    const [a, b] = await Promise.all([
      convertReferralToClient(r.value.id),
      convertReferralToClient(r.value.id),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect(await db.clients.count()).toBe(2);
  });

  it('renaming the referrer renames the planned thank-yous', async () => {
    const z = await zoe();
    const r = await createReferral(leadFrom(z), when);
    if (!r.ok) throw new Error('setup');
    await updateClient(z.id, { ...zoeInput, firstName: 'Zoé' });
    const [t] = await followUpsOf(r.value.id);
    expect(t?.title).toBe('Thank Zoé for referring Lena Fischer');
  });

  it('changing the preferred channel and re-planning changes open follow-ups only', async () => {
    const z = await zoe();
    const r = await createReferral(leadFrom(z), when);
    if (!r.ok) throw new Error('setup');
    await saveSettings({ ...(await getSettings()), preferredReferralFollowUp: 'email' });
    await replanAllReferrals(when);
    expect((await followUpsOf(r.value.id)).map((t) => t.channel)).toEqual(['email']);
  });

  it('the report card counts one won referral as 100 % with its value', async () => {
    const z = await zoe();
    const r = await createReferral(leadFrom(z), when);
    const lost = await createReferral(
      leadFrom(z, { lead: { name: 'Kai Braun' }, referrerTookAction: false }),
      when,
    );
    if (!r.ok || !lost.ok) throw new Error('setup');
    await changeReferralStatus(r.value.id, 'won', { ...when, value: 4800 });
    let card = await loadReportCard({ from: isoDate('2026-01-01'), to: isoDate('2026-12-31') }, TODAY);
    expect(card.receivedCount).toBe(2);
    expect(card.conversionRateOfReceived).toBe(0.5);
    expect(card.referrerIntroducedShare).toBe(0.5);
    expect(card.revenueWonInPeriod).toBe(4800);
    await deleteReferral(lost.value.id);
    card = await loadReportCard({ from: isoDate('2026-01-01'), to: isoDate('2026-12-31') }, TODAY);
    expect([card.receivedCount, card.conversionRateOfReceived, card.revenueWonInPeriod]).toEqual([
      1, 1, 4800,
    ]);
    const empty = await loadReportCard({ from: isoDate('2025-01-01'), to: isoDate('2025-12-31') }, TODAY);
    expect([empty.receivedCount, empty.conversionRateOfReceived, empty.medianDaysToWin]).toEqual([
      0,
      null,
      null,
    ]);
  });
});

describe('rewards repository', () => {
  it('owes the per-won reward and the tier, and stops owing once given', async () => {
    const z = await zoe();
    const saved = await saveRewardsProgram({
      enabled: true,
      perWon: '€25 book voucher',
      tiers: [{ count: 2, reward: 'Dinner for two' }],
    });
    expect(saved.ok).toBe(true);
    // The rewards program is saved without touching other settings.
    expect((await getSettings()).preferredReferralFollowUp).toBe('call');
    const a = await createReferral(leadFrom(z), when);
    const b = await createReferral(leadFrom(z, { lead: { name: 'Jürgen Weiß' } }), when);
    if (!a.ok || !b.ok) throw new Error('setup');
    await changeReferralStatus(a.value.id, 'won', { today: isoDate('2026-11-25'), value: 100 });
    await changeReferralStatus(b.value.id, 'won', { today: isoDate('2026-11-26'), value: 200 });
    const summary = await rewardsSummary(isoDate('2026-12-01'));
    expect(summary.owed.map((o) => [o.description, o.earnedOn, o.daysOwed])).toEqual([
      ['€25 book voucher', '2026-11-25', 6],
      ['Dinner for two', '2026-11-26', 5],
      ['€25 book voucher', '2026-11-26', 5],
    ]);
    const tier = summary.owed.find((o) => o.kind === 'tier');
    if (!tier) throw new Error('no tier');
    const given = await markRewardGiven({
      clientId: z.id,
      key: tier.key,
      description: tier.description,
      givenOn: isoDate('2026-12-01'),
    });
    expect(given.ok).toBe(true);
    const twice = await markRewardGiven({
      clientId: z.id,
      key: tier.key,
      description: tier.description,
      givenOn: isoDate('2026-12-02'),
    });
    expect(twice.ok).toBe(false);
    expect(await owedRewardsCount(isoDate('2026-12-01'))).toBe(2);
  });

  it('refuses a tier without a description', async () => {
    const r = await saveRewardsProgram({ enabled: true, perWon: '', tiers: [{ count: 3, reward: ' ' }] });
    expect(r.ok === false && r.errors['tiers.0.reward']).toBe('Describe the reward');
  });
});

describe('undo of a status change', () => {
  it('puts the referral and its follow-ups back as they were', async () => {
    const r = await createClient(zoeInput);
    if (!r.ok) throw new Error('setup');
    const ref = await createReferral(leadFrom(r.value), when);
    if (!ref.ok) throw new Error('setup');
    const before = (await getReferral(ref.value.id))!;
    await changeReferralStatus(ref.value.id, 'won', { ...when, value: 300 });
    expect(await followUpsOf(ref.value.id)).toHaveLength(3);
    await restoreReferral(before, when);
    expect(await getReferral(ref.value.id)).toEqual(before);
    expect((await followUpsOf(ref.value.id)).map((t) => t.planKey?.split(':')[2])).toEqual(['thank']);
  });
});

describe('with the real client planner listening', () => {
  it('the converted lead gets a welcome card; status changes re-plan without errors', async () => {
    const { onClientsChanged } = await import('../../../renderer/data/hooks');
    const { replanClients } = await import('../../../renderer/data/planner');
    const off = onClientsChanged((ids) => replanClients(ids).then(() => undefined));
    try {
      const r = await createClient(zoeInput);
      if (!r.ok) throw new Error('setup');
      const ref = await createReferral(leadFrom(r.value), when);
      if (!ref.ok) throw new Error('setup');
      await changeReferralStatus(ref.value.id, 'won', { value: 4800 });
      const c = await convertReferralToClient(ref.value.id);
      if (!c.ok) throw new Error(JSON.stringify(c.errors));
      const planned = await db.touchpoints.where('clientId').equals(c.value.id).toArray();
      expect(planned.map((t) => t.kind)).toContain('welcome-card');
      // The referrer's follow-ups are untouched by the planner.
      expect(await followUpsOf(ref.value.id)).toHaveLength(3);
    } finally {
      off();
    }
  });
});

describe('report periods and money typed by hand', () => {
  it('presets count whole months from today, leap day and year end included', async () => {
    const { presetPeriod, customPeriod } = await import('../../../renderer/features/referrals/periods');
    expect(presetPeriod('this-month', isoDate('2028-02-29'))).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    });
    expect(presetPeriod('this-quarter', isoDate('2026-12-31'))).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(presetPeriod('this-year', isoDate('2026-11-24'))).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(presetPeriod('last-12-months', isoDate('2026-01-15'))).toEqual({
      from: '2025-02-01',
      to: '2026-01-31',
    });
    expect(customPeriod('2026-10-31', '2026-10-01')).toBe('The period starts after it ends: swap the dates');
    expect(customPeriod('2026-02-30', '2026-03-01')).toBe('Choose the first day of the period');
  });

  it('reads sale values in the ways people type them', async () => {
    const { parseMoney } = await import('../../../renderer/ui/money');
    expect(parseMoney('4800')).toBe(4800);
    expect(parseMoney('1,200.50')).toBe(1200.5);
    expect(parseMoney('4.800,50')).toBe(4800.5);
    expect(parseMoney('4800,5')).toBe(4800.5);
    expect(parseMoney('€ 4 800')).toBe(4800);
    expect(parseMoney("12'500")).toBe(12500);
    expect(parseMoney('')).toBeUndefined();
    expect(parseMoney('lots')).toBeUndefined();
  });
});

describe('referral dates', () => {
  it('refuses a referral dated after today, saying why, and writes nothing', async () => {
    const { createReferral } = await import('../../../renderer/data/referrals');
    const { createClient } = await import('../../../renderer/data/clients');
    const { getDb } = await import('../../../renderer/data/db');
    const zoe = await createClient({ firstName: 'Zoë', importantDates: [], tags: [], journey: { status: 'active' } });
    if (!zoe.ok) throw new Error('setup');
    const before = await getDb().referrals.count();
    const r = await createReferral(
      {
        referrerId: zoe.value.id,
        lead: { name: 'Lena Fischer' },
        date: '2026-12-30',
        introMethod: 'email',
        referrerTookAction: true,
      } as never,
      { today: '2026-11-24' as never, now: '2026-11-24T10:00:00.000Z' },
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.date).toMatch(/cannot be dated in the future/);
    expect(await getDb().referrals.count()).toBe(before);
  });
});

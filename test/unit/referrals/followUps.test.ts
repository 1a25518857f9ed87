import { describe, expect, it } from 'vitest';
import { touchpointSchema, type Referral, type Touchpoint } from '../../../shared/domain/schemas';
import {
  applyStatusChange,
  planReferralFollowUps,
  type PlanReferralFollowUpsInput,
  type ReferralFollowUpDiff,
} from '../../../shared/referrals';
import { d, idSequence, NOW, referral, touchpoint } from './fixtures';

const LATER = '2026-06-20T09:00:00.000Z';

/** What the repository would do with a diff: put overwrites by id, remove deletes. */
function applyDiff(store: readonly Touchpoint[], diff: ReferralFollowUpDiff): Touchpoint[] {
  const byId = new Map(store.map((t) => [t.id, t]));
  for (const id of diff.remove) byId.delete(id);
  for (const t of diff.put) byId.set(t.id, touchpointSchema.parse(t));
  return [...byId.values()];
}

function plan(
  r: Referral,
  existing: readonly Touchpoint[] = [],
  extra: Partial<PlanReferralFollowUpsInput> = {},
) {
  return planReferralFollowUps({
    referral: r,
    referrerFirstName: 'Anna',
    existing,
    today: d('2026-06-15'),
    now: NOW,
    newId: idSequence(),
    ...extra,
  });
}

/** Plans into an empty store and returns the store keyed by step. */
function planned(r: Referral, extra: Partial<PlanReferralFollowUpsInput> = {}) {
  const store = applyDiff([], plan(r, [], extra));
  return Object.fromEntries(store.map((t) => [t.planKey?.split(':')[2], t]));
}

function change(r: Referral, status: Referral['status'], today: string, value?: number): Referral {
  const res = applyStatusChange(r, status, d(today), value === undefined ? {} : { value });
  if (!res.ok) throw new Error(res.message);
  return res.referral;
}

const fresh = referral('r1', 'c-anna', 'Zoë Ñúñez', '2026-03-02', { statusDates: { new: '2026-03-02' } });

describe('planReferralFollowUps: what each status implies', () => {
  it('a new referral gets one thank-you, due the next day, on the preferred channel', () => {
    const diff = plan(fresh);
    expect(diff.remove).toEqual([]);
    expect(diff.put).toHaveLength(1);
    const [t] = diff.put;
    expect(t).toEqual({
      id: 'tp-1',
      clientId: 'c-anna',
      kind: 'referral-thank-you',
      channel: 'call',
      due: '2026-03-03',
      status: 'planned',
      title: 'Thank Anna for referring Zoë Ñúñez',
      planKey: 'referral:r1:thank',
      details: { referredName: 'Zoë Ñúñez', referrerFirstName: 'Anna', step: 'thank' },
      referralId: 'r1',
      manual: false,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(touchpointSchema.safeParse(t).success).toBe(true);
  });

  it('uses the channel from settings', () => {
    const t = planned(fresh, { settings: { preferredReferralFollowUp: 'email' } });
    expect(t.thank?.channel).toBe('email');
  });

  it('introduced is not a contact yet: still only the thank-you', () => {
    expect(Object.keys(planned(change(fresh, 'introduced', '2026-03-03')))).toEqual(['thank']);
  });

  it('contacted adds the status report the day after the first contact', () => {
    const t = planned(change(fresh, 'contacted', '2026-03-09'));
    expect(Object.keys(t).sort()).toEqual(['report', 'thank']);
    expect(t.report?.due).toBe('2026-03-10');
    expect(t.report?.title).toBe('Thank Anna again: update on Zoë Ñúñez');
    expect(t.report?.channel).toBe('call');
  });

  it('a meeting without a recorded contact dates the report from the meeting', () => {
    const t = planned(change(fresh, 'meeting', '2026-03-12'));
    expect(t.report?.due).toBe('2026-03-13');
  });

  it('won adds a thank-you card the day after, or a gift when asked', () => {
    const won = change(change(fresh, 'contacted', '2026-03-09'), 'won', '2026-04-30', 4800);
    const card = planned(won);
    expect(Object.keys(card).sort()).toEqual(['report', 'thank', 'won']);
    expect(card.won).toMatchObject({
      due: '2026-05-01',
      channel: 'card',
      title: 'Thank-you card to Anna: Zoë Ñúñez signed',
      planKey: 'referral:r1:won',
      kind: 'referral-thank-you',
      referralId: 'r1',
    });
    expect(planned(won, { wonChannel: 'gift' }).won).toMatchObject({
      channel: 'gift',
      title: 'Thank-you gift for Anna: Zoë Ñúñez signed',
    });
  });

  it('dates cross the year end and land on Feb 29', () => {
    const r = referral('r9', 'c-anna', '王小明', '2027-12-31', {
      status: 'contacted',
      statusDates: { contacted: '2028-02-28' },
    });
    const t = planned(r);
    expect(t.thank?.due).toBe('2028-01-01');
    expect(t.report?.due).toBe('2028-02-29');
    expect(t.thank?.details?.referredName).toBe('王小明');
  });

  it('a lost referral that was contacted keeps thank + report, a never-contacted one only the thank-you', () => {
    const lostAfterContact = change(change(fresh, 'contacted', '2026-03-09'), 'lost', '2026-03-20');
    expect(Object.keys(planned(lostAfterContact)).sort()).toEqual(['report', 'thank']);
    expect(Object.keys(planned(change(fresh, 'lost', '2026-03-04')))).toEqual(['thank']);
  });

  it('keeps titles within the 200 characters the schema allows', () => {
    const long = referral('r5', 'c-anna', `Maximilian ${'Ä'.repeat(185)}`, '2026-03-02');
    const [t] = plan(long).put;
    expect(Array.from(t?.title ?? '')).toHaveLength(200);
    expect(t?.title.endsWith('…')).toBe(true);
    expect(touchpointSchema.safeParse(t).success).toBe(true);
  });
});

describe('planReferralFollowUps: re-planning', () => {
  it('is idempotent: planning again over its own result changes nothing', () => {
    const won = change(change(fresh, 'contacted', '2026-03-09'), 'won', '2026-04-30', 4800);
    const store = applyDiff([], plan(won));
    expect(store).toHaveLength(3);
    expect(plan(won, store, { now: LATER })).toEqual({ put: [], remove: [] });
  });

  it('walks a referral through every status without duplicates', () => {
    let r = fresh;
    let store: Touchpoint[] = [];
    const steps: [Referral['status'], string, number?][] = [
      ['introduced', '2026-03-03'],
      ['contacted', '2026-03-06'],
      ['meeting', '2026-03-12'],
      ['won', '2026-03-31', 2500],
    ];
    store = applyDiff(store, plan(r, store));
    const thankId = store[0]?.id;
    for (const [status, day, value] of steps) {
      r = change(r, status, day, value);
      store = applyDiff(store, plan(r, store, { newId: idSequence(status) }));
    }
    const keys = store.map((t) => t.planKey).sort();
    expect(keys).toEqual(['referral:r1:report', 'referral:r1:thank', 'referral:r1:won']);
    // The thank-you planned on day one is the same record, never recreated.
    expect(store.find((t) => t.planKey === 'referral:r1:thank')?.id).toBe(thankId);
    expect(store.find((t) => t.planKey === 'referral:r1:report')?.due).toBe('2026-03-07');
  });

  it('moving back from won removes the planned won follow-up', () => {
    const won = change(change(fresh, 'contacted', '2026-03-09'), 'won', '2026-04-30', 4800);
    const store = applyDiff([], plan(won));
    const wonId = store.find((t) => t.planKey === 'referral:r1:won')?.id;
    const back = change(won, 'meeting', '2026-05-02');
    const diff = plan(back, store);
    expect(diff).toEqual({ put: [], remove: [wonId] });
  });

  it('losing a won referral removes the won follow-up but keeps thank + report', () => {
    const won = change(change(fresh, 'contacted', '2026-03-09'), 'won', '2026-04-30', 4800);
    const store = applyDiff([], plan(won));
    const after = applyDiff(store, plan(change(won, 'lost', '2026-05-10'), store));
    expect(after.map((t) => t.planKey).sort()).toEqual(['referral:r1:report', 'referral:r1:thank']);
  });

  it('moving back before contact removes the planned report', () => {
    const contacted = change(fresh, 'contacted', '2026-03-09');
    const store = applyDiff([], plan(contacted));
    const after = applyDiff(store, plan(change(contacted, 'introduced', '2026-03-10'), store));
    expect(after.map((t) => t.planKey)).toEqual(['referral:r1:thank']);
  });

  it('updates a planned follow-up in place when its date or channel changes', () => {
    const store = applyDiff([], plan(fresh));
    const moved = { ...fresh, date: d('2026-03-05') };
    const diff = plan(moved, store, { now: LATER, settings: { preferredReferralFollowUp: 'email' } });
    expect(diff.remove).toEqual([]);
    expect(diff.put).toHaveLength(1);
    expect(diff.put[0]).toMatchObject({
      id: 'tp-1',
      due: '2026-03-06',
      channel: 'email',
      createdAt: NOW,
      updatedAt: LATER,
    });
  });

  it('never touches done, skipped, snoozed or manual follow-ups, even when no longer implied', () => {
    const won = change(change(fresh, 'contacted', '2026-03-09'), 'won', '2026-04-30', 4800);
    const existing = [
      touchpoint({
        id: 'done',
        referralId: 'r1',
        planKey: 'referral:r1:thank',
        due: d('2026-03-03'),
        status: 'done',
        doneAt: NOW,
      }),
      touchpoint({
        id: 'snoozed',
        referralId: 'r1',
        planKey: 'referral:r1:report',
        due: d('2026-03-25'),
        status: 'snoozed',
      }),
      touchpoint({
        id: 'manual',
        referralId: 'r1',
        planKey: 'referral:r1:won',
        due: d('2026-05-09'),
        channel: 'gift',
        manual: true,
      }),
    ];
    // Everything is handled by the user: nothing to put, nothing to remove.
    expect(plan(won, existing)).toEqual({ put: [], remove: [] });
    // Lost and moved back to new: none of these is implied any more, yet all stay.
    const lost = change(change(won, 'new', '2026-05-10'), 'lost', '2026-05-11');
    expect(plan(lost, existing)).toEqual({ put: [], remove: [] });
    const skipped = [
      touchpoint({
        id: 'sk',
        referralId: 'r1',
        planKey: 'referral:r1:won',
        due: d('2026-05-01'),
        status: 'skipped',
      }),
    ];
    expect(
      plan(won, skipped)
        .put.map((t) => t.planKey)
        .sort(),
    ).toEqual(['referral:r1:report', 'referral:r1:thank']);
  });

  it('drops a planned duplicate beside one the user already handled, and extra planned twins', () => {
    const existing = [
      touchpoint({
        id: 'a-done',
        referralId: 'r1',
        planKey: 'referral:r1:thank',
        due: d('2026-03-03'),
        status: 'done',
      }),
      touchpoint({ id: 'b-planned', referralId: 'r1', planKey: 'referral:r1:thank', due: d('2026-03-03') }),
    ];
    expect(plan(fresh, existing)).toEqual({ put: [], remove: ['b-planned'] });
    const twins = applyDiff([], plan(fresh));
    const twin = { ...twins[0]!, id: 'tp-0' };
    const diff = plan(fresh, [...twins, twin]);
    expect(diff).toEqual({ put: [], remove: ['tp-1'] }); // keeps the first id in order: tp-0
  });

  it('ignores touchpoints of other referrals, hand-made ones and other planners', () => {
    const existing = [
      touchpoint({ id: 'other', referralId: 'r2', planKey: 'referral:r2:won', due: d('2026-03-03') }),
      touchpoint({
        id: 'free',
        referralId: 'r1',
        due: d('2026-03-04'),
        kind: 'custom',
        title: 'Lunch with Anna',
      }),
      touchpoint({ id: 'weird', referralId: 'r1', planKey: 'referral:r1:party', due: d('2026-03-04') }),
    ];
    const diff = plan(fresh, existing);
    expect(diff.remove).toEqual([]);
    expect(diff.put.map((t) => t.planKey)).toEqual(['referral:r1:thank']);
  });

  it('defaults to random UUIDs when no id maker is given', () => {
    const diff = planReferralFollowUps({
      referral: fresh,
      referrerFirstName: 'Anna',
      existing: [],
      today: d('2026-06-15'),
      now: NOW,
    });
    expect(diff.put[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

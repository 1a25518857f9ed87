import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, deleteClient } from '../../../renderer/data/clients';
import type { TouchpointDb } from '../../../renderer/data/db';
import {
  addIdea,
  deleteGift,
  giftsForClient,
  giftsGivenInYear,
  logGift,
  restoreGift,
  undoLogGift,
  updateGift,
} from '../../../renderer/data/gifts';
import { onClientsChanged } from '../../../renderer/data/hooks';
import { lastTouchByClient } from '../../../renderer/data/planner';
import { addOneOff, getTouchpoint } from '../../../renderer/data/touchpoints';
import { isoDate, toIsoDate } from '../../../shared/domain/dates';
import type { Client } from '../../../shared/domain/schemas';
import { freshDb } from '../data/dbHelpers';

let db: TouchpointDb;
let changed: string[][];
let stop: () => void;
beforeEach(() => {
  db = freshDb();
  changed = [];
  stop = onClientsChanged(async (ids) => {
    changed.push([...ids]);
  });
});
afterEach(() => {
  stop();
  db.close();
});

async function client(firstName: string, lastName?: string): Promise<Client> {
  const r = await createClient({
    firstName,
    lastName,
    importantDates: [],
    tags: [],
    journey: { status: 'active' },
  });
  if (!r.ok) throw new Error('setup');
  return r.value;
}

describe('gift ideas', () => {
  it('notes an idea for a client, and it is not a touch', async () => {
    const zoe = await client('Zoë', 'Ñúñez');
    changed = [];
    const r = await addIdea({
      clientId: zoe.id,
      what: '  Orchid, she mentioned her windowsill ',
      date: '2026-09-15',
    });
    expect(r.ok).toBe(true);
    const list = await giftsForClient(zoe.id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      type: 'idea',
      what: 'Orchid, she mentioned her windowsill',
      date: '2026-09-15',
    });
    expect(changed).toEqual([]);
    expect((await lastTouchByClient([zoe.id])).has(zoe.id)).toBe(false);
  });

  it('says which field is wrong and writes nothing', async () => {
    const zoe = await client('Zoë');
    const r = await addIdea({ clientId: zoe.id, what: '   ', cost: -5 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.what).toBe('Say what the gift is');
      expect(r.errors.cost).toBe('Cost cannot be negative');
    }
    expect(await db.gifts.count()).toBe(0);
  });

  it('refuses an idea for a deleted client', async () => {
    const zoe = await client('Zoë');
    await deleteClient(zoe.id);
    const r = await addIdea({ clientId: zoe.id, what: 'Orchid' });
    expect(r).toEqual({ ok: false, errors: { clientId: 'That client no longer exists' } });
  });
});

describe('logging a gift', () => {
  it('turns the idea into the gift, completes the gift touchpoint via gift, and re-plans the client', async () => {
    const wang = await client('小明', '王');
    const idea = await addIdea({
      clientId: wang.id,
      what: '日本酒セット',
      notes: 'Likes dry sake',
      date: '2026-06-01',
    });
    if (!idea.ok) throw new Error('setup');
    const t = await addOneOff({
      clientId: wang.id,
      kind: 'end-of-journey-gift',
      channel: 'gift',
      due: isoDate('2026-11-24'),
      title: 'End-of-journey appreciation gift',
    });
    changed = [];
    const r = await logGift({
      clientId: wang.id,
      what: '日本酒セット',
      date: '2026-11-24',
      occasion: 'End of journey',
      cost: 68.5,
      whereBought: 'Sake shop Berlin',
      ideaId: idea.value.id,
      touchpointId: t.id,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.gift.id).toBe(idea.value.id);
    expect(r.value.gift).toMatchObject({
      type: 'given',
      cost: 68.5,
      touchpointId: t.id,
      notes: 'Likes dry sake',
    });
    expect(r.value.ideaBefore?.type).toBe('idea');
    const gifts = await giftsForClient(wang.id);
    expect(gifts.map((g) => g.type)).toEqual(['given']);
    const done = await getTouchpoint(t.id);
    expect(done?.status).toBe('done');
    expect(done?.doneVia).toBe('gift');
    expect(toIsoDate(new Date(done?.doneAt ?? ''))).toBe('2026-11-24');
    expect(changed.flat()).toContain(wang.id);
    // The gift counts as a touch for keep-in-touch.
    expect((await lastTouchByClient([wang.id])).get(wang.id)).toBe('2026-11-24');
    expect((await lastTouchByClient()).get(wang.id)).toBe('2026-11-24');
  });

  it('a gift without a touchpoint is still a touch; undo takes it back', async () => {
    const zoe = await client('Zoë');
    changed = [];
    const r = await logGift({ clientId: zoe.id, what: 'Flowers', date: '2026-03-08', cost: 35 });
    if (!r.ok) throw new Error('setup');
    expect(changed).toEqual([[zoe.id]]);
    expect((await lastTouchByClient([zoe.id])).get(zoe.id)).toBe('2026-03-08');
    await undoLogGift(r.value);
    expect(await giftsForClient(zoe.id)).toEqual([]);
    expect((await lastTouchByClient([zoe.id])).has(zoe.id)).toBe(false);
  });

  it('undo puts back the idea and reopens the touchpoint', async () => {
    const zoe = await client('Zoë');
    const idea = await addIdea({ clientId: zoe.id, what: 'Barolo', date: '2026-05-05' });
    if (!idea.ok) throw new Error('setup');
    const t = await addOneOff({
      clientId: zoe.id,
      kind: 'referral-thank-you',
      channel: 'gift',
      due: isoDate('2026-11-20'),
      title: 'Thank-you gift for Zoë',
    });
    const r = await logGift({
      clientId: zoe.id,
      what: 'Barolo 2019',
      cost: 42,
      ideaId: idea.value.id,
      touchpointId: t.id,
    });
    if (!r.ok) throw new Error('setup');
    await undoLogGift(r.value);
    const back = await giftsForClient(zoe.id);
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ id: idea.value.id, type: 'idea', what: 'Barolo' });
    expect((await getTouchpoint(t.id))?.status).toBe('planned');
  });

  it('leaves another client’s touchpoint and idea alone', async () => {
    const zoe = await client('Zoë');
    const ana = await client('Ana');
    const anasIdea = await addIdea({ clientId: ana.id, what: 'Tea' });
    if (!anasIdea.ok) throw new Error('setup');
    const t = await addOneOff({
      clientId: ana.id,
      kind: 'end-of-journey-gift',
      channel: 'gift',
      due: isoDate('2026-11-20'),
      title: 'Gift',
    });
    const r = await logGift({ clientId: zoe.id, what: 'Tea', ideaId: anasIdea.value.id, touchpointId: t.id });
    if (!r.ok) throw new Error('setup');
    expect(r.value.gift.id).not.toBe(anasIdea.value.id);
    expect(r.value.gift.touchpointId).toBeUndefined();
    expect(r.value.completedBefore).toBeUndefined();
    expect((await getTouchpoint(t.id))?.status).toBe('planned');
    expect((await giftsForClient(ana.id))[0]?.type).toBe('idea');
  });

  it('nothing is written when the gift is invalid', async () => {
    const zoe = await client('Zoë');
    const t = await addOneOff({
      clientId: zoe.id,
      kind: 'end-of-journey-gift',
      channel: 'gift',
      due: isoDate('2026-11-20'),
      title: 'Gift',
    });
    const r = await logGift({ clientId: zoe.id, what: '', date: '2026-02-30', touchpointId: t.id });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.what).toBeDefined();
      expect(r.errors.date).toBe('Use a real date in the form YYYY-MM-DD');
    }
    expect(await db.gifts.count()).toBe(0);
    expect((await getTouchpoint(t.id))?.status).toBe('planned');
  });
});

describe('editing and deleting', () => {
  it('edits a gift and undoes the edit; deleting and restoring re-plans', async () => {
    const zoe = await client('Zoë');
    const r = await logGift({ clientId: zoe.id, what: 'Flowers', date: '2026-03-08', cost: 35 });
    if (!r.ok) throw new Error('setup');
    const e = await updateGift(r.value.gift.id, {
      clientId: 'someone-else',
      what: 'Tulips',
      date: '2026-03-09',
      cost: 30,
      reception: 'Loved them',
    });
    if (!e.ok) throw new Error(JSON.stringify(e.errors));
    expect(e.value.gift).toMatchObject({
      clientId: zoe.id,
      type: 'given',
      what: 'Tulips',
      reception: 'Loved them',
      cost: 30,
    });
    expect(e.value.before.what).toBe('Flowers');
    await restoreGift(e.value.before);
    expect((await giftsForClient(zoe.id))[0]?.what).toBe('Flowers');

    changed = [];
    const gone = await deleteGift(r.value.gift.id);
    expect(gone?.what).toBe('Flowers');
    expect(changed).toEqual([[zoe.id]]);
    expect(await giftsForClient(zoe.id)).toEqual([]);
    await restoreGift(gone!);
    expect(await giftsForClient(zoe.id)).toHaveLength(1);
  });

  it('an edit that makes the gift invalid changes nothing', async () => {
    const zoe = await client('Zoë');
    const r = await addIdea({ clientId: zoe.id, what: 'Orchid' });
    if (!r.ok) throw new Error('setup');
    const e = await updateGift(r.value.id, { clientId: zoe.id, what: 'x'.repeat(301) });
    expect(e.ok).toBe(false);
    expect((await giftsForClient(zoe.id))[0]?.what).toBe('Orchid');
  });
});

describe('gifts given in a year', () => {
  it('takes Jan 1 to Dec 31 and no ideas', async () => {
    const zoe = await client('Zoë');
    for (const [date, what] of [
      ['2025-12-31', 'old'],
      ['2026-01-01', 'first'],
      ['2026-12-31', 'last'],
      ['2027-01-01', 'next'],
    ] as const)
      await logGift({ clientId: zoe.id, what, date });
    await addIdea({ clientId: zoe.id, what: 'idea', date: '2026-06-06' });
    const year = await giftsGivenInYear(2026);
    expect(year.map((g) => g.what).sort()).toEqual(['first', 'last']);
  });
});

describe('a gift idea noted in the call log', () => {
  it('is saved for the call’s client on the call’s local day, and an empty field saves nothing', async () => {
    const { saveCallGiftIdea, giftIdeaError } =
      await import('../../../renderer/features/gifts/CallGiftIdeaField');
    const zoe = await client('Zoë');
    // 23:30 local on New Year's Eve: the idea belongs to that day, whatever the UTC date.
    const idea = await saveCallGiftIdea(zoe.id, ' Orchid ', new Date(2026, 11, 31, 23, 30));
    expect(idea).toMatchObject({
      type: 'idea',
      what: 'Orchid',
      date: '2026-12-31',
      notes: 'Noted during a call',
    });
    expect(await saveCallGiftIdea(zoe.id, '   ', new Date())).toBeUndefined();
    expect(await giftsForClient(zoe.id)).toHaveLength(1);
    expect(giftIdeaError('x'.repeat(301))).toMatch(/at most 300/);
    expect(giftIdeaError('x'.repeat(300))).toBeUndefined();
  });
});

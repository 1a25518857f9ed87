import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  callsForClient,
  lastCallByClient,
  lastCallDay,
  logCall,
  openCallTouchpoints,
  undoLogCall,
  type CallInput,
} from '../../../renderer/data/calls';
import { createClient } from '../../../renderer/data/clients';
import type { TouchpointDb } from '../../../renderer/data/db';
import { onClientsChanged } from '../../../renderer/data/hooks';
import {
  checksForClient,
  greenLightsWaiting,
  markReferralAsked,
  recordTestimonialCheck,
} from '../../../renderer/data/testimonials';
import { addOneOff, getTouchpoint } from '../../../renderer/data/touchpoints';
import { isoDate } from '../../../shared/domain/dates';
import type { Client } from '../../../shared/domain/schemas';
import { freshDb } from './dbHelpers';

let db: TouchpointDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

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

/** A local wall-clock instant, so day boundaries are the user's, whatever zone the tests run in. */
const local = (y: number, m: number, d: number, h = 10, min = 0) =>
  new Date(y, m - 1, d, h, min).toISOString();

function call(c: Client, extra: Partial<CallInput> = {}): CallInput {
  return {
    clientId: c.id,
    at: local(2026, 11, 24, 10, 5),
    durationSec: 245,
    purpose: 'referral-thank-you',
    outcome: 'Zoë was glad to help',
    ...extra,
  };
}

describe('calls repository', () => {
  it('logs a call and completes the planned call it answers, by call at the call time', async () => {
    const zoe = await client('Zoë', 'Ñúñez');
    const t = await addOneOff({
      clientId: zoe.id,
      kind: 'check-in-call',
      channel: 'call',
      due: isoDate('2026-11-25'),
      title: 'Check in with Zoë',
    });
    const r = await logCall(call(zoe, { touchpointId: t.id }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const done = await getTouchpoint(t.id);
    expect(done).toMatchObject({ status: 'done', doneVia: 'call', doneAt: r.value.call.at });
    expect(r.value.completedBefore?.status).toBe('planned');
    expect((await callsForClient(zoe.id)).map((c) => [c.durationSec, c.outcome, c.touchpointId])).toEqual([
      [245, 'Zoë was glad to help', t.id],
    ]);
  });

  it('never completes another client’s touchpoint', async () => {
    const zoe = await client('Zoë');
    const wang = await client('小明', '王');
    const t = await addOneOff({
      clientId: wang.id,
      kind: 'custom',
      channel: 'call',
      due: isoDate('2026-11-24'),
      title: 'Call 王小明',
    });
    const r = await logCall(call(zoe, { touchpointId: t.id }));
    expect(r.ok && r.value.call.touchpointId).toBeUndefined();
    expect((await getTouchpoint(t.id))?.status).toBe('planned');
  });

  it('rejects a call without a client or with a negative duration, writing nothing', async () => {
    const zoe = await client('Zoë');
    const r1 = await logCall(call(zoe, { clientId: '' }));
    const r2 = await logCall(call(zoe, { durationSec: -60 }));
    const r3 = await logCall(call(zoe, { at: 'yesterday' }));
    expect(r1.ok === false && r1.errors.clientId).toBe('Choose whom you spoke with');
    expect(r2.ok === false && r2.errors.durationSec).toBeTruthy();
    expect(r3.ok === false && r3.errors.at).toBeTruthy();
    expect(await db.calls.count()).toBe(0);
  });

  it('turns the next step into a touchpoint, and Undo takes back all of it', async () => {
    const zoe = await client('Zoë');
    const t = await addOneOff({
      clientId: zoe.id,
      kind: 'custom',
      channel: 'call',
      due: isoDate('2026-11-24'),
      title: 'Call Zoë',
    });
    const r = await logCall(
      call(zoe, {
        touchpointId: t.id,
        nextStep: 'Send the brochure',
        nextStepDue: '2026-11-27',
        nextStepChannel: 'email',
      }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.nextStepTouchpoint).toMatchObject({
      title: 'Send the brochure',
      due: '2026-11-27',
      channel: 'email',
      status: 'planned',
    });
    expect(await db.touchpoints.count()).toBe(2);

    await undoLogCall(r.value);
    expect(await db.calls.count()).toBe(0);
    expect(await db.touchpoints.count()).toBe(1);
    expect((await getTouchpoint(t.id))?.status).toBe('planned');
  });

  it('a next step with a day but no text is refused', async () => {
    const zoe = await client('Zoë');
    const r = await logCall(call(zoe, { nextStep: ' ', nextStepDue: '2026-11-27' }));
    expect(r.ok === false && r.errors.nextStep).toBe('Say what the next step is, to plan it');
  });

  it('knows each client’s last call day in local time, across a year end', async () => {
    const zoe = await client('Zoë');
    const wang = await client('小明', '王');
    await logCall(call(zoe, { at: local(2026, 12, 31, 23, 40) }));
    await logCall(call(zoe, { at: local(2026, 3, 2) }));
    await logCall(call(wang, { at: local(2027, 1, 1, 0, 10) }));
    const last = await lastCallByClient();
    expect(Object.fromEntries(last)).toEqual({ [zoe.id]: '2026-12-31', [wang.id]: '2027-01-01' });
    expect(await lastCallDay(zoe.id)).toBe('2026-12-31');
  });

  it('tells the planner the client was in touch', async () => {
    const zoe = await client('Zoë');
    const seen: string[][] = [];
    const off = onClientsChanged(async (ids) => {
      seen.push([...ids]);
    });
    try {
      await logCall(call(zoe));
    } finally {
      off();
    }
    expect(seen).toEqual([[zoe.id]]);
  });

  it('offers the open call touchpoints due by a day, oldest first', async () => {
    const zoe = await client('Zoë');
    await addOneOff({
      clientId: zoe.id,
      kind: 'custom',
      channel: 'card',
      due: isoDate('2026-11-20'),
      title: 'A card',
    });
    await addOneOff({
      clientId: zoe.id,
      kind: 'custom',
      channel: 'call',
      due: isoDate('2026-11-26'),
      title: 'Later call',
    });
    await addOneOff({
      clientId: zoe.id,
      kind: 'custom',
      channel: 'call',
      due: isoDate('2026-11-21'),
      title: 'Overdue call',
    });
    await addOneOff({
      clientId: zoe.id,
      kind: 'custom',
      channel: 'call',
      due: isoDate('2026-12-26'),
      title: 'Far call',
    });
    const open = await openCallTouchpoints(zoe.id, isoDate('2026-12-01'));
    expect(open.map((t) => t.title)).toEqual(['Overdue call', 'Later call']);
  });
});

describe('testimonial checks', () => {
  it('records the answers, completes the request and lists the green light until asked', async () => {
    const zoe = await client('Zoë');
    const t = await addOneOff({
      clientId: zoe.id,
      kind: 'testimonial-request',
      channel: 'call',
      due: isoDate('2026-11-24'),
      title: 'Ask Zoë for a testimonial',
    });
    const r = await recordTestimonialCheck({
      clientId: zoe.id,
      date: '2026-11-24',
      doingBetter: 'Reply faster on Fridays',
      doneRight: 'The garden plan was spot on',
      whatToRefer: 'Nothing — happy to!',
      greenLight: true,
      touchpointId: t.id,
    });
    expect(r.ok).toBe(true);
    expect((await getTouchpoint(t.id))?.status).toBe('done');
    expect((await checksForClient(zoe.id))[0]?.doneRight).toBe('The garden plan was spot on');
    let waiting = await greenLightsWaiting();
    expect(waiting.map((w) => w.clientId)).toEqual([zoe.id]);

    // A referral-ask call on the same day counts as the ask.
    await logCall({
      clientId: zoe.id,
      at: local(2026, 11, 24, 16),
      durationSec: 120,
      purpose: 'referral-ask',
    });
    waiting = await greenLightsWaiting();
    expect(waiting).toEqual([]);
  });

  it('marking the ask by hand removes the client from the list', async () => {
    const zoe = await client('Zoë');
    const r = await recordTestimonialCheck({ clientId: zoe.id, date: '2026-11-24', greenLight: true });
    if (!r.ok) throw new Error('setup');
    expect(await greenLightsWaiting()).toHaveLength(1);
    await markReferralAsked(r.value.check.id, isoDate('2026-11-25'));
    expect(await greenLightsWaiting()).toHaveLength(0);
  });
});

describe('with the real client planner listening', () => {
  it('logging a call and a testimonial check work while the planner re-plans the client', async () => {
    const { replanClients } = await import('../../../renderer/data/planner');
    const off = onClientsChanged((ids) => replanClients(ids).then(() => undefined));
    try {
      const zoe = await client('Zoë');
      const t = await addOneOff({
        clientId: zoe.id,
        kind: 'check-in-call',
        channel: 'call',
        due: isoDate('2026-11-24'),
        title: 'Check in',
      });
      const r = await logCall(call(zoe, { touchpointId: t.id, purpose: 'check-in' }));
      expect(r.ok).toBe(true);
      expect((await getTouchpoint(t.id))?.status).toBe('done');
      const q = await addOneOff({
        clientId: zoe.id,
        kind: 'testimonial-request',
        channel: 'call',
        due: isoDate('2026-11-24'),
        title: 'Ask',
      });
      const c = await recordTestimonialCheck({
        clientId: zoe.id,
        date: '2026-11-24',
        greenLight: false,
        touchpointId: q.id,
      });
      expect(c.ok).toBe(true);
      expect((await getTouchpoint(q.id))?.status).toBe('done');
    } finally {
      off();
    }
  });
});

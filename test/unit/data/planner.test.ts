import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient, deleteClient, undoDeleteClient, updateClient } from '../../../renderer/data/clients';
import { ensurePlanned, lastTouchByClient, registerPlanner, replanAll } from '../../../renderer/data/planner';
import { markDone, reschedule, touchpointsForClient } from '../../../renderer/data/touchpoints';
import { saveSettings, getSettings } from '../../../renderer/data/settings';
import type { TouchpointDb } from '../../../renderer/data/db';
import type { ClientInput } from '../../../shared/domain/schemas';
import { freshDb } from './dbHelpers';

registerPlanner();
let db: TouchpointDb;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 24, 10, 0));
  db = freshDb();
});
afterEach(() => {
  vi.useRealTimers();
  db.close();
});

const jurgen: ClientInput = {
  firstName: 'Jürgen',
  lastName: 'Weiß',
  birthday: { month: 12, day: 20, year: 1976 },
  country: 'DE',
  region: 'BY',
  importantDates: [],
  tags: [],
  journey: { status: 'active', start: '2026-11-25' },
};

const keys = async (id: string) => (await touchpointsForClient(id)).map((t) => `${t.due} ${t.planKey ?? t.title}`);

describe('planner wiring', () => {
  it('plans a new client at once and re-plans only that client when it changes', async () => {
    const a = await createClient(jurgen);
    const b = await createClient({ ...jurgen, firstName: 'Anna', lastName: 'Okafor', birthday: undefined });
    if (!a.ok || !b.ok) throw new Error('setup');
    const planned = await keys(a.value.id);
    expect(planned).toContain('2026-11-26 welcome');
    expect(planned).toContain('2026-12-13 birthday:2026');
    const before = await keys(b.value.id);

    await updateClient(a.value.id, { ...jurgen, birthday: { month: 1, day: 10 } });
    const after = await keys(a.value.id);
    expect(after).not.toContain('2026-12-13 birthday:2026');
    expect(after).toContain('2027-01-03 birthday:2027');
    expect(await keys(b.value.id)).toEqual(before);
  });

  it('keeps done and hand-moved touchpoints through re-planning, and drops plans of deleted clients until undo', async () => {
    const a = await createClient(jurgen);
    if (!a.ok) throw new Error('setup');
    const tps = await touchpointsForClient(a.value.id);
    const welcome = tps.find((t) => t.planKey === 'welcome');
    const checkIn = tps.find((t) => t.planKey === 'check-in');
    if (!welcome || !checkIn) throw new Error('setup');
    await markDone(welcome.id);
    await reschedule(checkIn.id, '2026-12-30' as never);
    await replanAll();
    const now = await touchpointsForClient(a.value.id);
    expect(now.find((t) => t.id === welcome.id)?.status).toBe('done');
    expect(now.find((t) => t.id === checkIn.id)?.due).toBe('2026-12-30');

    await deleteClient(a.value.id);
    const left = await touchpointsForClient(a.value.id);
    expect(left.every((t) => t.status !== 'planned' || t.manual)).toBe(true);
    await undoDeleteClient(a.value.id);
    expect(await keys(a.value.id)).toContain('2026-12-13 birthday:2026');
  });

  it('counts a done touchpoint as the last touch for keep-in-touch', async () => {
    const a = await createClient(jurgen);
    if (!a.ok) throw new Error('setup');
    const welcome = (await touchpointsForClient(a.value.id)).find((t) => t.planKey === 'welcome');
    await markDone(welcome!.id);
    expect((await lastTouchByClient([a.value.id])).get(a.value.id)).toBe('2026-11-24');
  });

  it('re-plans everyone when the rules change, and extends the horizon as days pass', async () => {
    const a = await createClient(jurgen);
    if (!a.ok) throw new Error('setup');
    expect(await ensurePlanned()).toBe(true);
    expect(await ensurePlanned()).toBe(false);
    const s = await getSettings();
    await saveSettings({ ...s, plan: { ...s.plan, birthday: { enabled: false, days: 7 } } });
    expect(await ensurePlanned()).toBe(true);
    expect((await keys(a.value.id)).some((k) => k.includes('birthday'))).toBe(false);

    vi.setSystemTime(new Date(2027, 0, 5, 9, 0));
    expect(await ensurePlanned()).toBe(true);
    expect(await keys(a.value.id)).toContain('2027-12-22 holiday:new-year:2028');
  });
});

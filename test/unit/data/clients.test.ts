import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createClient,
  deleteClient,
  getClient,
  listClients,
  purgeDeletedClients,
  setClientStatus,
  undoDeleteClient,
  updateClient,
} from '../../../renderer/data/clients';
import { getSettings, saveSettings } from '../../../renderer/data/settings';
import type { TouchpointDb } from '../../../renderer/data/db';
import type { ClientInput } from '../../../shared/domain/schemas';
import { freshDb } from './dbHelpers';

let db: TouchpointDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const zoe: ClientInput = {
  firstName: 'Zoë',
  lastName: 'Ñúñez',
  email: 'zoe@example.fr',
  birthday: { month: 2, day: 29 },
  importantDates: [],
  tags: ['vip'],
  journey: { status: 'active', start: '2026-11-25' },
};

describe('clients repository', () => {
  it('stores a valid client and reads it back exactly', async () => {
    const r = await createClient(zoe);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const back = await getClient(r.value.id);
    expect(back).toEqual(r.value);
    expect(back?.firstName).toBe('Zoë');
    expect(back?.birthday).toEqual({ month: 2, day: 29 });
  });

  it('writes nothing when any field is invalid, and says which', async () => {
    const r = await createClient({ ...zoe, email: 'zoe@', birthday: { month: 4, day: 31 } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual(['birthday.day', 'email']);
    }
    expect(await db.clients.count()).toBe(0);
  });

  it('an invalid edit leaves the stored client untouched', async () => {
    const r = await createClient(zoe);
    if (!r.ok) throw new Error('setup');
    const bad = await updateClient(r.value.id, { ...zoe, firstName: '', company: 'New Co' });
    expect(bad.ok).toBe(false);
    expect(await getClient(r.value.id)).toEqual(r.value);
  });

  it('edits keep the id and creation time and move updatedAt', async () => {
    const r = await createClient(zoe);
    if (!r.ok) throw new Error('setup');
    await new Promise((res) => setTimeout(res, 5));
    const u = await updateClient(r.value.id, { ...zoe, company: 'Atelier Lumière' });
    expect(u.ok && u.value.company).toBe('Atelier Lumière');
    expect(u.ok && u.value.createdAt).toBe(r.value.createdAt);
    expect(u.ok && u.value.updatedAt > r.value.updatedAt).toBe(true);
  });

  it('delete can be undone; purge removes for good', async () => {
    const a = await createClient(zoe);
    const b = await createClient({ ...zoe, firstName: 'Sam', email: undefined });
    if (!a.ok || !b.ok) throw new Error('setup');
    await deleteClient(a.value.id);
    expect((await listClients()).map((c) => c.firstName)).toEqual(['Sam']);
    expect(await getClient(a.value.id)).toBeUndefined();
    await undoDeleteClient(a.value.id);
    expect((await listClients()).map((c) => c.firstName).sort()).toEqual(['Sam', 'Zoë']);
    expect((await getClient(a.value.id))?.deletedAt).toBeUndefined();

    await deleteClient(b.value.id);
    expect(await purgeDeletedClients(new Date(Date.now() + 1000).toISOString())).toBe(1);
    expect(await db.clients.count()).toBe(1);
  });

  it('archives and unarchives', async () => {
    const a = await createClient(zoe);
    if (!a.ok) throw new Error('setup');
    await setClientStatus(a.value.id, 'archived');
    expect((await getClient(a.value.id))?.journey.status).toBe('archived');
  });
});

describe('settings repository', () => {
  it('returns defaults before anything is saved, and saves only valid settings', async () => {
    const s = await getSettings();
    expect(s.paperSize).toBe('A4');
    const ok = await saveSettings({ ...s, senderName: 'Maria Keller', paperSize: 'Letter' });
    expect(ok.ok).toBe(true);
    expect((await getSettings()).senderName).toBe('Maria Keller');
    const bad = await saveSettings({ ...s, paperSize: 'A3' });
    expect(bad.ok).toBe(false);
    expect((await getSettings()).paperSize).toBe('Letter');
  });
});

describe('settings sections', () => {
  it('saving one section keeps what another section saved meanwhile', async () => {
    const { updateSettings } = await import('../../../renderer/data/settings');
    const s = await getSettings();
    await updateSettings({ plan: { ...s.plan, keepInTouch: { enabled: true, days: 60 } } });
    await updateSettings({ senderName: 'Maria Keller' });
    const now = await getSettings();
    expect(now.senderName).toBe('Maria Keller');
    expect(now.plan.keepInTouch.days).toBe(60);
  });
});

import { describe, expect, it } from 'vitest';
import { displayName } from '../../../shared/clients/search';
import { clientSchema } from '../../../shared/domain/schemas';
import { convertLeadToClient, splitPersonName } from '../../../shared/referrals';
import { d, NOW, referral } from './fixtures';

describe('splitPersonName', () => {
  it.each([
    ['Zoë Ñúñez', { firstName: 'Zoë', lastName: 'Ñúñez' }],
    ['  Jean-Luc   de la Croix ', { firstName: 'Jean-Luc', lastName: 'de la Croix' }],
    ['Madonna', { firstName: 'Madonna' }],
    ['王小明', { firstName: '王小明' }],
    ['王 小明', { firstName: '小明', lastName: '王' }],
    ['Łukasz Wróbel', { firstName: 'Łukasz', lastName: 'Wróbel' }],
  ])('%s', (full, expected) => {
    expect(splitPersonName(full)).toEqual(expected);
  });
});

describe('convertLeadToClient', () => {
  const r = referral('r1', 'c-anna', 'Zoë Ñúñez', '2026-03-02', {
    email: 'zoe@example.com',
    phone: '+49 30 1234-567',
    status: 'won',
    value: 1200,
  });

  it('builds a valid active client linked back to the referrer, and the patch linking the referral', () => {
    const res = convertLeadToClient(r, d('2026-04-01'), NOW, () => 'c-zoe');
    if (!res.ok) throw new Error(res.message);
    expect(clientSchema.parse(res.client)).toEqual(res.client);
    expect(res.client).toMatchObject({
      id: 'c-zoe',
      firstName: 'Zoë',
      lastName: 'Ñúñez',
      email: 'zoe@example.com',
      phone: '+49 30 1234-567',
      journey: { status: 'active', start: '2026-04-01' },
      source: { kind: 'referral', referredByClientId: 'c-anna' },
      tags: [],
      importantDates: [],
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(res.referralPatch).toEqual({ leadClientId: 'c-zoe' });
  });

  it('keeps a free-text phone the client form would reject in the notes', () => {
    const odd = referral('r2', 'c-anna', 'Li Wei', '2026-03-02', { phone: 'after 5pm: 030 1234' });
    const res = convertLeadToClient(odd, d('2026-04-01'), NOW, () => 'c-li');
    if (!res.ok) throw new Error(res.message);
    expect(res.client.phone).toBeUndefined();
    expect(res.client.notes).toBe('Phone (from the referral): after 5pm: 030 1234');
  });

  it('a CJK lead reads the same on the client record as on the referral', () => {
    const res = convertLeadToClient(
      referral('r4', 'c-anna', '王 小明', '2026-03-02'),
      d('2026-04-01'),
      NOW,
      () => 'c-w',
    );
    if (!res.ok) throw new Error(res.message);
    expect([res.client.firstName, res.client.lastName, displayName(res.client)]).toEqual([
      '小明',
      '王',
      '王小明',
    ]);
  });

  it('refuses a referral that already became a client, so a double click makes no twin', () => {
    const done = { ...r, leadClientId: 'c-zoe' };
    expect(convertLeadToClient(done, d('2026-04-01'), NOW, () => 'c-zoe-2')).toEqual({
      ok: false,
      field: 'leadClientId',
      message: 'Zoë Ñúñez is already a client: open their client record instead',
    });
  });

  it('explains what to fix when the name cannot be a first name', () => {
    const long = referral('r3', 'c-anna', 'X'.repeat(150), '2026-03-02');
    const res = convertLeadToClient(long, d('2026-04-01'), NOW, () => 'c-x');
    expect(res.ok).toBe(false);
    expect(!res.ok && res.message).toContain('First name is too long');
  });
});

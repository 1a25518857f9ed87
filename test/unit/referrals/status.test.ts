import { describe, expect, it } from 'vitest';
import { referralSchema } from '../../../shared/domain/schemas';
import { applyStatusChange, firstContactDate, statusDate, wonDate } from '../../../shared/referrals';
import { d, referral } from './fixtures';

const base = referral('r1', 'c-anna', 'Zoë Ñúñez', '2026-03-02', { statusDates: { new: '2026-03-02' } });

function move(
  r: typeof base,
  status: Parameters<typeof applyStatusChange>[1],
  today: string,
  value?: number,
) {
  const res = applyStatusChange(r, status, d(today), value === undefined ? {} : { value });
  if (!res.ok) throw new Error(res.message);
  // Whatever the change, the result must still be a valid stored referral.
  referralSchema.parse(res.referral);
  return res.referral;
}

describe('applyStatusChange', () => {
  it('fills the date of each step reached and keeps earlier ones', () => {
    const r1 = move(base, 'introduced', '2026-03-03');
    const r2 = move(r1, 'contacted', '2026-03-05');
    expect(r2.status).toBe('contacted');
    expect(r2.statusDates).toEqual({ new: '2026-03-02', introduced: '2026-03-03', contacted: '2026-03-05' });
    expect(base.statusDates).toEqual({ new: '2026-03-02' }); // input untouched
  });

  it('gives skipped steps no date', () => {
    const r = move(base, 'meeting', '2026-03-10');
    expect(r.statusDates).toEqual({ new: '2026-03-02', meeting: '2026-03-10' });
  });

  it('requires a sale value to mark a referral won, naming the lead', () => {
    const res = applyStatusChange(base, 'won', d('2026-04-01'));
    expect(res).toEqual({
      ok: false,
      field: 'value',
      message: 'Enter the value of the sale to mark the referral of Zoë Ñúñez as won',
    });
    expect(applyStatusChange(base, 'won', d('2026-04-01'), { value: -5 }).ok).toBe(false);
    expect(applyStatusChange(base, 'won', d('2026-04-01'), { value: Number.NaN }).ok).toBe(false);
    const won = move(base, 'won', '2026-04-01', 1250.5);
    expect(won.value).toBe(1250.5);
    expect(won.statusDates.won).toBe('2026-04-01');
    // A value already on the referral is enough; 0 (work done free) is a value.
    expect(
      move(referral('r2', 'c-anna', 'Li Wei', '2026-03-02', { value: 0 }), 'won', '2026-04-01').value,
    ).toBe(0);
  });

  it('moving backwards clears the dates of later steps and keeps the earlier ones', () => {
    const won = move(
      move(move(base, 'contacted', '2026-03-05'), 'meeting', '2026-03-12'),
      'won',
      '2026-03-20',
      900,
    );
    const back = move(won, 'contacted', '2026-03-25');
    expect(back.status).toBe('contacted');
    // contacted keeps the day it really happened, not the day of the correction
    expect(back.statusDates).toEqual({ new: '2026-03-02', contacted: '2026-03-05' });
    expect(back.value).toBe(900); // kept; only won referrals count as revenue
    expect(wonDate(back)).toBeUndefined();
  });

  it('lost keeps how far it got, clears won, and stamps lost', () => {
    const contacted = move(base, 'contacted', '2026-03-05');
    const lost = move(contacted, 'lost', '2026-03-30');
    expect(lost.statusDates).toEqual({ new: '2026-03-02', contacted: '2026-03-05', lost: '2026-03-30' });
    const wonThenLost = move(move(contacted, 'won', '2026-04-02', 500), 'lost', '2026-04-09');
    expect(wonThenLost.statusDates.won).toBeUndefined();
    expect(wonThenLost.statusDates.lost).toBe('2026-04-09');
  });

  it('reopening a lost referral clears lost', () => {
    const lost = move(move(base, 'contacted', '2026-03-05'), 'lost', '2026-03-30');
    const reopened = move(lost, 'meeting', '2026-04-15');
    expect(reopened.statusDates).toEqual({
      new: '2026-03-02',
      contacted: '2026-03-05',
      meeting: '2026-04-15',
    });
  });

  it('moving back to new dates it from the referral, not from the correction', () => {
    const noDates = referral('r4', 'c-anna', 'Ana', '2026-03-02', {
      status: 'contacted',
      statusDates: { contacted: '2026-03-04' },
    });
    expect(move(noDates, 'new', '2026-03-09').statusDates).toEqual({ new: '2026-03-02' });
  });

  it('changes the value of a won referral without moving its won day', () => {
    const won = move(base, 'won', '2026-04-01', 1000);
    const corrected = move(won, 'won', '2026-04-20', 1200);
    expect([corrected.value, corrected.statusDates.won]).toEqual([1200, '2026-04-01']);
  });

  it('sets updatedAt only when told the time', () => {
    const res = applyStatusChange(base, 'introduced', d('2026-03-03'), { now: '2026-03-03T10:00:00.000Z' });
    expect(res.ok && res.referral.updatedAt).toBe('2026-03-03T10:00:00.000Z');
    const res2 = applyStatusChange(base, 'introduced', d('2026-03-03'));
    expect(res2.ok && res2.referral.updatedAt).toBe(base.updatedAt);
  });

  it('crosses the year end and Feb 29 as plain days', () => {
    const r = referral('r3', 'c-anna', 'Ana', '2027-12-31');
    expect(move(r, 'contacted', '2028-02-29').statusDates.contacted).toBe('2028-02-29');
  });
});

describe('firstContactDate and statusDate', () => {
  it('uses contacted, or the earliest later step when contacted was skipped', () => {
    expect(firstContactDate(referral('a', 'c', 'L', '2026-01-01', { status: 'new' }))).toBeUndefined();
    expect(
      firstContactDate(
        referral('a', 'c', 'L', '2026-01-01', {
          status: 'meeting',
          statusDates: { contacted: '2026-01-04', meeting: '2026-01-09' },
        }),
      ),
    ).toBe('2026-01-04');
    expect(
      firstContactDate(
        referral('a', 'c', 'L', '2026-01-01', {
          status: 'won',
          value: 1,
          statusDates: { meeting: '2026-01-09', won: '2026-01-20' },
        }),
      ),
    ).toBe('2026-01-09');
  });

  it('a lost referral counts as contacted only if contact happened before losing it', () => {
    expect(
      firstContactDate(
        referral('a', 'c', 'L', '2026-01-01', { status: 'lost', statusDates: { lost: '2026-01-05' } }),
      ),
    ).toBeUndefined();
    expect(
      firstContactDate(
        referral('a', 'c', 'L', '2026-01-01', {
          status: 'lost',
          statusDates: { contacted: '2026-01-03', lost: '2026-01-05' },
        }),
      ),
    ).toBe('2026-01-03');
  });

  it('ignores stale later dates on an open referral before contact', () => {
    expect(
      firstContactDate(
        referral('a', 'c', 'L', '2026-01-01', {
          status: 'introduced',
          statusDates: { contacted: '2026-01-03' },
        }),
      ),
    ).toBeUndefined();
  });

  it('falls back to the latest recorded date for a current status without a date (old data)', () => {
    const r = referral('a', 'c', 'L', '2026-01-01', {
      status: 'won',
      value: 10,
      statusDates: { contacted: '2026-01-07' },
    });
    expect(statusDate(r, 'won')).toBe('2026-01-07');
    expect(statusDate(r, 'meeting')).toBeUndefined();
    expect(wonDate(referral('b', 'c', 'L', '2026-01-01', { status: 'won', value: 10 }))).toBe('2026-01-01');
  });
});

import { describe, expect, it } from 'vitest';
import { isPlannerKey, parsePlanKey, planKeyYear, planKeys } from '../../../shared/planning/planKeys';
import { day } from './fixtures';

describe('planKeys', () => {
  it('round-trip every key this planner makes', () => {
    expect(parsePlanKey(planKeys.welcome)).toEqual({ rule: 'welcome' });
    expect(parsePlanKey(planKeys.checkIn)).toEqual({ rule: 'check-in' });
    expect(parsePlanKey(planKeys.endGift)).toEqual({ rule: 'end-gift' });
    expect(parsePlanKey(planKeys.testimonial)).toEqual({ rule: 'testimonial' });
    expect(parsePlanKey(planKeys.birthday(2028))).toEqual({ rule: 'birthday', year: 2028 });
    expect(parsePlanKey(planKeys.importantDate('a:b', 2027))).toEqual({
      rule: 'important-date',
      dateId: 'a:b',
      year: 2027,
    });
    expect(parsePlanKey(planKeys.holiday('us:memorial-day', 2026))).toEqual({
      rule: 'holiday',
      holidayId: 'us:memorial-day',
      year: 2026,
    });
    expect(parsePlanKey(planKeys.keepInTouch(day('2026-03-01')))).toEqual({
      rule: 'keep-in-touch',
      since: '2026-03-01',
    });
    expect(planKeyYear('holiday:christmas:2026')).toBe(2026);
    expect(planKeyYear('welcome')).toBeUndefined();
  });

  it("does not claim other planners' or malformed keys", () => {
    for (const key of [
      'referral:r1:thank',
      'birthday:2028-02-29',
      'holiday:2026',
      'keep-in-touch:soon',
      'custom',
      '',
      undefined,
    ]) {
      expect(isPlannerKey(key), String(key)).toBe(false);
    }
  });
});

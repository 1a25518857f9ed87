import { describe, expect, it } from 'vitest';
import { noticeText } from '../../../renderer/app/dailyNotice';

describe('daily notice', () => {
  it('says nothing when nothing is due or overdue', () => {
    expect(noticeText([], 0)).toBeNull();
  });
  it('names up to three touchpoints due today and counts the rest and the overdue', () => {
    expect(noticeText(['Birthday card — Zoë', 'Check-in call — Anna'], 0)).toEqual({
      title: '2 touchpoints due today',
      body: 'Birthday card — Zoë, Check-in call — Anna',
    });
    expect(noticeText(['a', 'b', 'c', 'd', 'e'], 2)).toEqual({
      title: '5 touchpoints due today',
      body: 'a, b, c and 2 more (2 overdue)',
    });
  });
  it('still reminds about overdue ones on a day with nothing new', () => {
    expect(noticeText([], 1)).toEqual({ title: '1 overdue touchpoint', body: 'Open Touchpoint to catch up.' });
  });
});

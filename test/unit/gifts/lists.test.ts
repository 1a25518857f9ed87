import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../shared/domain/dates';
import type { Gift } from '../../../shared/domain/schemas';
import { givenBefore, ideasByClient, isGiftTouchpoint, occasionFor, openIdeas } from '../../../shared/gifts';

const g = (
  id: string,
  clientId: string,
  type: Gift['type'],
  date: string,
  createdAt = `${date}T09:00:00.000Z`,
): Gift => ({
  id,
  clientId,
  type,
  what: `gift ${id}`,
  date: isoDate(date),
  createdAt,
});

const log = [
  g('i1', 'zoe', 'idea', '2026-02-01'),
  g('i2', 'zoe', 'idea', '2026-09-15'),
  g('i3', 'zoe', 'idea', '2026-09-15', '2026-09-15T18:00:00.000Z'), // same day, written later
  g('x1', 'wang', 'idea', '2026-03-03'),
  g('v1', 'zoe', 'given', '2025-12-20'),
  g('v2', 'zoe', 'given', '2026-11-24'),
];

describe('a client gift lists', () => {
  it('open ideas are this client’s ideas, newest first (same day: written later first)', () => {
    expect(openIdeas(log, 'zoe').map((x) => x.id)).toEqual(['i3', 'i2', 'i1']);
    expect(openIdeas(log, 'nobody')).toEqual([]);
  });

  it('given before is this client’s given gifts, newest first', () => {
    expect(givenBefore(log, 'zoe').map((x) => x.id)).toEqual(['v2', 'v1']);
  });

  it('ideas by client groups every client with ideas', () => {
    const m = ideasByClient(log);
    expect([...m.keys()].sort()).toEqual(['wang', 'zoe']);
    expect(m.get('zoe')?.map((x) => x.id)).toEqual(['i3', 'i2', 'i1']);
  });
});

describe('gift touchpoints', () => {
  it('the end-of-journey gift and a thank-you given as a gift are gifts; a thank-you card is not', () => {
    expect(isGiftTouchpoint({ kind: 'end-of-journey-gift', channel: 'gift' })).toBe(true);
    expect(isGiftTouchpoint({ kind: 'referral-thank-you', channel: 'gift' })).toBe(true);
    expect(isGiftTouchpoint({ kind: 'referral-thank-you', channel: 'card' })).toBe(false);
    expect(isGiftTouchpoint({ kind: 'check-in-call', channel: 'call' })).toBe(false);
  });

  it('names the occasion a gift is logged under', () => {
    expect(occasionFor({ kind: 'end-of-journey-gift', title: 'End-of-journey appreciation gift' })).toBe(
      'End of journey',
    );
    expect(occasionFor({ kind: 'referral-thank-you', title: 'Thank-you gift for Zoë: Li signed' })).toBe(
      'Referral thank-you',
    );
    expect(occasionFor({ kind: 'custom', title: 'Housewarming' })).toBe('Housewarming');
  });
});

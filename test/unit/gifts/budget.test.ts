import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../shared/domain/dates';
import type { Gift } from '../../../shared/domain/schemas';
import { checkSpend, givenInYear, summarizeGiftBudget, yearOf } from '../../../shared/gifts';

let n = 0;
function gift(clientId: string, date: string, cost: number | undefined, extra: Partial<Gift> = {}): Gift {
  n++;
  return {
    id: `g${n}`,
    clientId,
    type: 'given',
    what: `Gift ${n}`,
    date: isoDate(date),
    ...(cost === undefined ? {} : { cost }),
    createdAt: `${date}T12:00:00.000Z`,
    ...extra,
  };
}

const EUR500 = { yearly: 500, currency: 'EUR' };

describe('summarizeGiftBudget', () => {
  it('counts only gifts given in the year: ideas and other years do not spend the budget', () => {
    const gifts = [
      gift('zoe', '2026-03-14', 80),
      gift('zoe', '2026-11-24', 45.5),
      gift('wang', '2026-12-31', 30), // New Year's Eve still counts for 2026
      gift('wang', '2027-01-01', 999), // next year
      gift('wang', '2025-12-31', 999), // last year
      gift('zoe', '2026-06-01', 200, { type: 'idea' }), // an idea with a price, not bought
    ];
    const s = summarizeGiftBudget(gifts, EUR500, 2026);
    expect(s.spent).toBe(155.5);
    expect(s.left).toBe(344.5);
    expect(s.givenCount).toBe(3);
    expect(s.over).toBe(false);
    expect(s.overBy).toBe(0);
    expect(s.share).toBeCloseTo(0.311, 3);
    expect(s.currency).toBe('EUR');
  });

  it('adds money without float drift: 0.10 + 0.20 is 0.30, and three thirds of 100 leave exactly 0', () => {
    const cents = summarizeGiftBudget(
      [gift('a', '2026-01-05', 0.1), gift('a', '2026-01-06', 0.2)],
      { yearly: 0.3, currency: 'USD' },
      2026,
    );
    expect(cents.spent).toBe(0.3);
    expect(cents.left).toBe(0);
    expect(cents.over).toBe(false);

    const thirds = summarizeGiftBudget(
      [gift('a', '2026-02-01', 33.33), gift('b', '2026-02-02', 33.33), gift('c', '2026-02-03', 33.34)],
      { yearly: 100, currency: 'USD' },
      2026,
    );
    expect(thirds.spent).toBe(100);
    expect(thirds.left).toBe(0);
    expect(thirds.over).toBe(false);
  });

  it('says how far over the budget the year is', () => {
    const s = summarizeGiftBudget(
      [gift('a', '2026-12-20', 320), gift('b', '2026-12-22', 215.25)],
      EUR500,
      2026,
    );
    expect(s.spent).toBe(535.25);
    expect(s.over).toBe(true);
    expect(s.overBy).toBe(35.25);
    expect(s.left).toBe(-35.25);
    expect(s.share).toBeGreaterThan(1);
  });

  it('spending exactly the budget is not over', () => {
    const s = summarizeGiftBudget([gift('a', '2026-05-05', 500)], EUR500, 2026);
    expect(s.left).toBe(0);
    expect(s.over).toBe(false);
  });

  it('without a budget (0) it still adds up what was spent, and is never "over"', () => {
    const s = summarizeGiftBudget([gift('a', '2026-05-05', 120)], { yearly: 0, currency: 'JPY' }, 2026);
    expect(s.hasBudget).toBe(false);
    expect(s.spent).toBe(120);
    expect(s.over).toBe(false);
    expect(s.share).toBeNull();
  });

  it('an empty year: nothing spent, the whole budget left, 12 empty months', () => {
    const s = summarizeGiftBudget([], EUR500, 2026);
    expect(s.spent).toBe(0);
    expect(s.left).toBe(500);
    expect(s.byMonth).toEqual(new Array(12).fill(0));
    expect(s.byClient).toEqual([]);
  });

  it('breaks the year down by month, Feb 29 of a leap year in February', () => {
    const s = summarizeGiftBudget(
      [
        gift('a', '2028-01-31', 10),
        gift('a', '2028-02-29', 25),
        gift('b', '2028-02-01', 5),
        gift('b', '2028-12-31', 60),
      ],
      EUR500,
      2028,
    );
    expect(s.byMonth).toEqual([10, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 60]);
    expect(s.byMonth.reduce((a, b) => a + b, 0)).toBe(s.spent);
  });

  it('breaks the year down by client, most spent first, and counts gifts without a cost', () => {
    const s = summarizeGiftBudget(
      [
        gift('zoë', '2026-04-01', 40),
        gift('王小明', '2026-04-02', 90),
        gift('zoë', '2026-09-09', 40),
        gift('zoë', '2026-10-10', undefined), // flowers, price not noted
        gift('ana', '2026-10-11', 0), // a free gift (a book the user wrote)
      ],
      EUR500,
      2026,
    );
    expect(s.byClient).toEqual([
      { clientId: '王小明', spent: 90, count: 1 },
      { clientId: 'zoë', spent: 80, count: 3 },
      { clientId: 'ana', spent: 0, count: 1 },
    ]);
    expect(s.uncosted).toBe(1);
    expect(s.givenCount).toBe(5);
  });
});

describe('checkSpend', () => {
  const base = summarizeGiftBudget([gift('a', '2026-03-01', 450)], EUR500, 2026);

  it('warns when a gift would take the budget over, and by how much', () => {
    const c = checkSpend(base, 70, isoDate('2026-11-24'));
    expect(c.leftAfter).toBe(-20);
    expect(c.crossesBudget).toBe(true);
    expect(c.overAfter).toBe(true);
  });

  it('a gift that fits leaves the rest', () => {
    const c = checkSpend(base, 49.99, isoDate('2026-11-24'));
    expect(c.leftAfter).toBe(0.01);
    expect(c.crossesBudget).toBe(false);
    expect(c.overAfter).toBe(false);
  });

  it('a gift dated next year or without a cost does not touch this year', () => {
    expect(checkSpend(base, 300, isoDate('2027-01-02')).leftAfter).toBe(50);
    expect(checkSpend(base, undefined, isoDate('2026-11-24')).leftAfter).toBe(50);
  });

  it('an already-over year stays over but the new gift does not "cross" it', () => {
    const over = summarizeGiftBudget([gift('a', '2026-03-01', 600)], EUR500, 2026);
    const c = checkSpend(over, 10, isoDate('2026-11-24'));
    expect(c.overAfter).toBe(true);
    expect(c.crossesBudget).toBe(false);
    expect(c.leftAfter).toBe(-110);
  });
});

describe('years', () => {
  it('reads the year from the day itself', () => {
    expect(yearOf(isoDate('2026-12-31'))).toBe(2026);
    expect(yearOf(isoDate('2027-01-01'))).toBe(2027);
  });

  it('givenInYear leaves out ideas', () => {
    const g = [gift('a', '2026-01-01', 1), gift('a', '2026-01-01', 1, { type: 'idea' })];
    expect(givenInYear(g, 2026)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../shared/domain/dates';
import type { Gift } from '../../../shared/domain/schemas';
import { giftWords, isSimilarGift, similarGivenBefore } from '../../../shared/gifts';

describe('isSimilarGift: the same present, however it was written', () => {
  it.each([
    ['Bottle of Barolo 2019', 'Barolo'],
    ['Barolo 2019', 'barolo 2021'],
    ['Red wine', 'A bottle of red wine from Piedmont'],
    ['Crème brûlée set', 'creme brulee torch'],
    ['Flowers', 'Flower bouquet'],
    ['Weinpaket vom Weingut Keller', 'Wein'],
    ['Whisky', 'Whiskyglas'],
    ['日本酒', '日本酒セット'],
    ['ＢＡＲＯＬＯ', 'barolo'], // full-width letters
    ['한우 세트', '한우'],
    ['Gift card', 'gift card'],
  ])('%s ≈ %s', (a, b) => {
    expect(isSimilarGift(a, b)).toBe(true);
    expect(isSimilarGift(b, a)).toBe(true);
  });

  it.each([
    ['Book about wine', 'Book on Japanese gardens'],
    ['Spa voucher', 'Amazon voucher'],
    ['Tea', 'Team lunch'],
    ['Barolo', 'Chianti'],
    ['Gift card', 'Flowers'],
    ['緑茶', '日本酒'],
    ['Cookbook', 'Cooking class'],
  ])('%s is not %s', (a, b) => {
    expect(isSimilarGift(a, b)).toBe(false);
  });
});

describe('giftWords', () => {
  it('drops filler, years and plurals, folds accents', () => {
    expect(giftWords('A bottle of the Château Margaux 2015 and two glasses').sort()).toEqual(
      ['chateau', 'glasse', 'margaux', 'two'].sort(),
    );
    expect(giftWords('Ein Strauß Rosen')).toEqual(['strauss', 'rosen']);
  });

  it('splits text without spaces into pairs of characters', () => {
    expect(giftWords('日本酒')).toEqual(['日本', '本酒']);
    expect(giftWords('茶')).toEqual(['茶']);
  });
});

describe('similarGivenBefore', () => {
  const g = (
    id: string,
    clientId: string,
    what: string,
    date: string,
    type: Gift['type'] = 'given',
  ): Gift => ({
    id,
    clientId,
    type,
    what,
    date: isoDate(date),
    createdAt: `${date}T09:00:00.000Z`,
  });
  const log = [
    g('1', 'zoe', 'Bottle of Barolo 2019', '2024-12-20'),
    g('2', 'zoe', 'Barolo and chocolates', '2025-12-19'),
    g('3', 'zoe', 'Orchid', '2025-06-01'),
    g('4', 'wang', 'Barolo', '2025-05-05'), // someone else
    g('5', 'zoe', 'Barolo magnum', '2026-01-01', 'idea'), // only an idea
  ];

  it('lists only what this client was given, most alike first', () => {
    const hits = similarGivenBefore('Barolo 2021', 'zoe', log);
    expect(hits.map((h) => h.gift.id)).toEqual(['1', '2']);
    expect(hits[0]?.similarity).toBe(1);
  });

  it('leaves out the gift being edited, and says nothing for an empty text', () => {
    expect(similarGivenBefore('Orchid', 'zoe', log, '3')).toEqual([]);
    expect(similarGivenBefore('   ', 'zoe', log)).toEqual([]);
  });

  it('finds nothing for a new kind of gift', () => {
    expect(similarGivenBefore('Pottery class', 'zoe', log)).toEqual([]);
  });
});

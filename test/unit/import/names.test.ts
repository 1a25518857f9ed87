import { describe, expect, it } from 'vitest';
import { countryCodeFromName, nameKey, splitFullName } from '../../../shared/import';

describe('splitFullName', () => {
  it.each([
    ['Anna Lena Müller', { firstName: 'Anna Lena', lastName: 'Müller' }],
    ['Müller, Anna', { firstName: 'Anna', lastName: 'Müller' }],
    ['Ludwig van Beethoven', { firstName: 'Ludwig', lastName: 'van Beethoven' }],
    ['Ana de la Cruz', { firstName: 'Ana', lastName: 'de la Cruz' }],
    ['  Zoë   Ñúñez ', { firstName: 'Zoë', lastName: 'Ñúñez' }],
    ['王小明', { firstName: '王小明' }],
    ['Madonna', { firstName: 'Madonna' }],
    ['', {}],
  ])('%s', (full, expected) => expect(splitFullName(full)).toEqual(expected));
});

describe('nameKey', () => {
  it('folds case, accents and punctuation', () => {
    expect(nameKey('Zoë', 'Ñúñez')).toBe(nameKey('zoe', 'NUNEZ'));
    expect(nameKey('Anna-Lena', 'Groß')).toBe(nameKey('Anna Lena', 'Gross'));
    expect(nameKey('Łukasz')).toBe('lukasz');
    expect(nameKey('王小明')).toBe('王小明');
    expect(nameKey('Anna')).not.toBe(nameKey('Anne'));
  });
});

describe('countryCodeFromName', () => {
  it.each([
    ['Deutschland', 'DE'],
    ['Germany', 'DE'],
    ['Allemagne', 'DE'],
    ['de', 'DE'],
    ['España', 'ES'],
    ['Spanien', 'ES'],
    ['Polska', 'PL'],
    ['Polen', 'PL'],
    ['Österreich', 'AT'],
    ['Schweiz', 'CH'],
    ['Nederland', 'NL'],
    ['USA', 'US'],
    ['United States', 'US'],
    ['UK', 'GB'],
    ['Vereinigtes Königreich', 'GB'],
    ['China', 'CN'],
    ['Sverige', 'SE'],
  ])('%s → %s', (name, code) => expect(countryCodeFromName(name)).toBe(code));

  it('returns nothing for what is not a country', () => {
    for (const s of ['', 'Bavaria', 'QQ', 'DD', 'EU', 'Atlantis'])
      expect(countryCodeFromName(s)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { clientInputSchema, type ClientInput } from '../../../shared/domain/schemas';
import { validate } from '../../../shared/domain/errors';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/domain/settings';
import { isIsoDate, yearlyOccurrence } from '../../../shared/domain/dates';

const minimal: ClientInput = { firstName: 'Sam', importantDates: [], tags: [], journey: { status: 'active' } };

describe('client validation', () => {
  it('accepts a client with only the required fields and drops empty optional text', () => {
    const r = validate(clientInputSchema, { ...minimal, email: '', phone: '  ', company: '' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.email).toBeUndefined();
      expect(r.value.phone).toBeUndefined();
      expect(r.value.company).toBeUndefined();
    }
  });

  it('keeps accented, CJK and right-to-left names exactly, trimming only outer spaces', () => {
    for (const [first, last] of [
      [' Zoë ', 'Ñúñez'],
      ['小明', '王'],
      ['Łukasz', 'Wróbel'],
      ['מרים', 'כהן'],
    ]) {
      const r = validate(clientInputSchema, { ...minimal, firstName: first, lastName: last });
      expect(r.ok && r.value.firstName).toBe(first?.trim());
      expect(r.ok && r.value.lastName).toBe(last);
    }
  });

  it('explains each bad field in plain words, by field', () => {
    const r = validate(clientInputSchema, {
      ...minimal,
      firstName: ' ',
      email: 'anna@',
      phone: 'call me',
      country: 'Germany',
      journey: { status: 'active', start: '2026-05-01', expectedEnd: '2026-04-01' },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.firstName).toBe('Enter a first name');
      expect(r.errors.email).toBe('Enter an email like name@example.com');
      expect(r.errors.phone).toMatch(/digits/);
      expect(r.errors.country).toMatch(/two-letter code/);
      expect(r.errors['journey.expectedEnd']).toBe('The expected end must be on or after the start');
    }
  });

  it('allows Feb 29 without a year and in a leap year, but not in a common year', () => {
    expect(validate(clientInputSchema, { ...minimal, birthday: { month: 2, day: 29 } }).ok).toBe(true);
    expect(validate(clientInputSchema, { ...minimal, birthday: { month: 2, day: 29, year: 1988 } }).ok).toBe(true);
    const bad = validate(clientInputSchema, { ...minimal, birthday: { month: 2, day: 29, year: 1989 } });
    expect(!bad.ok && bad.errors['birthday.day']).toBe('February 1989 has 28 days');
    const april31 = validate(clientInputSchema, { ...minimal, birthday: { month: 4, day: 31 } });
    expect(!april31.ok && april31.errors['birthday.day']).toBe('That month has at most 30 days');
  });

  it('asks for the missing part of a half-filled birthday', () => {
    const r = validate(clientInputSchema, { ...minimal, birthday: { month: NaN, day: 3 } });
    expect(!r.ok && r.errors['birthday.month']).toBe('Choose a month');
  });

  it('rejects impossible calendar dates for the journey', () => {
    const r = validate(clientInputSchema, { ...minimal, journey: { status: 'active', start: '2026-02-30' } });
    expect(!r.ok && r.errors['journey.start']).toMatch(/real date/);
  });

  it('normalises country and region codes to upper case', () => {
    const r = validate(clientInputSchema, { ...minimal, country: 'de', region: 'by' });
    expect(r.ok && [r.value.country, r.value.region]).toEqual(['DE', 'BY']);
  });
});

describe('settings', () => {
  it('fills every default from an empty record and keeps the plan defaults from the issue', () => {
    const s = settingsSchema.parse({});
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(s.plan.welcome).toEqual({ enabled: true, days: 1 });
    expect(s.plan.checkIn.days).toBe(30);
    expect(s.plan.birthday.days).toBe(7);
    expect(s.plan.holidays.days).toBe(10);
    expect(s.plan.testimonial.days).toBe(14);
    expect(s.plan.keepInTouch.days).toBe(90);
    expect(s.plan.horizonMonths).toBe(12);
    expect(s.paperSize).toBe('A4');
  });
});

describe('calendar days', () => {
  it('validates real days only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-1-1')).toBe(false);
  });
  it('puts a Feb 29 anniversary on Feb 28 in common years', () => {
    expect(yearlyOccurrence(2027, 2, 29)).toBe('2027-02-28');
    expect(yearlyOccurrence(2028, 2, 29)).toBe('2028-02-29');
  });
});

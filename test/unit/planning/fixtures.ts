/** Shared builders for the planning tests: realistic clients validated by the real schemas. */
import { isoDate, type IsoDate } from '../../../shared/domain/dates';
import { clientSchema, type Client, type Touchpoint } from '../../../shared/domain/schemas';
import { planRulesSchema, type PlanRules } from '../../../shared/domain/settings';
import type { HolidaysProvider } from '../../../shared/planning/holidaysProvider';

export const NOW = '2026-11-24T09:30:00.000Z';
export const LATER = '2026-11-25T08:00:00.000Z';

type ClientOverrides = Omit<Partial<Client>, 'journey'> & { journey?: Partial<Client['journey']> };

export function makeClient(id: string, overrides: ClientOverrides = {}): Client {
  const { journey, ...rest } = overrides;
  return clientSchema.parse({
    id,
    firstName: 'Zoë',
    lastName: 'Ñúñez',
    importantDates: [],
    tags: [],
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    ...rest,
    journey: { status: 'active', ...journey },
  });
}

/** The default rules with every rule off except the ones named (so each test sees one rule). */
export function onlyRules(
  ...names: (keyof Omit<PlanRules, 'defaultHolidays' | 'horizonMonths'>)[]
): PlanRules {
  const rules = planRulesSchema.parse({});
  for (const key of [
    'welcome',
    'checkIn',
    'birthday',
    'holidays',
    'importantDates',
    'endOfJourneyGift',
    'testimonial',
    'keepInTouch',
  ] as const) {
    rules[key] = { ...rules[key], enabled: names.includes(key) };
  }
  return rules;
}

export function day(s: string): IsoDate {
  return isoDate(s);
}

/** A holidays provider that knows only Christmas (Dec 25) and New Year (Jan 1): no date-holidays. */
export const fixedHolidays: HolidaysProvider = {
  lookup(id, _place, year) {
    if (id === 'christmas') {
      return {
        ok: true,
        occurrence: { id, name: 'Christmas', date: day(`${year}-12-25`), local: true, source: 'test' },
      };
    }
    if (id === 'new-year') {
      return {
        ok: true,
        occurrence: { id, name: 'New Year', date: day(`${year}-01-01`), local: true, source: 'test' },
      };
    }
    return { ok: false, reason: 'unknown-id', message: `"${id}" is not a holiday Touchpoint knows` };
  },
  holidayChoices: () => [],
};

export function byKey(rows: readonly Touchpoint[]): Record<string, Touchpoint> {
  return Object.fromEntries(rows.map((t) => [t.planKey ?? t.id, t]));
}

export function keysOf(rows: readonly Touchpoint[]): string[] {
  return rows.map((t) => t.planKey ?? t.id).sort();
}

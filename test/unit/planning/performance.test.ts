/**
 * 10,000 synthetic clients planned for a year with the real date-holidays provider. No timed
 * assertion (machines differ): the times are printed, and the plan is checked for sense.
 */
import { describe, expect, it } from 'vitest';
import { makeIsoDate } from '../../../shared/domain/dates';
import { clientSchema, touchpointSchema, type Client } from '../../../shared/domain/schemas';
import { planRulesSchema } from '../../../shared/domain/settings';
import { createDateHolidaysProvider } from '../../../shared/planning/dateHolidays';
import { applyPlan, planTouchpoints } from '../../../shared/planning/plan';
import { NOW, day } from './fixtures';

/** A small deterministic PRNG (mulberry32), so every run plans the same book. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES: [string, string | undefined][] = [
  ['US', 'NY'],
  ['US', 'CA'],
  ['US', undefined],
  ['DE', 'BY'],
  ['DE', 'HH'],
  ['GB', undefined],
  ['FR', undefined],
  ['CA', 'ON'],
  ['AU', 'NSW'],
  ['IN', undefined],
  ['SG', undefined],
  ['CN', undefined],
  ['JP', undefined],
  ['NL', undefined],
  ['BR', undefined],
  ['IL', undefined],
];
const CHOICES = [
  undefined,
  undefined,
  ['christmas', 'hanukkah'],
  ['lunar-new-year', 'national-day'],
  ['diwali', 'new-year'],
];
const STATUSES = ['active', 'active', 'active', 'completed', 'prospect', 'archived'] as const;

function syntheticClients(n: number): Client[] {
  const rnd = prng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: Client[] = [];
  for (let i = 0; i < n; i++) {
    const [country, region] = pick(PLACES);
    const start = makeIsoDate(
      2025 + Math.floor(rnd() * 2),
      1 + Math.floor(rnd() * 12),
      1 + Math.floor(rnd() * 28),
    );
    const month = 1 + Math.floor(rnd() * 12);
    out.push(
      clientSchema.parse({
        id: `client-${i}`,
        firstName: pick(['Zoë', 'Łukasz', '小明', 'Anna', 'José', 'Aiko']),
        importantDates:
          rnd() < 0.3
            ? [
                {
                  id: `d${i}`,
                  label: 'Wedding anniversary',
                  date: { month, day: 1 + Math.floor(rnd() * 28), year: 2010 },
                },
              ]
            : [],
        tags: [],
        country,
        region,
        birthday:
          rnd() < 0.8
            ? {
                month,
                day: month === 2 && rnd() < 0.1 ? 29 : 1 + Math.floor(rnd() * 28),
                // Birth years are leap years, so a Feb 29 birthday stays valid.
                year: rnd() < 0.5 ? 1960 + 4 * Math.floor(rnd() * 10) : undefined,
              }
            : undefined,
        holidays: pick(CHOICES),
        journey: {
          status: pick(STATUSES),
          start,
          expectedEnd:
            rnd() < 0.6
              ? makeIsoDate(2027, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))
              : undefined,
        },
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
      }),
    );
  }
  return out;
}

describe('planning 10,000 clients', () => {
  it('plans a year for 10,000 clients, then re-plans to an empty diff', () => {
    const clients = syntheticClients(10_000);
    const rules = planRulesSchema.parse({});
    const today = day('2026-11-24');
    const lastTouchByClient = new Map(
      clients.filter((_, i) => i % 3 === 0).map((c) => [c.id, day('2026-09-15')]),
    );
    const holidays = createDateHolidaysProvider(); // cold caches: counts building the holiday tables

    // Wall time and this process's CPU time: on a busy machine the wall time also counts waiting.
    const timed = <T>(run: () => T): [T, string] => {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const out = run();
      const cpu = process.cpuUsage(cpu0);
      return [
        out,
        `${(performance.now() - t0).toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`,
      ];
    };
    const base = { clients, rules, today, lastTouchByClient, holidays, now: NOW };
    const [first, cold] = timed(() => planTouchpoints({ ...base, existing: [] }));
    const rows = applyPlan([], first);
    const [again, replan] = timed(() => planTouchpoints({ ...base, existing: rows }));
    const [, warm] = timed(() => planTouchpoints({ ...base, existing: [] }));
    console.log(
      `10,000 clients in ${PLACES.length} countries/regions → ${first.put.length} touchpoints. ` +
        `First plan (holiday caches cold): ${cold}. From scratch again: ${warm}. ` +
        `Re-plan over ${rows.length} existing: ${replan}.`,
    );

    expect(again.put).toEqual([]);
    expect(again.remove).toEqual([]);
    // Active and completed clients (about 2/3) get several touchpoints each.
    expect(first.put.length).toBeGreaterThan(30_000);
    for (const t of first.put.slice(0, 2000)) touchpointSchema.parse(t);
    const kinds = new Set(first.put.map((t) => t.kind));
    expect([...kinds].sort()).toEqual([
      'birthday-greeting',
      'check-in-call',
      'end-of-journey-gift',
      'holiday-greeting',
      'important-date',
      'keep-in-touch',
      'testimonial-request',
      'welcome-card',
    ]);
  });
});

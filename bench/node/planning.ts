/**
 * Figure 1: planning the year for the whole book in Node (shared/planning), and the cost per
 * client as the book grows (a tenth, a fifth, half, all of it: 1k, 2k, 5k, 10k at full size).
 *
 * What is planned is what the app plans when it plans everyone: every client with the touchpoints
 * that exist before the year ahead (history, referral follow-ups), producing the year ahead.
 * Baseline: copying the same number of output rows into fresh objects keyed by id, i.e. the floor
 * any planner pays to produce those rows; it scales the ratio to this machine's speed.
 */
import type { IsoDate } from '../../shared/domain/dates';
import type { Client, Touchpoint } from '../../shared/domain/schemas';
import { planTouchpoints, type HolidaysProvider } from '../../shared/planning';
import { createDateHolidaysProvider } from '../../shared/planning/dateHolidays';
import type { Book } from '../book';
import { figure, measured, median, type Figure } from '../stats';

function planSlice(
  book: Book,
  clients: readonly Client[],
  existing: readonly Touchpoint[],
  holidays: HolidaysProvider,
) {
  return planTouchpoints({
    clients,
    rules: book.settings.plan,
    today: book.today as IsoDate,
    existing,
    lastTouchByClient: book.lastTouch,
    holidays,
    home: { country: book.settings.country, region: book.settings.region },
    now: book.now,
  });
}

/** The floor: the same number of rows, built as fresh objects and keyed by id. */
function copyRows(rows: readonly Touchpoint[]): number {
  const byId = new Map<string, Touchpoint>();
  for (const t of rows) byId.set(t.id, { ...t, details: t.details ? { ...t.details } : undefined });
  return byId.size;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export function sizesFor(clients: number): number[] {
  return [...new Set([0.1, 0.2, 0.5, 1].map((f) => Math.max(1, Math.round(clients * f))))];
}

export function benchPlanning(book: Book, holidays: HolidaysProvider, runs: number): Figure[] {
  const figures: Figure[] = [];
  const beforeByClient = new Map<string, Touchpoint[]>();
  for (const t of book.before) {
    let list = beforeByClient.get(t.clientId);
    if (!list) beforeByClient.set(t.clientId, (list = []));
    list.push(t);
  }
  const perClient: { n: number; us: number; baseUs: number }[] = [];
  const full = book.clients.length;

  // The very first plan of a session builds date-holidays' tables (cold caches): shown as extra.
  const cold = createDateHolidaysProvider();
  const coldMs = time(() => planSlice(book, book.clients, book.before, cold));

  // Every size in every run, interleaved, so a burst of load on the machine hits all sizes alike.
  const sizes = sizesFor(full).map((n) => {
    const clients = book.clients.slice(0, n);
    const existing = clients.flatMap((c) => beforeByClient.get(c.id) ?? []);
    const result = planSlice(book, clients, existing, holidays); // warm-up, and the row count
    return { n, clients, existing, put: result.put, samples: [] as number[], base: [] as number[] };
  });
  for (let i = 0; i < runs; i++) {
    for (const s of sizes) {
      s.samples.push(time(() => planSlice(book, s.clients, s.existing, holidays)));
      s.base.push(time(() => copyRows(s.put)));
    }
  }
  for (const s of sizes) {
    const f = figure({
      id: `planning.${s.n}`,
      group: 1,
      label: `Plan the year, ${s.n.toLocaleString('en-US')} clients (Node)`,
      unit: 'ms',
      samples: s.samples,
      baseline: measured('copy the same rows', s.base),
      extra: { clients: s.n, touchpointsPlanned: s.put.length, existing: s.existing.length },
    });
    if (s.n === full) f.extra = { ...f.extra, firstRunColdHolidayCachesMs: Math.round(coldMs) };
    figures.push(f);
    perClient.push({ n: s.n, us: (median(s.samples) * 1000) / s.n, baseUs: (median(s.base) * 1000) / s.n });
  }

  // Re-planning the stored book (what the app does when the horizon moves): the diff is tiny.
  const replan = planSlice(book, book.clients, book.touchpoints, holidays);
  const replanSamples: number[] = [];
  const replanBase: number[] = [];
  for (let i = 0; i < runs; i++) {
    replanSamples.push(time(() => planSlice(book, book.clients, book.touchpoints, holidays)));
    replanBase.push(time(() => copyRows(book.touchpoints)));
  }
  figures.push(
    figure({
      id: 'planning.replan',
      group: 1,
      label: `Re-plan the stored book, ${full.toLocaleString('en-US')} clients (Node)`,
      unit: 'ms',
      samples: replanSamples,
      baseline: measured('copy the stored rows', replanBase),
      extra: { existing: book.touchpoints.length, put: replan.put.length, remove: replan.remove.length },
    }),
  );

  // Linearity: per-client cost at the full book vs at a tenth of it.
  const small = perClient[0]!;
  const large = perClient[perClient.length - 1]!;
  figures.push({
    id: 'planning.per-client',
    group: 1,
    label: `Planning cost per client, ${large.n.toLocaleString('en-US')} vs ${small.n.toLocaleString('en-US')} clients`,
    unit: 'µs',
    value: large.us,
    samples: [large.us],
    baseline: {
      label: `per client at ${small.n.toLocaleString('en-US')}`,
      value: small.us,
      samples: [small.us],
    },
    ratio: large.us / small.us,
    extra: Object.fromEntries(perClient.map((p) => [`perClientUs.${p.n}`, Math.round(p.us * 10) / 10])),
  });
  return figures;
}

/**
 * Runs the pure planner (shared/planning) against the database.
 *
 * - One client changed (edited, a call logged, a touchpoint done): re-plan only that client's rows.
 * - The rules changed, or the rolling horizon must move forward (a new day): re-plan everyone in
 *   the background, in chunks that yield to the UI, then write the whole diff in one transaction.
 */
import Dexie from 'dexie';
import { horizonEndFor, loadHolidaysProvider, planTouchpoints, type PlanResult } from '../../shared/planning';
import { maxIsoDate, toIsoDate, type IsoDate } from '../../shared/domain/dates';
import type { Client, Touchpoint } from '../../shared/domain/schemas';
import type { Settings } from '../../shared/domain/settings';
import { getDb } from './db';
import { onClientsChanged } from './hooks';
import { getMeta, getSettings, setMeta } from './settings';
import { applyTouchpointDiff } from './touchpoints';

function today(): IsoDate {
  return toIsoDate(new Date());
}

function dayOf(instant: string): IsoDate {
  return toIsoDate(new Date(instant));
}

function bump(map: Map<string, IsoDate>, id: string, day: IsoDate): void {
  const prev = map.get(id);
  map.set(id, prev ? maxIsoDate(prev, day) : day);
}

/**
 * The last day each client was touched: a touchpoint done, a call logged, a gift given.
 * With `clientIds`, only those clients (cheap); without, everyone (one pass per table).
 */
export async function lastTouchByClient(clientIds?: readonly string[]): Promise<Map<string, IsoDate>> {
  const db = getDb();
  const out = new Map<string, IsoDate>();
  const [done, calls, gifts] = clientIds
    ? await Promise.all([
        db.touchpoints.where('clientId').anyOf(clientIds).filter((t) => t.status === 'done').toArray(),
        db.calls.where('clientId').anyOf(clientIds).toArray(),
        db.gifts.where('clientId').anyOf(clientIds).filter((g) => g.type === 'given').toArray(),
      ])
    : await Promise.all([
        db.touchpoints.where('[status+due]').between(['done', Dexie.minKey], ['done', Dexie.maxKey]).toArray(),
        db.calls.toArray(),
        db.gifts.where('[type+date]').between(['given', Dexie.minKey], ['given', Dexie.maxKey]).toArray(),
      ]);
  for (const t of done) bump(out, t.clientId, t.doneAt ? dayOf(t.doneAt) : t.due);
  for (const c of calls) bump(out, c.clientId, dayOf(c.at));
  for (const g of gifts) bump(out, g.clientId, g.date);
  return out;
}

function planFor(
  clients: Client[],
  existing: Touchpoint[],
  settings: Settings,
  lastTouch: Map<string, IsoDate>,
  holidays: Awaited<ReturnType<typeof loadHolidaysProvider>>,
  day: IsoDate,
): PlanResult {
  return planTouchpoints({
    clients,
    rules: settings.plan,
    today: day,
    existing,
    lastTouchByClient: lastTouch,
    holidays,
    home: settings.country ? { country: settings.country, region: settings.region } : undefined,
    now: new Date().toISOString(),
    // The user's own day of a skip or a done call (not the UTC day): the next keep-in-touch counts from it.
    dayOf,
  });
}

/** Re-plans the given clients (including deleted or archived ones: their plans are removed). */
export async function replanClients(ids: readonly string[]): Promise<PlanResult | undefined> {
  if (!ids.length) return undefined;
  const db = getDb();
  const [settings, holidays] = await Promise.all([getSettings(), loadHolidaysProvider()]);
  const clients = (await db.clients.bulkGet([...ids])).filter((c): c is Client => !!c);
  const existing = await db.touchpoints.where('clientId').anyOf(ids).toArray();
  const result = planFor(clients, existing, settings, await lastTouchByClient(ids), holidays, today());
  await applyTouchpointDiff(result);
  return result;
}

export interface ReplanProgress {
  done: number;
  total: number;
}

type ProgressListener = (p: ReplanProgress | null) => void;
const progressListeners = new Set<ProgressListener>();
let currentProgress: ReplanProgress | null = null;

/** Re-planning everyone reports progress here (null when idle), for a quiet indicator. */
export function onReplanProgress(l: ProgressListener): () => void {
  progressListeners.add(l);
  l(currentProgress);
  return () => progressListeners.delete(l);
}

function report(p: ReplanProgress | null): void {
  currentProgress = p;
  for (const l of progressListeners) l(p);
}

/** Clients whose touchpoints are read in one query. */
const CHUNK = 250;
/** Clients planned between two looks at the clock. */
const STEP = 10;
/**
 * Planning gives the main thread back after about this long. Fixed chunks are not enough: a
 * client whose country's holiday tables are not computed yet costs ten times more than the next
 * one (a first chunk of 250 clients took 265 ms while the tables filled).
 */
const SLICE_MS = 25;

let running: Promise<void> | null = null;

/**
 * Re-plans every client. Planning runs in chunks between which the UI gets the main thread back;
 * the resulting diff is written in one transaction, so a half-planned book is never stored.
 */
export function replanAll(): Promise<void> {
  running ??= (async () => {
    try {
      const db = getDb();
      const [settings, holidays] = await Promise.all([getSettings(), loadHolidaysProvider()]);
      const clients = await db.clients.toArray();
      const lastTouch = await lastTouchByClient();
      const day = today();
      const put: Touchpoint[] = [];
      const remove: string[] = [];
      report({ done: 0, total: clients.length });
      for (let i = 0; i < clients.length; i += CHUNK) {
        const chunk = clients.slice(i, i + CHUNK);
        const existing = await db.touchpoints
          .where('clientId')
          .anyOf(chunk.map((c) => c.id))
          .toArray();
        let sliceStart = performance.now();
        for (let j = 0; j < chunk.length; j += STEP) {
          const r = planFor(chunk.slice(j, j + STEP), existing, settings, lastTouch, holidays, day);
          put.push(...r.put);
          remove.push(...r.remove);
          if (performance.now() - sliceStart > SLICE_MS) {
            await new Promise((res) => setTimeout(res, 0));
            sliceStart = performance.now();
          }
        }
        report({ done: Math.min(i + CHUNK, clients.length), total: clients.length });
        await new Promise((res) => setTimeout(res, 0));
      }
      await applyTouchpointDiff({ put, remove });
      await setMeta(HORIZON_KEY, { through: horizonEndFor(day, settings.plan), rules: JSON.stringify(settings.plan) });
    } finally {
      report(null);
      running = null;
    }
  })();
  return running;
}

const HORIZON_KEY = 'planHorizon';

/**
 * At start and as days pass: extends the rolling horizon, and re-plans everyone when the plan
 * rules changed since the last full plan. Cheap when nothing is needed.
 */
export async function ensurePlanned(): Promise<boolean> {
  const settings = await getSettings();
  const stored = await getMeta<{ through: IsoDate; rules: string }>(HORIZON_KEY);
  const wanted = horizonEndFor(today(), settings.plan);
  if (stored && stored.through >= wanted && stored.rules === JSON.stringify(settings.plan)) return false;
  await replanAll();
  return true;
}

/** Re-plan a client whenever something about them changes. Registered once at start-up. */
export function registerPlanner(): void {
  onClientsChanged((ids) => replanClients(ids).then(() => undefined));
}

/**
 * planTouchpoints: the pure planning engine. Given clients, the plan rules, "today" and the
 * touchpoints that exist, it returns what to write: a diff `{ put, remove }` that a repository
 * applies in one transaction (renderer/data/touchpoints.ts applyTouchpointDiff).
 *
 * Guarantees (each has a test in test/unit/planning/plan.test.ts):
 * - Identity is clientId + planKey: never two touchpoints with one key; a key that exists in any
 *   status (done, skipped, snoozed, hand-edited) is never created again.
 * - The user's work is never changed: done, skipped, snoozed and `manual` touchpoints, and
 *   touchpoints of other planners (referral follow-ups) or made by hand, are never in `put`
 *   or `remove`.
 * - Planned touchpoints follow the rules: moved or renamed when their inputs change (birthday
 *   edited, lead days changed), removed when no longer implied (rule switched off, birthday
 *   removed, holiday deselected, client archived or deleted).
 * - Nothing is created due before today: a touchpoint whose rule's day has passed is created
 *   due today while still worth it (see WantedTouchpoint.expires), else not at all. A planned
 *   row keeps its due day while that day lies between the rule's day and today, so an overdue
 *   row stays overdue and a row created "late" for today is not moved as days pass.
 * - Idempotent: applying the diff and planning again gives an empty diff, today or any later
 *   day (no row moves or changes just because time passed).
 * - Only the clients passed in are touched: `existing` rows of other clients are ignored, so
 *   planning one client (planClientTouchpoints) changes only that client's rows.
 */
import type { IsoDate } from '../domain/dates';
import type { Client, Touchpoint } from '../domain/schemas';
import type { PlanRules } from '../domain/settings';
import { plusMonths, yearOf } from './calendar';
import type { HolidayPlace, HolidaysProvider } from './holidaysProvider';
import { isPlannerKey, parsePlanKey, plannedTouchpointId, planKeyYear } from './planKeys';
import {
  WarningSink,
  isPlannerNote,
  utcDayOf,
  wantedTouchpoints,
  type PlanWarning,
  type WantedTouchpoint,
} from './rules';

export type LastTouchByClient = ReadonlyMap<string, IsoDate> | Readonly<Record<string, IsoDate | undefined>>;

export interface PlanInput {
  /** The clients to plan. Pass archived and deleted ones too: their planned touchpoints are removed. */
  clients: readonly Client[];
  rules: PlanRules;
  /** The user's local calendar day. Nothing due before it is created, except overdue one-offs (7 days). */
  today: IsoDate;
  /** Last day to plan up to; default today + rules.horizonMonths months. */
  horizonEnd?: IsoDate;
  /** The current touchpoints of these clients (rows of other clients are ignored). */
  existing: readonly Touchpoint[];
  /** Per client, the day of the last logged touch (done touchpoints, calls, gifts given). */
  lastTouchByClient?: LastTouchByClient;
  /**
   * Holiday dates (loadHolidaysProvider()). Without it no holiday greeting is created, changed or
   * removed, and a 'holidays-not-loaded' warning says so.
   */
  holidays?: HolidaysProvider;
  /** The user's own country/region (Settings.country/region): holidays for clients without a country. */
  home?: HolidayPlace;
  /** The instant written to createdAt/updatedAt. */
  now: string;
  /**
   * The user's calendar day of an instant (a touchpoint's doneAt or updatedAt, a client's
   * createdAt), e.g. `(s) => toIsoDate(new Date(s))`. Default: its UTC day, which can be a day
   * off from the user's own in the evening or early morning.
   */
  dayOf?: (instant: string) => IsoDate;
  /** Id for a new touchpoint; default `${clientId}:${planKey}` (deterministic). */
  newId?: (clientId: string, planKey: string) => string;
}

export interface PlanResult {
  /** Touchpoints to create or overwrite, whole (bulkPut). */
  put: Touchpoint[];
  /** Ids of planned touchpoints to delete. */
  remove: string[];
  /** What could not be planned and why, for the UI to show. */
  warnings: PlanWarning[];
  stats: { created: number; updated: number; removed: number };
}

/** The default horizon end: today plus the rules' horizonMonths. */
export function horizonEndFor(today: IsoDate, rules: Pick<PlanRules, 'horizonMonths'>): IsoDate {
  return plusMonths(today, rules.horizonMonths);
}

/** Planned by this planner and untouched by the user: the only touchpoints it may change or remove. */
export function isReplannable(t: Touchpoint): boolean {
  return t.status === 'planned' && !t.manual && isPlannerKey(t.planKey);
}

function lastTouchOf(map: LastTouchByClient | undefined, clientId: string): IsoDate | undefined {
  if (!map) return undefined;
  if (map instanceof Map) return map.get(clientId);
  return (map as Readonly<Record<string, IsoDate | undefined>>)[clientId];
}

function sameDetails(a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean {
  const ak = a ? Object.keys(a) : [];
  const bk = b ? Object.keys(b) : [];
  return ak.length === bk.length && bk.every((k) => a?.[k] === b?.[k]);
}

/**
 * The due day a planned touchpoint should have. The rule's day while it is today or ahead.
 * Once it has passed: a row's own due day if it lies between the rule's day and today (an overdue
 * row stays overdue; a row created for today when its rule's day had passed stays where it is),
 * else today (a new row, or one whose occasion moved into the past). Stable as days pass: the
 * rule's day is fixed and today only grows, so a kept day stays kept.
 */
export function plannedDue(ruleDay: IsoDate, current: IsoDate | undefined, today: IsoDate): IsoDate {
  if (ruleDay >= today) return ruleDay;
  if (current !== undefined && current >= ruleDay && current <= today) return current;
  return today;
}

/** The planner's notes line is kept in step; notes the user wrote are never changed. */
function notesFor(t: Touchpoint, w: WantedTouchpoint): string | undefined {
  return t.notes === undefined || isPlannerNote(t.notes) ? w.notes : t.notes;
}

function matches(t: Touchpoint, w: WantedTouchpoint, due: IsoDate): boolean {
  return (
    t.kind === w.kind &&
    t.channel === w.channel &&
    t.due === due &&
    t.title === w.title &&
    t.notes === notesFor(t, w) &&
    sameDetails(t.details, w.details)
  );
}

function groupByClient(
  rows: readonly Touchpoint[],
  clientIds: ReadonlySet<string>,
): Map<string, Touchpoint[]> {
  const out = new Map<string, Touchpoint[]>();
  for (const t of rows) {
    if (!clientIds.has(t.clientId)) continue;
    let list = out.get(t.clientId);
    if (!list) out.set(t.clientId, (list = []));
    list.push(t);
  }
  return out;
}

/** Plans every client passed in. See the module comment for the guarantees. */
export function planTouchpoints(input: PlanInput): PlanResult {
  const { rules, today, now } = input;
  const horizonEnd = input.horizonEnd ?? horizonEndFor(today, rules);
  const newId = input.newId ?? plannedTouchpointId;
  const dayOf = input.dayOf ?? utcDayOf;
  const warnings = new WarningSink();
  const put: Touchpoint[] = [];
  const remove: string[] = [];
  let created = 0;
  let updated = 0;

  const baseYears: number[] = [];
  for (let y = yearOf(today); y <= yearOf(horizonEnd) + 1; y++) baseYears.push(y);

  const clientIds = new Set(input.clients.map((c) => c.id));
  const rowsByClient = groupByClient(input.existing, clientIds);

  for (const client of input.clients) {
    const rows = rowsByClient.get(client.id) ?? [];
    // Yearly keys that exist outside the window are evaluated too, so a planned one can be
    // updated or removed whatever its year.
    let years: readonly number[] = baseYears;
    for (const t of rows) {
      const y = t.planKey ? planKeyYear(t.planKey) : undefined;
      if (y !== undefined && !years.includes(y)) years = [...years, y];
    }
    const wanted = wantedTouchpoints(client, {
      rules,
      today,
      horizonEnd,
      years,
      lastTouch: lastTouchOf(input.lastTouchByClient, client.id),
      existing: rows,
      holidays: input.holidays,
      home: input.home,
      warnings,
      dayOf,
    });
    // Without holiday dates, holiday rows are neither judged nor created.
    const holidaysUnknown = !input.holidays;

    const rowsByKey = new Map<string, Touchpoint[]>();
    for (const t of rows) {
      if (!t.planKey) continue;
      let list = rowsByKey.get(t.planKey);
      if (!list) rowsByKey.set(t.planKey, (list = []));
      list.push(t);
    }

    for (const [key, list] of rowsByKey) {
      const parsed = parsePlanKey(key);
      if (!parsed) continue; // another planner's or the user's: not ours
      if (holidaysUnknown && parsed.rule === 'holiday') continue;
      const want = wanted.get(key);
      const locked = list.some((t) => !isReplannable(t));
      // The deterministic id first, so the same row survives a duplicate on every run.
      const free = list
        .filter(isReplannable)
        .sort(
          (a, b) =>
            Number(a.id !== newId(client.id, key)) - Number(b.id !== newId(client.id, key)) ||
            a.id.localeCompare(b.id),
        );
      if (!want || locked) {
        // Not implied any more, or the user already handled this occurrence: planned leftovers go.
        for (const t of free) remove.push(t.id);
        continue;
      }
      const [keep, ...duplicates] = free;
      for (const t of duplicates) remove.push(t.id);
      if (!keep) continue;
      const due = plannedDue(want.due, keep.due, today);
      if (matches(keep, want, due)) continue;
      if (keep.due !== due && want.expires !== undefined && today > want.expires) {
        // Its date moved into the past (e.g. the birthday was corrected to last week): a card
        // for an occasion already over is noise.
        remove.push(keep.id);
        continue;
      }
      const next: Touchpoint = {
        ...keep,
        kind: want.kind,
        channel: want.channel,
        due,
        title: want.title,
        updatedAt: now,
      };
      if (want.details) next.details = want.details;
      else delete next.details;
      const notes = notesFor(keep, want);
      if (notes !== undefined) next.notes = notes;
      else delete next.notes;
      put.push(next);
      updated++;
    }

    for (const [key, want] of wanted) {
      if (rowsByKey.has(key)) continue;
      if (want.due > horizonEnd) continue;
      if (want.expires !== undefined && today > want.expires) continue;
      const t: Touchpoint = {
        id: newId(client.id, key),
        clientId: client.id,
        kind: want.kind,
        channel: want.channel,
        // Never created overdue: a rule's day already past means "due now".
        due: plannedDue(want.due, undefined, today),
        status: 'planned',
        title: want.title,
        planKey: key,
        manual: false,
        createdAt: now,
        updatedAt: now,
      };
      if (want.details) t.details = want.details;
      if (want.notes !== undefined) t.notes = want.notes;
      put.push(t);
      created++;
    }
  }
  return { put, remove, warnings: warnings.list(), stats: { created, updated, removed: remove.length } };
}

export interface ClientPlanInput extends Omit<PlanInput, 'clients' | 'lastTouchByClient'> {
  client: Client;
  /** The client's last logged touch. */
  lastTouch?: IsoDate;
}

/** Re-plans one client (after an edit): only that client's touchpoints are changed. */
export function planClientTouchpoints(input: ClientPlanInput): PlanResult {
  const { client, lastTouch, ...rest } = input;
  return planTouchpoints({
    ...rest,
    clients: [client],
    existing: input.existing.filter((t) => t.clientId === client.id),
    lastTouchByClient: lastTouch ? new Map([[client.id, lastTouch]]) : undefined,
  });
}

/** The touchpoints after applying a diff: what a repository does, for tests and previews. */
export function applyPlan(
  existing: readonly Touchpoint[],
  diff: Pick<PlanResult, 'put' | 'remove'>,
): Touchpoint[] {
  const byId = new Map(existing.map((t) => [t.id, t]));
  for (const id of diff.remove) byId.delete(id);
  for (const t of diff.put) byId.set(t.id, t);
  return [...byId.values()];
}

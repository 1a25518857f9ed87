/**
 * Touchpoints repository. Screens query by date range through the [status+due] and due indexes
 * and never load every touchpoint: at 10,000 clients there are about 200,000 of them.
 */
import Dexie from 'dexie';
import {
  OPEN_STATUSES,
  touchpointSchema,
  type Channel,
  type Touchpoint,
  type TouchpointKind,
} from '../../shared/domain/schemas';
import { addDaysIso, type IsoDate } from '../../shared/domain/dates';
import { bulkDeleteInBatches, bulkPutInBatches } from './batches';
import { getDb } from './db';
import { newId } from './clients';
import { afterClientsChanged } from './hooks';

function nowIso(): string {
  return new Date().toISOString();
}

/** Open (planned or snoozed) touchpoints due in [from, to], sorted by day. */
export async function openTouchpointsBetween(from: IsoDate | '', to: IsoDate): Promise<Touchpoint[]> {
  const db = getDb();
  const lists = await Promise.all(
    OPEN_STATUSES.map((status) =>
      db.touchpoints
        .where('[status+due]')
        .between([status, from || Dexie.minKey], [status, to], true, true)
        .toArray(),
    ),
  );
  return lists.flat().sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.title.localeCompare(b.title)));
}

/** Counts for the sidebar and the badge, without loading rows. */
export async function openCounts(today: IsoDate): Promise<{ overdue: number; today: number }> {
  const db = getDb();
  let overdue = 0;
  let dueToday = 0;
  for (const status of OPEN_STATUSES) {
    overdue += await db.touchpoints.where('[status+due]').between([status, Dexie.minKey], [status, today], true, false).count();
    dueToday += await db.touchpoints.where('[status+due]').equals([status, today]).count();
  }
  return { overdue, today: dueToday };
}

/** Every touchpoint (any status) due in [from, to], for the calendar. */
export async function touchpointsBetween(from: IsoDate, to: IsoDate): Promise<Touchpoint[]> {
  return getDb().touchpoints.where('due').between(from, to, true, true).toArray();
}

export interface DaySummary {
  day: IsoDate;
  /** Touchpoints (any status) of clients not deleted, due that day; with `capped`, at least this many. */
  count: number;
  /** More than `first + countUpTo` are due that day: `count` was not counted to the end. */
  capped: boolean;
  /** The first of them, in the order touchpointsBetween returns them (by due, then id). */
  first: Touchpoint[];
}

/**
 * Per day in [from, to]: how many touchpoints are due, and the first `first` of them, without
 * loading the rest — what a month view needs. A December of a 10,000-client book holds over 30,000
 * touchpoints; loading them all (and their clients) to show a few a day took most of a second, and
 * even counting them all (IndexedDB counts entry by entry) took 0.3 s: a day is counted up to
 * `first + countUpTo` only, then reported as `capped` ("99+ more").
 * Deleted clients' touchpoints are left out, as getClients leaves those clients out.
 */
export async function daySummaries(
  from: IsoDate,
  to: IsoDate,
  first: number,
  countUpTo = 99,
): Promise<DaySummary[]> {
  const db = getDb();
  const days: IsoDate[] = [];
  for (let d = from; d <= to; d = addDaysIso(d, 1)) days.push(d);
  return db.transaction('r', db.touchpoints, db.clients, async () => {
    const deleted = await db.clients.where('deletedAt').above('').primaryKeys();
    const gone = new Set(deleted);
    const hidden = new Map<IsoDate, Set<string>>();
    if (deleted.length) {
      const rows = await db.touchpoints
        .where('clientId')
        .anyOf(deleted)
        .filter((t) => t.due >= from && t.due <= to)
        .toArray();
      for (const t of rows) hidden.set(t.due, (hidden.get(t.due) ?? new Set()).add(t.id));
    }
    const most = first + countUpTo;
    return Promise.all(
      days.map(async (day): Promise<DaySummary> => {
        const skip = hidden.get(day) ?? new Set<string>();
        const [ids, rows] = await Promise.all([
          db.touchpoints.where('due').equals(day).limit(most + 1 + skip.size).primaryKeys(),
          db.touchpoints.where('due').equals(day).limit(first + skip.size).toArray(),
        ]);
        const count = ids.filter((id) => !skip.has(id)).length;
        return {
          day,
          count: Math.min(count, most + 1),
          capped: count > most,
          first: rows.filter((t) => !gone.has(t.clientId)).slice(0, first),
        };
      }),
    );
  });
}

export async function touchpointsForClient(clientId: string): Promise<Touchpoint[]> {
  const rows = await getDb().touchpoints.where('clientId').equals(clientId).toArray();
  return rows.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

export async function getTouchpoint(id: string): Promise<Touchpoint | undefined> {
  return getDb().touchpoints.get(id);
}

/** Changes one touchpoint and returns the row as it was, so the change can be undone. */
async function change(id: string, patch: (t: Touchpoint) => Touchpoint): Promise<Touchpoint | undefined> {
  const db = getDb();
  return db.transaction('rw', db.touchpoints, async () => {
    const before = await db.touchpoints.get(id);
    if (!before) return undefined;
    const after = touchpointSchema.parse({ ...patch(before), updatedAt: nowIso() });
    await db.touchpoints.put(after);
    return before;
  });
}

/** A change to a touchpoint can move the client's keep-in-touch date: re-plan that client. */
async function changed(before: Touchpoint | undefined): Promise<Touchpoint | undefined> {
  if (before) await afterClientsChanged([before.clientId]);
  return before;
}

export function markDone(
  id: string,
  opts: { note?: string; via?: Channel; at?: string } = {},
): Promise<Touchpoint | undefined> {
  return change(id, (t) => ({
    ...t,
    status: 'done' as const,
    doneAt: opts.at ?? nowIso(),
    doneVia: opts.via ?? t.channel,
    notes: opts.note ? (t.notes ? `${t.notes}\n${opts.note}` : opts.note) : t.notes,
  })).then(changed);
}

export function skip(id: string): Promise<Touchpoint | undefined> {
  return change(id, (t) => ({ ...t, status: 'skipped' as const })).then(changed);
}

/** Snoozing moves the due day; the touchpoint comes back on Today that day. */
export function snooze(id: string, until: IsoDate): Promise<Touchpoint | undefined> {
  return change(id, (t) => ({ ...t, status: 'snoozed', due: until }));
}

/** A new day chosen by hand (drag and drop): re-planning leaves it alone from now on. */
export function reschedule(id: string, due: IsoDate): Promise<Touchpoint | undefined> {
  return change(id, (t) => ({ ...t, due, manual: true }));
}

/** Puts back a row exactly as it was before a change (undo). */
export async function restoreTouchpoint(before: Touchpoint): Promise<void> {
  await getDb().touchpoints.put(before);
  await afterClientsChanged([before.clientId]);
}

export async function addOneOff(input: {
  clientId: string;
  kind: TouchpointKind;
  channel: Channel;
  due: IsoDate;
  title: string;
  notes?: string;
  referralId?: string;
  details?: Record<string, string>;
}): Promise<Touchpoint> {
  const now = nowIso();
  const t = touchpointSchema.parse({
    ...input,
    id: newId(),
    status: 'planned',
    manual: true,
    createdAt: now,
    updatedAt: now,
  });
  await getDb().touchpoints.add(t);
  return t;
}

export async function deleteTouchpoint(id: string): Promise<Touchpoint | undefined> {
  const db = getDb();
  return db.transaction('rw', db.touchpoints, async () => {
    const before = await db.touchpoints.get(id);
    await db.touchpoints.delete(id);
    return before;
  }).then(changed);
}

/** Applies a planning diff in one transaction. */
export async function applyTouchpointDiff(diff: { put: Touchpoint[]; remove: string[] }): Promise<void> {
  if (!diff.put.length && !diff.remove.length) return;
  const db = getDb();
  await db.transaction('rw', db.touchpoints, async () => {
    // In batches: re-planning a whole book writes about 100,000 rows.
    if (diff.remove.length) await bulkDeleteInBatches(db.touchpoints, diff.remove);
    if (diff.put.length) await bulkPutInBatches(db.touchpoints, diff.put);
  });
}

/**
 * Gifts repository: a client's gift ideas and the gifts given. Logging a gift can turn an idea
 * into the gift (the same record, so the idea leaves the ideas list) and complete the gift
 * touchpoint it answers. A given gift is a touch: the client is re-planned so their
 * keep-in-touch clock starts again (the planner reads this table).
 */
import { addDaysIso, toIsoDate } from '../../shared/domain/dates';
import { validate, type Validated } from '../../shared/domain/errors';
import { OPEN_STATUSES, giftSchema, type Gift, type Touchpoint } from '../../shared/domain/schemas';
import { newId } from './clients';
import { getDb } from './db';
import { afterClientsChanged } from './hooks';
import { markDone, restoreTouchpoint } from './touchpoints';

function nowIso(): string {
  return new Date().toISOString();
}

/** What the gift form holds; empty strings mean "not given". */
export interface GiftInput {
  clientId: string;
  what: string;
  /** The day the idea was noted, or the gift given. Defaults to today. */
  date?: string;
  occasion?: string;
  cost?: number;
  whereBought?: string;
  reception?: string;
  notes?: string;
}

export interface LogGiftInput extends GiftInput {
  /** The idea this gift comes from: it becomes the given gift. */
  ideaId?: string;
  /** The gift touchpoint this answers: it is marked done (via gift) when still open. */
  touchpointId?: string;
}

export interface LoggedGift {
  gift: Gift;
  /** The idea as it was before it became this gift (for Undo). */
  ideaBefore?: Gift;
  /** The touchpoint as it was before this gift completed it (for Undo). */
  completedBefore?: Touchpoint;
}

function record(type: Gift['type'], input: GiftInput, base: { id: string; createdAt: string }): unknown {
  return {
    ...base,
    clientId: input.clientId,
    type,
    what: input.what,
    occasion: input.occasion ?? '',
    date: input.date || toIsoDate(new Date()),
    cost: input.cost,
    whereBought: input.whereBought ?? '',
    reception: input.reception ?? '',
    notes: input.notes ?? '',
  };
}

async function clientExists(clientId: string): Promise<boolean> {
  const c = await getDb().clients.get(clientId);
  return !!c && !c.deletedAt;
}

/** Notes an idea for a client ("mentioned she loves orchids"). */
export async function addIdea(input: GiftInput): Promise<Validated<Gift>> {
  const v = validate(giftSchema, record('idea', input, { id: newId(), createdAt: nowIso() }));
  if (!v.ok) return v;
  if (!(await clientExists(input.clientId)))
    return { ok: false, errors: { clientId: 'That client no longer exists' } };
  await getDb().gifts.add(v.value);
  return v;
}

/**
 * Logs a gift given. With `ideaId`, that idea becomes this gift (same id, its first note kept
 * when the form has none). With `touchpointId`, the open gift touchpoint of the same client is
 * marked done, via gift, on the gift's day. Nothing is written unless the gift is valid.
 */
export async function logGift(input: LogGiftInput): Promise<Validated<LoggedGift>> {
  const db = getDb();
  const idea = input.ideaId ? await db.gifts.get(input.ideaId) : undefined;
  const useIdea = idea && idea.type === 'idea' && idea.clientId === input.clientId ? idea : undefined;
  const v = validate(
    giftSchema,
    record(
      'given',
      { ...input, notes: input.notes || useIdea?.notes },
      useIdea ? { id: useIdea.id, createdAt: useIdea.createdAt } : { id: newId(), createdAt: nowIso() },
    ),
  );
  if (!v.ok) return v;
  let gift = v.value;
  const result = await db.transaction(
    'rw',
    db.gifts,
    db.clients,
    db.touchpoints,
    async (): Promise<Validated<LoggedGift>> => {
      const client = await db.clients.get(input.clientId);
      if (!client || client.deletedAt)
        return { ok: false, errors: { clientId: 'That client no longer exists' } };
      const t = input.touchpointId ? await db.touchpoints.get(input.touchpointId) : undefined;
      // A gift answers the touchpoint only if it was given for this occasion, not long before it.
      const forThisOccasion = t && gift.date >= addDaysIso(t.due, -30);
      if (t && forThisOccasion && t.clientId === input.clientId && OPEN_STATUSES.includes(t.status))
        gift = { ...gift, touchpointId: t.id };
      await db.gifts.put(gift);
      return { ok: true, value: { gift, ...(useIdea ? { ideaBefore: useIdea } : {}) } };
    },
  );
  if (!result.ok) return result;
  // Completed after the gift is stored: markDone re-plans the client, which reads the gifts table
  // and more, and must not run inside a transaction that holds only some tables.
  if (gift.touchpointId) {
    const at =
      gift.date === toIsoDate(new Date()) ? nowIso() : new Date(`${gift.date}T12:00:00`).toISOString();
    const before = await markDone(gift.touchpointId, { via: 'gift', at });
    if (before) return { ok: true, value: { ...result.value, completedBefore: before } };
  }
  await afterClientsChanged([gift.clientId]);
  return result;
}

/** Takes back a logged gift: the idea returns as an idea, the touchpoint reopens. */
export async function undoLogGift(logged: LoggedGift): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.gifts, async () => {
    if (logged.ideaBefore) await db.gifts.put(logged.ideaBefore);
    else await db.gifts.delete(logged.gift.id);
  });
  if (logged.completedBefore) await restoreTouchpoint(logged.completedBefore);
  else await afterClientsChanged([logged.gift.clientId]);
}

/** Changes a gift or idea (its type stays). Returns the record as it was, for Undo. */
export async function updateGift(
  id: string,
  input: GiftInput,
): Promise<Validated<{ gift: Gift; before: Gift }>> {
  const db = getDb();
  const before = await db.gifts.get(id);
  if (!before) return { ok: false, errors: { _: 'This gift no longer exists. It may have been deleted.' } };
  const v = validate(
    giftSchema,
    record(before.type, { ...input, clientId: before.clientId }, { id, createdAt: before.createdAt }),
  );
  if (!v.ok) return v;
  const gift = before.touchpointId ? { ...v.value, touchpointId: before.touchpointId } : v.value;
  await db.gifts.put(gift);
  if (gift.type === 'given' || before.type === 'given') await afterClientsChanged([gift.clientId]);
  return { ok: true, value: { gift, before } };
}

export async function deleteGift(id: string): Promise<Gift | undefined> {
  const db = getDb();
  const before = await db.transaction('rw', db.gifts, async () => {
    const g = await db.gifts.get(id);
    await db.gifts.delete(id);
    return g;
  });
  if (before?.type === 'given') await afterClientsChanged([before.clientId]);
  return before;
}

/** Puts a gift back exactly as it was (undo of a delete or an edit). */
export async function restoreGift(gift: Gift): Promise<void> {
  await getDb().gifts.put(gift);
  await afterClientsChanged([gift.clientId]);
}

// ---------- reads ----------

/** A client's ideas and gifts, newest first. */
export async function giftsForClient(clientId: string): Promise<Gift[]> {
  const rows = await getDb().gifts.where('clientId').equals(clientId).toArray();
  return rows.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** Gifts given in a calendar year (through the [type+date] index), for the budget. */
export async function giftsGivenInYear(year: number): Promise<Gift[]> {
  const y = String(year).padStart(4, '0');
  return getDb()
    .gifts.where('[type+date]')
    .between(['given', `${y}-01-01`], ['given', `${y}-12-31`], true, true)
    .toArray();
}

/** Every gift and idea, oldest first (export). */
export async function listGifts(): Promise<Gift[]> {
  const rows = await getDb().gifts.toArray();
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

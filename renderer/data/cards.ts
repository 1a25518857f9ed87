/**
 * Card templates and card history: the only code that reads and writes the `templates` and
 * `cardHistory` tables.
 *
 * Built-in templates live in code (DEFAULT_CARD_TEMPLATES, ids `builtin:<kind>`); the table holds
 * only what the user changed: an edited built-in (same id, `builtIn: true`) or their own templates
 * (`builtIn: false`). Resetting a built-in deletes its row, so a wording update in a new release
 * reaches everyone who never edited it.
 *
 * Card history records exactly what went out (template and text), so the app can warn before the
 * same message reaches the same client twice.
 */
import { DEFAULT_CARD_TEMPLATES } from '../../shared/cards/templates';
import type { IsoDate } from '../../shared/domain/dates';
import { validate, type Validated } from '../../shared/domain/errors';
import {
  cardHistorySchema,
  cardTemplateSchema,
  OPEN_STATUSES,
  TOUCHPOINT_KINDS,
  type CardHistoryEntry,
  type CardTemplate,
  type Touchpoint,
  type TouchpointKind,
} from '../../shared/domain/schemas';
import { newId } from './clients';
import { getDb } from './db';
import { getTouchpoint, markDone, restoreTouchpoint } from './touchpoints';

function nowIso(): string {
  return new Date().toISOString();
}

// ---------- templates ----------

export type TemplateDraft = Pick<CardTemplate, 'kind' | 'name' | 'front' | 'inside' | 'closing'>;

const kindOrder = (k: TouchpointKind) => TOUCHPOINT_KINDS.indexOf(k);

export function defaultTemplate(id: string): CardTemplate | undefined {
  return DEFAULT_CARD_TEMPLATES.find((t) => t.id === id);
}

/** A built-in template whose wording the user changed (Reset brings the default back). */
export function isEditedBuiltIn(t: CardTemplate): boolean {
  const d = defaultTemplate(t.id);
  return (
    !!d && (d.name !== t.name || d.front !== t.front || d.inside !== t.inside || d.closing !== t.closing)
  );
}

/**
 * Every template: for each touchpoint kind, the built-in one (as the user edited it, if they did)
 * followed by the user's own for that kind, newest first. `templateForKind` picks the first of the
 * user's own, so the newest own template is the one a card gets by default.
 */
export async function listTemplates(): Promise<CardTemplate[]> {
  const rows = await getDb().templates.toArray();
  const stored = new Map(rows.map((r) => [r.id, r]));
  const builtIns = DEFAULT_CARD_TEMPLATES.map((d) => {
    const edited = stored.get(d.id);
    return edited ? { ...edited, builtIn: true, kind: d.kind } : d;
  });
  const own = rows
    .filter((r) => !r.builtIn && !defaultTemplate(r.id))
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || b.updatedAt.localeCompare(a.updatedAt));
  const out: CardTemplate[] = [];
  for (const b of builtIns) {
    out.push(b);
    out.push(...own.filter((o) => o.kind === b.kind));
  }
  return out;
}

export async function getTemplate(id: string): Promise<CardTemplate | undefined> {
  const row = await getDb().templates.get(id);
  return row ?? defaultTemplate(id);
}

/**
 * Saves a template. `id` null adds one of the user's own; a built-in id stores the user's wording
 * of that built-in (its kind cannot change: the app looks it up by kind).
 */
export async function saveTemplate(
  id: string | null,
  draft: TemplateDraft,
): Promise<Validated<CardTemplate>> {
  const builtIn = id ? defaultTemplate(id) : undefined;
  if (id && !builtIn) {
    const existing = await getDb().templates.get(id);
    if (!existing)
      return { ok: false, errors: { _: 'This template no longer exists. It may have been deleted.' } };
  }
  const v = validate(cardTemplateSchema, {
    ...draft,
    kind: builtIn ? builtIn.kind : draft.kind,
    id: id ?? `own:${newId()}`,
    builtIn: !!builtIn,
    updatedAt: nowIso(),
  });
  if (!v.ok) return v;
  await getDb().templates.put(v.value);
  return v;
}

/** Deletes one of the user's own templates; returns it for Undo. Built-ins are reset, not deleted. */
export async function deleteTemplate(id: string): Promise<CardTemplate | undefined> {
  if (defaultTemplate(id)) return undefined;
  const db = getDb();
  return db.transaction('rw', db.templates, async () => {
    const before = await db.templates.get(id);
    if (before) await db.templates.delete(id);
    return before;
  });
}

/** Brings a built-in template back to the shipped wording; returns the user's wording for Undo. */
export async function resetTemplate(id: string): Promise<CardTemplate | undefined> {
  if (!defaultTemplate(id)) return undefined;
  const db = getDb();
  return db.transaction('rw', db.templates, async () => {
    const before = await db.templates.get(id);
    if (before) await db.templates.delete(id);
    return before;
  });
}

/** Puts a template back exactly as it was (Undo of delete or reset). */
export async function restoreTemplate(t: CardTemplate): Promise<void> {
  await getDb().templates.put(t);
}

// ---------- card history ----------

/** Newest first. */
export async function cardHistoryForClient(clientId: string): Promise<CardHistoryEntry[]> {
  const rows = await getDb().cardHistory.where('clientId').equals(clientId).toArray();
  return rows.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** History for many clients at once (the batch checks every card against what went out before). */
export async function cardHistoryForClients(
  clientIds: readonly string[],
): Promise<Map<string, CardHistoryEntry[]>> {
  const ids = [...new Set(clientIds)];
  const map = new Map<string, CardHistoryEntry[]>(ids.map((id) => [id, []]));
  if (!ids.length) return map;
  const rows = await getDb().cardHistory.where('clientId').anyOf(ids).toArray();
  rows.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  for (const r of rows) map.get(r.clientId)?.push(r);
  return map;
}

/** Letters, digits and their order: a changed line break or a trailing space is the same message. */
function normalise(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

export function sameMessage(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

/** Earlier cards to this client with the same text, newest first. */
export function earlierSends(history: readonly CardHistoryEntry[], text: string): CardHistoryEntry[] {
  return history.filter((h) => sameMessage(h.text, text));
}

export interface SentCard {
  clientId: string;
  touchpointId?: string;
  templateId?: string;
  /** The text exactly as printed. */
  text: string;
}

/** What `recordCardsSent` changed, for one Undo of the whole batch. */
export interface CardsSentUndo {
  touchpoints: Touchpoint[];
  historyIds: string[];
}

/**
 * The user confirmed the cards went out: each card's touchpoint is marked done (by card) and the
 * template and exact text are added to the client's card history, dated `date`.
 */
export async function recordCardsSent(cards: readonly SentCard[], date: IsoDate): Promise<CardsSentUndo> {
  const createdAt = nowIso();
  const entries = cards.map((c) =>
    cardHistorySchema.parse({
      id: newId(),
      clientId: c.clientId,
      touchpointId: c.touchpointId,
      templateId: c.templateId,
      date,
      text: c.text,
      createdAt,
    }),
  );
  await getDb().cardHistory.bulkAdd(entries);
  const before: Touchpoint[] = [];
  for (const c of cards) {
    if (!c.touchpointId) continue;
    // A touchpoint already done (or skipped) stays as it was, and Undo leaves it alone.
    const current = await getTouchpoint(c.touchpointId);
    if (!current || !OPEN_STATUSES.includes(current.status)) continue;
    const b = await markDone(c.touchpointId, { via: 'card', at: createdAt });
    if (b) before.push(b);
  }
  return { touchpoints: before, historyIds: entries.map((e) => e.id) };
}

export async function undoCardsSent(u: CardsSentUndo): Promise<void> {
  await getDb().cardHistory.bulkDelete(u.historyIds);
  for (const t of u.touchpoints) await restoreTouchpoint(t);
}

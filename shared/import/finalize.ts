/**
 * The last import step: turns the preview and the user's choices for duplicates into what to
 * write. Every row of the file ends up in exactly one place (created, merged, skipped or
 * rejected), so the counts shown afterwards add up to the rows in the file.
 *
 * Merging only fills gaps: a value the client already has is never overwritten; where the file
 * says something else, that is listed as a conflict for the user to see.
 */
import { canonicalJson } from '../backup/canonical';
import { clientInputSchema, type Client, type ClientFields, type YearlyDate } from '../domain/schemas';
import { nameKey } from './names';
import type { ImportPreview, PreviewRow, Resolution } from './preview';
import { IMPORT_FIELD_LABELS } from './types';

export interface FinalizeOptions {
  /** The user's choice per duplicate row (by row number); rows not listed are skipped. */
  resolutions?: Readonly<Record<number, Resolution>>;
  /** The clients in the database (the same list given to the preview), for merges. */
  existing?: readonly Client[];
}

export interface MergeConflict {
  /** Client field, e.g. "email". */
  field: string;
  /** The value that stays. */
  kept: string;
  /** The value in the file that was not taken. */
  incoming: string;
  /** The row it came from. */
  row: number;
}

export interface ImportedClient {
  client: ClientFields;
  /** The row it was made from. */
  row: number;
  /** Later rows of the same person merged into it. */
  mergedRows: number[];
  conflicts: MergeConflict[];
}

export interface ClientMerge {
  existingId: string;
  /** Only the fields that change; apply with a partial update. */
  patch: Partial<ClientFields>;
  rows: number[];
  conflicts: MergeConflict[];
}

export interface RowOutcome {
  row: number;
  reason: string;
}

export interface FinalizedImport {
  toCreate: ImportedClient[];
  toMerge: ClientMerge[];
  skipped: RowOutcome[];
  rejected: RowOutcome[];
  /** created + merged + skipped + rejected === rows */
  counts: { rows: number; created: number; merged: number; skipped: number; rejected: number };
}

type Fields = ClientFields;

const text = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  return canonicalJson(v);
};

const sameText = (a: string | undefined, b: string | undefined) =>
  (a ?? '').trim().toLocaleLowerCase() === (b ?? '').trim().toLocaleLowerCase();

function sameDay(a: YearlyDate, b: YearlyDate): boolean {
  return a.month === b.month && a.day === b.day;
}

const SCALARS = [
  'lastName',
  'salutation',
  'email',
  'phone',
  'company',
  'country',
  'region',
  'preferredChannel',
] as const;

/** Fills what `base` lacks from `incoming`; lists where they disagree. */
export function fillGaps(
  base: Fields,
  incoming: Fields,
  row: number,
): { merged: Fields; conflicts: MergeConflict[] } {
  const merged: Fields = structuredClone(base);
  const conflicts: MergeConflict[] = [];
  const conflict = (field: string, kept: unknown, inc: unknown) =>
    conflicts.push({ field, kept: text(kept), incoming: text(inc), row });

  if (nameKey(base.firstName) !== nameKey(incoming.firstName))
    conflict('firstName', base.firstName, incoming.firstName);
  for (const k of SCALARS) {
    const inc = incoming[k];
    if (inc === undefined) continue;
    const cur = merged[k];
    if (cur === undefined) (merged as Record<string, unknown>)[k] = inc;
    else if (!sameText(cur, inc)) conflict(k, cur, inc);
  }
  if (incoming.address) {
    const a = merged.address;
    if (!a || (a.lines.length === 0 && !a.city && !a.postalCode))
      merged.address = structuredClone(incoming.address);
    else if (canonicalJson(a) !== canonicalJson(incoming.address)) conflict('address', a, incoming.address);
  }
  if (incoming.birthday) {
    const b = merged.birthday;
    if (!b) merged.birthday = { ...incoming.birthday };
    else if (sameDay(b, incoming.birthday) && b.year === undefined && incoming.birthday.year !== undefined) {
      merged.birthday = { ...incoming.birthday };
    } else if (
      !sameDay(b, incoming.birthday) ||
      (b.year !== incoming.birthday.year && incoming.birthday.year !== undefined)
    ) {
      conflict('birthday', b, incoming.birthday);
    }
  }
  for (const d of incoming.importantDates) {
    const known = merged.importantDates.some(
      (x) => nameKey(x.label) === nameKey(d.label) && sameDay(x.date, d.date),
    );
    if (known) continue;
    if (merged.importantDates.length >= 20)
      conflict('importantDates', `${merged.importantDates.length} dates`, `${d.label}`);
    else merged.importantDates.push(structuredClone(d));
  }
  for (const t of incoming.tags) {
    if (merged.tags.some((x) => x.toLocaleLowerCase() === t.toLocaleLowerCase())) continue;
    if (merged.tags.length >= 30) conflict('tags', `${merged.tags.length} tags`, t);
    else merged.tags.push(t);
  }
  if (incoming.notes && !(merged.notes ?? '').includes(incoming.notes)) {
    merged.notes = merged.notes ? `${merged.notes}\n\n${incoming.notes}` : incoming.notes;
  }
  if (incoming.journey.start && !merged.journey.start) merged.journey.start = incoming.journey.start;
  if (incoming.journey.expectedEnd && !merged.journey.expectedEnd)
    merged.journey.expectedEnd = incoming.journey.expectedEnd;
  return { merged, conflicts };
}

function fieldsOf(c: Client): Fields {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = c;
  return fields;
}

function patchBetween(base: Fields, merged: Fields): Partial<Fields> {
  const patch: Partial<Fields> = {};
  for (const k of Object.keys(merged) as (keyof Fields)[]) {
    if (canonicalJson(merged[k]) !== canonicalJson(base[k]))
      (patch as Record<string, unknown>)[k] = merged[k];
  }
  return patch;
}

function validates(fields: Fields): { ok: true; value: Fields } | { ok: false; message: string } {
  const r = clientInputSchema.safeParse(fields);
  if (r.success) return { ok: true, value: r.data };
  const i = r.error.issues[0];
  return { ok: false, message: `${i?.path.map(String).join('.') || 'client'}: ${i?.message ?? 'invalid'}` };
}

type Outcome =
  | { kind: 'created'; index: number }
  | { kind: 'merged'; existingId: string }
  | { kind: 'skipped' }
  | { kind: 'rejected' };

export function finalizeImport(preview: ImportPreview, options: FinalizeOptions = {}): FinalizedImport {
  const existing = new Map((options.existing ?? []).map((c) => [c.id, c]));
  const toCreate: ImportedClient[] = [];
  const merges = new Map<
    string,
    { base: Fields; current: Fields; rows: number[]; conflicts: MergeConflict[] }
  >();
  const skipped: RowOutcome[] = [];
  const rejected: RowOutcome[] = [];
  const outcome = new Map<number, Outcome>();
  const labels = new Map(preview.rows.map((r) => [r.row, r.label]));
  let mergedRows = 0;

  const create = (r: PreviewRow, client: Fields) => {
    toCreate.push({ client, row: r.row, mergedRows: [], conflicts: [] });
    outcome.set(r.row, { kind: 'created', index: toCreate.length - 1 });
  };
  const skip = (r: PreviewRow, reason: string) => {
    skipped.push({ row: r.row, reason });
    outcome.set(r.row, { kind: 'skipped' });
  };
  const reject = (r: PreviewRow, reason: string) => {
    rejected.push({ row: r.row, reason });
    outcome.set(r.row, { kind: 'rejected' });
  };
  const mergeIntoExisting = (r: PreviewRow, client: Fields, existingId: string) => {
    let state = merges.get(existingId);
    if (!state) {
      const e = existing.get(existingId);
      if (!e) return reject(r, 'The client to merge into is no longer in the database.');
      const base = fieldsOf(e);
      state = { base, current: base, rows: [], conflicts: [] };
    }
    const { merged, conflicts } = fillGaps(state.current, client, r.row);
    const v = validates(merged);
    if (!v.ok) return reject(r, `Could not be merged into the existing client: ${v.message}`);
    merges.set(existingId, {
      ...state,
      current: v.value,
      rows: [...state.rows, r.row],
      conflicts: [...state.conflicts, ...conflicts],
    });
    outcome.set(r.row, { kind: 'merged', existingId });
    mergedRows++;
  };

  for (const r of preview.rows) {
    if (r.status === 'empty') {
      skip(r, 'The row is empty.');
      continue;
    }
    if (r.status === 'rejected' || !r.client) {
      const errors = r.problems
        .filter((p) => p.severity === 'error')
        // The message already names what is wrong in plain words; a field's label helps only
        // where the message does not start with it.
        .map((p) => {
          const label = p.field ? (IMPORT_FIELD_LABELS as Record<string, string>)[p.field.split('.')[0] ?? ''] : undefined;
          return label && !p.message.toLowerCase().startsWith(label.toLowerCase()) && !/name/i.test(p.message)
            ? `${label}: ${p.message}`
            : p.message;
        });
      reject(r, errors.join(' ') || 'The row could not be read.');
      continue;
    }
    if (r.status === 'ready') {
      create(r, r.client);
      continue;
    }
    const choice = options.resolutions?.[r.row] ?? 'skip';
    const first = r.duplicates[0]!;
    if (choice === 'keep-both') {
      create(r, r.client);
    } else if (choice === 'skip') {
      skip(r, `${first.description}.`);
    } else {
      const toExisting = r.duplicates.find((d) => d.kind === 'existing');
      if (toExisting?.existingId) {
        mergeIntoExisting(r, r.client, toExisting.existingId);
        continue;
      }
      const earlier = r.duplicates.find((d) => d.kind === 'file');
      const target = earlier?.row !== undefined ? outcome.get(earlier.row) : undefined;
      const earlierLabel =
        earlier?.row !== undefined ? (labels.get(earlier.row) ?? `row ${earlier.row}`) : 'the earlier row';
      if (target?.kind === 'created') {
        const entry = toCreate[target.index]!;
        const { merged, conflicts } = fillGaps(entry.client, r.client, r.row);
        const v = validates(merged);
        if (!v.ok) {
          reject(r, `Could not be merged into ${earlierLabel}: ${v.message}`);
          continue;
        }
        toCreate[target.index] = {
          ...entry,
          client: v.value,
          mergedRows: [...entry.mergedRows, r.row],
          conflicts: [...entry.conflicts, ...conflicts],
        };
        outcome.set(r.row, { kind: 'created', index: target.index });
        mergedRows++;
      } else if (target?.kind === 'merged') {
        mergeIntoExisting(r, r.client, target.existingId);
      } else {
        skip(r, `Same person as ${earlierLabel}, which is not being imported.`);
      }
    }
  }

  const toMerge: ClientMerge[] = [...merges].map(([existingId, s]) => ({
    existingId,
    patch: patchBetween(s.base, s.current),
    rows: s.rows,
    conflicts: s.conflicts,
  }));
  return {
    toCreate,
    toMerge,
    skipped,
    rejected,
    counts: {
      rows: preview.rows.length,
      created: toCreate.length,
      merged: mergedRows,
      skipped: skipped.length,
      rejected: rejected.length,
    },
  };
}

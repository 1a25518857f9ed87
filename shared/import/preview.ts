/**
 * The preview step shared by CSV and vCard imports: each row becomes a validated client (or a
 * reason it cannot), with its problems and its likely duplicates, so the user sees everything
 * before anything is written.
 *
 * A value that does not fit its field (an email without "@", a 31 February) never silently
 * disappears and never blocks the whole row: it goes into the client's notes, and the row says
 * so. Only a row without a usable name is refused, because a client needs a first name.
 */
import { z } from 'zod';
import { makeIsoDate } from '../domain/dates';
import {
  JOURNEY_STATUSES,
  clientInputSchema,
  type Client,
  type ClientFields,
  type JourneyStatus,
  type PreferredChannel,
  type YearlyDate,
} from '../domain/schemas';
import { countryCodeFromName } from './country';
import { dateOrderForLocale, detectDateOrder, readDate, resolveDate, type DateOrderInfo } from './dates';
import { headerWords } from './headers';
import { nameKey, splitFullName } from './names';
import type { DateOrder, ImportRecord } from './types';

export type Resolution = 'skip' | 'merge' | 'keep-both';

export interface RowProblem {
  severity: 'error' | 'warning';
  /** The client field concerned, e.g. "email" or "birthday", when there is one. */
  field?: string;
  message: string;
}

export interface DuplicateMatch {
  kind: 'existing' | 'file';
  /** The existing client (kind 'existing'). */
  existingId?: string;
  /** The earlier row or card in this file (kind 'file'). */
  row?: number;
  reason: 'email' | 'name-birthday';
  /** e.g. "Already in your clients as Zoë Ñúñez (same email)". */
  description: string;
}

export interface PreviewRow {
  row: number;
  line: number;
  label: string;
  status: 'ready' | 'duplicate' | 'rejected' | 'empty';
  /** The validated client this row would create (absent when rejected or empty). */
  client?: ClientFields;
  problems: RowProblem[];
  duplicates: DuplicateMatch[];
}

export interface PreviewOptions {
  /** The clients already in the database, for duplicate checks (deleted ones are ignored). */
  existing?: readonly Client[];
  /** The user's choice for numeric dates; when absent the file decides, then `locale`, then DMY. */
  dateOrder?: DateOrder;
  /** The user's locale (e.g. "en-US"), used when the file's dates fit both orders. */
  locale?: string;
  /** Journey status for clients whose row has none (default 'active'). */
  journeyStatus?: JourneyStatus;
  /** Tags every imported client gets, e.g. ["Imported 2026-03"]. */
  tags?: string[];
  /** Country code for clients whose row has no country (e.g. the user's own). */
  country?: string;
  /** Makes ids for important dates; defaults to `import-<row>-<n>`. */
  makeId?: (row: number, n: number) => string;
}

export interface ImportPreview {
  rows: PreviewRow[];
  dateOrder: DateOrderInfo & { used: DateOrder; chosenBy: 'user' | 'file' | 'locale' | 'default' };
  counts: {
    rows: number;
    ready: number;
    duplicates: number;
    rejected: number;
    empty: number;
    withWarnings: number;
  };
}

const STATUS_WORDS: Record<JourneyStatus, string[]> = {
  active: [
    'active',
    'aktiv',
    'actif',
    'active',
    'activo',
    'activa',
    'actief',
    'attivo',
    'ativo',
    'aktywny',
    'aktiva',
    'client',
    'kunde',
    'customer',
    'cliente',
    'klant',
  ],
  prospect: [
    'prospect',
    'lead',
    'interessent',
    'interested',
    'prospecto',
    'potentiel',
    'potencial',
    'potenziale',
    'potentieel',
    'potencjalny',
    'new',
    'neu',
  ],
  completed: [
    'completed',
    'complete',
    'done',
    'finished',
    'abgeschlossen',
    'beendet',
    'fertig',
    'termine',
    'completado',
    'terminado',
    'afgerond',
    'voltooid',
    'completato',
    'concluido',
    'zakonczony',
    'avslutad',
  ],
  archived: [
    'archived',
    'archive',
    'archiviert',
    'archivado',
    'gearchiveerd',
    'archiviato',
    'arquivado',
    'inactive',
    'inaktiv',
    'inactif',
    'inactivo',
    'former',
    'ehemalig',
  ],
};

const CHANNEL_WORDS: Record<PreferredChannel, string[]> = {
  card: [
    'card',
    'cards',
    'karte',
    'postkarte',
    'carte',
    'tarjeta',
    'kaart',
    'biglietto',
    'cartao',
    'kartka',
    'kort',
    'post',
    'letter',
    'brief',
  ],
  call: [
    'call',
    'phone',
    'telephone',
    'telefon',
    'anruf',
    'appel',
    'llamada',
    'telefono',
    'bellen',
    'telefoon',
    'chiamata',
    'ligacao',
    'telefonia',
  ],
  email: ['email', 'mail', 'courriel', 'correo', 'correoelectronico', 'postaelettronica', 'epost'],
};

function wordLookup<T extends string>(table: Record<T, string[]>, text: string): T | undefined {
  const k = headerWords(text).join('');
  for (const [value, words] of Object.entries(table) as [T, string[]][]) if (words.includes(k)) return value;
  return undefined;
}

const fieldShape = clientInputSchema.shape;
const isOk = (schema: z.ZodType, v: unknown) => schema.safeParse(v).success;
/**
 * The same rule as the domain's email field, built once: the domain schema builds its email check
 * on every call, which costs about 10 µs a row on a 10,000-row file. The final validation still
 * uses the domain schema, so the two can never let different emails through.
 */
const EMAIL = z.email();
const isEmail = (e: string) => e.trim().length <= 254 && EMAIL.safeParse(e.trim()).success;

type Candidate = {
  firstName?: string;
  lastName?: string;
  salutation?: string;
  email?: string;
  phone?: string;
  address?: { lines: string[]; city?: string; region?: string; postalCode?: string; country?: string };
  company?: string;
  country?: string;
  region?: string;
  birthday?: YearlyDate;
  importantDates: { id: string; label: string; date: YearlyDate }[];
  journey: { status: JourneyStatus; start?: string; expectedEnd?: string };
  tags: string[];
  notes?: string;
  preferredChannel?: PreferredChannel;
};

/** Fields that, when they do not validate, are moved to notes instead of refusing the row. */
const MOVABLE: Record<string, string> = {
  salutation: 'Salutation',
  email: 'Email',
  phone: 'Phone',
  address: 'Address',
  company: 'Company',
  country: 'Country code',
  region: 'Region code',
  birthday: 'Birthday',
  importantDates: 'Important dates',
  tags: 'Tags',
  preferredChannel: 'Preferred channel',
  journey: 'Journey dates',
};

function describeValue(field: string, c: Candidate): string {
  const v = (c as Record<string, unknown>)[field];
  if (field === 'address' && c.address) {
    return [...c.address.lines, c.address.postalCode, c.address.city, c.address.region, c.address.country]
      .filter(Boolean)
      .join(', ');
  }
  if (field === 'birthday' && c.birthday)
    return `${c.birthday.year ?? '--'}-${c.birthday.month}-${c.birthday.day}`;
  if (field === 'importantDates')
    return c.importantDates.map((d) => `${d.label}: ${d.date.month}/${d.date.day}`).join('; ');
  if (field === 'journey') return [c.journey.start, c.journey.expectedEnd].filter(Boolean).join(' – ');
  if (Array.isArray(v)) return v.join(', ');
  return String(v ?? '');
}

interface Built {
  client?: ClientFields;
  problems: RowProblem[];
}

function buildClient(record: ImportRecord, order: DateOrder, options: PreviewOptions): Built {
  const f = record.fields;
  const problems: RowProblem[] = [];
  const kept: string[] = [];
  /** Keeps a value that does not fit its field in the notes, and says so. */
  const keep = (field: string, label: string, value: string, why: string) => {
    kept.push(`${label} (from import): ${value}`);
    problems.push({
      severity: 'warning',
      field,
      message: `${label}: "${value}" ${why}; it was kept in the notes.`,
    });
  };

  // Names
  let firstName = f.firstName?.trim();
  let lastName = f.lastName?.trim();
  if (!firstName && f.fullName) {
    const split = splitFullName(f.fullName);
    firstName = split.firstName;
    lastName ||= split.lastName;
  }
  if (!firstName) {
    const message = lastName
      ? `There is a last name (${lastName}) but no first name. Add the first name in your file, or map the column that holds it.`
      : f.company
        ? `There is no name, only a company (${f.company}). Every client needs at least a first name.`
        : 'There is no name. Every client needs at least a first name.';
    return { problems: [{ severity: 'error', field: 'firstName', message }] };
  }

  const c: Candidate = {
    firstName,
    importantDates: [],
    journey: { status: options.journeyStatus ?? 'active' },
    tags: [],
  };
  if (lastName) c.lastName = lastName;
  if (f.salutation) c.salutation = f.salutation;
  if (f.company) c.company = f.company;

  // Email and phone: the first is the client's; more, or unusable ones, go to notes.
  f.emails.forEach((e, i) => {
    if (i === 0 && isEmail(e)) c.email = e;
    else if (i === 0) keep('email', 'Email', e, 'is not a valid email address');
    else if (!c.email && isEmail(e)) c.email = e;
    else kept.push(`Other email: ${e}`);
  });
  f.phones.forEach((p, i) => {
    if (!c.phone && isOk(fieldShape.phone, p)) c.phone = p;
    else if (i === 0 && !c.phone)
      keep('phone', 'Phone', p, 'is not a phone number (digits, spaces and + ( ) - . / only)');
    else kept.push(`Other phone: ${p}`);
  });

  // Address and country
  const countryText = f.country?.trim();
  const code = f.countryCode?.trim();
  if (code) {
    const resolved = countryCodeFromName(code);
    if (resolved) c.country = resolved;
    else keep('country', 'Country code', code, 'is not a known country code');
  }
  if (!c.country && countryText) {
    const resolved = countryCodeFromName(countryText);
    if (resolved) c.country = resolved;
  }
  if (!c.country && options.country) c.country = options.country;
  const regionCode = f.regionCode?.trim();
  if (regionCode && /^[A-Za-z0-9]{1,3}$/.test(regionCode)) c.region = regionCode.toUpperCase();
  else if (regionCode)
    keep('region', 'Region code', regionCode, 'is not a short region code (such as BY or CA)');
  else if (f.region && /^[A-Za-z0-9]{1,3}$/.test(f.region.trim())) c.region = f.region.trim().toUpperCase();
  if (f.street.length || f.city || f.postalCode || f.region || countryText) {
    // At most four street lines: any more are joined onto the fourth, so nothing is lost.
    const lines =
      f.street.length > 4 ? [...f.street.slice(0, 3), f.street.slice(3).join(', ')] : [...f.street];
    c.address = { lines };
    if (f.city) c.address.city = f.city;
    if (f.postalCode) c.address.postalCode = f.postalCode;
    if (f.region) c.address.region = f.region;
    if (countryText) c.address.country = countryText;
  }

  // Dates
  const readYearly = (text: string, field: string, label: string): YearlyDate | undefined => {
    const r = resolveDate(readDate(text), order, text);
    if (r.ok === 'empty') return undefined;
    if (r.ok === false) {
      keep(field, label, text, r.reason.replace(/^"[^"]*" /, ''));
      return undefined;
    }
    if (r.note) problems.push({ severity: 'warning', field, message: `${r.note}.` });
    let date = r.date;
    if (date.year !== undefined && date.year < 1900) {
      problems.push({
        severity: 'warning',
        field,
        message: `The year ${date.year} in "${text}" was left out (years before 1900 are not kept).`,
      });
      date = { month: date.month, day: date.day };
    } else if (date.year !== undefined && date.year > 2100) {
      keep(field, label, text, `has a year too far ahead (${date.year})`);
      return undefined;
    }
    return date;
  };
  if (f.birthday) {
    const b = readYearly(f.birthday, 'birthday', 'Birthday');
    if (b) c.birthday = b;
  }
  f.dates.forEach((d) => {
    const date = readYearly(d.value, 'importantDates', d.label);
    if (!date) return;
    const n = c.importantDates.length + 1;
    const label = d.label.trim().slice(0, 80) || 'Important date';
    c.importantDates.push({
      id: options.makeId?.(record.row, n) ?? `import-${record.row}-${n}`,
      label,
      date,
    });
  });
  if (c.importantDates.length > 20) {
    for (const d of c.importantDates.splice(20))
      kept.push(`${d.label}: ${d.date.year ?? '--'}-${d.date.month}-${d.date.day}`);
  }
  const journeyDate = (text: string | undefined, field: string, label: string): string | undefined => {
    if (!text) return undefined;
    const d = readYearly(text, field, label);
    if (!d) return undefined;
    if (d.year === undefined) {
      keep(field, label, text, 'has no year');
      return undefined;
    }
    return makeIsoDate(d.year, d.month, d.day);
  };
  const start = journeyDate(f.journeyStart, 'journey.start', 'Journey start');
  const end = journeyDate(f.journeyEnd, 'journey.expectedEnd', 'Expected end');
  if (start) c.journey.start = start;
  if (end) c.journey.expectedEnd = end;
  if (f.journeyStatus) {
    const s = (JOURNEY_STATUSES as readonly string[]).includes(f.journeyStatus.toLowerCase())
      ? (f.journeyStatus.toLowerCase() as JourneyStatus)
      : wordLookup(STATUS_WORDS, f.journeyStatus);
    if (s) c.journey.status = s;
    else
      keep(
        'journey.status',
        'Status',
        f.journeyStatus,
        'is not a journey status (prospect, active, completed, archived)',
      );
  }
  if (f.preferredChannel) {
    const ch = wordLookup(CHANNEL_WORDS, f.preferredChannel);
    if (ch) c.preferredChannel = ch;
    else
      keep(
        'preferredChannel',
        'Preferred channel',
        f.preferredChannel,
        'is not a channel (card, call or email)',
      );
  }

  // Tags: the row's own, then the import's; at most 30, each at most 40 characters.
  for (const t of [...f.tags, ...(options.tags ?? [])]) {
    if (c.tags.some((x) => x.toLocaleLowerCase() === t.toLocaleLowerCase())) continue;
    if (t.length > 40) keep('tags', 'Tag', t, 'is longer than 40 characters');
    else if (c.tags.length >= 30) kept.push(`Tag: ${t}`);
    else c.tags.push(t);
  }

  const notes = () => [...f.notes, ...kept].join('\n').trim();
  if (notes()) c.notes = notes();

  let parsed = clientInputSchema.safeParse(c);
  if (!parsed.success) {
    // Move fields that failed and can live in notes there, then try once more.
    const failing = new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')));
    const movable = [...failing].filter((k) => k in MOVABLE);
    if (movable.length === failing.size) {
      for (const k of movable) {
        const value = describeValue(k, c);
        if (k === 'journey') {
          delete c.journey.start;
          delete c.journey.expectedEnd;
        } else if (k === 'importantDates' || k === 'tags') {
          (c as Record<string, unknown>)[k] = [];
        } else {
          delete (c as Record<string, unknown>)[k];
        }
        const issue = parsed.error.issues.find((i) => String(i.path[0]) === k);
        keep(k, MOVABLE[k]!, value, `does not fit (${issue?.message ?? 'invalid'})`);
      }
      if (notes()) c.notes = notes();
      parsed = clientInputSchema.safeParse(c);
    }
  }
  if (!parsed.success) {
    return {
      problems: [
        ...problems,
        ...parsed.error.issues.map((i) => ({
          severity: 'error' as const,
          field: i.path.map(String).join('.'),
          message: i.message,
        })),
      ],
    };
  }
  return { client: parsed.data, problems };
}

function displayName(c: { firstName: string; lastName?: string | undefined }): string {
  return [c.firstName, c.lastName].filter(Boolean).join(' ');
}

function birthdaysMatch(a: YearlyDate | undefined, b: YearlyDate | undefined): boolean {
  if (!a || !b) return false;
  return (
    a.month === b.month &&
    a.day === b.day &&
    (a.year === undefined || b.year === undefined || a.year === b.year)
  );
}

function nameBirthdayKey(c: ClientFields | Client): string | undefined {
  if (!c.birthday) return undefined;
  return `${nameKey(c.firstName, c.lastName)}|${c.birthday.month}-${c.birthday.day}`;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * Builds the preview for records from a CSV or vCard file. Pure and synchronous: call it again
 * with another `dateOrder` when the user changes it.
 */
export function previewImport(records: readonly ImportRecord[], options: PreviewOptions = {}): ImportPreview {
  const dateTexts: string[] = [];
  for (const r of records) {
    const f = r.fields;
    if (f.birthday) dateTexts.push(f.birthday);
    for (const d of f.dates) dateTexts.push(d.value);
    if (f.journeyStart) dateTexts.push(f.journeyStart);
    if (f.journeyEnd) dateTexts.push(f.journeyEnd);
  }
  const info = detectDateOrder(dateTexts);
  const localeOrder = dateOrderForLocale(options.locale);
  const used: DateOrder = options.dateOrder ?? info.detected ?? localeOrder ?? 'DMY';
  const chosenBy = options.dateOrder ? 'user' : info.detected ? 'file' : localeOrder ? 'locale' : 'default';

  const existingByEmail = new Map<string, Client[]>();
  const existingByNameBirthday = new Map<string, Client[]>();
  for (const c of options.existing ?? []) {
    if (c.deletedAt) continue;
    if (c.email) push(existingByEmail, c.email.toLowerCase(), c);
    const k = nameBirthdayKey(c);
    if (k) push(existingByNameBirthday, k, c);
  }
  const fileByEmail = new Map<string, PreviewRow>();
  const fileByNameBirthday = new Map<string, PreviewRow[]>();

  const rows: PreviewRow[] = [];
  for (const r of records) {
    const base = { row: r.row, line: r.line, label: r.label, duplicates: [] as DuplicateMatch[] };
    if (r.blank) {
      rows.push({
        ...base,
        status: 'empty',
        problems: [{ severity: 'warning', message: 'The row is empty.' }],
      });
      continue;
    }
    if (r.readError) {
      rows.push({ ...base, status: 'rejected', problems: [{ severity: 'error', message: r.readError }] });
      continue;
    }
    const built = buildClient(r, used, options);
    if (r.readWarning) built.problems.unshift({ severity: 'warning', message: r.readWarning });
    if (!built.client) {
      rows.push({ ...base, status: 'rejected', problems: built.problems });
      continue;
    }
    const client = built.client;
    const dups: DuplicateMatch[] = [];
    const email = client.email?.toLowerCase();
    const nb = nameBirthdayKey(client);
    const seenExisting = new Set<string>();
    for (const e of email ? (existingByEmail.get(email) ?? []) : []) {
      seenExisting.add(e.id);
      dups.push({
        kind: 'existing',
        existingId: e.id,
        reason: 'email',
        description: `Already in your clients as ${displayName(e)} (same email)`,
      });
    }
    for (const e of nb ? (existingByNameBirthday.get(nb) ?? []) : []) {
      if (seenExisting.has(e.id) || !birthdaysMatch(e.birthday, client.birthday)) continue;
      dups.push({
        kind: 'existing',
        existingId: e.id,
        reason: 'name-birthday',
        description: `Already in your clients as ${displayName(e)} (same name and birthday)`,
      });
    }
    const earlierByEmail = email ? fileByEmail.get(email) : undefined;
    if (earlierByEmail) {
      dups.push({
        kind: 'file',
        row: earlierByEmail.row,
        reason: 'email',
        description: `Same person as ${earlierByEmail.label} (same email)`,
      });
    }
    const earlierByName = (nb ? (fileByNameBirthday.get(nb) ?? []) : []).find(
      (p) => p !== earlierByEmail && birthdaysMatch(p.client?.birthday, client.birthday),
    );
    if (earlierByName) {
      dups.push({
        kind: 'file',
        row: earlierByName.row,
        reason: 'name-birthday',
        description: `Same person as ${earlierByName.label} (same name and birthday)`,
      });
    }
    const row: PreviewRow = {
      ...base,
      duplicates: dups,
      status: dups.length ? 'duplicate' : 'ready',
      client,
      problems: built.problems,
    };
    rows.push(row);
    if (email && !fileByEmail.has(email)) fileByEmail.set(email, row);
    if (nb) push(fileByNameBirthday, nb, row);
  }

  const counts = { rows: rows.length, ready: 0, duplicates: 0, rejected: 0, empty: 0, withWarnings: 0 };
  for (const r of rows) {
    if (r.status === 'ready') counts.ready++;
    else if (r.status === 'duplicate') counts.duplicates++;
    else if (r.status === 'rejected') counts.rejected++;
    else counts.empty++;
    if (r.status !== 'empty' && r.problems.some((p) => p.severity === 'warning')) counts.withWarnings++;
  }
  return { rows, dateOrder: { ...info, used, chosenBy }, counts };
}

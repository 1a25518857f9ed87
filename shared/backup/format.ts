/**
 * The backup file: one JSON text holding every table, with a header that says what made it,
 * how many records each table holds and a SHA-256 checksum of the data.
 *
 * `readBackup` checks everything before the caller writes anything: the caller restores only when
 * it returns `ok: true`, so a damaged or foreign file can never leave half a database behind.
 */
import { z } from 'zod';
import { canonicalJson, sha256Hex } from './canonical';
import {
  BACKUP_TABLES,
  RECORD_LABELS,
  TABLE_SCHEMAS,
  describeRecord,
  keyField,
  recordKey,
  type BackupTableName,
  type BackupTables,
} from './tables';

export const BACKUP_FORMAT = 'touchpoint-backup';
/** Bump when the file layout changes (not the records: those follow `schemaVersion`). */
export const BACKUP_FORMAT_VERSION = 1;
/** Errors listed one by one before the rest are summed up in one line. */
export const MAX_LISTED_PROBLEMS = 100;

export type RecordCounts = Record<BackupTableName, number>;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** The database schema version the records follow (the Dexie version number). */
  schemaVersion: number;
  /** When the backup was made, ISO 8601 with time. */
  createdAt: string;
  counts: RecordCounts;
  checksum: { algorithm: 'SHA-256'; value: string };
}

export interface Backup {
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  /** Every table's records, each validated by its domain schema. */
  tables: BackupTables;
}

export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  counts: RecordCounts;
  /** All records in all tables. */
  total: number;
}

export type BackupProblemCode =
  | 'empty'
  | 'not-text'
  | 'not-backup'
  | 'truncated'
  | 'damaged'
  | 'newer-version'
  | 'checksum'
  | 'counts'
  | 'invalid-record'
  | 'duplicate-id'
  | 'unknown-field'
  | 'unknown-table'
  | 'too-many-problems';

export interface BackupProblem {
  code: BackupProblemCode;
  /** Plain words, ready to show. */
  message: string;
  table?: BackupTableName;
  /** 0-based position in the table (messages show it 1-based: "Client #12"). */
  index?: number;
  recordId?: string;
  /** Dotted path inside the record, e.g. "birthday.day". */
  field?: string;
}

export type ReadBackupResult =
  | { ok: true; backup: Backup; summary: BackupSummary; warnings: BackupProblem[] }
  | { ok: false; errors: BackupProblem[] };

export interface CreateBackupInput {
  tables: BackupTables;
  appVersion: string;
  /** ISO 8601 date-time; passed in because shared/ never reads the clock. */
  createdAt: string;
  schemaVersion: number;
}

export function countRecords(tables: Partial<Record<BackupTableName, readonly unknown[]>>): RecordCounts {
  const counts = {} as RecordCounts;
  for (const t of BACKUP_TABLES) counts[t] = tables[t]?.length ?? 0;
  return counts;
}

function dataObject(tables: Partial<BackupTables>): Record<BackupTableName, unknown[]> {
  const data = {} as Record<BackupTableName, unknown[]>;
  for (const t of BACKUP_TABLES) data[t] = tables[t] ?? [];
  return data;
}

/** The checksum covers the data only, in canonical form, so key order and spacing never matter. */
export async function dataChecksum(tables: Partial<BackupTables>): Promise<string> {
  return sha256Hex(canonicalJson(dataObject(tables)));
}

/**
 * Writes a backup. The header comes first (so even a cut-off file says what it was) and each record
 * sits on its own line, so a person can read the file and a diff tool can compare two backups.
 */
export async function createBackup(input: CreateBackupInput): Promise<string> {
  if (!Number.isInteger(input.schemaVersion) || input.schemaVersion < 1) {
    throw new Error(`schemaVersion must be a whole number from 1 up (got ${String(input.schemaVersion)})`);
  }
  if (Number.isNaN(Date.parse(input.createdAt))) {
    throw new Error(`createdAt must be an ISO date-time (got ${input.createdAt})`);
  }
  const data = dataObject(input.tables);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: input.appVersion,
    schemaVersion: input.schemaVersion,
    createdAt: input.createdAt,
    counts: countRecords(data),
    checksum: { algorithm: 'SHA-256', value: await dataChecksum(data) },
  };
  const head = JSON.stringify(header, null, 2);
  const tables = BACKUP_TABLES.map((t) => {
    const records = data[t];
    if (records.length === 0) return `    ${JSON.stringify(t)}: []`;
    return `    ${JSON.stringify(t)}: [\n${records.map((r) => `      ${canonicalJson(r)}`).join(',\n')}\n    ]`;
  });
  // head ends with "\n}": reopen it to append the data.
  return `${head.slice(0, -2)},\n  "data": {\n${tables.join(',\n')}\n  }\n}\n`;
}

// ---------- reading ----------

export interface ReadBackupOptions {
  /** The schema version this app's database has; newer backups are refused. */
  currentSchemaVersion: number;
  /**
   * Brings records from an older schema version up to the current one before validation
   * (the same steps as the database's own upgrades). Without it, older records are validated as is.
   */
  upgrade?: (tables: Record<string, unknown[]>, fromSchemaVersion: number) => Record<string, unknown[]>;
  /**
   * Accept a checksum mismatch as a warning (e.g. a file the user edited by hand on purpose).
   * Every record is still validated.
   */
  ignoreChecksum?: boolean;
}

const fail = (code: BackupProblemCode, message: string): ReadBackupResult => ({
  ok: false,
  errors: [{ code, message }],
});

const NOT_A_BACKUP =
  'This file is not a Touchpoint backup. Choose a backup file that Touchpoint saved (a .json file).';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Raw control characters never appear in JSON text (JSON escapes them): their presence means bytes. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
    if (c === 0xfffd) replacement++;
  }
  return replacement > 8 && replacement > sample.length / 100;
}

/** True when a JSON text stops inside a string or with brackets still open: cut off, not garbled. */
function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function decode(input: string | Uint8Array): { text: string } | { error: ReadBackupResult } {
  if (typeof input === 'string') return { text: input.replace(/^\uFEFF/, '') };
  if (input.length === 0) return { error: fail('empty', 'This file is empty: it holds no backup.') };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input).replace(/^\uFEFF/, '') };
  } catch {
    return {
      error: fail('not-text', `${NOT_A_BACKUP} This one is not even text (it looks like a binary file).`),
    };
  }
}

function parseJson(text: string): { value: unknown } | { error: ReadBackupResult } {
  if (text.trim() === '') return { error: fail('empty', 'This file is empty: it holds no backup.') };
  if (looksBinary(text)) {
    return {
      error: fail('not-text', `${NOT_A_BACKUP} This one is not even text (it looks like a binary file).`),
    };
  }
  const start = text.trimStart();
  // The header is written first, so even a damaged backup names its format near the top.
  const namesFormat = /"format"\s*:\s*"touchpoint-backup"/.test(start.slice(0, 500));
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    if (!start.startsWith('{') || !namesFormat) return { error: fail('not-backup', NOT_A_BACKUP) };
    if (endsEarly(text)) {
      return {
        error: fail(
          'truncated',
          'This backup file is incomplete: it stops in the middle, as if it was cut off while it was being copied or saved. Nothing was restored. Try an older backup, or copy the file again.',
        ),
      };
    }
    const pos = /position (\d+)/.exec(String(err instanceof Error ? err.message : err));
    const where = pos ? ` near line ${lineAt(text, Number(pos[1]))}` : '';
    return {
      error: fail(
        'damaged',
        `This backup file is damaged${where}: it is no longer valid JSON. Nothing was restored. Try another backup.`,
      ),
    };
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

function typeWord(v: unknown): string {
  if (v === null) return 'empty (null)';
  if (Array.isArray(v)) return 'a list';
  return TYPE_WORDS[typeof v] ?? typeof v;
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = record;
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** zod's wording for wrong types is for programmers; say it plainly. */
function issueMessage(issue: z.core.$ZodIssue, record: unknown): string {
  if (issue.code === 'invalid_type') {
    const actual = valueAt(record, issue.path);
    const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    return actual === undefined
      ? `is missing (it should be ${expected})`
      : `should be ${expected}, not ${typeWord(actual)}`;
  }
  return issue.message;
}

function knownFields(schema: z.ZodType): Set<string> | undefined {
  return schema instanceof z.ZodObject ? new Set(Object.keys(schema.shape)) : undefined;
}

interface Collector {
  errors: BackupProblem[];
  warnings: BackupProblem[];
  dropped: number;
}

function addError(c: Collector, p: BackupProblem): void {
  if (c.errors.length < MAX_LISTED_PROBLEMS) c.errors.push(p);
  else c.dropped++;
}

function validateTable(table: BackupTableName, records: unknown[], c: Collector): unknown[] {
  const schema = TABLE_SCHEMAS[table];
  const known = knownFields(schema);
  const unknownCounts = new Map<string, number>();
  const seen = new Map<string, number>();
  const out: unknown[] = [];
  records.forEach((record, index) => {
    const who = describeRecord(table, index, record);
    const recordId = recordKey(table, record);
    const r = schema.safeParse(record);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const field = issue.path.map(String).join('.');
        const text = issueMessage(issue, record);
        addError(c, {
          code: 'invalid-record',
          message: field ? `${who}: ${field} — ${text}` : `${who}: ${text}`,
          table,
          index,
          ...(recordId ? { recordId } : {}),
          ...(field ? { field } : {}),
        });
      }
    } else {
      out.push(r.data);
    }
    if (recordId !== undefined) {
      const first = seen.get(recordId);
      if (first !== undefined) {
        addError(c, {
          code: 'duplicate-id',
          message: `${who} has the same ${keyField(table)} as ${RECORD_LABELS[table].one} #${first + 1}: two records cannot share one.`,
          table,
          index,
          recordId,
        });
      } else seen.set(recordId, index);
    }
    if (known && isObject(record)) {
      for (const k of Object.keys(record))
        if (!known.has(k)) unknownCounts.set(k, (unknownCounts.get(k) ?? 0) + 1);
    }
  });
  if (table === 'settings' && records.length > 1) {
    addError(c, {
      code: 'invalid-record',
      message: `The backup holds ${records.length} settings records; there can only be one.`,
      table,
    });
  }
  for (const [field, n] of unknownCounts) {
    const label = RECORD_LABELS[table];
    c.warnings.push({
      code: 'unknown-field',
      message: `${n} ${n === 1 ? label.one.toLowerCase() : label.many} ${n === 1 ? 'has' : 'have'} a field "${field}" that this version of Touchpoint does not know; it will be left out.`,
      table,
      field,
    });
  }
  return out;
}

/**
 * Reads and checks a backup: the text (or the file's bytes), its header and checksum, and every
 * record against its domain schema. Returns errors rather than partial data.
 */
export async function readBackup(
  input: string | Uint8Array,
  options: ReadBackupOptions,
): Promise<ReadBackupResult> {
  const decoded = decode(input);
  if ('error' in decoded) return decoded.error;
  const parsed = parseJson(decoded.text);
  if ('error' in parsed) return parsed.error;
  const file = parsed.value;
  if (!isObject(file) || file.format !== BACKUP_FORMAT) return fail('not-backup', NOT_A_BACKUP);

  const formatVersion = file.formatVersion;
  const schemaVersion = file.schemaVersion;
  const appVersion = typeof file.appVersion === 'string' ? file.appVersion : 'unknown version';
  if (
    typeof formatVersion !== 'number' ||
    !Number.isInteger(formatVersion) ||
    typeof schemaVersion !== 'number' ||
    !Number.isInteger(schemaVersion)
  ) {
    return fail('damaged', 'This backup file is damaged: its header does not say which version made it.');
  }
  if (formatVersion > BACKUP_FORMAT_VERSION || schemaVersion > options.currentSchemaVersion) {
    return fail(
      'newer-version',
      `This backup was made by a newer version of Touchpoint (${appVersion}, data version ${schemaVersion}); update the app to restore it. This version reads backups up to data version ${options.currentSchemaVersion}.`,
    );
  }
  const createdAt = file.createdAt;
  const data = file.data;
  const counts = file.counts;
  const checksum = file.checksum;
  if (typeof createdAt !== 'string' || !isObject(data) || !isObject(counts) || !isObject(checksum)) {
    return fail('damaged', 'This backup file is damaged: parts of its header or its data are missing.');
  }

  const c: Collector = { errors: [], warnings: [], dropped: 0 };
  for (const t of BACKUP_TABLES) {
    const records = data[t];
    const label = RECORD_LABELS[t].many;
    if (records === undefined) {
      addError(c, {
        code: 'damaged',
        message: `This backup has no list of ${label}: the file is damaged.`,
        table: t,
      });
    } else if (!Array.isArray(records)) {
      addError(c, {
        code: 'damaged',
        message: `The list of ${label} in this backup is damaged (it is not a list).`,
        table: t,
      });
    } else if (counts[t] !== records.length) {
      addError(c, {
        code: 'counts',
        message: `The backup says it holds ${String(counts[t] ?? 0)} ${label}, but ${records.length} are in the file: it is damaged.`,
        table: t,
      });
    }
  }
  for (const k of Object.keys(data)) {
    if (!(BACKUP_TABLES as readonly string[]).includes(k)) {
      c.warnings.push({
        code: 'unknown-table',
        message: `The backup holds a list "${k}" that this version of Touchpoint does not know; it will be left out.`,
      });
    }
  }
  if (c.errors.length) return { ok: false, errors: c.errors };

  const expected = typeof checksum.value === 'string' ? checksum.value.toLowerCase() : '';
  const actual = await dataChecksum(data as Partial<BackupTables>);
  if (expected !== actual) {
    const problem: BackupProblem = {
      code: 'checksum',
      message:
        'This backup file was changed or damaged after Touchpoint saved it: its checksum does not match its contents. Restoring it could bring back wrong data. Try another backup.',
    };
    if (options.ignoreChecksum) c.warnings.push(problem);
    else addError(c, problem);
  }

  let tables = data as Record<string, unknown[]>;
  if (schemaVersion < options.currentSchemaVersion && options.upgrade) {
    tables = options.upgrade(structuredClone(tables), schemaVersion);
  }
  const validated = {} as BackupTables;
  for (const t of BACKUP_TABLES) validated[t] = validateTable(t, tables[t] ?? [], c);

  if (c.dropped > 0) {
    c.errors.push({ code: 'too-many-problems', message: `…and ${c.dropped} more problems.` });
  }
  if (c.errors.length) return { ok: false, errors: c.errors };

  const finalCounts = countRecords(validated);
  return {
    ok: true,
    backup: { formatVersion, appVersion, schemaVersion, createdAt, tables: validated },
    summary: {
      createdAt,
      appVersion,
      schemaVersion,
      counts: finalCounts,
      total: Object.values(finalCounts).reduce((a, b) => a + b, 0),
    },
    warnings: c.warnings,
  };
}

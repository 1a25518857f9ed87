/**
 * The import steps that may take a while on a big file (decoding, parsing, mapping, preview),
 * as plain functions over plain data: the Web Worker runs them, and so can a test or a browser
 * without workers. No Dexie, no DOM.
 */
import type { Client } from '../../../shared/domain/schemas';
import {
  applyMapping,
  detectImportKind,
  finalizeImport,
  parseVCards,
  previewImport,
  readCsvFile,
  type ColumnMapping,
  type CsvDelimiter,
  type CsvFile,
  type FinalizedImport,
  type ImportPreview,
  type ImportRecord,
  type ParsedCsv,
  type PreviewOptions,
  type PreviewRow,
  type Resolution,
  type TextEncodingName,
} from '../../../shared/import';

export type ImportKind = 'csv' | 'vcard';

export interface ReadRequest {
  name: string;
  data: Uint8Array;
  encoding: TextEncodingName | 'auto';
  delimiter: CsvDelimiter | 'auto';
}

export type ReadResult =
  | { kind: 'csv'; csv: CsvFile; error?: string }
  | { kind: 'vcard'; records: ImportRecord[]; encoding?: TextEncodingName; error?: string };

export interface PreviewRequest {
  source:
    { kind: 'csv'; csv: ParsedCsv; mapping: ColumnMapping } | { kind: 'vcard'; records: ImportRecord[] };
  options: PreviewOptions;
}

/** vCard when the content says so (BEGIN:VCARD) or the name ends in .vcf; otherwise CSV. */
export function importKindOf(name: string, data: Uint8Array): ImportKind {
  return detectImportKind(data) === 'vcard' || /\.vcf$/i.test(name) ? 'vcard' : 'csv';
}

/** Reads the file's bytes into rows (CSV) or cards (vCard). `error` says why it cannot be imported. */
export function readImport(req: ReadRequest, onProgress?: (fraction: number) => void): ReadResult {
  if (importKindOf(req.name, req.data) === 'vcard') {
    const v = parseVCards(req.data);
    onProgress?.(1);
    return {
      kind: 'vcard',
      records: v.records,
      ...(v.encoding ? { encoding: v.encoding } : {}),
      ...(v.error ? { error: v.error } : {}),
    };
  }
  const csv = readCsvFile(req.data, {
    encoding: req.encoding,
    delimiter: req.delimiter,
    ...(onProgress ? { onProgress } : {}),
  });
  return { kind: 'csv', csv, ...(csv.error ? { error: csv.error } : {}) };
}

/** Maps the columns (CSV) and builds the preview with problems and duplicates. */
export function buildPreview(req: PreviewRequest): ImportPreview {
  const records =
    req.source.kind === 'csv' ? applyMapping(req.source.csv, req.source.mapping) : req.source.records;
  return previewImport(records, req.options);
}

/** Up to `n` non-empty sample values of a column, for the mapping step. */
export function columnSamples(csv: ParsedCsv, column: number, n = 3): string[] {
  const out: string[] = [];
  for (const r of csv.rows) {
    if (out.length >= n) break;
    const v = r.cells[column]?.trim();
    if (v) out.push(v.length > 40 ? `${v.slice(0, 39)}…` : v);
  }
  return out;
}

// ---------- a session: the big data stays where it was made ----------

/** How many rows of each kind the preview sends for display; the counts are always complete. */
export const SHOWN_ROWS = 200;

/** What the mapping step needs of a CSV: no rows, only facts and a few examples per column. */
export type ReadSummary =
  | {
      kind: 'csv';
      headers: string[];
      samples: string[][];
      rows: number;
      delimiter: CsvDelimiter;
      decoded: CsvFile['decoded'];
      error?: string;
    }
  | { kind: 'vcard'; rows: number; error?: string };

/** What the preview step shows: complete counts, the rows to show, and every duplicate's row number. */
export interface PreviewView {
  counts: ImportPreview['counts'];
  dateOrder: ImportPreview['dateOrder'];
  duplicates: PreviewRow[];
  duplicateRows: number[];
  rejected: PreviewRow[];
  warned: PreviewRow[];
  warnedTotal: number;
  ready: PreviewRow[];
}

export interface PreviewSessionRequest {
  /** The column mapping (CSV only). */
  mapping?: ColumnMapping;
  options: PreviewOptions;
}

export interface FinalizeSessionRequest {
  /** Choices made row by row. */
  resolutions: Readonly<Record<number, Resolution>>;
  /** For every other duplicate ("for all"). */
  fallback: Resolution;
}

/**
 * One import, step by step, holding the parsed file and the preview so that only small views
 * cross to the window (a structured clone of 20,000 rows costs the window hundreds of ms).
 */
export class ImportSession {
  private read: ReadResult | null = null;
  private preview: ImportPreview | null = null;
  private existing: readonly Client[] = [];

  readFile(req: ReadRequest, onProgress?: (fraction: number) => void): ReadSummary {
    this.read = readImport(req, onProgress);
    this.preview = null;
    const r = this.read;
    if (r.kind === 'vcard')
      return { kind: 'vcard', rows: r.records.length, ...(r.error ? { error: r.error } : {}) };
    return {
      kind: 'csv',
      headers: r.csv.headers,
      samples: r.csv.headers.map((_, i) => columnSamples(r.csv, i)),
      rows: r.csv.rows.filter((row) => !row.blank).length,
      delimiter: r.csv.delimiter,
      decoded: r.csv.decoded,
      ...(r.error ? { error: r.error } : {}),
    };
  }

  check(req: PreviewSessionRequest): PreviewView {
    const r = this.read;
    if (!r) throw new Error('Read the file first.');
    this.existing = req.options.existing ?? [];
    const p = buildPreview({
      source:
        r.kind === 'csv'
          ? { kind: 'csv', csv: r.csv, mapping: req.mapping ?? {} }
          : { kind: 'vcard', records: r.records },
      options: req.options,
    });
    this.preview = p;
    const duplicates = p.rows.filter((x) => x.status === 'duplicate');
    const warned = p.rows.filter(
      (x) =>
        (x.status === 'ready' || x.status === 'duplicate') &&
        x.problems.some((q) => q.severity === 'warning'),
    );
    return {
      counts: p.counts,
      dateOrder: p.dateOrder,
      duplicates: duplicates.slice(0, SHOWN_ROWS),
      duplicateRows: duplicates.map((x) => x.row),
      rejected: p.rows.filter((x) => x.status === 'rejected').slice(0, SHOWN_ROWS),
      warned: warned.slice(0, SHOWN_ROWS),
      warnedTotal: warned.length,
      ready: p.rows.filter((x) => x.status === 'ready').slice(0, SHOWN_ROWS),
    };
  }

  finalize(req: FinalizeSessionRequest): FinalizedImport {
    const p = this.preview;
    if (!p) throw new Error('Check the rows first.');
    const resolutions: Record<number, Resolution> = {};
    for (const r of p.rows)
      if (r.status === 'duplicate') resolutions[r.row] = req.resolutions[r.row] ?? req.fallback;
    return finalizeImport(p, { existing: this.existing, resolutions });
  }
}

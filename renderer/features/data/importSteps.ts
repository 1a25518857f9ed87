/**
 * The import steps that may take a while on a big file (decoding, parsing, mapping, preview),
 * as plain functions over plain data: the Web Worker runs them, and so can a test or a browser
 * without workers. No Dexie, no DOM.
 */
import {
  applyMapping,
  detectImportKind,
  parseVCards,
  previewImport,
  readCsvFile,
  type ColumnMapping,
  type CsvDelimiter,
  type CsvFile,
  type ImportPreview,
  type ImportRecord,
  type ParsedCsv,
  type PreviewOptions,
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

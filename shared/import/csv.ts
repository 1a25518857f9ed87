/**
 * Reading a CSV file into header + rows, with the row numbers a person sees in their spreadsheet.
 *
 * Parsing uses papaparse (RFC 4180 quoting, quoted line breaks). The delimiter is chosen here rather
 * than by papaparse's guess, which fails on small files that end with a newline and can prefer a
 * delimiter that only appears inside a name ("Müller, Anna" in a semicolon file).
 *
 * Everything is synchronous and takes plain text, so the renderer can run it in a Web Worker and
 * forward `onProgress` to the UI.
 */
import Papa from 'papaparse';
import { decodeText, type DecodedText, type TextEncodingName } from './decode';

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface CsvParseOptions {
  /** Default 'auto': comma, semicolon or tab, whichever splits the first rows consistently. */
  delimiter?: CsvDelimiter | 'auto';
  /** Default true. When false the columns are named "Column 1", "Column 2", … */
  hasHeader?: boolean;
  /** Called with 0…1 as rows are read (about every 500 rows, and 1 at the end). */
  onProgress?: (fraction: number) => void;
}

export interface CsvRow {
  /** The spreadsheet row number: the header is row 1, so the first data row is row 2. */
  row: number;
  /** 1-based line in the file where this row starts. */
  line: number;
  /** One cell per header (missing cells are ''). */
  cells: string[];
  blank: boolean;
  /** Set when the row cannot be read safely; the import rejects it with this reason. */
  problem?: string;
}

export interface ParsedCsv {
  /** Column names, trimmed and made unique ("Email", "Email (2)"); empty ones become "Column 3". */
  headers: string[];
  /** The header cells as written in the file. */
  rawHeaders: string[];
  rows: CsvRow[];
  delimiter: CsvDelimiter;
  /** How the delimiter was chosen. */
  delimiterSource: 'detected' | 'given' | 'sep-line';
  /** Set when the file cannot be imported at all (empty, not text); `rows` is then empty. */
  error?: string;
}

const NOT_TEXT =
  'This file is not a CSV text file (it looks like a binary file, such as an Excel workbook). In your spreadsheet app, choose Save As (or Download) → CSV, then import that file.';

/** Raw control characters (other than tab and line breaks) do not occur in CSV text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return controls > 4 && controls > sample.length / 200;
}

function failed(error: string): ParsedCsv {
  return { headers: [], rawHeaders: [], rows: [], delimiter: ',', delimiterSource: 'detected', error };
}

const DELIMITER_NAMES: Record<CsvDelimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** Makes headers unique the way a person would: the second "Email" becomes "Email (2)". */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const trimmed = raw.map((h, i) => h.replace(/^\uFEFF/, '').trim() || `Column ${i + 1}`);
  const taken = new Set<string>();
  const lower = (s: string) => s.toLocaleLowerCase();
  // Reserve every original name first so a renamed duplicate never steals a later real header.
  const counts = new Map<string, number>();
  for (const h of trimmed) counts.set(lower(h), (counts.get(lower(h)) ?? 0) + 1);
  return trimmed.map((h) => {
    if (!taken.has(lower(h))) {
      taken.add(lower(h));
      return h;
    }
    let n = 2;
    while (taken.has(lower(`${h} (${n})`)) || counts.has(lower(`${h} (${n})`))) n++;
    const name = `${h} (${n})`;
    taken.add(lower(name));
    return name;
  });
}

/** Scores each delimiter on the first rows: most rows with the header's cell count wins. */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, 100_000);
  let best: { d: CsvDelimiter; consistent: number; columns: number } | undefined;
  for (const d of CSV_DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter: d, preview: 30 }).data.filter(
      (r) => r.length > 1 || (r[0] ?? '').trim() !== '',
    );
    const columns = rows[0]?.length ?? 0;
    if (columns < 2) continue;
    // A trailing delimiter on data rows (one empty extra cell) still counts as consistent.
    const fits = rows.filter(
      (r) => r.length === columns || (r.length === columns + 1 && r[columns] === ''),
    ).length;
    const consistent = fits / rows.length;
    if (!best || consistent > best.consistent || (consistent === best.consistent && columns > best.columns)) {
      best = { d, consistent, columns };
    }
  }
  return best?.d ?? ',';
}

function countBreaks(text: string, from: number, to: number, linebreak: string): number {
  const ch = linebreak === '\r' ? '\r' : '\n';
  let n = 0;
  for (let i = text.indexOf(ch, from); i !== -1 && i < to; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function quoteProblem(code: string): string {
  return code === 'MissingQuotes'
    ? 'A quoted cell that starts in this row is never closed, so the rest of the file was read into it. Check the quote marks (") in this row.'
    : 'A cell in this row has a quote mark (") in a place that makes it unclear where the cell ends. Check the quote marks in this row.';
}

/** Parses CSV text (see `readCsvFile` for bytes). */
export function parseCsv(input: string, options: CsvParseOptions = {}): ParsedCsv {
  let text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return failed('The file is empty: there is nothing to import.');
  if (looksBinary(text)) return failed(NOT_TEXT);
  let lineOffset = 0;
  let delimiter: CsvDelimiter;
  let delimiterSource: ParsedCsv['delimiterSource'];
  // Excel writes and honours a first line "sep=;"; Excel then hides it, so it is not a row.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  const sepDelimiter = sep?.[1] === '\\' ? undefined : (sep?.[1] as CsvDelimiter | undefined);
  if (sep && sepDelimiter && (CSV_DELIMITERS as readonly string[]).includes(sepDelimiter)) {
    text = text.slice(sep[0].length);
    lineOffset = 1;
    delimiter = options.delimiter && options.delimiter !== 'auto' ? options.delimiter : sepDelimiter;
    delimiterSource = options.delimiter && options.delimiter !== 'auto' ? 'given' : 'sep-line';
  } else if (options.delimiter && options.delimiter !== 'auto') {
    delimiter = options.delimiter;
    delimiterSource = 'given';
  } else {
    delimiter = detectDelimiter(text);
    delimiterSource = 'detected';
  }

  const hasHeader = options.hasHeader ?? true;
  const raw: { cells: string[]; start: number; problem?: string }[] = [];
  let lastCursor = 0;
  let linebreak = '\n';
  const onProgress = options.onProgress;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (results) => {
      linebreak = results.meta.linebreak || linebreak;
      const start = lastCursor;
      lastCursor = results.meta.cursor;
      const err = results.errors[0];
      raw.push({ cells: results.data, start, ...(err ? { problem: quoteProblem(err.code) } : {}) });
      if (onProgress && raw.length % 500 === 0)
        onProgress(Math.min(0.99, lastCursor / Math.max(1, text.length)));
    },
  });
  // The newline that ends the last row makes papaparse report one more, empty row: not a row.
  const last = raw[raw.length - 1];
  if (last && last.start >= text.length && last.cells.length <= 1 && (last.cells[0] ?? '') === '') raw.pop();

  // Line numbers: count line breaks between row starts once, in order (linear in the file size).
  const lines: number[] = [];
  let line = 1 + lineOffset;
  let pos = 0;
  for (const r of raw) {
    line += countBreaks(text, pos, r.start, linebreak);
    pos = r.start;
    lines.push(line);
  }

  const headerCells = hasHeader ? (raw[0]?.cells ?? []) : [];
  const width = hasHeader ? headerCells.length : Math.max(0, ...raw.map((r) => r.cells.length));
  const rawHeaders = hasHeader
    ? headerCells.map((h) => h)
    : Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
  const headers = uniqueHeaders(rawHeaders);
  const dataStart = hasHeader ? 1 : 0;
  const rows: CsvRow[] = [];
  for (let i = dataStart; i < raw.length; i++) {
    const r = raw[i]!;
    const cells = r.cells.slice(0, width);
    while (cells.length < width) cells.push('');
    const extra = r.cells.slice(width).filter((c) => c.trim() !== '');
    const blank = r.cells.every((c) => c.trim() === '');
    let problem = r.problem;
    if (!problem && extra.length > 0) {
      problem = `This row has ${r.cells.length} cells but the header has ${width}: a value probably contains a ${DELIMITER_NAMES[delimiter]} without quotes around it, which shifts the columns. Fix the row in your spreadsheet.`;
    }
    rows.push({
      row: i - dataStart + (hasHeader ? 2 : 1),
      line: lines[i]!,
      cells,
      blank,
      ...(problem ? { problem } : {}),
    });
  }
  onProgress?.(1);
  const noRows = rows.every((r) => r.blank) && hasHeader;
  return {
    headers,
    rawHeaders,
    rows,
    delimiter,
    delimiterSource,
    ...(noRows ? { error: 'The file has a header row but no rows of data below it.' } : {}),
  };
}

export interface CsvFile extends ParsedCsv {
  decoded: Omit<DecodedText, 'text'>;
}

/** Decodes the bytes (auto-detecting or using the chosen encoding), then parses. */
export function readCsvFile(
  bytes: Uint8Array,
  options: CsvParseOptions & { encoding?: TextEncodingName | 'auto' } = {},
): CsvFile {
  const { text, ...decoded } = decodeText(bytes, options.encoding ?? 'auto');
  // Excel workbooks (.xlsx is a ZIP, .xls an OLE file) are the usual wrong file.
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (zip || ole) return { ...failed(NOT_TEXT), decoded };
  if (bytes.length === 0) return { ...failed('The file is empty: there is nothing to import.'), decoded };
  return { ...parseCsv(text, options), decoded };
}

/**
 * Writing CSV that spreadsheets open correctly and safely: RFC 4180 quoting (via papaparse's
 * unparse), CRLF line ends, an optional UTF-8 BOM so Excel reads accents, and spreadsheet formula
 * injection neutralised.
 *
 * Formula injection, following OWASP's "CSV Injection" guidance and ASVS 1.2.10: a cell that starts
 * with = + - @ tab, carriage return (or NUL) is run as a formula by Excel, LibreOffice and Google
 * Sheets, so such a cell gets a leading apostrophe (shown as text, never run) and is quoted. Exceptions, decided
 * deliberately: values passed as numbers, and text that is nothing but a plain number ("-12.5",
 * "-3,75"), stay as they are, because a bare number cannot run anything and an apostrophe would
 * turn it into text in the spreadsheet. A phone number like "+49 89 123" does get the apostrophe:
 * unprotected, a spreadsheet would read it as a sum. Touchpoint's own import removes that
 * apostrophe again, so an export read back gives the same values.
 */
import Papa from 'papaparse';

export interface CsvColumn {
  key: string;
  header: string;
}

export type CsvCell = string | number | undefined;

export interface ToCsvOptions {
  /** Start with a UTF-8 byte order mark so Excel on Windows reads "Zoë" rather than "ZoÃ«". Default false. */
  bom?: boolean;
  /** Default ','. Use ';' for Excel in locales whose decimal separator is a comma. */
  delimiter?: ',' | ';' | '\t';
  /** Default true: see the note at the top of this file. */
  neutralizeFormulas?: boolean;
}

/** Text starting with a formula trigger, unless the whole text is a plain number. */
export const FORMULA_TRIGGER = /^(?!-?\d+(?:[.,]\d+)?$)[=+\-@\t\r\0]/;

export function toCsv(
  rows: readonly Record<string, CsvCell>[],
  columns: readonly (string | CsvColumn)[],
  options: ToCsvOptions = {},
): string {
  const cols = columns.map((c) => (typeof c === 'string' ? { key: c, header: c } : c));
  const data = rows.map((r) => cols.map((c) => r[c.key] ?? ''));
  const text = Papa.unparse(
    { fields: cols.map((c) => c.header), data },
    {
      delimiter: options.delimiter ?? ',',
      newline: '\r\n',
      header: true,
      escapeFormulae: options.neutralizeFormulas === false ? false : FORMULA_TRIGGER,
    },
  );
  return (options.bom ? '\uFEFF' : '') + text + '\r\n';
}

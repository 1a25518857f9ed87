/**
 * Applying a column mapping to parsed CSV rows: each row becomes an `ImportRecord` holding text
 * values per field, ready for the shared preview. Nothing is interpreted here beyond splitting
 * lists (several emails in one cell, "Label: date; …", Google's " ::: " separators).
 */
import type { ParsedCsv } from './csv';
import { emptyFields, type ColumnMapping, type ImportFields, type ImportRecord } from './types';

type SingleField =
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'salutation'
  | 'company'
  | 'city'
  | 'postalCode'
  | 'region'
  | 'regionCode'
  | 'country'
  | 'countryCode'
  | 'birthday'
  | 'journeyStatus'
  | 'journeyStart'
  | 'journeyEnd'
  | 'preferredChannel';

/** Google joins several values in one cell with " ::: ". */
const GOOGLE_SEP = /\s+:::\s+/;

export function splitEmails(cell: string): string[] {
  return cell
    .split(GOOGLE_SEP)
    .flatMap((p) => p.split(/[;,\n]/))
    .map((p) => p.trim())
    .filter(Boolean);
}

export function splitPhones(cell: string): string[] {
  return cell
    .split(GOOGLE_SEP)
    .flatMap((p) => p.split(/[;\n]/))
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Google's own groups that say nothing about the person. */
const SYSTEM_LABELS = new Set(['mycontacts', 'starred', 'mycontact']);

export function splitTags(cell: string): string[] {
  const out: string[] = [];
  for (const raw of cell.split(/\s*(?::::|[;,|\n])\s*/)) {
    let t = raw.trim();
    if (t.startsWith('* ')) {
      t = t.slice(2).trim();
      if (SYSTEM_LABELS.has(t.toLowerCase().replace(/\s+/g, ''))) continue;
    }
    if (t && !out.some((o) => o.toLocaleLowerCase() === t.toLocaleLowerCase())) out.push(t);
  }
  return out;
}

/** "Wedding: 2015-06-12; Company founded: --01-01" (Touchpoint's own export) → labelled dates. */
export function splitImportantDates(cell: string, fallbackLabel: string): { label: string; value: string }[] {
  return cell
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const colon = p.lastIndexOf(':');
      return colon > 0
        ? { label: p.slice(0, colon).trim() || fallbackLabel, value: p.slice(colon + 1).trim() }
        : { label: fallbackLabel, value: p };
    });
}

/**
 * Exports (Touchpoint's own and others') put an apostrophe before a cell that starts like a formula
 * ("'+49 89 123") so spreadsheets never run it. Reading such a file back, the apostrophe goes.
 */
function unneutralize(value: string): string {
  return /^'[=+\-@\t\r\0]/.test(value) ? value.slice(1) : value;
}

export function applyMapping(csv: ParsedCsv, mapping: ColumnMapping): ImportRecord[] {
  const columns = csv.headers.map((h, i) => ({ header: h, index: i, field: mapping[h] ?? null }));
  const notesColumns = columns.filter((c) => c.field === 'notes').length;
  return csv.rows.map((r) => {
    const fields: ImportFields = emptyFields();
    const record: ImportRecord = { row: r.row, line: r.line, label: `Row ${r.row}`, fields };
    if (r.blank) record.blank = true;
    if (r.problem) record.readError = r.problem;
    if (r.blank || r.problem) return record;
    for (const c of columns) {
      if (!c.field) continue;
      // Line breaks inside cells become plain "\n", as the app's text fields write them.
      const value = unneutralize((r.cells[c.index] ?? '').replace(/\r\n?/g, '\n').trim());
      if (!value) continue;
      switch (c.field) {
        case 'email':
          fields.emails.push(...splitEmails(value));
          break;
        case 'phone':
          fields.phones.push(...splitPhones(value));
          break;
        case 'street':
          fields.street.push(
            ...value
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean),
          );
          break;
        case 'anniversary':
          fields.dates.push({ label: c.header, value });
          break;
        case 'importantDates':
          fields.dates.push(...splitImportantDates(value, 'Important date'));
          break;
        case 'tags':
          fields.tags.push(...splitTags(value).filter((t) => !fields.tags.includes(t)));
          break;
        case 'notes':
          fields.notes.push(notesColumns > 1 ? `${c.header}: ${value}` : value);
          break;
        default: {
          const f: SingleField = c.field;
          // Two columns mapped to one single field: the first wins, the other is kept in notes.
          if (fields[f] === undefined) fields[f] = value;
          else if (fields[f] !== value) fields.notes.push(`${c.header}: ${value}`);
        }
      }
    }
    return record;
  });
}

/**
 * The shapes every import path shares. CSV rows and vCards both become `ImportRecord`s, so one
 * preview (problems, duplicates, date order) and one finalize step serve both.
 */

/** What a column (or a vCard property) can feed. */
export const IMPORT_FIELDS = [
  'firstName',
  'lastName',
  'fullName',
  'salutation',
  'email',
  'phone',
  'company',
  'street',
  'city',
  'postalCode',
  'region',
  'regionCode',
  'country',
  'countryCode',
  'birthday',
  'anniversary',
  'importantDates',
  'tags',
  'notes',
  'journeyStatus',
  'journeyStart',
  'journeyEnd',
  'preferredChannel',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Labels for the mapping step. */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  fullName: 'Full name (split into first and last)',
  salutation: 'Salutation on cards (e.g. "Dear Anna")',
  email: 'Email',
  phone: 'Phone',
  company: 'Company',
  street: 'Street (each column becomes a line)',
  city: 'City',
  postalCode: 'Postal code',
  region: 'State / region',
  regionCode: 'Region code (BY, CA, …)',
  country: 'Country',
  countryCode: 'Country code (DE, US, …)',
  birthday: 'Birthday',
  anniversary: 'Anniversary or other important date',
  importantDates: 'Important dates ("Label: date; …")',
  tags: 'Tags / categories',
  notes: 'Notes',
  journeyStatus: 'Journey status',
  journeyStart: 'Journey start',
  journeyEnd: 'Expected end of journey',
  preferredChannel: 'Preferred channel',
};

/** Column header (as shown, made unique) → field, or null to ignore the column. Plain JSON. */
export type ColumnMapping = Record<string, ImportField | null>;

/** The values one row or card holds, still as text. */
export interface ImportFields {
  firstName?: string;
  lastName?: string;
  fullName?: string;
  salutation?: string;
  /** All email addresses, first is the main one. */
  emails: string[];
  phones: string[];
  company?: string;
  /** Street lines. */
  street: string[];
  city?: string;
  postalCode?: string;
  region?: string;
  regionCode?: string;
  country?: string;
  countryCode?: string;
  birthday?: string;
  /** Dated occasions, each with a label (the column's header, or e.g. "Anniversary"). */
  dates: { label: string; value: string }[];
  tags: string[];
  notes: string[];
  journeyStatus?: string;
  journeyStart?: string;
  journeyEnd?: string;
  preferredChannel?: string;
}

export function emptyFields(): ImportFields {
  return { emails: [], phones: [], street: [], dates: [], tags: [], notes: [] };
}

export interface ImportRecord {
  /**
   * The number the user can find: the spreadsheet row (the header is row 1) for CSV, the card's
   * position (1 = first card) for vCard.
   */
  row: number;
  /** The 1-based line of the file where the row or card starts (differs when cells hold line breaks). */
  line: number;
  /** "Row 14" or "Card 3 (line 57)". */
  label: string;
  fields: ImportFields;
  /** The row has no values at all. */
  blank?: boolean;
  /** The row could not be read safely (e.g. a quote never closed): it is rejected with this reason. */
  readError?: string;
  /** Something about reading the row the user should know (e.g. a card cut off at the end of the file). */
  readWarning?: string;
}

/** Day/month order for numeric dates like 03/04/1990. */
export type DateOrder = 'DMY' | 'MDY';

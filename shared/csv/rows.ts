/**
 * Clients and touchpoints as spreadsheet rows with column names a person understands. The client
 * columns are the ones Touchpoint's CSV import recognises, so an export can be read back.
 */
import type { Client, Touchpoint, TouchpointKind, YearlyDate } from '../domain/schemas';
import type { CsvCell, CsvColumn } from './toCsv';

export const CLIENT_COLUMNS: readonly CsvColumn[] = [
  { key: 'firstName', header: 'First name' },
  { key: 'lastName', header: 'Last name' },
  { key: 'salutation', header: 'Salutation' },
  { key: 'email', header: 'Email' },
  { key: 'phone', header: 'Phone' },
  { key: 'company', header: 'Company' },
  { key: 'street', header: 'Street' },
  { key: 'postalCode', header: 'Postal code' },
  { key: 'city', header: 'City' },
  { key: 'region', header: 'Region' },
  { key: 'regionCode', header: 'Region code' },
  { key: 'country', header: 'Country' },
  { key: 'countryCode', header: 'Country code' },
  { key: 'birthday', header: 'Birthday' },
  { key: 'importantDates', header: 'Important dates' },
  { key: 'journeyStatus', header: 'Journey status' },
  { key: 'journeyStart', header: 'Journey start' },
  { key: 'journeyEnd', header: 'Expected end' },
  { key: 'preferredChannel', header: 'Preferred channel' },
  { key: 'tags', header: 'Tags' },
  { key: 'source', header: 'Source' },
  { key: 'notes', header: 'Notes' },
  { key: 'createdAt', header: 'Created' },
  { key: 'updatedAt', header: 'Last changed' },
];

/** "1992-02-29", or "--02-29" without a year (ISO 8601 / vCard), which every importer reads. */
export function formatYearlyDate(d: YearlyDate): string {
  const mmdd = `${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return d.year === undefined ? `--${mmdd}` : `${String(d.year).padStart(4, '0')}-${mmdd}`;
}

type NameLookup = (clientId: string) => { firstName: string; lastName?: string | undefined } | undefined;

function fullName(c: { firstName: string; lastName?: string | undefined } | undefined): string | undefined {
  return c ? [c.firstName, c.lastName].filter(Boolean).join(' ') : undefined;
}

/** Rows for `toCsv(rows, CLIENT_COLUMNS)`. `lookup` names the referrer in the Source column. */
export function clientsToRows(clients: readonly Client[], lookup?: NameLookup): Record<string, CsvCell>[] {
  return clients.map((c) => ({
    firstName: c.firstName,
    lastName: c.lastName,
    salutation: c.salutation,
    email: c.email,
    phone: c.phone,
    company: c.company,
    // Street lines stay lines: one cell with line breaks, as spreadsheets show them.
    street: c.address?.lines.join('\n') || undefined,
    postalCode: c.address?.postalCode,
    city: c.address?.city,
    region: c.address?.region,
    regionCode: c.region,
    country: c.address?.country,
    countryCode: c.country,
    birthday: c.birthday ? formatYearlyDate(c.birthday) : undefined,
    importantDates:
      c.importantDates
        .map((d) => `${d.label.replace(/[;:]/g, ' ')}: ${formatYearlyDate(d.date)}`)
        .join('; ') || undefined,
    journeyStatus: c.journey.status,
    journeyStart: c.journey.start,
    journeyEnd: c.journey.expectedEnd,
    preferredChannel: c.preferredChannel,
    tags: c.tags.join(', ') || undefined,
    source:
      c.source?.kind === 'referral'
        ? `Referred by ${fullName(lookup?.(c.source.referredByClientId)) ?? c.source.referredByClientId}`
        : c.source?.channel,
    notes: c.notes,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  }));
}

export const TOUCHPOINT_KIND_LABELS: Record<TouchpointKind, string> = {
  'welcome-card': 'Welcome card',
  'check-in-call': 'Check-in call',
  'holiday-greeting': 'Holiday greeting',
  'birthday-greeting': 'Birthday greeting',
  'important-date': 'Important date',
  'end-of-journey-gift': 'End-of-journey gift',
  'testimonial-request': 'Testimonial request',
  'referral-thank-you': 'Referral thank-you',
  'keep-in-touch': 'Keep in touch',
  custom: 'Other',
};

export const TOUCHPOINT_COLUMNS: readonly CsvColumn[] = [
  { key: 'due', header: 'Due' },
  { key: 'client', header: 'Client' },
  { key: 'title', header: 'Title' },
  { key: 'kind', header: 'Kind' },
  { key: 'channel', header: 'Channel' },
  { key: 'status', header: 'Status' },
  { key: 'doneAt', header: 'Done at' },
  { key: 'doneVia', header: 'Done via' },
  { key: 'notes', header: 'Notes' },
];

/** Rows for `toCsv(rows, TOUCHPOINT_COLUMNS)`; `lookup` gives each touchpoint's client name. */
export function touchpointsToRows(
  touchpoints: readonly Touchpoint[],
  lookup: NameLookup,
): Record<string, CsvCell>[] {
  return touchpoints.map((t) => ({
    due: t.due,
    client: fullName(lookup(t.clientId)) ?? '(deleted client)',
    title: t.title,
    kind: TOUCHPOINT_KIND_LABELS[t.kind],
    channel: t.channel,
    status: t.status,
    // The stored instant (ISO 8601, UTC or with its offset): unambiguous in every spreadsheet.
    doneAt: t.doneAt,
    doneVia: t.doneVia,
    notes: t.notes,
  }));
}

/**
 * Merge fields in card templates: `{firstName}` and friends. Merging never guesses: a field with
 * no value stays in the text as `{firstName}` and is listed, so the card screen can flag it and
 * the PDF builder refuses to print it.
 */
import type { Client, Touchpoint } from '../domain/schemas';
import type { Settings } from '../domain/settings';
import type { CardTemplate } from '../domain/schemas';

export const MERGE_FIELDS = {
  salutation: 'The greeting, e.g. "Dear Anna" (the client\'s salutation, else "Dear" and the first name)',
  firstName: "The client's first name",
  lastName: "The client's last name",
  fullName: "The client's first and last name",
  company: "The client's company",
  senderName: 'Your name, from Settings',
  signature: 'How you sign cards, from Settings (your name when not set)',
  holidayName: 'The holiday, e.g. "Christmas"',
  referredName: 'The person the client referred to you',
  years: 'How many years, e.g. for an anniversary',
  dateLabel: 'The important date, e.g. "wedding anniversary"',
  age: 'The age the client turns',
} as const;
export type MergeField = keyof typeof MERGE_FIELDS;

/** Each field as words in a sentence ("still needs your name"), for messages and labels. */
export const MERGE_FIELD_NAMES: Record<MergeField, string> = {
  salutation: 'the greeting',
  firstName: "the client's first name",
  lastName: "the client's last name",
  fullName: "the client's name",
  company: "the client's company",
  senderName: 'your name',
  signature: 'your signature',
  holidayName: 'the holiday',
  referredName: "the referred person's name",
  years: 'the number of years',
  dateLabel: "the date's name",
  age: 'the age',
};

/** A field in words: its name when known, else the field as written in the template. */
export function fieldInWords(field: string): string {
  return isKnownField(field) ? MERGE_FIELD_NAMES[field] : `{${field}}`;
}

export type MergeValues = Partial<Record<string, string>>;

export interface MergeResult {
  text: string;
  /** Known fields that have no value for this card, in order of first use. */
  missing: string[];
  /** Fields the template uses that Touchpoint does not know (a typo such as {frstName}). */
  unknown: string[];
}

const FIELD = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

export function isKnownField(name: string): name is MergeField {
  return Object.prototype.hasOwnProperty.call(MERGE_FIELDS, name);
}

/** Fills `{field}`s from values; empty values count as missing. */
export function mergeText(text: string, values: MergeValues): MergeResult {
  const missing: string[] = [];
  const unknown: string[] = [];
  const out = text.replace(FIELD, (whole, name: string) => {
    const value = values[name]?.trim();
    if (value) return value;
    const list = isKnownField(name) ? missing : unknown;
    if (!list.includes(name)) list.push(name);
    return whole;
  });
  return { text: out, missing, unknown };
}

/** `{field}` placeholders still present in a text (what the builder refuses to print). */
export function unfilledFields(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(FIELD)) if (m[1] && !found.includes(m[1])) found.push(m[1]);
  return found;
}

export interface MergedCard {
  front: string;
  inside: string;
  closing: string;
  missing: string[];
  unknown: string[];
}

export function mergeTemplate(
  template: Pick<CardTemplate, 'front' | 'inside' | 'closing'>,
  values: MergeValues,
): MergedCard {
  const parts = [
    mergeText(template.front, values),
    mergeText(template.inside, values),
    mergeText(template.closing, values),
  ];
  const union = (key: 'missing' | 'unknown') => [...new Set(parts.flatMap((p) => p[key]))];
  return {
    front: parts[0]!.text,
    inside: parts[1]!.text,
    closing: parts[2]!.text,
    missing: union('missing'),
    unknown: union('unknown'),
  };
}

/**
 * "Wedding anniversary" reads mid-sentence as "wedding anniversary"; "Emma's birthday" and
 * "Valentine's Day" keep their capitals (a name or a proper noun).
 */
export function labelInSentence(label: string): string {
  const trimmed = label.trim();
  const first = trimmed.split(/\s+/)[0] ?? '';
  if (/^\p{Lu}\p{Ll}+$/u.test(first) && !/\p{Lu}/u.test(trimmed.slice(first.length))) {
    return trimmed.charAt(0).toLocaleLowerCase() + trimmed.slice(1);
  }
  return trimmed;
}

export interface MergeSources {
  client: Pick<Client, 'firstName' | 'lastName' | 'salutation' | 'company'>;
  settings: Pick<Settings, 'senderName'> & Partial<Pick<Settings, 'signatureText'>>;
  /** The touchpoint the card is for: its details (holidayName, years, referredName, …) merge too. */
  touchpoint?: Pick<Touchpoint, 'details'>;
}

/** The values a card for this client and touchpoint merges with. */
export function buildMergeValues({ client, settings, touchpoint }: MergeSources): MergeValues {
  const values: MergeValues = {};
  const details = touchpoint?.details ?? {};
  for (const [k, v] of Object.entries(details)) values[k] = v;
  values.firstName = client.firstName;
  values.lastName = client.lastName;
  values.fullName = [client.firstName, client.lastName].filter(Boolean).join(' ');
  values.company = client.company;
  values.salutation = client.salutation?.trim() || `Dear ${client.firstName}`;
  values.senderName = settings.senderName.trim() || undefined;
  values.signature = settings.signatureText?.trim() || values.senderName;
  if (details.dateLabel) values.dateLabel = labelInSentence(details.dateLabel);
  return values;
}

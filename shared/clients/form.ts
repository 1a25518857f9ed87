/**
 * The client form as plain strings (what inputs hold) and its conversion to and from a client.
 * Kept pure so the mapping is unit-tested; validation itself is clientInputSchema's job.
 */
import type { Client, ClientInput, JourneyStatus, PreferredChannel } from '../domain/schemas';

export interface ImportantDateForm {
  id: string;
  label: string;
  month: string;
  day: string;
  year: string;
}

export interface ClientForm {
  firstName: string;
  lastName: string;
  salutation: string;
  email: string;
  phone: string;
  company: string;
  addressLines: string;
  city: string;
  addressRegion: string;
  postalCode: string;
  addressCountry: string;
  country: string;
  region: string;
  birthMonth: string;
  birthDay: string;
  birthYear: string;
  importantDates: ImportantDateForm[];
  journeyStart: string;
  journeyEnd: string;
  status: JourneyStatus;
  sourceKind: '' | 'referral' | 'channel';
  referredBy: string;
  channel: string;
  tags: string;
  notes: string;
  preferredChannel: '' | PreferredChannel;
  /** False: this client gets the holidays in `holidays` instead of the user's default choice. */
  defaultHolidays: boolean;
  holidays: string[];
}

export function emptyClientForm(defaults: { country?: string; region?: string } = {}): ClientForm {
  return {
    firstName: '',
    lastName: '',
    salutation: '',
    email: '',
    phone: '',
    company: '',
    addressLines: '',
    city: '',
    addressRegion: '',
    postalCode: '',
    addressCountry: '',
    country: defaults.country ?? '',
    region: defaults.region ?? '',
    birthMonth: '',
    birthDay: '',
    birthYear: '',
    importantDates: [],
    journeyStart: '',
    journeyEnd: '',
    status: 'active',
    sourceKind: '',
    referredBy: '',
    channel: '',
    tags: '',
    notes: '',
    preferredChannel: '',
    defaultHolidays: true,
    holidays: [],
  };
}

const num = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s.trim()));
const str = (s: string): string | undefined => (s.trim() === '' ? undefined : s);

/** Splits "a, b ,c" into tags, dropping empties and duplicates (case-insensitive). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const t = raw.trim();
    if (!t || seen.has(t.toLocaleLowerCase())) continue;
    seen.add(t.toLocaleLowerCase());
    out.push(t);
  }
  return out;
}

export function formToInput(f: ClientForm): ClientInput {
  const lines = f.addressLines
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const hasAddress = lines.length > 0 || [f.city, f.addressRegion, f.postalCode, f.addressCountry].some((s) => s.trim());
  const birthdayGiven = [f.birthMonth, f.birthDay, f.birthYear].some((s) => s.trim());
  return {
    firstName: f.firstName,
    lastName: f.lastName,
    salutation: f.salutation,
    email: f.email,
    phone: f.phone,
    company: f.company,
    address: hasAddress
      ? { lines, city: f.city, region: f.addressRegion, postalCode: f.postalCode, country: f.addressCountry }
      : undefined,
    country: str(f.country),
    region: str(f.region),
    // A partly filled birthday goes to validation as is, so the user is told what is missing.
    birthday: birthdayGiven
      ? ({ month: num(f.birthMonth) ?? NaN, day: num(f.birthDay) ?? NaN, year: num(f.birthYear) } as ClientInput['birthday'])
      : undefined,
    importantDates: f.importantDates.map((d) => ({
      id: d.id,
      label: d.label,
      date: { month: num(d.month) ?? NaN, day: num(d.day) ?? NaN, year: num(d.year) },
    })),
    journey: {
      start: str(f.journeyStart),
      expectedEnd: str(f.journeyEnd),
      status: f.status,
    },
    source:
      f.sourceKind === 'referral' && f.referredBy
        ? { kind: 'referral', referredByClientId: f.referredBy }
        : f.sourceKind === 'channel' && f.channel.trim()
          ? { kind: 'channel', channel: f.channel }
          : undefined,
    tags: parseTags(f.tags),
    notes: f.notes,
    preferredChannel: f.preferredChannel || undefined,
    holidays: f.defaultHolidays ? undefined : f.holidays,
  };
}

export function clientToForm(c: Client): ClientForm {
  return {
    firstName: c.firstName,
    lastName: c.lastName ?? '',
    salutation: c.salutation ?? '',
    email: c.email ?? '',
    phone: c.phone ?? '',
    company: c.company ?? '',
    addressLines: c.address?.lines.join('\n') ?? '',
    city: c.address?.city ?? '',
    addressRegion: c.address?.region ?? '',
    postalCode: c.address?.postalCode ?? '',
    addressCountry: c.address?.country ?? '',
    country: c.country ?? '',
    region: c.region ?? '',
    birthMonth: c.birthday ? String(c.birthday.month) : '',
    birthDay: c.birthday ? String(c.birthday.day) : '',
    birthYear: c.birthday?.year ? String(c.birthday.year) : '',
    importantDates: c.importantDates.map((d) => ({
      id: d.id,
      label: d.label,
      month: String(d.date.month),
      day: String(d.date.day),
      year: d.date.year ? String(d.date.year) : '',
    })),
    journeyStart: c.journey.start ?? '',
    journeyEnd: c.journey.expectedEnd ?? '',
    status: c.journey.status,
    sourceKind: c.source?.kind ?? '',
    referredBy: c.source?.kind === 'referral' ? c.source.referredByClientId : '',
    channel: c.source?.kind === 'channel' ? c.source.channel : '',
    tags: c.tags.join(', '),
    notes: c.notes ?? '',
    preferredChannel: c.preferredChannel ?? '',
    defaultHolidays: c.holidays === undefined,
    holidays: c.holidays ?? [],
  };
}

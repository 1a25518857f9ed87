/**
 * Referrals and calls as plain rows for CSV export: human column names, every cell a string,
 * dates as YYYY-MM-DD and numbers without thousands separators so any spreadsheet reads them.
 * Escaping and formula-injection neutralising are the CSV writer's job (shared/csv), not this one's.
 * Rows keep the order of the input.
 */
import { format } from 'date-fns';
import type { Call, CallPurpose, Client, IntroMethod, Referral, ReferralStatus } from '../domain/schemas';
import { displayName } from '../clients/search';

export type ClientLookup = ReadonlyMap<string, Client> | Readonly<Record<string, Client | undefined>>;

function lookup(clients: ClientLookup, id: string | undefined): Client | undefined {
  if (!id) return undefined;
  return clients instanceof Map
    ? clients.get(id)
    : (clients as Readonly<Record<string, Client | undefined>>)[id];
}

function nameOf(clients: ClientLookup, id: string | undefined): string {
  const c = lookup(clients, id);
  return c ? displayName(c) : '';
}

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  new: 'New',
  introduced: 'Introduced',
  contacted: 'Contacted',
  meeting: 'Meeting',
  won: 'Won',
  lost: 'Lost',
};

export const INTRO_METHOD_LABELS: Record<IntroMethod, string> = {
  phone: 'Phone',
  email: 'Email',
  'in-person': 'In person',
  other: 'Other',
};

export const CALL_PURPOSE_LABELS: Record<CallPurpose, string> = {
  'referral-thank-you': 'Referral thank-you',
  'check-in': 'Check-in',
  'testimonial-request': 'Testimonial request',
  'referral-ask': 'Referral ask',
  other: 'Other',
};

export const REFERRAL_COLUMNS = [
  'Referral date',
  'Referred by',
  'Referred person',
  'Email',
  'Phone',
  'Became client',
  'Introduction',
  'Referrer introduced them',
  'Status',
  'Introduced on',
  'Contacted on',
  'Meeting on',
  'Won on',
  'Lost on',
  'Sale value',
  'Notes',
] as const;
export type ReferralRow = Record<(typeof REFERRAL_COLUMNS)[number], string>;

export const CALL_COLUMNS = [
  'Date',
  'Time',
  'Client',
  'Purpose',
  'Duration (minutes)',
  'Outcome',
  'Next step',
  'Notes',
  'Referred person',
] as const;
export type CallRow = Record<(typeof CALL_COLUMNS)[number], string>;

export function referralsToRows(referrals: readonly Referral[], clientsById: ClientLookup): ReferralRow[] {
  return referrals.map((r) => ({
    'Referral date': r.date,
    'Referred by': nameOf(clientsById, r.referrerId),
    'Referred person': r.lead.name,
    Email: r.lead.email ?? '',
    Phone: r.lead.phone ?? '',
    'Became client': nameOf(clientsById, r.leadClientId),
    Introduction: INTRO_METHOD_LABELS[r.introMethod],
    'Referrer introduced them': r.referrerTookAction ? 'Yes' : 'No',
    Status: REFERRAL_STATUS_LABELS[r.status],
    'Introduced on': r.statusDates.introduced ?? '',
    'Contacted on': r.statusDates.contacted ?? '',
    'Meeting on': r.statusDates.meeting ?? '',
    'Won on': r.statusDates.won ?? '',
    'Lost on': r.statusDates.lost ?? '',
    'Sale value': r.value === undefined ? '' : String(r.value),
    Notes: r.notes ?? '',
  }));
}

/**
 * Calls as rows. The date and time are the call's local time on this machine. Pass the referrals
 * (by id) to name the referred person a call was about.
 */
export function callsToRows(
  calls: readonly Call[],
  clientsById: ClientLookup,
  referralsById?: ReadonlyMap<string, Referral>,
): CallRow[] {
  return calls.map((c) => {
    const at = new Date(c.at);
    return {
      Date: format(at, 'yyyy-MM-dd'),
      Time: format(at, 'HH:mm'),
      Client: nameOf(clientsById, c.clientId),
      Purpose: CALL_PURPOSE_LABELS[c.purpose],
      // One decimal: a 90-second call reads 1.5, and a spreadsheet will not mistake it for a time.
      'Duration (minutes)': String(Math.round(c.durationSec / 6) / 10),
      Outcome: c.outcome ?? '',
      'Next step': c.nextStep ?? '',
      Notes: c.notes ?? '',
      'Referred person': (c.referralId && referralsById?.get(c.referralId)?.lead.name) || '',
    };
  });
}

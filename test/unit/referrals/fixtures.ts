/** Builders for realistic referral records; every builder output passes the domain schema. */
import { isoDate, type IsoDate } from '../../../shared/domain/dates';
import {
  callSchema,
  clientSchema,
  referralSchema,
  testimonialCheckSchema,
  touchpointSchema,
  type Call,
  type Client,
  type Referral,
  type ReferralStatus,
  type TestimonialCheck,
  type Touchpoint,
} from '../../../shared/domain/schemas';
import { rewardGivenSchema, type RewardGiven } from '../../../shared/domain/settings';

export const NOW = '2026-06-15T09:00:00.000Z';
export const d = (s: string): IsoDate => isoDate(s);

export function client(
  id: string,
  firstName: string,
  lastName?: string,
  extra: Partial<Client> = {},
): Client {
  return clientSchema.parse({
    id,
    firstName,
    lastName,
    importantDates: [],
    journey: { status: 'active' },
    tags: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  });
}

export function referral(
  id: string,
  referrerId: string,
  leadName: string,
  date: string,
  extra: {
    status?: ReferralStatus;
    statusDates?: Partial<Record<ReferralStatus, string>>;
    value?: number;
    referrerTookAction?: boolean;
    leadClientId?: string;
    email?: string;
    phone?: string;
    notes?: string;
  } = {},
): Referral {
  return referralSchema.parse({
    id,
    referrerId,
    lead: { name: leadName, email: extra.email, phone: extra.phone },
    leadClientId: extra.leadClientId,
    date,
    introMethod: 'email',
    referrerTookAction: extra.referrerTookAction ?? false,
    status: extra.status ?? 'new',
    statusDates: extra.statusDates ?? {},
    value: extra.value,
    notes: extra.notes,
    createdAt: NOW,
    updatedAt: NOW,
  });
}

export function touchpoint(fields: Partial<Touchpoint> & Pick<Touchpoint, 'id' | 'due'>): Touchpoint {
  return touchpointSchema.parse({
    clientId: 'c-anna',
    kind: 'referral-thank-you',
    channel: 'call',
    status: 'planned',
    title: 'Thank Anna',
    manual: false,
    createdAt: NOW,
    updatedAt: NOW,
    ...fields,
  });
}

export function given(clientId: string, key: string, givenOn: string): RewardGiven {
  return rewardGivenSchema.parse({
    id: `g-${clientId}-${key}`,
    clientId,
    key,
    description: 'given',
    givenOn,
    createdAt: NOW,
  });
}

export function call(
  id: string,
  clientId: string,
  at: string,
  purpose: Call['purpose'],
  extra: Partial<Call> = {},
): Call {
  return callSchema.parse({ id, clientId, at, durationSec: 300, purpose, createdAt: NOW, ...extra });
}

export function check(
  id: string,
  clientId: string,
  date: string,
  greenLight: boolean,
  extra: Partial<TestimonialCheck> = {},
): TestimonialCheck {
  return testimonialCheckSchema.parse({ id, clientId, date, greenLight, createdAt: NOW, ...extra });
}

/** Sequential ids so tests can name what was created. */
export function idSequence(prefix = 'tp'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

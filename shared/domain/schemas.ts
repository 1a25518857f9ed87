/**
 * The domain: every record Touchpoint stores, as zod schemas. The same schemas validate the
 * client form, every IPC payload, CSV/vCard imports and backup restores, so a record that
 * passes one door passes them all. Types are inferred from the schemas, never written twice.
 */
import { z } from 'zod';
import { isIsoDate, daysInMonth, type IsoDate } from './dates';

// ---------- small building blocks ----------

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { error: 'Use a real date in the form YYYY-MM-DD' })
  .transform((s) => s as IsoDate);

/** An instant, ISO 8601 with time (e.g. 2026-11-24T09:30:00.000Z). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true, error: 'Use a date and time' });

export const idSchema = z.string().min(1, 'Missing id').max(200);

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is too long (at most ${max} characters)`)
    .transform((s) => (s ? s : undefined))
    .optional();

const strictEmail = z.email();

/** An optional email: empty means none. */
export const emailSchema = z
  .string()
  .trim()
  .max(254, 'Email is too long')
  .refine((s) => s === '' || strictEmail.safeParse(s).success, {
    error: 'Enter an email like name@example.com',
  })
  .transform((s) => (s ? s : undefined))
  .optional();

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A day and month that recur every year, with an optional year (e.g. a birthday). */
export const yearlyDateSchema = z
  .object({
    month: z.number({ error: 'Choose a month' }).int().min(1, 'Month must be 1–12').max(12, 'Month must be 1–12'),
    day: z.number({ error: 'Enter the day of the month' }).int().min(1, 'Day must be 1–31').max(31, 'Day must be 1–31'),
    year: z
      .number({ error: 'Year must be a number like 1980' })
      .int()
      .min(1900, 'Year must be 1900 or later')
      .max(2100, 'Year must be 2100 or earlier')
      .optional(),
  })
  .superRefine((v, ctx) => {
    // Feb 29 is allowed without a year (it exists in leap years); with a year it must exist.
    const max = v.year === undefined ? daysInMonth(2024, v.month) : daysInMonth(v.year, v.month);
    if (v.day > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['day'],
        message:
          v.year === undefined
            ? `That month has at most ${max} days`
            : `${MONTH_NAMES[v.month - 1] ?? 'That month'} ${v.year} has ${max} days`,
      });
    }
  });
export type YearlyDate = z.infer<typeof yearlyDateSchema>;

// ---------- clients ----------

export const JOURNEY_STATUSES = ['prospect', 'active', 'completed', 'archived'] as const;
export type JourneyStatus = (typeof JOURNEY_STATUSES)[number];

export const CHANNELS = ['card', 'call', 'email', 'gift', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channels a client can prefer to be reached on. */
export const PREFERRED_CHANNELS = ['card', 'call', 'email'] as const;
export type PreferredChannel = (typeof PREFERRED_CHANNELS)[number];

export const ACQUISITION_CHANNELS = [
  'website',
  'event',
  'social',
  'search',
  'advertising',
  'partner',
  'existing-relationship',
  'other',
] as const;

export const postalAddressSchema = z.object({
  lines: z.array(z.string().trim().max(200, 'Address line is too long')).max(4, 'At most 4 street lines'),
  city: optionalText(100, 'City'),
  region: optionalText(100, 'Region'),
  postalCode: optionalText(20, 'Postal code'),
  country: optionalText(100, 'Country'),
});
export type PostalAddress = z.infer<typeof postalAddressSchema>;

export const importantDateSchema = z.object({
  id: idSchema,
  label: z.string().trim().min(1, 'Give the date a label, e.g. "Wedding anniversary"').max(80),
  date: yearlyDateSchema,
});
export type ImportantDate = z.infer<typeof importantDateSchema>;

export const clientSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('referral'), referredByClientId: idSchema }),
  z.object({ kind: z.literal('channel'), channel: z.string().trim().min(1).max(60) }),
]);
export type ClientSource = z.infer<typeof clientSourceSchema>;

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Country must be a two-letter code such as DE or US')
  .optional()
  .or(z.literal('').transform(() => undefined));

const regionCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,3}$/, 'Region must be a short code such as BY or CA')
  .optional()
  .or(z.literal('').transform(() => undefined));

/** What the user types into the client form (and what imports produce). */
export const clientInputSchema = z.object({
  firstName: z.string().trim().min(1, 'Enter a first name').max(100, 'First name is too long'),
  lastName: optionalText(100, 'Last name'),
  salutation: optionalText(120, 'Salutation'),
  email: emailSchema,
  phone: z
    .string()
    .trim()
    .max(40, 'Phone number is too long')
    .refine((s) => s === '' || /^[+()\d\s./-]{3,}$/.test(s), {
      error: 'Phone may hold digits, spaces and + ( ) - . /',
    })
    .transform((s) => (s ? s : undefined))
    .optional(),
  address: postalAddressSchema.optional(),
  company: optionalText(120, 'Company'),
  country: countryCode,
  region: regionCode,
  birthday: yearlyDateSchema.optional(),
  importantDates: z.array(importantDateSchema).max(20),
  journey: z
    .object({
      start: isoDateSchema.optional(),
      expectedEnd: isoDateSchema.optional(),
      status: z.enum(JOURNEY_STATUSES),
    })
    .refine((j) => !j.start || !j.expectedEnd || j.expectedEnd >= j.start, {
      error: 'The expected end must be on or after the start',
      path: ['expectedEnd'],
    }),
  source: clientSourceSchema.optional(),
  tags: z.array(z.string().trim().min(1).max(40, 'A tag is at most 40 characters')).max(30),
  notes: optionalText(10_000, 'Notes'),
  preferredChannel: z.enum(PREFERRED_CHANNELS).optional(),
  /** Holiday ids this client gets a greeting for; undefined means the user's default choice. */
  holidays: z.array(z.string().min(1).max(80)).optional(),
});
export type ClientInput = z.input<typeof clientInputSchema>;
export type ClientFields = z.output<typeof clientInputSchema>;

export const clientSchema = clientInputSchema.extend({
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  /** Set when the user deletes the client; the record stays until the undo window closes. */
  deletedAt: isoDateTimeSchema.optional(),
});
export type Client = z.output<typeof clientSchema>;

// ---------- touchpoints ----------

export const TOUCHPOINT_KINDS = [
  'welcome-card',
  'check-in-call',
  'holiday-greeting',
  'birthday-greeting',
  'important-date',
  'end-of-journey-gift',
  'testimonial-request',
  'referral-thank-you',
  'keep-in-touch',
  'custom',
] as const;
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number];

export const TOUCHPOINT_STATUSES = ['planned', 'done', 'skipped', 'snoozed'] as const;
export type TouchpointStatus = (typeof TOUCHPOINT_STATUSES)[number];

/** Statuses that still need the user: they show on Today and in the calendar as open. */
export const OPEN_STATUSES: readonly TouchpointStatus[] = ['planned', 'snoozed'];

export const touchpointSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  kind: z.enum(TOUCHPOINT_KINDS),
  channel: z.enum(CHANNELS),
  /** The day it is due; for a snoozed touchpoint, the day it comes back. */
  due: isoDateSchema,
  status: z.enum(TOUCHPOINT_STATUSES),
  /** Short title shown in lists, e.g. "Christmas greeting" or "Birthday card (turns 40)". */
  title: z.string().trim().min(1).max(200),
  /** Planned touchpoints carry the rule that made them: `${rule}:${occurrence}`. */
  planKey: z.string().max(200).optional(),
  /** Extra merge values for cards, e.g. holidayName, years, referredName. */
  details: z.record(z.string(), z.string()).optional(),
  referralId: idSchema.optional(),
  doneAt: isoDateTimeSchema.optional(),
  /** How it was done, e.g. "card", "call", or a channel other than planned. */
  doneVia: z.enum(CHANNELS).optional(),
  notes: optionalText(10_000, 'Notes'),
  /** True once the user changed it by hand: re-planning never touches it again. */
  manual: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Touchpoint = z.output<typeof touchpointSchema>;

// ---------- referrals, calls, testimonials ----------

export const REFERRAL_STATUSES = ['new', 'introduced', 'contacted', 'meeting', 'won', 'lost'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const INTRO_METHODS = ['phone', 'email', 'in-person', 'other'] as const;
export type IntroMethod = (typeof INTRO_METHODS)[number];

export const referralSchema = z.object({
  id: idSchema,
  referrerId: idSchema,
  lead: z.object({
    name: z.string().trim().min(1, "Enter the referred person's name").max(200),
    email: emailSchema,
    phone: optionalText(40, 'Phone'),
  }),
  /** The client record the lead became once they signed. */
  leadClientId: idSchema.optional(),
  date: isoDateSchema,
  introMethod: z.enum(INTRO_METHODS),
  /** The referrer introduced the lead themselves and confirmed it ("an action, not a contact"). */
  referrerTookAction: z.boolean(),
  status: z.enum(REFERRAL_STATUSES),
  /** The day each status was reached. */
  statusDates: z.partialRecord(z.enum(REFERRAL_STATUSES), isoDateSchema),
  value: z.number().nonnegative('The value cannot be negative').optional(),
  notes: optionalText(10_000, 'Notes'),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Referral = z.output<typeof referralSchema>;

export const CALL_PURPOSES = [
  'referral-thank-you',
  'check-in',
  'testimonial-request',
  'referral-ask',
  'other',
] as const;
export type CallPurpose = (typeof CALL_PURPOSES)[number];

export const callSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  at: isoDateTimeSchema,
  durationSec: z.number().int().nonnegative().max(24 * 3600, 'A call cannot last over a day'),
  purpose: z.enum(CALL_PURPOSES),
  outcome: optionalText(2000, 'Outcome'),
  nextStep: optionalText(2000, 'Next step'),
  notes: optionalText(10_000, 'Notes'),
  referralId: idSchema.optional(),
  touchpointId: idSchema.optional(),
  createdAt: isoDateTimeSchema,
});
export type Call = z.output<typeof callSchema>;

export const testimonialCheckSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  date: isoDateSchema,
  doingBetter: optionalText(5000, 'Answer'),
  doneRight: optionalText(5000, 'Answer'),
  whatToRefer: optionalText(5000, 'Answer'),
  greenLight: z.boolean(),
  /** When the user asked this client for referrals after the green light. */
  referralAskedAt: isoDateSchema.optional(),
  createdAt: isoDateTimeSchema,
});
export type TestimonialCheck = z.output<typeof testimonialCheckSchema>;

// ---------- gifts ----------

export const giftSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  type: z.enum(['idea', 'given']),
  what: z.string().trim().min(1, 'Say what the gift is').max(300),
  occasion: optionalText(120, 'Occasion'),
  date: isoDateSchema,
  cost: z.number().nonnegative('Cost cannot be negative').optional(),
  whereBought: optionalText(200, 'Where bought'),
  reception: optionalText(2000, 'How it was received'),
  touchpointId: idSchema.optional(),
  notes: optionalText(5000, 'Notes'),
  createdAt: isoDateTimeSchema,
});
export type Gift = z.output<typeof giftSchema>;

// ---------- cards ----------

export const cardTemplateSchema = z.object({
  id: idSchema,
  kind: z.enum(TOUCHPOINT_KINDS),
  name: z.string().trim().min(1, 'Name the template').max(100),
  front: z.string().max(300),
  inside: z.string().max(3000),
  closing: z.string().max(300),
  builtIn: z.boolean(),
  updatedAt: isoDateTimeSchema,
});
export type CardTemplate = z.output<typeof cardTemplateSchema>;

export const cardHistorySchema = z.object({
  id: idSchema,
  clientId: idSchema,
  touchpointId: idSchema.optional(),
  templateId: idSchema.optional(),
  date: isoDateSchema,
  /** The text that went out, exactly as printed. */
  text: z.string().max(5000),
  createdAt: isoDateTimeSchema,
});
export type CardHistoryEntry = z.output<typeof cardHistorySchema>;

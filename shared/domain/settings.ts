/**
 * The user's settings: sender details for cards and envelopes, paper size, the plan rules, card
 * look and the referral rewards program. One record, validated like every other.
 */
import { z } from 'zod';
import { CHANNELS, idSchema, isoDateSchema, isoDateTimeSchema, postalAddressSchema } from './schemas';

const rule = (defaults: { enabled: boolean; days: number }) =>
  z
    .object({
      enabled: z.boolean(),
      /** Days relative to the anchor date: after the start, before the birthday, … */
      days: z.number().int().min(0, 'Use 0 or more days').max(365, 'Use at most 365 days'),
    })
    .default(defaults);

export const planRulesSchema = z.object({
  /** Welcome card, days after the journey starts. */
  welcome: rule({ enabled: true, days: 1 }),
  /** Check-in call, days after the journey starts. */
  checkIn: rule({ enabled: true, days: 30 }),
  /** Birthday greeting, days before the birthday (so a mailed card arrives). */
  birthday: rule({ enabled: true, days: 7 }),
  /** Holiday greetings, days before the holiday. */
  holidays: rule({ enabled: true, days: 10 }),
  /** Each important date, days before it. */
  importantDates: rule({ enabled: true, days: 7 }),
  /** End-of-journey appreciation gift, days after the expected end date. */
  endOfJourneyGift: rule({ enabled: true, days: 0 }),
  /** Testimonial request, days after the journey ends. */
  testimonial: rule({ enabled: true, days: 14 }),
  /** Keep in touch: a call when nothing was done for this many days. */
  keepInTouch: rule({ enabled: true, days: 90 }),
  /** Holiday ids greeted by default (see shared/planning/holidays). */
  defaultHolidays: z.array(z.string().min(1).max(80)).default(['new-year', 'christmas']),
  /** How far ahead to plan, in months. */
  horizonMonths: z.number().int().min(1).max(24).default(12),
});
export type PlanRules = z.output<typeof planRulesSchema>;

export const INK_COLORS = ['blue', 'black', 'navy', 'green', 'burgundy', 'purple'] as const;
export type InkColor = (typeof INK_COLORS)[number];

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const rewardTierSchema = z.object({
  /** Reached when the referrer's won referrals reach this count. */
  count: z.number().int().min(1).max(1000),
  reward: z.string().trim().min(1, 'Describe the reward').max(200),
});

export const rewardsProgramSchema = z.object({
  enabled: z.boolean().default(false),
  /** A reward for every won referral, e.g. "$25 gift card"; empty for none. */
  perWon: z.string().trim().max(200).default(''),
  /** Bigger rewards when a referrer's won referrals reach a count. */
  tiers: z.array(rewardTierSchema).max(20).default([]),
});
export type RewardsProgram = z.output<typeof rewardsProgramSchema>;

export const settingsSchema = z.object({
  senderName: z.string().trim().max(120).default(''),
  signatureText: z.string().trim().max(200).default(''),
  returnAddress: postalAddressSchema.default({ lines: [] }),
  /** The user's own country and region: default for new clients, and for dates. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  region: z.string().max(3).optional(),
  paperSize: z.enum(PAPER_SIZES).default('A4'),
  /** BCP 47 locale used for dates, e.g. en-US, de-DE. Empty follows the system. */
  locale: z.string().max(20).default(''),
  plan: planRulesSchema.default(planRulesSchema.parse({})),
  cards: z
    .object({
      font: z.string().max(60).default('caveat'),
      ink: z.enum(INK_COLORS).default('blue'),
      variation: z.boolean().default(true),
      foldMarks: z.boolean().default(true),
      /** PNG of the user's signature as a data URL, transparent background. */
      signaturePng: z.string().max(2_000_000).optional(),
      format: z.string().max(40).optional(),
      envelope: z.string().max(40).optional(),
    })
    .default({ font: 'caveat', ink: 'blue', variation: true, foldMarks: true }),
  rewards: rewardsProgramSchema.default({ enabled: false, perWon: '', tiers: [] }),
  giftBudget: z
    .object({
      /** Yearly gift budget in the user's currency; 0 means no budget set. */
      yearly: z.number().nonnegative().default(0),
      currency: z.string().max(3).default('USD'),
    })
    .default({ yearly: 0, currency: 'USD' }),
  preferredReferralFollowUp: z.enum(CHANNELS).default('call'),
});
export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** A reward the user has handed over. Owed rewards are computed, given ones are recorded. */
export const rewardGivenSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  /** Which reward: `won:<referralId>` or `tier:<count>`. */
  key: z.string().min(1).max(200),
  description: z.string().max(200),
  givenOn: isoDateSchema,
  createdAt: isoDateTimeSchema,
});
export type RewardGiven = z.output<typeof rewardGivenSchema>;

/**
 * Referral follow-ups: the three thank-yous a referrer gets, planned as touchpoints.
 *
 *  a) `thank`  — thank the referrer within a day of the referral (due the day after it);
 *  b) `report` — after the first contact with the lead, thank them again with a short status
 *                report (due the day after that contact);
 *  c) `won`    — when the referral is won, a thank-you card or small gift (due the day after).
 *
 * Planning is a pure diff over the touchpoints that already exist for the referral, keyed by a
 * stable planKey, so running it again after every status change (or twice by accident) never
 * duplicates anything. The user's own work is sacred: a touchpoint that is done, skipped, snoozed
 * or was edited by hand (`manual`) is never changed or removed, even when the referral no longer
 * implies it (a thank-you already sent stays in the history).
 */
import { addDaysIso, type IsoDate } from '../domain/dates';
import type { Channel, Referral, Touchpoint } from '../domain/schemas';
import type { Settings } from '../domain/settings';
import { firstContactDate, wonDate } from './status';

export const FOLLOW_UP_STEPS = ['thank', 'report', 'won'] as const;
export type FollowUpStep = (typeof FOLLOW_UP_STEPS)[number];

/** The channel for the won follow-up: a card or a small gift. */
export type WonFollowUpChannel = Extract<Channel, 'card' | 'gift'>;

export function followUpPlanKey(referralId: string, step: FollowUpStep): string {
  return `referral:${referralId}:${step}`;
}

/** The step of a planKey made by this planner for this referral, if it is one. */
export function followUpStepOf(planKey: string | undefined, referralId: string): FollowUpStep | undefined {
  if (!planKey) return undefined;
  const prefix = `referral:${referralId}:`;
  if (!planKey.startsWith(prefix)) return undefined;
  const step = planKey.slice(prefix.length);
  return (FOLLOW_UP_STEPS as readonly string[]).includes(step) ? (step as FollowUpStep) : undefined;
}

export interface PlanReferralFollowUpsInput {
  referral: Referral;
  /** The referrer's first name, for titles ("Thank Zoë for referring …"). */
  referrerFirstName: string;
  /** Touchpoints already stored for this referral (others are ignored). */
  existing: readonly Touchpoint[];
  /** Channel for the thank-you and status report; defaults to the settings default, 'call'. */
  settings?: Pick<Settings, 'preferredReferralFollowUp'>;
  /** Channel for the won follow-up; defaults to 'card'. */
  wonChannel?: WonFollowUpChannel;
  /** Not used to date follow-ups (they are dated from the referral); kept for callers' symmetry. */
  today: IsoDate;
  /** Timestamp for createdAt/updatedAt of what is put. */
  now: string;
  /** Id for new touchpoints; defaults to crypto.randomUUID(). */
  newId?: () => string;
}

export interface ReferralFollowUpDiff {
  /** Touchpoints to create or overwrite (by id). */
  put: Touchpoint[];
  /** Ids of touchpoints to delete: planned ones the referral no longer implies. */
  remove: string[];
}

interface Wanted {
  due: IsoDate;
  channel: Channel;
  title: string;
  details: Record<string, string>;
}

const TITLE_MAX = 200;

/** Titles are capped by the schema at 200 characters; long names are shortened, never rejected. */
function fitTitle(title: string): string {
  const chars = Array.from(title);
  return chars.length <= TITLE_MAX ? title : `${chars.slice(0, TITLE_MAX - 1).join('')}…`;
}

function wantedFollowUps(input: PlanReferralFollowUpsInput): Map<FollowUpStep, Wanted> {
  const { referral } = input;
  const first = input.referrerFirstName.trim() || 'your referrer';
  const lead = referral.lead.name.trim();
  const channel = input.settings?.preferredReferralFollowUp ?? 'call';
  const details = (step: FollowUpStep): Record<string, string> => ({
    referredName: lead,
    referrerFirstName: first,
    step,
  });
  const wanted = new Map<FollowUpStep, Wanted>();

  wanted.set('thank', {
    due: addDaysIso(referral.date, 1),
    channel,
    title: fitTitle(`Thank ${first} for referring ${lead}`),
    details: details('thank'),
  });

  const contacted = firstContactDate(referral);
  if (contacted) {
    wanted.set('report', {
      due: addDaysIso(contacted, 1),
      channel,
      title: fitTitle(`Thank ${first} again: update on ${lead}`),
      details: details('report'),
    });
  }

  const won = wonDate(referral);
  if (won) {
    const wonChannel = input.wonChannel ?? 'card';
    wanted.set('won', {
      due: addDaysIso(won, 1),
      channel: wonChannel,
      title: fitTitle(
        wonChannel === 'gift'
          ? `Thank-you gift for ${first}: ${lead} signed`
          : `Thank-you card to ${first}: ${lead} signed`,
      ),
      details: details('won'),
    });
  }
  return wanted;
}

/** Planned and untouched by the user: the only touchpoints planning may change or remove. */
function isReplannable(t: Touchpoint): boolean {
  return t.status === 'planned' && !t.manual;
}

function sameDetails(a: Record<string, string> | undefined, b: Record<string, string>): boolean {
  const ak = Object.keys(a ?? {});
  const bk = Object.keys(b);
  return ak.length === bk.length && bk.every((k) => a?.[k] === b[k]);
}

/**
 * Plans the referral's follow-ups against what exists. Returns only what must change: an empty
 * diff when everything is already as planned. Touchpoints of other referrals, without a planKey of
 * this planner, or that the user has acted on are never in `remove` and never overwritten.
 */
export function planReferralFollowUps(input: PlanReferralFollowUpsInput): ReferralFollowUpDiff {
  const { referral, now } = input;
  const newId = input.newId ?? (() => crypto.randomUUID());
  const wanted = wantedFollowUps(input);
  const put: Touchpoint[] = [];
  const remove: string[] = [];

  const byStep = new Map<FollowUpStep, Touchpoint[]>();
  for (const t of input.existing) {
    if (t.referralId !== referral.id) continue;
    const step = followUpStepOf(t.planKey, referral.id);
    if (!step) continue;
    const list = byStep.get(step) ?? [];
    list.push(t);
    byStep.set(step, list);
  }

  for (const step of FOLLOW_UP_STEPS) {
    const current = byStep.get(step) ?? [];
    const locked = current.filter((t) => !isReplannable(t));
    // Stable order so the same duplicate survives on every run.
    const replannable = current.filter(isReplannable).sort((a, b) => a.id.localeCompare(b.id));
    const want = wanted.get(step);

    if (!want || locked.length > 0) {
      // Not implied any more, or the user already handled this step: drop planned leftovers.
      for (const t of replannable) remove.push(t.id);
      continue;
    }
    const [keep, ...duplicates] = replannable;
    for (const t of duplicates) remove.push(t.id);

    if (!keep) {
      put.push({
        id: newId(),
        clientId: referral.referrerId,
        kind: 'referral-thank-you',
        channel: want.channel,
        due: want.due,
        status: 'planned',
        title: want.title,
        planKey: followUpPlanKey(referral.id, step),
        details: want.details,
        referralId: referral.id,
        manual: false,
        createdAt: now,
        updatedAt: now,
      });
      continue;
    }
    const unchanged =
      keep.clientId === referral.referrerId &&
      keep.kind === 'referral-thank-you' &&
      keep.channel === want.channel &&
      keep.due === want.due &&
      keep.title === want.title &&
      sameDetails(keep.details, want.details);
    if (!unchanged) {
      put.push({
        ...keep,
        clientId: referral.referrerId,
        kind: 'referral-thank-you',
        channel: want.channel,
        due: want.due,
        title: want.title,
        details: want.details,
        updatedAt: now,
      });
    }
  }
  return { put, remove };
}

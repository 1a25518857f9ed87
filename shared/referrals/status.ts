/**
 * A referral's status and the day each step was reached.
 *
 * The pipeline runs new → introduced → contacted → meeting → won; `lost` can end it at any step.
 * `statusDates` records the day each step was reached, so reports can say how long a referral took
 * and follow-ups can be dated from the real event, not from the day the user happened to click.
 */
import type { IsoDate } from '../domain/dates';
import { REFERRAL_STATUSES, type Referral, type ReferralStatus } from '../domain/schemas';

/** The steps a referral moves through in order; `lost` is not a step but an ending. */
export const PIPELINE_STEPS = [
  'new',
  'introduced',
  'contacted',
  'meeting',
  'won',
] as const satisfies readonly ReferralStatus[];
export type PipelineStep = (typeof PIPELINE_STEPS)[number];

/** Position in the pipeline (new = 0 … won = 4); `lost` has none. */
export function pipelineRank(status: ReferralStatus): number | undefined {
  const i = (PIPELINE_STEPS as readonly ReferralStatus[]).indexOf(status);
  return i === -1 ? undefined : i;
}

/** Statuses that mean the user has spoken with the lead (the "first contact" of follow-up b). */
const CONTACT_STEPS: readonly ReferralStatus[] = ['contacted', 'meeting', 'won'];

/**
 * The day the referral reached `status`, as recorded. For the referral's current status a missing
 * date (records imported or written before dates were kept) falls back to the latest recorded step
 * date, else the referral date, so a won referral always has a won day and never vanishes from
 * reports. Other missing steps stay undefined: a skipped step has no date.
 */
export function statusDate(referral: Referral, status: ReferralStatus): IsoDate | undefined {
  const recorded = referral.statusDates[status];
  if (recorded) return recorded;
  if (referral.status !== status) return undefined;
  let latest: IsoDate = referral.date;
  for (const s of REFERRAL_STATUSES) {
    const d = referral.statusDates[s];
    if (d && d > latest) latest = d;
  }
  return latest;
}

/** The day the referral was won, or undefined when it is not (currently) won. */
export function wonDate(referral: Referral): IsoDate | undefined {
  return referral.status === 'won' ? statusDate(referral, 'won') : undefined;
}

/**
 * The day of the first contact with the lead: the `contacted` date, or, when that step was skipped,
 * the earliest later step (meeting, won). A lost referral counts as contacted only when one of those
 * steps was reached before it was lost; `lost` itself is not a contact.
 * For an open referral at contacted or later without any date, falls back like `statusDate`.
 */
export function firstContactDate(referral: Referral): IsoDate | undefined {
  const rank = pipelineRank(referral.status);
  const contactRank = pipelineRank('contacted') ?? 2;
  // An open referral before "contacted" has not been contacted, whatever stale dates it carries.
  if (rank !== undefined && rank < contactRank) return undefined;
  let earliest: IsoDate | undefined;
  for (const s of CONTACT_STEPS) {
    const d = referral.statusDates[s];
    if (d && (!earliest || d < earliest)) earliest = d;
  }
  if (earliest) return earliest;
  return rank === undefined ? undefined : statusDate(referral, referral.status);
}

export interface StatusChangeOptions {
  /** The sale value; required (here or already on the referral) to mark a referral won. */
  value?: number;
  /** When given, `updatedAt` is set to it; otherwise the repository stamps it. */
  now?: string;
}

export type StatusChangeResult =
  { ok: true; referral: Referral } | { ok: false; field: 'value' | 'status'; message: string };

/**
 * Moves a referral to `newStatus` on `today`, keeping `statusDates` truthful. The rules:
 *
 * - Same status: nothing changes except a missing date for it is filled with `today`.
 * - Forward along the pipeline: the new step gets `today` (an already recorded date is kept);
 *   skipped steps get no date, because we do not know when, or whether, they happened.
 * - Backward along the pipeline (a correction, or a deal that reopened): dates of every step after
 *   the new one are cleared, and `lost` too, so the referral reads as if it never got further. The
 *   new step keeps its recorded date (it was reached then) or gets `today` (`new` gets the
 *   referral date: that is when it was new).
 * - To `lost`: steps reached so far keep their dates (reports show how far it got, and a contacted
 *   lead keeps its follow-ups), `won` is cleared (a referral is never both), `lost` gets `today`.
 * - From `lost` back to a step: `lost` is cleared and the step rules above apply.
 * - To `won`: a value must be given in `options.value` or already be on the referral, a finite
 *   number of 0 or more (0 is allowed for work done free). The value is kept when moving away from
 *   won, since only won referrals count towards revenue anyway and the user may win it again.
 */
export function applyStatusChange(
  referral: Referral,
  newStatus: ReferralStatus,
  today: IsoDate,
  options: StatusChangeOptions = {},
): StatusChangeResult {
  if (!(REFERRAL_STATUSES as readonly string[]).includes(newStatus)) {
    return { ok: false, field: 'status', message: `"${String(newStatus)}" is not a referral status` };
  }
  let value = referral.value;
  if (options.value !== undefined) {
    if (!Number.isFinite(options.value) || options.value < 0) {
      return { ok: false, field: 'value', message: 'Enter the value of the sale as a number of 0 or more' };
    }
    value = options.value;
  }
  if (newStatus === 'won' && value === undefined) {
    return {
      ok: false,
      field: 'value',
      message: `Enter the value of the sale to mark the referral of ${referral.lead.name} as won`,
    };
  }

  const dates: Partial<Record<ReferralStatus, IsoDate>> = { ...referral.statusDates };
  const newRank = pipelineRank(newStatus);
  if (newStatus === 'lost') {
    delete dates.won;
  } else if (newRank !== undefined) {
    delete dates.lost;
    for (const step of PIPELINE_STEPS.slice(newRank + 1)) delete dates[step];
  }
  // A referral is new from its own date, whenever the user moves it back there.
  if (!dates[newStatus]) dates[newStatus] = newStatus === 'new' ? referral.date : today;

  const next: Referral = { ...referral, status: newStatus, statusDates: dates };
  if (value !== undefined) next.value = value;
  if (options.now) next.updatedAt = options.now;
  return { ok: true, referral: next };
}

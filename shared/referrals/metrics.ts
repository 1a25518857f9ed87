/**
 * The referral report card for a chosen period. Every number has one written definition here,
 * because "conversion" means different things to different people and a report is only useful
 * when the user knows what it counts.
 *
 * Two populations are used, and field names say which:
 *  - `received…`: referrals whose referral date lies in the period (the period's cohort). Their
 *    outcome is taken as it stands today, so a referral received in March and won in May counts as
 *    won in a March report.
 *  - `…InPeriod` for wins: referrals whose won day lies in the period, wherever they were received.
 *    Revenue and time-to-win use this, as revenue belongs to the month it was won.
 * Some figures describe the present, not the period: pipeline, overdue follow-ups, overdue rewards.
 *
 * Rates are fractions (0.25 = 25 %). A rate or median of nothing is `null`, never NaN or 0, so the
 * UI can show "—" instead of a misleading 0 %.
 */
import { daysBetween, type IsoDate } from '../domain/dates';
import {
  OPEN_STATUSES,
  REFERRAL_STATUSES,
  type Referral,
  type ReferralStatus,
  type Touchpoint,
} from '../domain/schemas';
import type { RewardGiven, RewardsProgram } from '../domain/settings';
import { computeRewards, type OwedReward } from './rewards';
import { wonDate } from './status';

export interface ReportPeriod {
  /** First day, inclusive. */
  from: IsoDate;
  /** Last day, inclusive. */
  to: IsoDate;
}

export interface TopAdvocate {
  clientId: string;
  /** Referrals this person made that were received in the period. */
  referralsReceived: number;
  /** Their referrals won in the period (by won day). */
  wonInPeriod: number;
  /** Sum of values of their referrals won in the period. */
  revenueInPeriod: number;
}

export interface MonthlyReferralPoint {
  /** `YYYY-MM`. Months at the period's edges count only the days inside the period. */
  month: string;
  /** Referrals received that month. */
  received: number;
  /** Referrals won that month (by won day). */
  won: number;
  /** Value of referrals won that month. */
  revenue: number;
}

export interface ReferralReportCard {
  period: ReportPeriod;

  /** Referrals whose referral date is in the period. */
  receivedCount: number;
  /** Of those, how many the referrer introduced themselves (`referrerTookAction`). */
  referrerIntroducedCount: number;
  /** referrerIntroducedCount ÷ receivedCount; null when nothing was received. */
  referrerIntroducedShare: number | null;

  /** Of the referrals received in the period: currently won / lost / still open. */
  receivedWonCount: number;
  receivedLostCount: number;
  receivedOpenCount: number;
  /** receivedWonCount ÷ receivedCount: how many of the period's referrals became business. */
  conversionRateOfReceived: number | null;
  /** receivedWonCount ÷ (receivedWonCount + receivedLostCount): win rate of decided referrals. */
  winRateOfClosed: number | null;

  /** Referrals whose won day is in the period. */
  wonInPeriodCount: number;
  /** Sum of `value` of the referrals won in the period (rounded to cents). */
  revenueWonInPeriod: number;
  /** Referrals won in the period with no value recorded (counted as 0 in revenue). */
  wonInPeriodWithoutValueCount: number;
  /** Median of whole days from referral date to won day, over referrals won in the period. */
  medianDaysToWin: number | null;

  /** Referrers ranked by referrals received in the period, then wins, then revenue in the period. */
  topAdvocates: TopAdvocate[];

  /** Now: open (planned or snoozed) referral-thank-you touchpoints due before today, oldest first. */
  followUpsOverdue: Touchpoint[];
  /** Now: rewards owed for more than `rewardsOverdueAfterDays` days, oldest first. */
  rewardsOverdue: OwedReward[];
  /** Now: every referral (not only the period's) by its current status. */
  pipelineByStatus: Record<ReferralStatus, number>;

  /** One point per calendar month touched by the period, in order. */
  monthly: MonthlyReferralPoint[];
}

export interface ReferralReportInput {
  referrals: readonly Referral[];
  /** Touchpoints to check for overdue follow-ups (any kinds; only referral-thank-you count). */
  touchpoints: readonly Touchpoint[];
  program: RewardsProgram;
  rewardsGiven: readonly RewardGiven[];
  period: ReportPeriod;
  today: IsoDate;
  /** A reward is overdue once owed for more than this many days. Default 14. */
  rewardsOverdueAfterDays?: number;
  /** How many top advocates to list. Default 5. */
  topAdvocatesLimit?: number;
}

function inPeriod(day: IsoDate | undefined, period: ReportPeriod): day is IsoDate {
  return day !== undefined && day >= period.from && day <= period.to;
}

/** Sums money without binary float drift (0.1 + 0.2 shows as 0.3). */
function sumMoney(values: readonly number[]): number {
  return Math.round(values.reduce((s, v) => s + Math.round(v * 100), 0)) / 100;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Median of a list; the mean of the two middle values for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? 0) + hi) / 2;
}

/** Every `YYYY-MM` from the month of `from` to the month of `to`. */
export function monthsOfPeriod(period: ReportPeriod): string[] {
  const months: string[] = [];
  let y = Number(period.from.slice(0, 4));
  let m = Number(period.from.slice(5, 7));
  const endY = Number(period.to.slice(0, 4));
  const endM = Number(period.to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    months.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

export function referralReportCard(input: ReferralReportInput): ReferralReportCard {
  const { referrals, period, today } = input;
  if (period.from > period.to) {
    throw new RangeError(
      `The report period starts (${period.from}) after it ends (${period.to}): swap the dates`,
    );
  }
  const overdueAfter = input.rewardsOverdueAfterDays ?? 14;
  const topLimit = input.topAdvocatesLimit ?? 5;

  const received = referrals.filter((r) => inPeriod(r.date, period));
  const referrerIntroducedCount = received.filter((r) => r.referrerTookAction).length;
  const receivedWonCount = received.filter((r) => r.status === 'won').length;
  const receivedLostCount = received.filter((r) => r.status === 'lost').length;

  const wonIn = referrals.flatMap((r) => {
    const on = wonDate(r);
    return inPeriod(on, period) ? [{ referral: r, on }] : [];
  });

  const advocates = new Map<string, { referralsReceived: number; wonInPeriod: number; values: number[] }>();
  const advocate = (clientId: string) => {
    let a = advocates.get(clientId);
    if (!a) {
      a = { referralsReceived: 0, wonInPeriod: 0, values: [] };
      advocates.set(clientId, a);
    }
    return a;
  };
  for (const r of received) advocate(r.referrerId).referralsReceived += 1;
  for (const w of wonIn) {
    const a = advocate(w.referral.referrerId);
    a.wonInPeriod += 1;
    a.values.push(w.referral.value ?? 0);
  }
  const topAdvocates: TopAdvocate[] = [...advocates.entries()]
    .map(([clientId, a]) => ({
      clientId,
      referralsReceived: a.referralsReceived,
      wonInPeriod: a.wonInPeriod,
      revenueInPeriod: sumMoney(a.values),
    }))
    .sort(
      (a, b) =>
        b.referralsReceived - a.referralsReceived ||
        b.wonInPeriod - a.wonInPeriod ||
        b.revenueInPeriod - a.revenueInPeriod ||
        a.clientId.localeCompare(b.clientId),
    )
    .slice(0, topLimit);

  const followUpsOverdue = input.touchpoints
    .filter((t) => t.kind === 'referral-thank-you' && OPEN_STATUSES.includes(t.status) && t.due < today)
    .sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));

  const { owed } = computeRewards({ program: input.program, referrals, given: input.rewardsGiven, today });
  const rewardsOverdue = owed.filter((o) => o.daysOwed > overdueAfter);

  const pipelineByStatus = Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, 0])) as Record<
    ReferralStatus,
    number
  >;
  for (const r of referrals) pipelineByStatus[r.status] += 1;

  const monthly = monthsOfPeriod(period).map((month) => {
    const wonThisMonth = wonIn.filter((w) => w.on.startsWith(month));
    return {
      month,
      received: received.filter((r) => r.date.startsWith(month)).length,
      won: wonThisMonth.length,
      revenue: sumMoney(wonThisMonth.map((w) => w.referral.value ?? 0)),
    };
  });

  return {
    period,
    receivedCount: received.length,
    referrerIntroducedCount,
    referrerIntroducedShare: ratio(referrerIntroducedCount, received.length),
    receivedWonCount,
    receivedLostCount,
    receivedOpenCount: received.length - receivedWonCount - receivedLostCount,
    conversionRateOfReceived: ratio(receivedWonCount, received.length),
    winRateOfClosed: ratio(receivedWonCount, receivedWonCount + receivedLostCount),
    wonInPeriodCount: wonIn.length,
    revenueWonInPeriod: sumMoney(wonIn.map((w) => w.referral.value ?? 0)),
    wonInPeriodWithoutValueCount: wonIn.filter((w) => w.referral.value === undefined).length,
    medianDaysToWin: median(wonIn.map((w) => daysBetween(w.referral.date, w.on))),
    topAdvocates,
    followUpsOverdue,
    rewardsOverdue,
    pipelineByStatus,
    monthly,
  };
}

/**
 * Green lights waiting for a referral ask: clients whose testimonial check said they are happy to
 * recommend the user, and who have not been asked for a referral since.
 */
import { toIsoDate, type IsoDate } from '../domain/dates';
import type { Call, Client, Referral, TestimonialCheck } from '../domain/schemas';

export interface GreenLightWithoutAsk {
  clientId: string;
  /** The check that gave the green light. */
  checkId: string;
  greenLightOn: IsoDate;
  /** Referrals this client made on or after the green light (asked or not, they acted). */
  referralsSinceGreenLight: number;
}

/** The local calendar day of a call (its `at` is an instant). */
function callDay(call: Call): IsoDate {
  return toIsoDate(new Date(call.at));
}

/**
 * Lists clients to ask for referrals. Per client only the latest testimonial check counts (by date,
 * then createdAt): a later check without a green light withdraws an earlier one. The client is
 * listed when that check has a green light, no `referralAskedAt`, and no call with purpose
 * 'referral-ask' happened on or after the green-light day (a call later the same day counts as the
 * ask). When `clients` is given, clients missing from it or deleted are left out.
 * Longest waiting first.
 */
export function greenLightsWithoutReferralAsk(args: {
  checks: readonly TestimonialCheck[];
  calls: readonly Call[];
  referrals?: readonly Referral[];
  clients?: readonly Client[];
}): GreenLightWithoutAsk[] {
  const latest = new Map<string, TestimonialCheck>();
  for (const c of args.checks) {
    const prev = latest.get(c.clientId);
    if (!prev || c.date > prev.date || (c.date === prev.date && c.createdAt > prev.createdAt)) {
      latest.set(c.clientId, c);
    }
  }
  const alive = args.clients ? new Set(args.clients.filter((c) => !c.deletedAt).map((c) => c.id)) : undefined;

  const result: GreenLightWithoutAsk[] = [];
  for (const check of latest.values()) {
    if (!check.greenLight || check.referralAskedAt) continue;
    if (alive && !alive.has(check.clientId)) continue;
    const asked = args.calls.some(
      (call) =>
        call.clientId === check.clientId && call.purpose === 'referral-ask' && callDay(call) >= check.date,
    );
    if (asked) continue;
    result.push({
      clientId: check.clientId,
      checkId: check.id,
      greenLightOn: check.date,
      referralsSinceGreenLight: (args.referrals ?? []).filter(
        (r) => r.referrerId === check.clientId && r.date >= check.date,
      ).length,
    });
  }
  return result.sort(
    (a, b) => a.greenLightOn.localeCompare(b.greenLightOn) || a.clientId.localeCompare(b.clientId),
  );
}

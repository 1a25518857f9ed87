/** Live referral data for screens, as { data, isLoading }. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDate } from '../../../shared/domain/dates';
import type { Referral, Touchpoint } from '../../../shared/domain/schemas';
import type { GreenLightWithoutAsk, ReferralReportCard, ReportPeriod } from '../../../shared/referrals';
import { callsForReferral } from '../../data/calls';
import { followUpsOf, getReferral, listReferrals, loadReportCard } from '../../data/referrals';
import { owedRewardsCount, rewardsSummary } from '../../data/rewards';
import { greenLightsWaiting } from '../../data/testimonials';
import { useToday } from '../../ui/useToday';
import type { NavCount } from '../../app/screens';
import type { Call } from '../../../shared/domain/schemas';

export function useReferrals(): { data: Referral[]; isLoading: boolean } {
  const data = useLiveQuery(listReferrals, []);
  return { data: data ?? [], isLoading: data === undefined };
}

export interface ReferralDetail {
  referral: Referral;
  followUps: Touchpoint[];
  calls: Call[];
}

export function useReferral(id: string): { data: ReferralDetail | null | undefined; isLoading: boolean } {
  const data = useLiveQuery(async () => {
    const referral = await getReferral(id);
    if (!referral) return null;
    const [followUps, calls] = await Promise.all([followUpsOf(id), callsForReferral(id)]);
    return { referral, followUps, calls };
  }, [id]);
  return { data, isLoading: data === undefined };
}

export function useReportCard(
  period: ReportPeriod | null,
  today: IsoDate,
): { data: ReferralReportCard | undefined; error?: string } {
  const data = useLiveQuery(async () => {
    if (!period) return undefined;
    try {
      return { card: await loadReportCard(period, today) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [period?.from, period?.to, today]);
  return {
    data: data && 'card' in data ? data.card : undefined,
    error: data && 'error' in data ? data.error : undefined,
  };
}

export function useRewards(today: IsoDate) {
  const data = useLiveQuery(() => rewardsSummary(today), [today]);
  return { data, isLoading: data === undefined };
}

export function useGreenLights(): { data: GreenLightWithoutAsk[]; isLoading: boolean } {
  const data = useLiveQuery(greenLightsWaiting, []);
  return { data: data ?? [], isLoading: data === undefined };
}

/** The sidebar count beside Referrals: rewards owed. */
export function useOwedRewardsNavCount(): NavCount | undefined {
  const today = useToday();
  const n = useLiveQuery(() => owedRewardsCount(today), [today]);
  if (!n) return undefined;
  return { count: n, tone: 'normal', label: n === 1 ? '1 reward owed' : `${n} rewards owed` };
}

/** What a call to one client could be about: their open planned calls and their referrals. */
import { useLiveQuery } from 'dexie-react-hooks';
import { addDaysIso, type IsoDate } from '../../../shared/domain/dates';
import type { Referral, Touchpoint } from '../../../shared/domain/schemas';
import { callsForClient, openCallTouchpoints } from '../../data/calls';
import { referralOfLead, referralsByReferrer } from '../../data/referrals';
import type { Call } from '../../../shared/domain/schemas';

export interface CallContext {
  /** Open call touchpoints due up to a week ahead, oldest first. */
  touchpoints: Touchpoint[];
  /** Referrals the client made, then the one that brought them in. */
  referrals: Referral[];
}

export function useCallContext(clientId: string, today: IsoDate): { data: CallContext; isLoading: boolean } {
  const data = useLiveQuery(async (): Promise<CallContext> => {
    if (!clientId) return { touchpoints: [], referrals: [] };
    const [touchpoints, made, own] = await Promise.all([
      openCallTouchpoints(clientId, addDaysIso(today, 7)),
      referralsByReferrer(clientId),
      referralOfLead(clientId),
    ]);
    return { touchpoints, referrals: own ? [...made, own] : made };
  }, [clientId, today]);
  return { data: data ?? { touchpoints: [], referrals: [] }, isLoading: data === undefined };
}

export function useClientCalls(clientId: string): { data: Call[]; isLoading: boolean } {
  const data = useLiveQuery(() => callsForClient(clientId), [clientId]);
  return { data: data ?? [], isLoading: data === undefined };
}

/** Referrals on a client's timeline: the ones they made, and the one that brought them in. */
import { displayName } from '../../../shared/clients/search';
import { REFERRAL_STATUS_LABELS } from '../../../shared/referrals';
import { getClients } from '../../data/clients';
import { referralOfLead, referralsByReferrer } from '../../data/referrals';
import type { TimelineEntry, TimelineSource } from '../touchpoints/timelineSources';

export const referralTimelineSource: TimelineSource = {
  id: 'referrals',
  load: async (clientId) => {
    const [made, own] = await Promise.all([referralsByReferrer(clientId), referralOfLead(clientId)]);
    const entries: TimelineEntry[] = made.map((r) => ({
      id: `referral:${r.id}`,
      day: r.date,
      icon: '♥',
      color: '#d0578a',
      text: `Referred ${r.lead.name}`,
      detail: REFERRAL_STATUS_LABELS[r.status],
    }));
    if (own) {
      const referrer = (await getClients([own.referrerId])).get(own.referrerId);
      entries.push({
        id: `referred-by:${own.id}`,
        day: own.date,
        icon: '♥',
        color: '#d0578a',
        text: `Referred by ${referrer ? displayName(referrer) : 'a former client'}`,
      });
    }
    return entries;
  },
};

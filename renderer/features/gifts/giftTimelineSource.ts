/** Gifts given on a client's timeline: the day, what, and the occasion, cost and how it landed. */
import { giftsForClient } from '../../data/gifts';
import { getSettings } from '../../data/settings';
import type { TimelineSource } from '../touchpoints/timelineSources';
import { formatMoney } from '../../ui/money';

export const giftTimelineSource: TimelineSource = {
  id: 'gifts',
  load: async (clientId) => {
    const [gifts, settings] = await Promise.all([giftsForClient(clientId), getSettings()]);
    return gifts
      .filter((g) => g.type === 'given')
      .map((g) => {
        const detail = [
          g.occasion,
          g.cost !== undefined ? formatMoney(g.cost, settings.giftBudget.currency) : undefined,
          g.reception && `“${g.reception}”`,
        ]
          .filter(Boolean)
          .join(' · ');
        return {
          id: `gift:${g.id}`,
          day: g.date,
          icon: '❦',
          color: '#b8860b',
          text: `Gift: ${g.what}`,
          ...(detail ? { detail } : {}),
          ...(g.touchpointId ? { touchpointId: g.touchpointId } : {}),
        };
      });
  },
};

/** Cards sent, on the client's timeline: the day, the template and the first words. */
import { cardHistoryForClient, listTemplates } from '../../data/cards';
import type { TimelineSource } from '../touchpoints/timelineSources';
import { messageSnippet } from './printJobs';

export const cardTimelineSource: TimelineSource = {
  id: 'cards',
  load: async (clientId) => {
    const [history, templates] = await Promise.all([cardHistoryForClient(clientId), listTemplates()]);
    return history.map((h) => {
      const name = templates.find((t) => t.id === h.templateId)?.name;
      const words = messageSnippet(h.text, 60);
      return {
        id: `card:${h.id}`,
        day: h.date,
        icon: '✉',
        color: '#2f8f6f',
        text: name ? `Card sent: ${name}` : 'Card sent',
        ...(words ? { detail: words } : {}),
        ...(h.touchpointId ? { touchpointId: h.touchpointId } : {}),
      };
    });
  },
};

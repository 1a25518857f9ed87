/** Calls on a client's timeline: the day, why, how long and how it went. */
import { toIsoDate } from '../../../shared/domain/dates';
import { CALL_PURPOSE_LABELS } from '../../../shared/referrals';
import { callsForClient } from '../../data/calls';
import type { TimelineSource } from '../touchpoints/timelineSources';
import { formatCallLength } from './CallTimer';

export const callTimelineSource: TimelineSource = {
  id: 'calls',
  load: async (clientId) =>
    (await callsForClient(clientId)).map((c) => ({
      id: `call:${c.id}`,
      day: toIsoDate(new Date(c.at)),
      icon: '☎',
      color: '#3b7dd8',
      // One line of text: the timeline's detail column is narrow, and an outcome is a sentence.
      text: [
        `${CALL_PURPOSE_LABELS[c.purpose]} call, ${formatCallLength(c.durationSec)}`,
        c.outcome,
        c.nextStep && `next: ${c.nextStep}`,
      ]
        .filter(Boolean)
        .join(' · '),
    })),
};

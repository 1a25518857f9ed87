/**
 * Other records that belong on a client's timeline (calls, gifts, cards sent, referrals).
 * A feature adds a source here; each returns entries for one client.
 */
import type { IsoDate } from '../../../shared/domain/dates';
import { callTimelineSource } from '../calls/callTimelineSource';
import { cardTimelineSource } from '../cards/cardTimelineSource';
import { giftTimelineSource } from '../gifts/giftTimelineSource';
import { referralTimelineSource } from '../referrals/referralTimelineSource';

export interface TimelineEntry {
  id: string;
  day: IsoDate;
  icon: string;
  color: string;
  text: string;
  detail?: string;
  /** Opens this touchpoint when clicked. */
  touchpointId?: string;
}

export interface TimelineSource {
  id: string;
  load: (clientId: string) => Promise<TimelineEntry[]>;
}

export const TIMELINE_SOURCES: TimelineSource[] = [
  callTimelineSource,
  referralTimelineSource,
  giftTimelineSource,
  cardTimelineSource,
];

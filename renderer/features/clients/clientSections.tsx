/**
 * Sections on a client's page, in order. Features add theirs here (timeline, referrals, calls,
 * gifts, card history).
 */
import type { ComponentType } from 'react';
import type { Client } from '../../../shared/domain/schemas';
import { ClientTimeline } from '../touchpoints/ClientTimeline';
import { ClientGiftsSection } from '../gifts/ClientGiftsSection';
import { ClientReferralsSection } from '../referrals/ClientReferralsSection';
import { ClientCallsSection } from '../calls/ClientCallsSection';
import { ClientCardsSection } from '../cards/ClientCardsSection';

export interface ClientSection {
  id: string;
  component: ComponentType<{ client: Client }>;
}

export const CLIENT_SECTIONS: ClientSection[] = [
  { id: 'timeline', component: ClientTimeline },
  { id: 'cards', component: ClientCardsSection },
  { id: 'referrals', component: ClientReferralsSection },
  { id: 'calls', component: ClientCallsSection },
  { id: 'gifts', component: ClientGiftsSection },
];

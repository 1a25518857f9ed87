/** How each kind of touchpoint is named and colored everywhere (Today, calendar, timeline). */
import type { Channel, TouchpointKind } from '../domain/schemas';

export interface KindInfo {
  label: string;
  /** A calm color that reads on light and dark backgrounds. */
  color: string;
  icon: string;
  /** Kinds that are usually a printed card. */
  card: boolean;
}

export const KIND_INFO: Record<TouchpointKind, KindInfo> = {
  'welcome-card': { label: 'Welcome card', color: '#2f8f6f', icon: '✉', card: true },
  'check-in-call': { label: 'Check-in call', color: '#3b7dd8', icon: '☎', card: false },
  'holiday-greeting': { label: 'Holiday greeting', color: '#c0504d', icon: '❄', card: true },
  'birthday-greeting': { label: 'Birthday greeting', color: '#d9822b', icon: '✿', card: true },
  'important-date': { label: 'Important date', color: '#8e5cc2', icon: '★', card: true },
  'end-of-journey-gift': { label: 'End-of-journey gift', color: '#b8860b', icon: '❦', card: false },
  'testimonial-request': { label: 'Testimonial request', color: '#4a9aa5', icon: '❝', card: false },
  'referral-thank-you': { label: 'Referral thank-you', color: '#d0578a', icon: '♥', card: true },
  'keep-in-touch': { label: 'Keep in touch', color: '#6b7f8e', icon: '↻', card: false },
  custom: { label: 'Custom', color: '#7a7f87', icon: '•', card: false },
};

export const CHANNEL_LABEL: Record<Channel, string> = {
  card: 'Card',
  call: 'Call',
  email: 'Email',
  gift: 'Gift',
  meeting: 'Meeting',
};
